#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, are UTF-8, use LF line endings, end with exactly one newline
  * file name: three-digit number, two-letter language code, valid family list in
    canonical order (or the single word 'negative'); numbers are unique
  * gold non-blank lines are an ordered subsequence of the raw lines, and the gold
    equals the raw with those lines removed and blank runs collapsed to one
  * no leading/trailing blank lines and no double blank lines in gold (or raw)
  * negatives: gold byte-identical to raw; positives: gold differs from raw and
    furniture is 30-55 % of the non-blank raw lines
Across the set: no non-blank line longer than 3 characters appears in more than
one pair. Prints one line per pair and ALL OK at the end (exit status 1 otherwise).
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
MIN_RATIO, MAX_RATIO = 0.30, 0.55

here = os.path.dirname(os.path.abspath(__file__))
errors_total = 0
line_owner = defaultdict(set)  # line text -> set of pair stems


def read_text(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)}: starts with a BOM")
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    elif text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line")
    return text


def blank_problems(lines, label):
    errs = []
    if lines and lines[0].strip() == "":
        errs.append(f"{label}: leading blank line")
    if lines and lines[-1].strip() == "":
        errs.append(f"{label}: trailing blank line")
    for i in range(1, len(lines)):
        if lines[i].strip() == "" and lines[i - 1].strip() == "":
            errs.append(f"{label}: blank lines not collapsed at line {i + 1}")
            break
    for i, l in enumerate(lines):
        if l != "" and l.strip() == "":
            errs.append(f"{label}: whitespace-only line {i + 1}")
        if l != l.rstrip():
            errs.append(f"{label}: trailing whitespace on line {i + 1}")
    return errs


def collapse(lines):
    out = []
    for l in lines:
        if l == "" and (not out or out[-1] == ""):
            continue
        out.append(l)
    while out and out[-1] == "":
        out.pop()
    return out


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        print(f"FAIL {g}: gold without raw file")
        errors_total += 1

seen_numbers = {}
results = []
for raw_name in raws:
    errs = []
    stem = raw_name[:-4]
    m = NAME_RE.match(raw_name)
    if not m:
        errs.append("file name does not match NNN_<lang>_<families>.txt")
        results.append((stem, errs, ""))
        continue
    num, lang, fams = m.groups()
    if num in seen_numbers:
        errs.append(f"number {num} also used by {seen_numbers[num]}")
    seen_numbers[num] = stem
    negative = fams == "negative"
    if not negative:
        parts = fams.split("-")
        bad = [p for p in parts if p not in FAMILIES]
        if bad:
            errs.append(f"unknown families: {', '.join(bad)}")
        else:
            idx = [FAMILIES.index(p) for p in parts]
            if idx != sorted(idx) or len(set(idx)) != len(idx):
                errs.append("families not in canonical order (or repeated)")
    gold_name = stem + ".gold.txt"
    if gold_name not in golds:
        errs.append("gold file missing")
        results.append((stem, errs, ""))
        continue
    raw_text = read_text(os.path.join(here, raw_name), errs)
    gold_text = read_text(os.path.join(here, gold_name), errs)
    if raw_text is None or gold_text is None:
        results.append((stem, errs, ""))
        continue
    raw = raw_text.rstrip("\n").split("\n") if raw_text.strip() else []
    gold = gold_text.rstrip("\n").split("\n") if gold_text.strip() else []
    errs += blank_problems(raw, "raw")
    errs += blank_problems(gold, "gold")
    if not gold:
        errs.append("gold is empty")

    # ordered subsequence (non-blank lines), then exact reconstruction
    kept = set()
    j = 0
    ok_subseq = True
    for gl in gold:
        if gl == "":
            continue
        while j < len(raw) and raw[j] != gl:
            j += 1
        if j == len(raw):
            errs.append(f"gold line not found in raw order: {gl[:60]!r}")
            ok_subseq = False
            break
        kept.add(j)
        j += 1
    if ok_subseq:
        expected = collapse([l for i, l in enumerate(raw) if l == "" or i in kept])
        if expected != gold:
            errs.append("gold is not raw-minus-deleted-lines with blank runs collapsed")

    raw_nb = [l for l in raw if l.strip()]
    gold_nb = [l for l in gold if l.strip()]
    removed = len(raw_nb) - len(gold_nb)
    ratio = removed / len(raw_nb) if raw_nb else 0.0
    if negative:
        if raw_text != gold_text:
            errs.append("negative: gold is not byte-identical to raw")
    else:
        if removed == 0:
            errs.append("positive: no line deleted")
        elif not (MIN_RATIO <= ratio <= MAX_RATIO):
            errs.append(f"positive: furniture ratio {ratio:.0%} outside 30-55%")

    # within-file duplicates also count (a line should be unique in the set)
    counts = defaultdict(int)
    for l in raw_nb:
        counts[l] += 1
    for l, c in counts.items():
        if len(l.strip()) > 3:
            line_owner[l].add(stem)
            if c > 1:
                errs.append(f"line repeated inside raw: {l[:60]!r}")
    info = f"raw={len(raw_nb)} gold={len(gold_nb)} deleted={removed} ({ratio:.0%})"
    results.append((stem, errs, info))

dups = {l: s for l, s in line_owner.items() if len(s) > 1}
dup_by_stem = defaultdict(list)
for l, s in dups.items():
    for stem in s:
        dup_by_stem[stem].append(l)

for stem, errs, info in results:
    for l in dup_by_stem.get(stem, []):
        others = sorted(line_owner[l] - {stem})
        errs.append(f"line also used in {', '.join(others)}: {l[:60]!r}")
    if errs:
        errors_total += len(errs)
        print(f"FAIL {stem}: {info}")
        for e in errs:
            print(f"     - {e}")
    else:
        print(f"ok   {stem}: {info}")

if not results:
    print("FAIL: no pairs found")
    errors_total += 1
if errors_total:
    print(f"{errors_total} problem(s) found")
    sys.exit(1)
print("ALL OK")
