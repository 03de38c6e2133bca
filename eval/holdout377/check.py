#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist;
  * UTF-8, LF line endings only, final newline, no trailing whitespace issues;
  * family names are valid and listed in canonical order (or exactly `negative`);
  * gold lines are an ordered subsequence of raw lines (byte-identical);
  * gold has no runs of blank lines, no leading or trailing blank lines;
  * negatives: gold is byte-identical to raw; positives: gold differs from raw;
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair.
Prints one line per pair and `ALL OK` at the end (exit status 1 on failure).
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors = []
line_owner = defaultdict(set)   # stripped line -> set of pair ids


def read(path, problems):
    with open(path, "rb") as fh:
        data = fh.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(f"{os.path.basename(path)}: not UTF-8 ({exc})")
        return None
    if b"\r" in data:
        problems.append(f"{os.path.basename(path)}: contains CR characters")
    if data.startswith(b"\xef\xbb\xbf"):
        problems.append(f"{os.path.basename(path)}: has a BOM")
    if not text.endswith("\n"):
        problems.append(f"{os.path.basename(path)}: no final newline")
    elif text.endswith("\n\n"):
        problems.append(f"{os.path.basename(path)}: trailing blank line")
    return text


def is_subsequence(sub, seq):
    it = iter(seq)
    return all(any(x == y for y in it) for x in sub)


files = sorted(os.listdir(here))
raws = [f for f in files if NAME.match(f) and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        errors.append(f"{g}: gold file without raw file")
for f in files:
    if f.endswith(".txt") and not NAME.match(f) and not f.endswith(".gold.txt"):
        errors.append(f"{f}: file name does not match NNN_<lang>_<families>.txt")

numbers = defaultdict(list)
for raw in raws:
    problems = []
    m = NAME.match(raw)
    num, lang, fams = m.groups()
    numbers[num].append(raw)
    stem = raw[:-4]
    gold = stem + ".gold.txt"
    famlist = fams.split("-")
    negative = fams == "negative"
    if not negative:
        bad = [x for x in famlist if x not in CANON]
        if bad:
            problems.append(f"unknown families {bad}")
        elif famlist != sorted(famlist, key=CANON.index):
            problems.append("families not in canonical order")
        if len(set(famlist)) != len(famlist):
            problems.append("duplicate family")
    if gold not in files:
        problems.append("missing gold file")
        errors.append(f"{stem}: " + "; ".join(problems))
        print(f"FAIL {stem}: " + "; ".join(problems))
        continue
    rtext = read(os.path.join(here, raw), problems)
    gtext = read(os.path.join(here, gold), problems)
    if rtext is None or gtext is None:
        errors.append(f"{stem}: " + "; ".join(problems))
        print(f"FAIL {stem}: " + "; ".join(problems))
        continue
    rl = rtext.split("\n")[:-1]
    gl = gtext.split("\n")[:-1]
    if not gl:
        problems.append("gold is empty")
    if gl and gl[0] == "":
        problems.append("gold starts with a blank line")
    if gl and gl[-1] == "":
        problems.append("gold ends with a blank line")
    for i in range(1, len(gl)):
        if gl[i] == "" and gl[i - 1] == "":
            problems.append(f"gold has a run of blank lines at line {i + 1}")
            break
    if not is_subsequence(gl, rl):
        problems.append("gold is not an ordered subsequence of raw")
    if negative and rtext != gtext:
        problems.append("negative but gold differs from raw")
    if not negative and rtext == gtext:
        problems.append("positive but gold is identical to raw")
    for ln in rl:
        if ln != ln.rstrip():
            problems.append("raw has trailing whitespace")
            break
    for ln in set(rl) | set(gl):
        s = ln.strip()
        if len(s) > 3:
            line_owner[s].add(stem)
    removed = sum(1 for x in rl if x.strip()) - sum(1 for x in gl if x.strip())
    nonblank = sum(1 for x in rl if x.strip())
    if problems:
        errors.append(f"{stem}: " + "; ".join(problems))
        print(f"FAIL {stem}: " + "; ".join(problems))
    else:
        share = removed / nonblank if nonblank else 0
        print(f"ok   {stem}: {nonblank} lines, {removed} furniture ({share:.0%})")

for num, lst in numbers.items():
    if len(lst) > 1:
        errors.append(f"number {num} used by more than one pair: {lst}")

for s, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        errors.append(f"line used in {len(owners)} pairs {sorted(owners)}: {s[:70]!r}")

for e in errors:
    if "line used in" in e or "number" in e or "gold file without" in e or "does not match" in e:
        print("FAIL " + e)
if errors:
    print(f"{len(errors)} problem(s)")
    sys.exit(1)
print("ALL OK")
