#!/usr/bin/env python3
"""Sanity check for the blind15 set.

For every NNN_*.txt / NNN_*.gold.txt pair:
  - both files decode as UTF-8 and contain no CR characters;
  - the gold lines (all lines, blank ones included) form a subsequence
    of the raw lines, every kept line byte-identical;
  - negatives (name contains '_negative') have gold == raw byte for byte.
Prints one line per pair and a summary; exit code 1 on any failure.
"""
import glob, os, sys

here = os.path.dirname(os.path.abspath(__file__))
fails = 0
pairs = 0
for raw_path in sorted(glob.glob(os.path.join(here, "[0-9][0-9][0-9]_*.txt"))):
    if raw_path.endswith(".gold.txt"):
        continue
    gold_path = raw_path[:-4] + ".gold.txt"
    name = os.path.basename(raw_path)[:-4]
    pairs += 1
    problems = []
    if not os.path.exists(gold_path):
        print(f"FAIL {name}: gold missing"); fails += 1; continue
    rb, gb = open(raw_path, "rb").read(), open(gold_path, "rb").read()
    try:
        r, g = rb.decode("utf-8"), gb.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"FAIL {name}: not UTF-8 ({e})"); fails += 1; continue
    if "\r" in r or "\r" in g:
        problems.append("CR found")
    rl, gl = r.split("\n"), g.split("\n")
    i = 0
    for line in gl:
        while i < len(rl) and rl[i] != line:
            i += 1
        if i == len(rl):
            problems.append(f"gold line not in raw order: {line[:60]!r}")
            break
        i += 1
    neg = "_negative" in name
    if neg and rb != gb:
        problems.append("negative but gold != raw")
    rn = sum(1 for x in rl if x.strip())
    gn = sum(1 for x in gl if x.strip())
    if problems:
        fails += 1
        print(f"FAIL {name}: " + "; ".join(problems))
    else:
        print(f"ok   {name:62s} raw={rn:3d} gold={gn:3d}{'  (negative, identical)' if neg else ''}")
print(f"{pairs} pairs checked, {fails} failures")
sys.exit(1 if fails else 0)
