#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the file name is well formed and the families are valid and in canonical order
    (or the single word 'negative');
  * the gold lines are an ordered subsequence of the raw lines (byte-identical lines);
  * the gold has no runs of blank lines and no leading/trailing blank lines;
  * a negative's gold is byte-identical to its raw; a positive's gold is not;
  * no non-blank line longer than 3 characters occurs in more than one pair
    (a pair's raw and gold files count as one unit).
Prints one line per pair and 'ALL OK' at the end (exit status 0), or the errors (status 1).
"""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors = []
seen = {}  # line -> pair stem where first seen


def err(stem, msg):
    errors.append(f"{stem}: {msg}")


def read(path, stem):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(stem, f"{os.path.basename(path)} is not UTF-8 ({e})")
        return None
    if "\r" in text:
        err(stem, f"{os.path.basename(path)} contains CR characters")
    if not text.endswith("\n"):
        err(stem, f"{os.path.basename(path)} has no final newline")
    if text.endswith("\n\n"):
        err(stem, f"{os.path.basename(path)} ends with a blank line")
    return text


def is_subsequence(sub, seq):
    it = iter(seq)
    return all(any(x == y for y in it) for x in sub)


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        err(g, "gold file without raw file")

numbers = set()
count = 0
for raw_name in raws:
    stem = raw_name[:-4]
    m = NAME_RE.match(raw_name)
    if not m:
        err(stem, "bad file name")
        continue
    num, lang, fams = m.groups()
    if num in numbers:
        err(stem, f"duplicate number {num}")
    numbers.add(num)
    fam_list = fams.split("-")
    negative = fams == "negative"
    if not negative:
        bad = [f for f in fam_list if f not in CANON]
        if bad:
            err(stem, f"unknown families {bad}")
        elif fam_list != sorted(fam_list, key=CANON.index) or len(set(fam_list)) != len(fam_list):
            err(stem, "families not in canonical order or repeated")
    gold_name = stem + ".gold.txt"
    if gold_name not in golds:
        err(stem, "missing gold file")
        continue
    raw = read(os.path.join(here, raw_name), stem)
    gold = read(os.path.join(here, gold_name), stem)
    if raw is None or gold is None:
        continue
    rl = raw.split("\n")[:-1] if raw.endswith("\n") else raw.split("\n")
    gl = gold.split("\n")[:-1] if gold.endswith("\n") else gold.split("\n")
    if not gl or gl[0].strip() == "" or gl[-1].strip() == "":
        err(stem, "gold has leading or trailing blank line (or is empty)")
    for a, b in zip(gl, gl[1:]):
        if a.strip() == "" and b.strip() == "":
            err(stem, "gold has a run of blank lines")
            break
    if any(l != "" and l.strip() == "" for l in gl):
        err(stem, "gold has whitespace-only lines")
    if not is_subsequence(gl, rl):
        err(stem, "gold is not an ordered subsequence of raw lines")
    if negative and raw != gold:
        err(stem, "negative gold differs from raw")
    if not negative and raw == gold:
        err(stem, "positive gold is identical to raw")
    for line in set(l for l in rl if l.strip() and len(l.strip()) > 3):
        key = line.strip()
        if key in seen and seen[key] != stem:
            err(stem, f"line also used in {seen[key]}: {key[:60]!r}")
        else:
            seen[key] = stem
    nr = sum(1 for l in rl if l.strip())
    ng = sum(1 for l in gl if l.strip())
    share = (nr - ng) / nr if nr else 0.0
    count += 1
    print(f"{stem}: raw {nr} lines, gold {ng} lines, furniture {share:.0%} -> "
          f"{'negative' if negative else ', '.join(fam_list)}")

if errors:
    print()
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} error(s)")
    sys.exit(1)
print(f"{count} pairs checked")
print("ALL OK")
