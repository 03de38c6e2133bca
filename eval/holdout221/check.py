#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors = []
line_owner = defaultdict(set)   # non-blank line (>3 chars) -> set of pair stems


def err(stem, msg):
    errors.append(f"{stem}: {msg}")


def read(path, stem):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        err(stem, f"{os.path.basename(path)} is not valid UTF-8")
        return None
    if "\r" in text:
        err(stem, f"{os.path.basename(path)} contains CR characters")
    if not text.endswith("\n"):
        err(stem, f"{os.path.basename(path)} has no final newline")
    if text.endswith("\n\n"):
        err(stem, f"{os.path.basename(path)} ends with a blank line")
    return text


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        errors.append(f"{g}: gold file without raw file")

numbers = defaultdict(list)
for raw_name in raws:
    stem = raw_name[:-4]
    m = NAME_RE.match(raw_name)
    if not m:
        err(stem, "file name does not match NNN_<lang>_<families>.txt")
        continue
    num, lang, fam_part = m.groups()
    numbers[num].append(stem)
    if lang not in LANGS:
        err(stem, f"unknown language code {lang}")
    gold_name = stem + ".gold.txt"
    if gold_name not in golds:
        err(stem, "missing gold file")
        continue
    raw = read(os.path.join(here, raw_name), stem)
    gold = read(os.path.join(here, gold_name), stem)
    if raw is None or gold is None:
        continue
    rl = raw[:-1].split("\n") if raw.endswith("\n") else raw.split("\n")
    gl = gold[:-1].split("\n") if gold.endswith("\n") else gold.split("\n")

    negative = fam_part == "negative"
    if negative:
        fams = []
        if raw != gold:
            err(stem, "negative but gold is not byte-identical to raw")
    else:
        fams = fam_part.split("-")
        bad = [f for f in fams if f not in CANON]
        if bad:
            err(stem, f"invalid family names: {bad}")
        elif fams != sorted(fams, key=CANON.index) or len(set(fams)) != len(fams):
            err(stem, "families not in canonical order or duplicated")
        if raw == gold:
            err(stem, "positive file but gold equals raw")

    # gold: no leading/trailing blanks, no blank runs
    if gl and gl[0].strip() == "":
        err(stem, "gold starts with a blank line")
    if gl and gl[-1].strip() == "":
        err(stem, "gold ends with a blank line")
    for i in range(1, len(gl)):
        if gl[i].strip() == "" and gl[i - 1].strip() == "":
            err(stem, f"gold has a run of blank lines at line {i + 1}")
            break
    for i, l in enumerate(gl):
        if l != "" and l.strip() == "":
            err(stem, f"gold line {i + 1} is whitespace-only")

    # gold is an ordered subsequence of raw lines (blank lines included)
    j = 0
    for i, l in enumerate(gl):
        while j < len(rl) and rl[j] != l:
            j += 1
        if j == len(rl):
            err(stem, f"gold line {i + 1} not found in order in raw: {l[:60]!r}")
            break
        j += 1

    # check that collapsing was done exactly: rebuild gold from deleted set
    kept = set(l for l in gl if l.strip())
    rebuilt = []
    for l in rl:
        if l.strip() == "":
            if rebuilt and rebuilt[-1] != "":
                rebuilt.append("")
        elif l in kept:
            rebuilt.append(l)
    while rebuilt and rebuilt[-1] == "":
        rebuilt.pop()
    if rebuilt != gl:
        err(stem, "gold differs from raw-minus-deleted-lines with collapsed blanks")

    nonblank = [l for l in rl if l.strip()]
    deleted = len(nonblank) - len([l for l in gl if l.strip()])
    share = 100.0 * deleted / max(1, len(nonblank))
    for l in set(rl):
        if len(l.strip()) > 3:
            line_owner[l].add(stem)
    if not negative and not 30 <= share <= 55:
        err(stem, f"furniture share {share:.0f}% outside 30-55%")
    status = "negative" if negative else f"{len(fams)} families"
    print(f"{stem}: raw {len(nonblank)} non-blank lines, {deleted} deleted ({share:.0f}%), {status}")

for num, stems in numbers.items():
    if len(stems) > 1:
        errors.append(f"number {num} used by several pairs: {stems}")

for line, owners in line_owner.items():
    if len(owners) > 1:
        errors.append(f"line used in several files {sorted(owners)}: {line[:70]!r}")

if errors:
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} problem(s)")
    sys.exit(1)
print("ALL OK")
