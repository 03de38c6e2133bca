#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * raw and gold both exist; names match NNN_<lang>_<families>.txt / .gold.txt
  * UTF-8, LF line endings only, final newline, no BOM
  * family names valid, unique and in canonical order; 'negative' stands alone
  * gold lines are an ordered subsequence of raw lines (byte-identical lines)
  * gold has no leading/trailing blank lines and no runs of blank lines
  * negatives: gold byte-identical to raw; positives: gold differs from raw and
    furniture is 30-55% of the raw non-blank lines
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair
    (raw and gold of the same pair naturally share lines)
"""
import os, re, sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
MIN_FURN, MAX_FURN = 0.30, 0.55

here = os.path.dirname(os.path.abspath(__file__))
errors = 0


def err(stem, msg):
    global errors
    errors += 1
    print(f"ERROR {stem}: {msg}")


def load(path, stem):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        err(stem, f"{os.path.basename(path)} has a BOM")
    if b"\r" in data:
        err(stem, f"{os.path.basename(path)} contains CR characters")
    if not data.endswith(b"\n"):
        err(stem, f"{os.path.basename(path)} lacks a final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(stem, f"{os.path.basename(path)} is not UTF-8: {e}")
        text = data.decode("utf-8", "replace")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        err(g, "gold file without raw file")

line_owner = defaultdict(set)
numbers = set()
for rf in raws:
    stem = rf[:-4]
    m = NAME_RE.match(rf)
    if not m:
        err(stem, "file name does not match NNN_<lang>_<families>.txt")
        continue
    num, lang, fams = m.groups()
    if num in numbers:
        err(stem, f"number {num} used twice")
    numbers.add(num)
    famlist = fams.split("-")
    negative = famlist == ["negative"]
    if not negative:
        bad = [f for f in famlist if f not in CANON]
        if bad:
            err(stem, f"unknown families {bad}")
        elif len(set(famlist)) != len(famlist):
            err(stem, "duplicate family names")
        elif famlist != sorted(famlist, key=CANON.index):
            err(stem, "families not in canonical order")
    gf = stem + ".gold.txt"
    if gf not in golds:
        err(stem, "missing gold file")
        continue
    rdata, rlines = load(os.path.join(here, rf), stem)
    gdata, glines = load(os.path.join(here, gf), stem)

    # ordered subsequence
    i = 0
    for gl in glines:
        while i < len(rlines) and rlines[i] != gl:
            i += 1
        if i == len(rlines):
            err(stem, f"gold line not found in order in raw: {gl[:60]!r}")
            break
        i += 1
    # blank handling in gold
    if glines and not glines[0].strip():
        err(stem, "gold starts with a blank line")
    if glines and not glines[-1].strip():
        err(stem, "gold ends with a blank line")
    for k in range(1, len(glines)):
        if not glines[k].strip() and not glines[k - 1].strip():
            err(stem, f"run of blank lines in gold at line {k + 1}")
            break

    nb_raw = sum(1 for l in rlines if l.strip())
    nb_gold = sum(1 for l in glines if l.strip())
    share = (nb_raw - nb_gold) / nb_raw if nb_raw else 0.0
    if negative:
        if rdata != gdata:
            err(stem, "negative but gold differs from raw")
    else:
        if rdata == gdata:
            err(stem, "positive but gold identical to raw")
        elif not (MIN_FURN <= share <= MAX_FURN):
            err(stem, f"furniture share {share:.0%} outside {MIN_FURN:.0%}-{MAX_FURN:.0%}")

    for l in set(rlines) | set(glines):
        s = l.strip()
        if len(s) > 3:
            line_owner[s].add(stem)
    print(f"{stem}: raw {nb_raw} lines, gold {nb_gold} lines, furniture {share:.0%}")

for line, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        err(", ".join(sorted(owners)), f"line used in more than one pair: {line[:70]!r}")

if errors:
    print(f"FAILED: {errors} error(s)")
    sys.exit(1)
print("ALL OK")
