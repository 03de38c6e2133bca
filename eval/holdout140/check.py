#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks: pairs complete; file names and family lists valid and canonical; UTF-8, LF, final newline;
gold is an ordered subsequence of raw lines; gold has collapsed blank runs and no leading/trailing
blanks; negatives byte-identical, positives not; no non-blank line (> 3 chars) in more than one pair.
"""
import os, re, sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit copyright wire "
         "share counter newsletter subscribe donation membership paywall comments login authorbox tags footer "
         "app live notes").split()
HERE = os.path.dirname(os.path.abspath(__file__))
NAME = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")

errors = []
def err(msg):
    errors.append(msg)
    print("ERROR", msg)

def read(path):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        err(f"{os.path.basename(path)}: not UTF-8"); return data, None
    name = os.path.basename(path)
    if "\r" in text: err(f"{name}: contains CR characters")
    if not text.endswith("\n"): err(f"{name}: missing final newline")
    if text.endswith("\n\n"): err(f"{name}: trailing blank line")
    if text.startswith("\n"): err(f"{name}: leading blank line")
    if text.startswith("\ufeff"): err(f"{name}: BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")

files = sorted(os.listdir(HERE))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = {f for f in files if f.endswith(".gold.txt")}
for g in sorted(golds):
    if g[:-9] + ".txt" not in raws: err(f"{g}: gold without raw")

seen = defaultdict(set)   # line -> pairs
numbers = defaultdict(list)
for raw in raws:
    stem = raw[:-4]
    m = NAME.match(raw)
    if not m:
        err(f"{raw}: bad file name"); continue
    num, lang, fams = m.groups()
    numbers[num].append(raw)
    fam_list = fams.split("-")
    if fam_list != ["negative"]:
        bad = [f for f in fam_list if f not in CANON]
        if bad: err(f"{raw}: unknown families {bad}")
        elif fam_list != sorted(set(fam_list), key=CANON.index):
            err(f"{raw}: families not unique/canonical order")
    gold = stem + ".gold.txt"
    if gold not in golds:
        err(f"{raw}: missing gold"); continue
    rb, rl = read(os.path.join(HERE, raw))
    gb, gl = read(os.path.join(HERE, gold))
    if rl is None or gl is None: continue
    # gold structure
    for i in range(1, len(gl)):
        if gl[i] == "" and gl[i - 1] == "": err(f"{gold}: uncollapsed blank run at line {i+1}")
    if gl and (gl[0] == "" or gl[-1] == ""): err(f"{gold}: leading/trailing blank line")
    # ordered subsequence
    j = 0
    for line in rl:
        if j < len(gl) and line == gl[j]: j += 1
    if j != len(gl): err(f"{gold}: not an ordered subsequence of raw (stuck at gold line {j+1}: {gl[j][:60]!r})")
    # negatives / positives
    if fams == "negative":
        if rb != gb: err(f"{raw}: negative but gold differs from raw")
    elif rb == gb:
        err(f"{raw}: positive but gold identical to raw")
    for line in set(rl):
        s = line.strip()
        if len(s) > 3: seen[s].add(stem)
    rn = sum(1 for l in rl if l.strip()); gn = sum(1 for l in gl if l.strip())
    share = 100 * (rn - gn) / rn if rn else 0
    print(f"{'OK ' if not any(stem in e for e in errors) else 'BAD'} {stem}: raw {rn} lines, gold {gn}, furniture {rn-gn} ({share:.0f}%)")

for num, lst in numbers.items():
    if len(lst) > 1: err(f"number {num} used by {lst}")
for line, pairs in sorted(seen.items()):
    if len(pairs) > 1: err(f"line used in {len(pairs)} files {sorted(pairs)}: {line[:70]!r}")

if errors:
    print(f"{len(errors)} ERROR(S)"); sys.exit(1)
print("ALL OK")
