#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks per pair:
  * both NNN_<lang>_<families>.txt and .gold.txt exist
  * file name: 3-digit number, 2-letter language, valid families in canonical order, or 'negative'
  * UTF-8, LF line endings only, final newline, no whitespace-only lines
  * raw has no leading/trailing blank lines and no runs of blank lines
  * gold is exactly what you get by deleting some non-blank raw lines (matched as an ordered
    subsequence), collapsing the blank runs this leaves and trimming leading/trailing blanks
  * negatives: gold byte-identical to raw; positives: at least one line deleted
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair
  * numbers are unique
Prints one line per pair, then ALL OK (exit 0) or a list of problems (exit 1).
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
RANK = {f: i for i, f in enumerate(FAMILIES)}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

here = os.path.dirname(os.path.abspath(__file__))
problems = []


def fail(msg):
    problems.append(msg)


def read_lines(path, label):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(f"{label}: not valid UTF-8 ({e})")
        return None, data
    if "\r" in text:
        fail(f"{label}: contains CR characters (must be LF only)")
    if not text.endswith("\n"):
        fail(f"{label}: no final newline")
    if text.startswith("\ufeff"):
        fail(f"{label}: has a BOM")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for i, l in enumerate(lines, 1):
        if l != "" and l.strip() == "":
            fail(f"{label}: line {i} is whitespace-only")
    return lines, data


def blank_shape(lines, label):
    ok = True
    if not lines or lines[0] == "" or lines[-1] == "":
        fail(f"{label}: leading/trailing blank line or empty file")
        ok = False
    for i in range(1, len(lines)):
        if lines[i] == "" and lines[i - 1] == "":
            fail(f"{label}: run of blank lines at line {i + 1}")
            ok = False
            break
    return ok


def expected_gold(raw, gold):
    """Match gold's non-blank lines in raw (ordered, greedy) and rebuild the expected gold."""
    keep = [False] * len(raw)
    j = 0
    gold_nb = [l for l in gold if l != ""]
    for g in gold_nb:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None, g
        keep[j] = True
        j += 1
    out = []
    for l, k in zip(raw, keep):
        if l == "":
            if out and out[-1] != "":
                out.append("")
        elif k:
            out.append(l)
    while out and out[-1] == "":
        out.pop()
    return out, None


files = sorted(f for f in os.listdir(here) if f.endswith(".txt"))
raws = [f[:-4] for f in files if not f.endswith(".gold.txt")]
golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
for g in sorted(golds - set(raws)):
    fail(f"{g}.gold.txt has no raw file")

line_owner = defaultdict(set)
numbers = defaultdict(list)
report = []

for stem in raws:
    m = NAME_RE.match(stem)
    if not m:
        fail(f"{stem}: bad file name")
        continue
    num, lang, fams = m.groups()
    numbers[num].append(stem)
    negative = fams == "negative"
    if not negative:
        parts = fams.split("-")
        bad = [p for p in parts if p not in RANK]
        if bad:
            fail(f"{stem}: unknown families {bad}")
        elif [RANK[p] for p in parts] != sorted(set(RANK[p] for p in parts)):
            fail(f"{stem}: families not in canonical order or repeated")
    if stem not in golds:
        fail(f"{stem}: missing gold file")
        continue
    raw, raw_bytes = read_lines(os.path.join(here, stem + ".txt"), stem + ".txt")
    gold, gold_bytes = read_lines(os.path.join(here, stem + ".gold.txt"), stem + ".gold.txt")
    if raw is None or gold is None:
        continue
    blank_shape(raw, stem + ".txt")
    blank_shape(gold, stem + ".gold.txt")
    exp, missing = expected_gold(raw, gold)
    if exp is None:
        fail(f"{stem}: gold line not found in order in raw: {missing[:70]!r}")
    elif exp != gold:
        fail(f"{stem}: gold differs from raw-minus-deletions with blank runs collapsed")
    raw_nb = sum(1 for l in raw if l)
    gold_nb = sum(1 for l in gold if l)
    deleted = raw_nb - gold_nb
    if negative:
        if raw_bytes != gold_bytes:
            fail(f"{stem}: negative but gold is not byte-identical to raw")
    elif deleted == 0:
        fail(f"{stem}: positive but nothing deleted")
    for l in set(raw) | set(gold):
        if l and len(l) > 3:
            line_owner[l].add(stem)
    share = 100.0 * deleted / raw_nb if raw_nb else 0.0
    report.append(f"{stem}: raw {raw_nb} lines, gold {gold_nb}, deleted {deleted} ({share:.0f}%)")

for num, stems in numbers.items():
    if len(stems) > 1:
        fail(f"number {num} used by {stems}")
for line, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        fail(f"line used in {len(owners)} files {sorted(owners)}: {line[:70]!r}")

for r in report:
    print("OK  " + r if not any(r.split(":")[0] in p for p in problems) else "ERR " + r)
if problems:
    print()
    for p in problems:
        print("PROBLEM: " + p)
    print(f"FAILED ({len(problems)} problems)")
    sys.exit(1)
print("ALL OK")
