#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the name is well formed, families are valid, unique and in canonical order
    (or the single word 'negative');
  * gold lines are an ordered subsequence of raw lines (byte-identical lines);
  * gold has no runs of blank lines, no leading and no trailing blank lines;
  * negatives: gold is byte-identical to raw; positives: gold differs from raw;
across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair
    (compared case-insensitively, with runs of whitespace collapsed).
Prints one line per pair and ALL OK at the end (exit code 0), otherwise FAILED (exit code 1).
Standard library only.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

here = os.path.dirname(os.path.abspath(__file__))
errors = []
line_owner = defaultdict(set)     # line text -> set of pair stems


def err(stem, msg):
    errors.append(f"{stem}: {msg}")


def read_text(path, stem):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(stem, f"{os.path.basename(path)} is not UTF-8 ({e})")
        return None
    if "\r" in text:
        err(stem, f"{os.path.basename(path)} contains CR characters")
    if not text.endswith("\n"):
        err(stem, f"{os.path.basename(path)} lacks a final newline")
    if text.startswith("\ufeff"):
        err(stem, f"{os.path.basename(path)} starts with a BOM")
    return text


files = sorted(f for f in os.listdir(here) if f.endswith(".txt"))
golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
raws = {f[:-4] for f in files if not f.endswith(".gold.txt")}
for stem in sorted(golds - raws):
    err(stem, "gold file without raw file")
for stem in sorted(raws - golds):
    err(stem, "raw file without gold file")

numbers = defaultdict(list)
summary = []
for stem in sorted(raws & golds):
    n_before = len(errors)
    m = NAME_RE.match(stem)
    fams = []
    if not m:
        err(stem, "file name does not match NNN_<lang>_<families>")
    else:
        num, lang, famstr = m.groups()
        numbers[num].append(stem)
        if lang not in LANGS:
            err(stem, f"unknown language code '{lang}'")
        if famstr != "negative":
            fams = famstr.split("-")
            bad = [f for f in fams if f not in CANON]
            if bad:
                err(stem, f"invalid family name(s): {', '.join(bad)}")
            elif len(set(fams)) != len(fams):
                err(stem, "duplicate family in name")
            elif fams != sorted(fams, key=CANON.index):
                err(stem, "families not in canonical order")
    raw_t = read_text(os.path.join(here, stem + ".txt"), stem)
    gold_t = read_text(os.path.join(here, stem + ".gold.txt"), stem)
    if raw_t is None or gold_t is None:
        continue
    raw = raw_t[:-1].split("\n") if raw_t.endswith("\n") else raw_t.split("\n")
    gold = gold_t[:-1].split("\n") if gold_t.endswith("\n") else gold_t.split("\n")

    # gold: blank-line hygiene
    if gold and gold[0].strip() == "":
        err(stem, "gold starts with a blank line")
    if gold and gold[-1].strip() == "":
        err(stem, "gold ends with a blank line")
    for i in range(1, len(gold)):
        if gold[i].strip() == "" and gold[i - 1].strip() == "":
            err(stem, f"gold has a run of blank lines at line {i + 1}")
            break
    for i, ln in enumerate(gold):
        if ln.strip() == "" and ln != "":
            err(stem, f"gold line {i + 1} is whitespace-only but not empty")

    # gold is an ordered subsequence of raw
    j = 0
    for i, ln in enumerate(gold):
        while j < len(raw) and raw[j] != ln:
            j += 1
        if j == len(raw):
            err(stem, f"gold line {i + 1} not found in raw (in order): {ln[:60]!r}")
            break
        j += 1

    is_neg = m is not None and m.group(3) == "negative"
    if is_neg and raw_t != gold_t:
        err(stem, "negative pair but gold is not byte-identical to raw")
    if not is_neg and raw_t == gold_t:
        err(stem, "positive pair but gold is identical to raw")

    for ln in set(raw):
        key = " ".join(ln.split()).lower()   # also catch case/spacing variants
        if len(key) > 3:
            line_owner[key].add(stem)

    raw_nb = [l for l in raw if l.strip()]
    gold_nb = [l for l in gold if l.strip()]
    furn = len(raw_nb) - len(gold_nb)
    share = 100.0 * furn / len(raw_nb) if raw_nb else 0.0
    status = "ok" if len(errors) == n_before else "ERROR"
    summary.append((stem, status,
                    f"{len(raw_nb):3d} non-blank lines, {furn:2d} furniture ({share:4.1f}%)"))

for num, stems in numbers.items():
    if len(stems) > 1:
        err(num, f"number used by several pairs: {', '.join(stems)}")

for ln, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        errors.append(f"line used in {len(owners)} pairs ({', '.join(sorted(owners))}): {ln[:70]!r}")
        for o in owners:
            for k, (s, st, info) in enumerate(summary):
                if s == o:
                    summary[k] = (s, "ERROR", info)

for stem, status, info in summary:
    print(f"{status:5s} {stem}  [{info}]")

if errors:
    print()
    for e in errors:
        print("  - " + e)
    print("FAILED")
    sys.exit(1)
print(f"{len(summary)} pairs checked")
print("ALL OK")
