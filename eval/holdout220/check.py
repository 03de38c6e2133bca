#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, decode as UTF-8, use LF line endings and end with a newline;
  * the file name is well formed; families are known, unique and in canonical order,
    or the single word 'negative';
  * gold lines are an ordered subsequence of raw lines (byte-identical lines);
  * gold has no leading/trailing blank lines and no runs of blank lines;
  * negatives: gold is byte-identical to raw; positives: gold differs from raw;
  * positives: furniture share of non-blank raw lines is reported (warning outside 30-55 %).
Across the set:
  * no non-blank line longer than 3 characters appears in more than one pair.
Prints one line per pair and 'ALL OK' at the end; exits 1 on any error.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)$")

here = os.path.dirname(os.path.abspath(__file__))
errors = []
warnings = []


def err(stem, msg):
    errors.append(f"{stem}: {msg}")


def read(path, stem):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(stem, f"{os.path.basename(path)} is not UTF-8 ({e})")
        return data, None
    if "\r" in text:
        err(stem, f"{os.path.basename(path)} contains CR characters")
    if not text.endswith("\n"):
        err(stem, f"{os.path.basename(path)} has no final newline")
    if text.endswith("\n\n"):
        err(stem, f"{os.path.basename(path)} ends with a blank line")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


files = sorted(f for f in os.listdir(here) if f.endswith(".txt"))
raws = {f[:-4] for f in files if not f.endswith(".gold.txt")}
golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
for s in sorted(raws - golds):
    err(s, "missing .gold.txt")
for s in sorted(golds - raws):
    err(s, "gold without raw file")

seen = defaultdict(set)          # line -> set of stems
numbers = defaultdict(list)
report = []
for stem in sorted(raws & golds):
    m = NAME_RE.match(stem)
    if not m:
        err(stem, "malformed file name")
        continue
    num, lang, fam_str = m.groups()
    numbers[num].append(stem)
    fams = fam_str.split("-")
    negative = fams == ["negative"]
    if not negative:
        bad = [f for f in fams if f not in CANON]
        if bad:
            err(stem, f"unknown families {bad}")
        elif len(set(fams)) != len(fams):
            err(stem, "duplicate family in name")
        elif fams != sorted(fams, key=CANON.index):
            err(stem, "families not in canonical order: expected "
                + "-".join(sorted(fams, key=CANON.index)))
    raw_bytes, raw = read(os.path.join(here, stem + ".txt"), stem)
    gold_bytes, gold = read(os.path.join(here, stem + ".gold.txt"), stem)
    if raw is None or gold is None:
        continue
    # subsequence
    i = 0
    for gl in gold:
        while i < len(raw) and raw[i] != gl:
            i += 1
        if i == len(raw):
            err(stem, f"gold line not found in order in raw: {gl[:60]!r}")
            break
        i += 1
    # blank handling
    if gold and gold[0].strip() == "":
        err(stem, "gold starts with a blank line")
    if gold and gold[-1].strip() == "":
        err(stem, "gold ends with a blank line")
    for a, b in zip(gold, gold[1:]):
        if a.strip() == "" and b.strip() == "":
            err(stem, "gold contains a run of blank lines")
            break
    if raw and raw[0].strip() == "":
        err(stem, "raw starts with a blank line")
    rn = sum(1 for l in raw if l.strip())
    gn = sum(1 for l in gold if l.strip())
    share = 100.0 * (rn - gn) / rn if rn else 0.0
    if negative:
        if raw_bytes != gold_bytes:
            err(stem, "negative but gold differs from raw")
    else:
        if raw_bytes == gold_bytes or gn == rn:
            err(stem, "positive but nothing was deleted")
        if not 30.0 <= share <= 55.0:
            warnings.append(f"{stem}: furniture share {share:.1f}% outside 30-55%")
    for l in raw:
        key = l.strip()
        if len(key) > 3:
            seen[key].add(stem)
    report.append(f"{stem}: raw {rn} lines, gold {gn} lines, furniture {share:.1f}%"
                  + (" (negative)" if negative else ""))

for num, stems in numbers.items():
    if len(stems) > 1:
        for s in stems:
            err(s, f"number {num} used by more than one pair")
for line, stems in sorted(seen.items()):
    if len(stems) > 1:
        err(", ".join(sorted(stems)), f"line used in more than one file: {line[:70]!r}")

bad_stems = {e.split(":")[0] for e in errors}
for r in report:
    stem = r.split(":")[0]
    print(("FAIL " if stem in bad_stems else "ok   ") + r)
for w in warnings:
    print("WARNING " + w)
for e in errors:
    print("ERROR " + e)
if errors:
    print(f"{len(errors)} error(s)")
    sys.exit(1)
print("ALL OK")
