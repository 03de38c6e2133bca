#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, per pair:
  * both NNN_<lang>_<families>.txt and .gold.txt exist
  * UTF-8, LF line endings only, final newline, no trailing whitespace, no tabs
  * file name: 3-digit number, language code, families valid, unique, canonical order
  * gold is an ordered subsequence of the raw lines
  * gold equals raw with the deleted lines removed and blank runs collapsed
    (no consecutive blank lines, no leading/trailing blank lines)
  * negatives: gold byte-identical to raw; positives: gold differs from raw and
    the furniture share of non-blank raw lines is between 30% and 55%
  * raw contains no blank runs and no repeated non-blank line
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair
Prints one line per pair and ALL OK at the end (exit status 1 otherwise).
"""
import os
import re
import sys
from collections import defaultdict

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors_total = 0
seen = defaultdict(set)          # line -> set of pair names


def read_lines(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return []
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)}: BOM")
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: CR characters (need LF only)")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for i, l in enumerate(lines, 1):
        if l != l.rstrip() or "\t" in l:
            errs.append(f"{os.path.basename(path)}:{i}: trailing whitespace or tab")
        if l.strip() == "" and l != "":
            errs.append(f"{os.path.basename(path)}:{i}: whitespace-only line")
    return lines


def blank_problems(lines, label, errs):
    if lines and lines[0] == "":
        errs.append(f"{label}: leading blank line")
    if lines and lines[-1] == "":
        errs.append(f"{label}: trailing blank line")
    for i in range(1, len(lines)):
        if lines[i] == "" and lines[i - 1] == "":
            errs.append(f"{label}:{i + 1}: run of blank lines")


files = sorted(f for f in os.listdir(here) if f.endswith(".txt"))
raws = [f for f in files if not f.endswith(".gold.txt")]
golds = {f for f in files if f.endswith(".gold.txt")}
report = []

for g in sorted(golds):
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        print(f"FAIL {g}: gold without raw file")
        errors_total += 1

numbers = defaultdict(list)
for raw in raws:
    errs = []
    stem = raw[:-4]
    gold = stem + ".gold.txt"
    m = NAME_RE.match(raw)
    fams = []
    if not m:
        errs.append("bad file name")
    else:
        numbers[m.group(1)].append(raw)
        if m.group(2) not in LANGS:
            errs.append(f"unknown language code {m.group(2)}")
        fams = m.group(3).split("-")
        if fams != ["negative"]:
            bad = [f for f in fams if f not in ORDER]
            if bad:
                errs.append(f"unknown families {bad}")
            elif len(set(fams)) != len(fams):
                errs.append("family listed twice")
            elif fams != sorted(fams, key=ORDER.index):
                errs.append("families not in canonical order")
    if gold not in golds:
        errs.append("missing gold file")
        report.append((raw, errs, ""))
        continue

    r = read_lines(os.path.join(here, raw), errs)
    g = read_lines(os.path.join(here, gold), errs)
    blank_problems(r, raw, errs)
    blank_problems(g, gold, errs)

    nonblank = [l for l in r if l]
    dup = {l for l in nonblank if nonblank.count(l) > 1}
    if dup:
        errs.append(f"raw repeats lines: {sorted(dup)[:3]}")
    for l in set(nonblank):
        if len(l) > 3:
            seen[l].add(stem)

    # ordered subsequence: align gold non-blank lines to raw non-blank lines
    keep = [False] * len(r)
    j = 0
    gnon = [l for l in g if l]
    for i, l in enumerate(r):
        if j < len(gnon) and l == gnon[j]:
            keep[i] = True
            j += 1
    if j < len(gnon):
        errs.append(f"gold is not an ordered subsequence of raw (stuck at: {gnon[j][:60]!r})")
    else:
        rebuilt = []
        for l, k in zip(r, keep):
            if l == "":
                if rebuilt and rebuilt[-1] != "":
                    rebuilt.append("")
            elif k:
                rebuilt.append(l)
        while rebuilt and rebuilt[-1] == "":
            rebuilt.pop()
        if rebuilt != g:
            errs.append("gold blank lines do not match raw with deletions collapsed")

    deleted = len(nonblank) - len(gnon)
    share = deleted / len(nonblank) if nonblank else 0.0
    rb = open(os.path.join(here, raw), "rb").read()
    gb = open(os.path.join(here, gold), "rb").read()
    if fams == ["negative"]:
        if rb != gb:
            errs.append("negative but gold differs from raw")
    else:
        if rb == gb:
            errs.append("positive but gold identical to raw")
        elif not 0.30 <= share <= 0.55:
            errs.append(f"furniture share {share:.0%} outside 30-55%")
    info = f"{len(nonblank)} lines, {deleted} furniture ({share:.0%})"
    report.append((raw, errs, info))

for num, names in numbers.items():
    if len(names) > 1:
        print(f"FAIL number {num} used by {names}")
        errors_total += 1

shared = {l: s for l, s in seen.items() if len(s) > 1}
for raw, errs, info in report:
    stem = raw[:-4]
    for l, s in shared.items():
        if stem in s:
            errs.append(f"line shared with {sorted(s - {stem})}: {l[:60]!r}")
    status = "OK  " if not errs else "FAIL"
    print(f"{status} {raw}  [{info}]")
    for e in errs:
        print(f"       - {e}")
    errors_total += len(errs)

if errors_total:
    print(f"{errors_total} problem(s)")
    sys.exit(1)
print("ALL OK")
