#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the family list is 'negative' or valid family names in canonical order, no duplicates;
  * the gold has no leading/trailing blank lines and no runs of blank lines;
  * the gold's non-blank lines are an ordered subsequence of the raw's non-blank lines, and
    deleting the unmatched raw lines and collapsing blank runs reproduces the gold exactly;
  * negatives: gold is byte-identical to raw; positives: at least one line is deleted;
Across the set:
  * no non-blank line longer than 3 characters appears in more than one pair;
  * numbers are unique.
Prints one line per pair and 'ALL OK' if everything passes (exit status 0), else exit 1.
"""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors_total = 0
seen_lines = {}   # line -> set of pair names
numbers = {}


def read_lines(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return data, None
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)}: starts with a BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def collapse(lines):
    out = []
    for l in lines:
        if l.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(l)
    while out and out[-1].strip() == "":
        out.pop()
    return out


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        print(f"FAIL {g}: gold without raw")
        errors_total += 1

for raw_name in raws:
    errs = []
    stem = raw_name[:-4]
    m = NAME_RE.match(raw_name)
    fams = []
    negative = False
    if not m:
        errs.append("file name does not match NNN_<lang>_<families>.txt")
    else:
        num, lang, famstr = m.groups()
        if num in numbers:
            errs.append(f"number {num} also used by {numbers[num]}")
        numbers[num] = stem
        if famstr == "negative":
            negative = True
        else:
            fams = famstr.split("-")
            bad = [f for f in fams if f not in CANON]
            if bad:
                errs.append(f"unknown families: {', '.join(bad)}")
            elif len(set(fams)) != len(fams):
                errs.append("duplicate family in name")
            elif [CANON.index(f) for f in fams] != sorted(CANON.index(f) for f in fams):
                errs.append("families not in canonical order")
    gold_name = stem + ".gold.txt"
    gold_path = os.path.join(here, gold_name)
    if not os.path.exists(gold_path):
        errs.append(f"missing {gold_name}")
        errors_total += len(errs)
        print(f"FAIL {stem}:")
        for e in errs:
            print(f"     - {e}")
        continue
    raw_bytes, raw = read_lines(os.path.join(here, raw_name), errs)
    gold_bytes, gold = read_lines(gold_path, errs)
    info = ""
    if raw is not None and gold is not None:
        if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
            errs.append("gold has leading or trailing blank lines")
        for a, b in zip(gold, gold[1:]):
            if a.strip() == "" and b.strip() == "":
                errs.append("gold contains a run of blank lines")
                break
        # ordered subsequence of non-blank lines
        gold_nb = [l for l in gold if l.strip()]
        keep = [False] * len(raw)
        j = 0
        for i, l in enumerate(raw):
            if j < len(gold_nb) and l == gold_nb[j] and l.strip():
                keep[i] = True
                j += 1
        if j != len(gold_nb):
            errs.append(f"gold is not an ordered subsequence of raw (stuck at gold line: {gold_nb[j][:60]!r})")
        else:
            rebuilt = collapse([l for i, l in enumerate(raw) if keep[i] or l.strip() == ""])
            if rebuilt != gold:
                errs.append("gold differs from raw-minus-deleted-lines with blank runs collapsed")
        if negative:
            if raw_bytes != gold_bytes:
                errs.append("negative: gold is not byte-identical to raw")
        elif len(gold_nb) == len([l for l in raw if l.strip()]):
            errs.append("positive pair but no line deleted")
        raw_nb = [l for l in raw if l.strip()]
        deleted = len(raw_nb) - len(gold_nb)
        pct = 100.0 * deleted / len(raw_nb) if raw_nb else 0.0
        info = f"lines={len(raw_nb)} kept={len(gold_nb)} furniture={deleted} ({pct:.0f}%)"
        for l in set(raw_nb):
            if len(l.strip()) > 3:
                seen_lines.setdefault(l.strip(), set()).add(stem)
    if errs:
        errors_total += len(errs)
        print(f"FAIL {stem}: {info}")
        for e in errs:
            print(f"     - {e}")
    else:
        print(f"ok   {stem}: {info}")

dups = {l: s for l, s in seen_lines.items() if len(s) > 1}
for l, s in sorted(dups.items()):
    print(f"FAIL duplicate line in {', '.join(sorted(s))}: {l[:80]!r}")
    errors_total += 1

if not raws:
    print("FAIL no pairs found")
    errors_total += 1

if errors_total:
    print(f"{errors_total} problem(s)")
    sys.exit(1)
print("ALL OK")
