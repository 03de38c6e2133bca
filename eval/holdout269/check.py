#!/usr/bin/env python3
"""Validate the blind news-boilerplate evaluation set in this directory.

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist
  * UTF-8, LF line endings only, final newline
  * family names are valid, unique and in canonical order ('negative' alone otherwise)
  * gold non-blank lines are an ordered subsequence of raw lines (byte-identical)
  * gold == raw with the unmatched lines removed, blank runs collapsed to one,
    no leading/trailing blank lines
  * negatives: gold byte-identical to raw; positives: gold differs from raw and
    furniture makes up 30-55% of the raw non-blank lines
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair
Prints one line per pair and 'ALL OK' at the end (exit status 1 on any error).
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
MIN_PCT, MAX_PCT = 30.0, 55.0

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def read_lines(path):
    data = open(path, "rb").read()
    problems = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, [f"not UTF-8 ({exc})"]
    if "\r" in text:
        problems.append("contains CR characters (LF endings required)")
    if not text.endswith("\n"):
        problems.append("missing final newline")
    if text.startswith("\ufeff"):
        problems.append("starts with a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), problems


def collapse(lines):
    out = []
    for line in lines:
        if line.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(line)
    while out and out[-1].strip() == "":
        out.pop()
    return out


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        err(f"{g}: gold file without raw file")

seen_numbers = {}
line_owner = defaultdict(set)   # stripped line -> set of pair stems
for raw_name in raws:
    stem = raw_name[:-4]
    status = []
    m = NAME_RE.match(raw_name)
    if not m:
        err(f"{raw_name}: file name does not match NNN_<lang>_<families>.txt")
        continue
    num, lang, fams = m.groups()
    if num in seen_numbers:
        err(f"{raw_name}: number {num} already used by {seen_numbers[num]}")
    seen_numbers[num] = raw_name
    negative = fams == "negative"
    if not negative:
        names = fams.split("-")
        bad = [n for n in names if n not in FAMILIES]
        if bad:
            err(f"{raw_name}: unknown families {bad}")
        elif len(set(names)) != len(names):
            err(f"{raw_name}: repeated family name")
        elif names != sorted(names, key=FAMILIES.index):
            err(f"{raw_name}: families not in canonical order")
    gold_name = stem + ".gold.txt"
    if gold_name not in golds:
        err(f"{raw_name}: missing {gold_name}")
        continue
    raw, p1 = read_lines(os.path.join(here, raw_name))
    gold, p2 = read_lines(os.path.join(here, gold_name))
    for p in p1:
        err(f"{raw_name}: {p}")
    for p in p2:
        err(f"{gold_name}: {p}")
    if raw is None or gold is None:
        continue
    raw_bytes = open(os.path.join(here, raw_name), "rb").read()
    gold_bytes = open(os.path.join(here, gold_name), "rb").read()
    if collapse(raw) != raw:
        err(f"{raw_name}: raw has leading/trailing or repeated blank lines")
    if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
        err(f"{gold_name}: leading or trailing blank line")
    for i in range(1, len(gold)):
        if gold[i].strip() == "" and gold[i - 1].strip() == "":
            err(f"{gold_name}: uncollapsed blank run at line {i + 1}")
            break
    # ordered-subsequence match of gold non-blank lines against raw
    keep = set()
    j = 0
    ok_subseq = True
    for gl in gold:
        if gl.strip() == "":
            continue
        while j < len(raw) and raw[j] != gl:
            j += 1
        if j == len(raw):
            err(f"{gold_name}: line not found in order in raw: {gl[:70]!r}")
            ok_subseq = False
            break
        keep.add(j)
        j += 1
    if ok_subseq:
        expected = collapse([l for i, l in enumerate(raw) if l.strip() == "" or i in keep])
        if expected != gold:
            err(f"{gold_name}: differs from raw minus deleted lines with blank runs collapsed")
    raw_nb = [l for l in raw if l.strip()]
    gold_nb = [l for l in gold if l.strip()]
    furniture = len(raw_nb) - len(gold_nb)
    pct = 100.0 * furniture / len(raw_nb) if raw_nb else 0.0
    if negative:
        if raw_bytes != gold_bytes:
            err(f"{raw_name}: negative but gold is not byte-identical to raw")
    else:
        if raw_bytes == gold_bytes or furniture == 0:
            err(f"{raw_name}: positive but nothing deleted")
        if not (MIN_PCT <= pct <= MAX_PCT):
            err(f"{raw_name}: furniture {pct:.0f}% outside {MIN_PCT:.0f}-{MAX_PCT:.0f}%")
    counts = defaultdict(int)
    for l in raw_nb:
        counts[l.strip()] += 1
        if len(l.strip()) > 3:
            line_owner[l.strip()].add(stem)
    dup = [l for l, c in counts.items() if c > 1 and len(l) > 3]
    if dup:
        err(f"{raw_name}: line repeated within file: {dup[0][:60]!r}")
    print(f"{stem}: {len(raw_nb)} raw / {len(gold_nb)} gold non-blank lines, "
          f"furniture {furniture} ({pct:.0f}%){' [negative]' if negative else ''}")

for line, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        err(f"line used in {len(owners)} pairs ({', '.join(sorted(owners))}): {line[:70]!r}")

if errors:
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} error(s)")
    sys.exit(1)
print("ALL OK")
