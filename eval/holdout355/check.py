#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the file name is well-formed and the families are valid, unique and in canonical order
    (or the single word "negative");
  * the gold lines are an ordered subsequence of the raw lines (byte-identical lines);
  * the gold has no leading/trailing blank lines and no run of more than one blank line;
  * a blank line survives in the gold exactly where the raw had at least one blank line
    between two kept lines (blank runs collapsed, never invented or dropped);
  * negatives: gold is byte-identical to raw; positives: gold differs from raw;
  * across the whole set, no non-blank line longer than 3 characters occurs in more than one pair.
Prints one line per pair and "ALL OK" if everything passes (exit status 0), otherwise exits 1.
Standard library only.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors_total = 0
line_owner = defaultdict(set)   # stripped line -> set of pair stems


def read_lines(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None, None
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)}: has a BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_blank(s):
    return s.strip() == ""


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
orphan_golds = [g for g in golds if g[:-len(".gold.txt")] + ".txt" not in raws]
if not raws:
    print("no pairs found")
    sys.exit(1)
for g in orphan_golds:
    print(f"{g}: FAIL gold file without raw file")
    errors_total += 1

numbers = defaultdict(list)
for raw in raws:
    errs = []
    stem = raw[:-4]
    m = NAME_RE.match(raw)
    fams = []
    if not m:
        errs.append("bad file name (want NNN_ll_families.txt)")
    else:
        numbers[m.group(1)].append(raw)
        fams = m.group(3).split("-")
        if fams == ["negative"]:
            pass
        else:
            bad = [f for f in fams if f not in CANON]
            if bad:
                errs.append(f"unknown families: {bad}")
            if len(set(fams)) != len(fams):
                errs.append("duplicate family in name")
            known = [f for f in fams if f in CANON]
            if known != sorted(known, key=CANON.index):
                errs.append("families not in canonical order")
    gold = stem + ".gold.txt"
    if gold not in golds:
        errs.append("missing gold file")
        print(f"{stem}: FAIL " + "; ".join(errs))
        errors_total += 1
        continue
    rdata, rlines = read_lines(os.path.join(here, raw), errs)
    gdata, glines = read_lines(os.path.join(here, gold), errs)
    if rlines is None or glines is None:
        print(f"{stem}: FAIL " + "; ".join(errs))
        errors_total += 1
        continue
    # gold blank-line shape
    if glines and is_blank(glines[0]):
        errs.append("gold starts with a blank line")
    if glines and is_blank(glines[-1]):
        errs.append("gold ends with a blank line")
    for i in range(1, len(glines)):
        if is_blank(glines[i]) and is_blank(glines[i - 1]):
            errs.append(f"gold has a run of blank lines at line {i + 1}")
            break
    if rlines and (is_blank(rlines[0]) or is_blank(rlines[-1])):
        errs.append("raw starts or ends with a blank line")
    # ordered subsequence (non-blank gold lines matched greedily into raw)
    pos = 0
    matched = []          # (gold index, raw index) for non-blank gold lines
    ok_seq = True
    for gi, gl in enumerate(glines):
        if is_blank(gl):
            continue
        while pos < len(rlines) and rlines[pos] != gl:
            pos += 1
        if pos == len(rlines):
            errs.append(f"gold line {gi + 1} not found in order in raw: {gl[:60]!r}")
            ok_seq = False
            break
        matched.append((gi, pos))
        pos += 1
    if ok_seq:
        for (g1, r1), (g2, r2) in zip(matched, matched[1:]):
            gold_gap_blank = any(is_blank(x) for x in glines[g1 + 1:g2])
            gold_gap_other = [x for x in glines[g1 + 1:g2] if not is_blank(x)]
            raw_gap_blank = any(is_blank(x) for x in rlines[r1 + 1:r2])
            if gold_gap_other:
                errs.append(f"unexpected lines in gold near line {g1 + 1}")
            if gold_gap_blank != raw_gap_blank:
                errs.append(f"blank-line mismatch between gold lines {g1 + 1} and {g2 + 1}")
        if any(x.strip() != x and is_blank(x) and x != "" for x in glines):
            errs.append("gold has whitespace-only lines")
    # negative / positive
    n_raw = sum(1 for x in rlines if not is_blank(x))
    n_gold = sum(1 for x in glines if not is_blank(x))
    if fams == ["negative"]:
        if rdata != gdata:
            errs.append("negative but gold is not byte-identical to raw")
    elif m:
        if rdata == gdata:
            errs.append("positive but gold is identical to raw")
    # cross-file duplicates
    for x in set(rlines) | set(glines):
        s = x.strip()
        if len(s) > 3:
            line_owner[s].add(stem)
    status = "OK" if not errs else "FAIL " + "; ".join(errs)
    share = (n_raw - n_gold) / n_raw if n_raw else 0
    print(f"{stem}: {status}  (raw {n_raw} lines, gold {n_gold}, furniture {share:.0%})")
    errors_total += bool(errs)

for num, names in numbers.items():
    if len(names) > 1:
        print(f"number {num} used by more than one pair: {names}")
        errors_total += 1

dups = {s: owners for s, owners in line_owner.items() if len(owners) > 1}
for s, owners in sorted(dups.items()):
    print(f"DUPLICATE line in {sorted(owners)}: {s[:70]!r}")
errors_total += len(dups)

if errors_total:
    print(f"{errors_total} problem(s) found")
    sys.exit(1)
print("ALL OK")
