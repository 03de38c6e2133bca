#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and .gold.txt exist;
  * UTF-8, LF line endings, final newline, no trailing whitespace;
  * file name: three-digit number, language code, families valid, unique and in
    canonical order, or the single word 'negative';
  * gold is an ordered subsequence of raw lines and equals raw with some
    non-blank lines deleted and the blank runs left behind collapsed to one;
  * gold has no leading/trailing blank lines and no two consecutive blank lines;
  * negatives: gold byte-identical to raw; positives: at least one line deleted;
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair.
Prints one line per pair and ALL OK at the end (exit status 1 on failure).
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")
    return False


def read_lines(path, name):
    data = open(path, "rb").read()
    ok = True
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return err(name, f"not UTF-8 ({e})"), None
    if "\r" in text:
        ok = err(name, f"{os.path.basename(path)} contains CR characters")
    if not text.endswith("\n"):
        ok = err(name, f"{os.path.basename(path)} has no final newline")
    if text.startswith("\ufeff"):
        ok = err(name, f"{os.path.basename(path)} starts with a BOM")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for i, ln in enumerate(lines, 1):
        if ln != ln.rstrip():
            ok = err(name, f"{os.path.basename(path)} line {i} has trailing whitespace")
    return ok, lines


def collapse(lines):
    out = []
    for ln in lines:
        if ln.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(ln)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def check_name(stem):
    m = NAME_RE.match(stem)
    if not m:
        return err(stem, "file name does not match NNN_<lang>_<families>")
    ok = True
    if m.group(2) not in LANGS:
        ok = err(stem, f"unknown language {m.group(2)}")
    fams = m.group(3).split("-")
    if fams == ["negative"]:
        return ok
    for f in fams:
        if f not in FAMILIES:
            ok = err(stem, f"invalid family '{f}'")
    if len(set(fams)) != len(fams):
        ok = err(stem, "duplicate family in name")
    known = [f for f in fams if f in FAMILIES]
    if known != sorted(known, key=FAMILIES.index):
        ok = err(stem, "families not in canonical order")
    return ok


files = sorted(f for f in os.listdir(here) if f.endswith(".txt"))
raws = {f[:-4] for f in files if not f.endswith(".gold.txt")}
golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
for stem in sorted(golds - raws):
    err(stem, "gold file without raw file")
for stem in sorted(raws - golds):
    err(stem, "raw file without gold file")

line_owner = defaultdict(set)
numbers = defaultdict(list)
results = []
for stem in sorted(raws & golds):
    before = len(errors)
    check_name(stem)
    numbers[stem[:3]].append(stem)
    raw_path = os.path.join(here, stem + ".txt")
    gold_path = os.path.join(here, stem + ".gold.txt")
    ok_r, raw = read_lines(raw_path, stem)
    ok_g, gold = read_lines(gold_path, stem)
    if raw is None or gold is None:
        results.append((stem, False, ""))
        continue
    negative = stem.endswith("_negative")
    if negative:
        if open(raw_path, "rb").read() != open(gold_path, "rb").read():
            err(stem, "negative: gold is not byte-identical to raw")
    # gold must be an ordered subsequence of raw
    kept = [False] * len(raw)
    j = 0
    for i, ln in enumerate(raw):
        if j < len(gold) and ln == gold[j]:
            kept[i] = True
            j += 1
    if j < len(gold):
        err(stem, f"gold line {j + 1} not found in order in raw: {gold[j][:60]!r}")
    else:
        # non-blank lines matched; blank lines of raw survive unless collapsed
        nb_gold = [g for g in gold if g.strip()]
        kept2, k = [], 0
        for ln in raw:
            if ln.strip() == "":
                kept2.append(ln)
            elif k < len(nb_gold) and ln == nb_gold[k]:
                kept2.append(ln)
                k += 1
        if collapse(kept2) != gold:
            err(stem, "gold is not raw minus deleted lines with blank runs collapsed")
    if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
        err(stem, "gold has leading or trailing blank lines")
    for a, b in zip(gold, gold[1:]):
        if a.strip() == "" and b.strip() == "":
            err(stem, "gold has a run of more than one blank line")
            break
    deleted = sum(1 for ln in raw if ln.strip()) - sum(1 for ln in gold if ln.strip())
    if not negative and deleted <= 0:
        err(stem, "positive file with no deleted lines")
    for ln in set(raw) | set(gold):
        if ln.strip() and len(ln.strip()) > 3:
            line_owner[ln.strip()].add(stem)
    nb = sum(1 for ln in raw if ln.strip())
    results.append((stem, len(errors) == before,
                    f"raw={nb} gold={nb - deleted} deleted={deleted}"))

for num, stems in numbers.items():
    if len(stems) > 1:
        err(num, f"number used by several pairs: {stems}")

dup_errors = defaultdict(list)
for ln, owners in line_owner.items():
    if len(owners) > 1:
        for o in owners:
            dup_errors[o].append(ln)
        err("set", f"line used in {len(owners)} files ({', '.join(sorted(owners))}): {ln[:70]!r}")

for stem, ok, info in results:
    ok = ok and stem not in dup_errors
    print(f"{'OK  ' if ok else 'FAIL'} {stem}  {info}")
if errors:
    print()
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} problem(s)")
    sys.exit(1)
print("ALL OK")
