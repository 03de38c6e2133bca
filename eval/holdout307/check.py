#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist; UTF-8; LF line endings; exactly one final newline
  * file name: 3-digit number, 2-letter language, valid families in canonical
    order without duplicates (or the single word 'negative')
  * gold lines are an ordered subsequence of raw lines (byte-identical lines)
  * gold has no leading/trailing blank lines and no runs of blank lines
  * negatives: gold byte-identical to raw; positives: gold differs from raw
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
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

here = os.path.dirname(os.path.abspath(__file__))
errors_total = 0


def read_text(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)}: has a BOM")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    elif text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line(s)")
    return text


files = sorted(f for f in os.listdir(here) if f.endswith(".txt"))
raws = {f[:-4] for f in files if not f.endswith(".gold.txt")}
golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
stems = sorted(raws | golds)

line_owner = defaultdict(set)   # stripped line -> set of pair stems
numbers = defaultdict(list)
results = []

for stem in stems:
    errs = []
    m = NAME_RE.match(stem)
    fams = []
    if not m:
        errs.append("bad file name (want NNN_<lang>_<families>)")
    else:
        numbers[m.group(1)].append(stem)
        fams = m.group(3).split("-")
        if fams != ["negative"]:
            bad = [f for f in fams if f not in CANON]
            if bad:
                errs.append(f"unknown families: {bad}")
            elif len(set(fams)) != len(fams):
                errs.append("duplicate family in name")
            elif fams != sorted(fams, key=CANON.index):
                errs.append("families not in canonical order: expected "
                            + "-".join(sorted(fams, key=CANON.index)))
    if stem not in raws:
        errs.append("raw file missing")
    if stem not in golds:
        errs.append("gold file missing")
    raw = gold = None
    if stem in raws:
        raw = read_text(os.path.join(here, stem + ".txt"), errs)
    if stem in golds:
        gold = read_text(os.path.join(here, stem + ".gold.txt"), errs)
    n_raw = n_gold = 0
    if raw is not None and gold is not None:
        rl = raw.rstrip("\n").split("\n")
        gl = gold.rstrip("\n").split("\n")
        if rl and rl[0] == "":
            errs.append("raw starts with a blank line")
        n_raw = sum(1 for l in rl if l.strip())
        n_gold = sum(1 for l in gl if l.strip())
        # ordered subsequence
        i = 0
        for k, g in enumerate(gl):
            while i < len(rl) and rl[i] != g:
                i += 1
            if i == len(rl):
                errs.append(f"gold line {k + 1} not found in order in raw: {g[:60]!r}")
                break
            i += 1
        # blanks
        if gl and (gl[0].strip() == "" or gl[-1].strip() == ""):
            errs.append("gold has leading or trailing blank line")
        for k in range(1, len(gl)):
            if gl[k] == "" and gl[k - 1] == "":
                errs.append(f"gold has a run of blank lines at line {k + 1}")
                break
        for k, l in enumerate(gl):
            if l != "" and l.strip() == "":
                errs.append(f"gold line {k + 1} is whitespace-only")
        if fams == ["negative"]:
            if raw != gold:
                errs.append("negative: gold is not byte-identical to raw")
        elif raw == gold:
            errs.append("positive: gold is identical to raw (nothing deleted)")
        for l in rl:
            s = l.strip()
            if len(s) > 3:
                line_owner[s].add(stem)
    results.append((stem, errs, n_raw, n_gold))

# cross-file duplicate lines
dups = defaultdict(list)
for s, owners in line_owner.items():
    if len(owners) > 1:
        for o in owners:
            dups[o].append(s)

for num, st in numbers.items():
    if len(st) > 1:
        for s in st:
            for r in results:
                if r[0] == s:
                    r[1].append(f"number {num} used by more than one pair")

for stem, errs, n_raw, n_gold in results:
    for s in dups.get(stem, []):
        errs.append(f"line also used in another file: {s[:60]!r}")
    if errs:
        errors_total += len(errs)
        print(f"FAIL {stem}")
        for e in errs:
            print(f"     - {e}")
    else:
        removed = n_raw - n_gold
        share = (removed / n_raw * 100) if n_raw else 0
        print(f"ok   {stem}  ({n_raw} raw lines, {removed} furniture, {share:.0f}%)")

if not stems:
    print("no pairs found")
    errors_total += 1
if errors_total:
    print(f"{errors_total} ERROR(S)")
    sys.exit(1)
print("ALL OK")
