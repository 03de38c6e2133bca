#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors_total = 0


def read_text(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR (line endings must be LF)")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line")
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)}: BOM")
    return text


def lines_of(text):
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
global_errs = []
for g in golds:
    if g[: -len(".gold.txt")] + ".txt" not in raws:
        global_errs.append(f"{g}: gold without raw file")

seen_numbers = {}
line_owner = defaultdict(set)   # stripped line -> set of pair names
results = []

for raw in raws:
    errs = []
    stem = raw[:-4]
    gold = stem + ".gold.txt"
    m = NAME_RE.match(raw)
    fams = []
    if not m:
        errs.append("bad file name (want NNN_<lang>_<families>.txt)")
    else:
        num, lang, famstr = m.groups()
        if num in seen_numbers:
            errs.append(f"number {num} also used by {seen_numbers[num]}")
        seen_numbers[num] = raw
        if famstr != "negative":
            fams = famstr.split("-")
            bad = [f for f in fams if f not in CANON]
            if bad:
                errs.append(f"unknown families: {bad}")
            if len(set(fams)) != len(fams):
                errs.append("duplicate family in name")
            idx = [CANON.index(f) for f in fams if f in CANON]
            if idx != sorted(idx):
                errs.append("families not in canonical order")
    if gold not in golds:
        errs.append("missing gold file")
        results.append((raw, errs, None))
        continue
    rt = read_text(os.path.join(here, raw), errs)
    gt = read_text(os.path.join(here, gold), errs)
    if rt is None or gt is None:
        results.append((raw, errs, None))
        continue
    rl, gl = lines_of(rt), lines_of(gt)
    # gold: no leading/trailing blanks, no blank runs
    if gl and gl[0].strip() == "":
        errs.append("gold has leading blank line")
    if gl and gl[-1].strip() == "":
        errs.append("gold has trailing blank line")
    for i in range(1, len(gl)):
        if gl[i].strip() == "" and gl[i - 1].strip() == "":
            errs.append(f"gold has a run of blank lines at line {i + 1}")
            break
    # gold is an ordered subsequence of raw
    j = 0
    for i, g in enumerate(gl):
        while j < len(rl) and rl[j] != g:
            j += 1
        if j == len(rl):
            errs.append(f"gold line {i + 1} not found in order in raw: {g[:60]!r}")
            break
        j += 1
    # gold must equal raw with some non-blank lines removed and blanks collapsed
    kept = set()
    j = 0
    for g in gl:
        while j < len(rl) and rl[j] != g:
            j += 1
        if j < len(rl):
            kept.add(j)
            j += 1
    removed_nonblank = [k for k in range(len(rl)) if k not in kept and rl[k].strip()]
    nr = sum(1 for l in rl if l.strip())
    ng = sum(1 for l in gl if l.strip())
    if not fams and m and m.group(3) == "negative":
        if rt != gt:
            errs.append("negative: gold is not byte-identical to raw")
    elif m:
        if not removed_nonblank:
            errs.append("positive file but nothing removed in gold")
    pair = stem
    for l in rl:
        s = l.strip()
        if len(s) > 3:
            line_owner[s].add(pair)
    ratio = (nr - ng) / nr if nr else 0.0
    results.append((raw, errs, (nr, ng, ratio)))

dups = {l: owners for l, owners in line_owner.items() if len(owners) > 1}
dup_by_pair = defaultdict(list)
for l, owners in dups.items():
    for o in owners:
        dup_by_pair[o].append((l, sorted(owners - {o})))

for raw, errs, stats in results:
    stem = raw[:-4]
    for l, others in dup_by_pair.get(stem, []):
        errs.append(f"line also used in {', '.join(others)}: {l[:60]!r}")
    if stats:
        nr, ng, ratio = stats
        info = f"raw {nr} lines, gold {ng}, furniture {ratio:.0%}"
    else:
        info = "unreadable"
    status = "OK" if not errs else "FAIL"
    print(f"{status}  {stem}  ({info})")
    for e in errs:
        print(f"      - {e}")
    errors_total += len(errs)

for e in global_errs:
    print(f"FAIL  {e}")
errors_total += len(global_errs)

if errors_total:
    print(f"{errors_total} problem(s) found")
    sys.exit(1)
print("ALL OK")
