#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, are UTF-8, use LF line endings and end with a newline
  * the file name is well formed; families are valid and in canonical order
    (or the single word 'negative')
  * the raw file has no leading/trailing blank lines
  * gold lines are an ordered subsequence of raw lines, and gold equals raw with
    the unmatched (deleted) lines removed, blank runs collapsed to one and
    leading/trailing blank lines stripped; only non-blank lines are deleted
  * gold has no runs of blank lines and no leading/trailing blank lines
  * negatives: gold is byte-identical to raw; positives: at least one line deleted
Across the set:
  * no non-blank line longer than 3 characters appears in more than one pair
Prints one line per pair and 'ALL OK' at the end (exit status 1 on failure).
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(pair, msg):
    errors.append(f"{pair}: {msg}")


def read_text(path, pair):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(pair, f"{os.path.basename(path)} is not UTF-8 ({e})")
        return None
    if "\r" in text:
        err(pair, f"{os.path.basename(path)} contains CR characters")
    if not text.endswith("\n"):
        err(pair, f"{os.path.basename(path)} has no final newline")
    if text.startswith("\ufeff"):
        err(pair, f"{os.path.basename(path)} starts with a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def collapse(lines):
    out = []
    for ln in lines:
        if ln.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(ln)
    while out and out[-1].strip() == "":
        out.pop()
    return out


files = sorted(f for f in os.listdir(here) if f.endswith(".txt"))
raws = [f[:-4] for f in files if not f.endswith(".gold.txt")]
golds = [f[:-9] for f in files if f.endswith(".gold.txt")]
for g in golds:
    if g not in raws:
        err(g, "gold file without raw file")

seen = defaultdict(set)   # line -> set of pairs
numbers = defaultdict(list)
report = []

for base in raws:
    pair_errs_before = len(errors)
    m = NAME_RE.match(base)
    if not m:
        err(base, "bad file name (expected NNN_<lang>_<families>)")
        continue
    num, lang, fams = m.groups()
    numbers[num].append(base)
    if lang not in LANGS:
        err(base, f"unknown language code {lang!r}")
    negative = fams == "negative"
    if not negative:
        parts = fams.split("-")
        bad = [p for p in parts if p not in CANON]
        if bad:
            err(base, f"invalid family name(s): {bad}")
        else:
            idx = [CANON.index(p) for p in parts]
            if idx != sorted(idx) or len(set(idx)) != len(idx):
                err(base, "families not in canonical order or repeated")
    gold_path = os.path.join(here, base + ".gold.txt")
    if not os.path.exists(gold_path):
        err(base, "missing gold file")
        continue
    raw = read_text(os.path.join(here, base + ".txt"), base)
    gold = read_text(gold_path, base)
    if raw is None or gold is None:
        continue
    if not raw or raw[0].strip() == "" or raw[-1].strip() == "":
        err(base, "raw has leading or trailing blank lines")
    if not gold or gold[0].strip() == "" or gold[-1].strip() == "":
        err(base, "gold has leading or trailing blank lines")
    for a, b in zip(gold, gold[1:]):
        if a.strip() == "" and b.strip() == "":
            err(base, "gold contains a run of blank lines")
            break
    # ordered subsequence of non-blank lines (greedy, earliest match)
    matched = set()
    j = 0
    ok = True
    for g in gold:
        if g.strip() == "":
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            err(base, f"gold line not found in order in raw: {g[:60]!r}")
            ok = False
            break
        matched.add(j)
        j += 1
    if ok:
        kept = [ln for i, ln in enumerate(raw) if ln.strip() == "" or i in matched]
        if collapse(kept) != gold:
            err(base, "gold is not raw minus deleted lines with blank runs collapsed")
    deleted = [ln for i, ln in enumerate(raw) if ln.strip() and i not in matched]
    if negative:
        if open(os.path.join(here, base + ".txt"), "rb").read() != open(gold_path, "rb").read():
            err(base, "negative: gold is not byte-identical to raw")
    elif ok and not deleted:
        err(base, "positive pair but no line was deleted")
    nonblank = [ln for ln in raw if ln.strip()]
    for ln in set(nonblank):
        if len(ln.strip()) > 3:
            seen[ln.strip()].add(base)
    share = len(deleted) / len(nonblank) if nonblank else 0
    status = "OK" if len(errors) == pair_errs_before else "FAIL"
    report.append(f"{status:4s} {base}  lines={len(nonblank)} deleted={len(deleted)} ({share:.0%})")

for num, bases in numbers.items():
    if len(bases) > 1:
        err(num, f"number used by more than one pair: {bases}")
for ln, pairs in sorted(seen.items()):
    if len(pairs) > 1:
        err(", ".join(sorted(pairs)), f"line used in more than one file: {ln[:70]!r}")

for r in report:
    print(r)
if errors:
    print()
    for e in errors:
        print("ERROR", e)
    print(f"FAILED ({len(errors)} problem(s))")
    sys.exit(1)
print("ALL OK")
