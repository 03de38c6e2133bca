#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors_total = 0
line_owner = defaultdict(set)   # non-blank line (len > 3) -> set of pair names


def read(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)} is not UTF-8 ({e})")
        return None
    if "\r" in text:
        errs.append(f"{os.path.basename(path)} contains CR characters")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)} has no final newline")
    elif text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)} ends with a blank line")
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)} starts with a BOM")
    return text


def is_subsequence(sub, seq):
    it = iter(seq)
    return all(any(x == y for y in it) for x in sub)


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
stray = [g for g in golds if g[:-9] + ".txt" not in raws]
for g in stray:
    print(f"FAIL {g}: gold file without raw file")
    errors_total += 1

numbers = defaultdict(list)
for raw in raws:
    base = raw[:-4]
    errs = []
    m = NAME_RE.match(raw)
    fams = []
    if not m:
        errs.append("file name does not match NNN_<lang>_<families>.txt")
    else:
        numbers[m.group(1)].append(raw)
        fams = m.group(3).split("-")
        if fams != ["negative"]:
            bad = [f for f in fams if f not in FAMILIES]
            if bad:
                errs.append(f"unknown families: {bad}")
            elif [FAMILIES.index(f) for f in fams] != sorted(FAMILIES.index(f) for f in fams):
                errs.append("families not in canonical order")
            if len(set(fams)) != len(fams):
                errs.append("duplicate family in name")
    gold = base + ".gold.txt"
    if gold not in golds:
        errs.append("missing gold file")
        print(f"FAIL {base}: " + "; ".join(errs))
        errors_total += 1
        continue
    rt = read(os.path.join(here, raw), errs)
    gt = read(os.path.join(here, gold), errs)
    if rt is not None and gt is not None:
        rl = rt.split("\n")[:-1] if rt.endswith("\n") else rt.split("\n")
        gl = gt.split("\n")[:-1] if gt.endswith("\n") else gt.split("\n")
        if rl and rl[0].strip() == "":
            errs.append("raw starts with a blank line")
        if not gl:
            errs.append("gold is empty")
        else:
            if gl[0].strip() == "":
                errs.append("gold starts with a blank line")
            if gl[-1].strip() == "":
                errs.append("gold ends with a blank line")
        for a, b in zip(gl, gl[1:]):
            if a.strip() == "" and b.strip() == "":
                errs.append("gold contains a run of blank lines")
                break
        if not is_subsequence(gl, rl):
            errs.append("gold is not an ordered subsequence of raw lines")
        else:
            # gold must equal raw minus some non-blank lines, with blank runs collapsed
            gold_nb = [l for l in gl if l.strip()]
            raw_nb = [l for l in rl if l.strip()]
            if not is_subsequence(gold_nb, raw_nb):
                errs.append("gold content lines out of order")
        if fams == ["negative"]:
            if rt != gt:
                errs.append("negative but gold differs from raw")
        elif m:
            if rt == gt:
                errs.append("positive but gold is identical to raw")
            nb_raw = sum(1 for l in rl if l.strip())
            nb_gold = sum(1 for l in gl if l.strip())
            share = 100.0 * (nb_raw - nb_gold) / nb_raw if nb_raw else 0
            if not 30.0 <= share <= 55.0:
                errs.append(f"furniture share {share:.0f}% outside 30-55%")
        for l in set(rl):
            if len(l.strip()) > 3:
                line_owner[l].add(base)
    if errs:
        print(f"FAIL {base}: " + "; ".join(errs))
        errors_total += 1
    else:
        info = ""
        if rt is not None and gt is not None and fams != ["negative"]:
            info = f" (furniture {share:.0f}% of non-blank lines)"
        print(f"ok   {base}{info}")

for num, names in sorted(numbers.items()):
    if len(names) > 1:
        print(f"FAIL number {num} used by several pairs: {names}")
        errors_total += 1

dups = {l: sorted(o) for l, o in line_owner.items() if len(o) > 1}
for l, owners in sorted(dups.items()):
    print(f"FAIL line shared by {', '.join(owners)}: {l[:80]!r}")
    errors_total += 1

if errors_total:
    print(f"{errors_total} problem(s) found")
    sys.exit(1)
print("ALL OK")
