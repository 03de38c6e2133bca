#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, are UTF-8, use LF line endings and end with a newline
  * the file name is well formed; families are valid, unique and in canonical order
  * 'negative' stands alone, and a negative's gold is byte-identical to its raw
  * a positive's gold differs from its raw
  * gold lines form an ordered subsequence of raw lines
  * gold has no leading/trailing blank lines and no runs of blank lines
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair
Prints one line per pair and 'ALL OK' at the end (exit status 1 on any error).
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(pair, msg):
    errors.append(f"{pair}: {msg}")


def load(path, pair):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(pair, f"{os.path.basename(path)} is not UTF-8 ({e})")
        return data, []
    if "\r" in text:
        err(pair, f"{os.path.basename(path)} contains CR characters")
    if not text.endswith("\n"):
        err(pair, f"{os.path.basename(path)} has no final newline")
    if text.startswith("\ufeff"):
        err(pair, f"{os.path.basename(path)} starts with a BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def blank(line):
    return line.strip() == ""


def is_subsequence(gold, raw):
    i = 0
    for line in raw:
        if i < len(gold) and gold[i] == line:
            i += 1
    return i == len(gold), i


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]

for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        err(g, "gold file without raw file")

seen_numbers = {}
line_owner = defaultdict(set)
report = []

for r in raws:
    pair = r[:-4]
    m = NAME_RE.match(r)
    if not m:
        err(pair, "file name does not match NNN_<lang>_<families>.txt")
        continue
    num, lang, fams = m.groups()
    if num in seen_numbers:
        err(pair, f"number {num} already used by {seen_numbers[num]}")
    seen_numbers[num] = pair
    fam_list = fams.split("-")
    negative = fam_list == ["negative"]
    if not negative:
        bad = [f for f in fam_list if f not in CANON]
        if bad:
            err(pair, f"unknown famil{'y' if len(bad) == 1 else 'ies'}: {', '.join(bad)}")
        if len(set(fam_list)) != len(fam_list):
            err(pair, "family listed twice")
        idx = [CANON.index(f) for f in fam_list if f in CANON]
        if idx != sorted(idx):
            err(pair, "families not in canonical order")
    gpath = os.path.join(here, pair + ".gold.txt")
    if not os.path.exists(gpath):
        err(pair, "missing gold file")
        continue
    rdata, rlines = load(os.path.join(here, r), pair)
    gdata, glines = load(gpath, pair)
    if negative:
        if rdata != gdata:
            err(pair, "negative: gold is not byte-identical to raw")
    elif rdata == gdata:
        err(pair, "positive: gold is identical to raw (no furniture removed)")
    ok, upto = is_subsequence(glines, rlines)
    if not ok:
        err(pair, f"gold line {upto + 1} is not an ordered subsequence of raw: {glines[upto][:60]!r}")
    if glines and blank(glines[0]):
        err(pair, "gold starts with a blank line")
    if glines and blank(glines[-1]):
        err(pair, "gold ends with a blank line")
    for i in range(1, len(glines)):
        if blank(glines[i]) and blank(glines[i - 1]):
            err(pair, f"gold has a run of blank lines at line {i + 1}")
            break
    if not any(not blank(l) for l in glines):
        err(pair, "gold is empty")
    for l in set(rlines) | set(glines):
        s = l.strip()
        if len(s) > 3:
            line_owner[s].add(pair)
    rn = sum(1 for l in rlines if not blank(l))
    gn = sum(1 for l in glines if not blank(l))
    share = (rn - gn) / rn if rn else 0.0
    report.append(f"{pair}: raw {rn} non-blank lines, gold {gn}, furniture {rn - gn} ({share:.0%})")

for line, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        errors.append(f"line used in {len(owners)} pairs ({', '.join(sorted(owners))}): {line[:70]!r}")

for line in report:
    print(line)
if errors:
    for e in errors:
        print("ERROR", e)
    print(f"FAILED: {len(errors)} problem(s)")
    sys.exit(1)
print("ALL OK")
