#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and .gold.txt exist;
  * UTF-8, LF line endings only, final newline, no trailing whitespace;
  * the family part is 'negative' or valid family names in canonical order, no repeats;
  * gold lines are an ordered subsequence of raw lines;
  * no blank-line runs, no leading/trailing blank lines in gold;
  * negatives: gold byte-identical to raw; positives: gold strictly shorter than raw.
Across the set:
  * numbers unique; no non-blank line longer than 3 characters appears in more than one pair.
Prints one line per pair and 'ALL OK' when nothing failed.
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(pair, msg):
    errors.append(f"{pair}: {msg}")


def read_lines(path, pair):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(pair, f"{os.path.basename(path)} is not UTF-8 ({e})")
        return []
    if "\r" in text:
        err(pair, f"{os.path.basename(path)} contains CR characters")
    if not text.endswith("\n"):
        err(pair, f"{os.path.basename(path)} has no final newline")
    if text.startswith("\ufeff"):
        err(pair, f"{os.path.basename(path)} starts with a BOM")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for i, ln in enumerate(lines, 1):
        if ln != ln.rstrip():
            err(pair, f"{os.path.basename(path)} line {i} has trailing whitespace")
    return lines


def is_subsequence(sub, seq):
    it = iter(seq)
    return all(any(x == y for y in it) for x in sub)


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = {f for f in files if f.endswith(".gold.txt")}
seen_numbers = {}
line_owner = defaultdict(set)
report = []

for raw in raws:
    pair = raw[:-4]
    m = NAME_RE.match(raw)
    if not m:
        err(pair, "file name does not match NNN_<lang>_<families>.txt")
        continue
    num, lang, fams = m.groups()
    if num in seen_numbers:
        err(pair, f"number {num} already used by {seen_numbers[num]}")
    seen_numbers[num] = pair
    if lang not in LANGS:
        err(pair, f"unknown language code {lang}")
    negative = fams == "negative"
    if not negative:
        parts = fams.split("-")
        bad = [p for p in parts if p not in FAMILIES]
        if bad:
            err(pair, f"invalid family names: {bad}")
        elif len(set(parts)) != len(parts):
            err(pair, "repeated family name")
        elif parts != sorted(parts, key=FAMILIES.index):
            err(pair, "families not in canonical order")

    gold = pair + ".gold.txt"
    if gold not in golds:
        err(pair, "missing gold file")
        continue
    golds.discard(gold)

    r = read_lines(os.path.join(here, raw), pair)
    g = read_lines(os.path.join(here, gold), pair)

    if g and (g[0] == "" or g[-1] == ""):
        err(pair, "gold has leading or trailing blank lines")
    if r and (r[0] == "" or r[-1] == ""):
        err(pair, "raw has leading or trailing blank lines")
    for i in range(1, len(g)):
        if g[i] == "" and g[i - 1] == "":
            err(pair, f"gold has a run of blank lines at line {i + 1}")
            break
    if not is_subsequence(g, r):
        err(pair, "gold is not an ordered subsequence of raw lines")
    if not is_subsequence([x for x in g if x], [x for x in r if x]):
        err(pair, "gold non-blank lines are not an ordered subsequence of raw non-blank lines")

    rb = open(os.path.join(here, raw), "rb").read()
    gb = open(os.path.join(here, gold), "rb").read()
    if negative and rb != gb:
        err(pair, "negative but gold differs from raw")
    if not negative and len(g) >= len(r):
        err(pair, "positive but nothing was deleted")

    for ln in r:
        s = ln.strip()
        if len(s) > 3:
            line_owner[s].add(pair)

    nr = sum(1 for x in r if x)
    ng = sum(1 for x in g if x)
    share = (nr - ng) / nr if nr else 0.0
    report.append(f"{pair}: raw {nr} non-blank, gold {ng}, furniture {nr - ng} ({share:.0%})")

for extra in sorted(golds):
    err(extra, "gold file without raw file")

for s, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        errors.append(f"line used in {len(owners)} pairs ({', '.join(sorted(owners))}): {s[:80]!r}")

for line in report:
    print(line)
if errors:
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} error(s)")
    sys.exit(1)
print("ALL OK")
