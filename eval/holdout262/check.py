#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, decode as UTF-8, use LF line endings and end with one newline
  * the family list is valid, canonical-ordered and free of repeats ('negative' alone otherwise)
  * gold lines form an ordered subsequence of the raw lines (byte-identical lines)
  * gold has no runs of blank lines and no leading/trailing blank lines
  * negatives are byte-identical to their raw file; positives differ from it
  * positives: furniture is 30-55 % of the raw non-blank lines
Across the whole set:
  * no non-blank line longer than 3 characters appears in more than one pair
Prints one line per pair and 'ALL OK' if everything passes (exit code 0), otherwise exit code 1.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)$")
MIN_SHARE, MAX_SHARE = 0.30, 0.55

here = os.path.dirname(os.path.abspath(__file__))
errors_total = 0


def read_text(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None, data
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    elif text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: ends with a blank line")
    if text.startswith("\n"):
        errs.append(f"{os.path.basename(path)}: starts with a blank line")
    return text, data


files = sorted(f for f in os.listdir(here) if f.endswith(".txt"))
stems = set()
for f in files:
    stems.add(f[:-len(".gold.txt")] if f.endswith(".gold.txt") else f[:-len(".txt")])

line_owner = defaultdict(set)
results = []
for stem in sorted(stems):
    errs = []
    raw_p = os.path.join(here, stem + ".txt")
    gold_p = os.path.join(here, stem + ".gold.txt")
    m = NAME.match(stem)
    fams = []
    if not m:
        errs.append("bad file name")
    else:
        fams = m.group(3).split("-")
        if fams != ["negative"]:
            bad = [x for x in fams if x not in CANON]
            if bad:
                errs.append("unknown families: " + ",".join(bad))
            elif len(set(fams)) != len(fams):
                errs.append("repeated family")
            elif fams != sorted(fams, key=CANON.index):
                errs.append("families not in canonical order")
    if not os.path.exists(raw_p):
        errs.append("raw file missing")
    if not os.path.exists(gold_p):
        errs.append("gold file missing")
    info = ""
    if os.path.exists(raw_p) and os.path.exists(gold_p):
        raw, raw_b = read_text(raw_p, errs)
        gold, gold_b = read_text(gold_p, errs)
        if raw is not None and gold is not None:
            rl = raw.split("\n")[:-1] if raw.endswith("\n") else raw.split("\n")
            gl = gold.split("\n")[:-1] if gold.endswith("\n") else gold.split("\n")
            # gold is an ordered subsequence of raw
            i = 0
            for n, g in enumerate(gl, 1):
                while i < len(rl) and rl[i] != g:
                    i += 1
                if i == len(rl):
                    errs.append(f"gold line {n} not found in order in raw: {g[:60]!r}")
                    break
                i += 1
            # blank-line rules for gold
            if gl and (gl[0] == "" or gl[-1] == ""):
                errs.append("gold has leading or trailing blank line")
            for n in range(1, len(gl)):
                if gl[n] == "" and gl[n - 1] == "":
                    errs.append(f"gold has a run of blank lines at line {n + 1}")
                    break
            raw_nb = [l for l in rl if l.strip()]
            gold_nb = [l for l in gl if l.strip()]
            removed = len(raw_nb) - len(gold_nb)
            share = removed / len(raw_nb) if raw_nb else 0.0
            if fams == ["negative"]:
                if raw_b != gold_b:
                    errs.append("negative: gold is not byte-identical to raw")
            else:
                if raw_b == gold_b:
                    errs.append("positive: gold identical to raw")
                if not (MIN_SHARE <= share <= MAX_SHARE):
                    errs.append(f"furniture share {share:.0%} outside {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
            for l in set(rl):
                if len(l.strip()) > 3:
                    line_owner[l].add(stem)
            info = f"raw={len(raw_nb):3d} gold={len(gold_nb):3d} furniture={removed:3d} ({share:4.0%})"
    results.append((stem, info, errs))

dups = {l: s for l, s in line_owner.items() if len(s) > 1}
for l, s in dups.items():
    for stem in s:
        for r in results:
            if r[0] == stem:
                r[2].append(f"line shared with {sorted(s - {stem})}: {l[:60]!r}")

for stem, info, errs in results:
    status = "OK  " if not errs else "FAIL"
    print(f"{status} {stem}  {info}")
    for e in errs:
        print(f"       - {e}")
    errors_total += len(errs)

if not results:
    print("no pairs found")
    errors_total += 1
if errors_total:
    print(f"{errors_total} problem(s) found")
    sys.exit(1)
print("ALL OK")
