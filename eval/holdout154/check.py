#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
ORDER = {f: i for i, f in enumerate(FAMILIES)}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
os.chdir(here)


def read(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{path}: not UTF-8 ({e})")
        return None
    if "\r" in text:
        errs.append(f"{path}: contains CR characters (must be LF only)")
    if not text.endswith("\n"):
        errs.append(f"{path}: missing final newline")
    if text.startswith("\ufeff"):
        errs.append(f"{path}: has a BOM")
    return text


def check_families(fams, errs, name):
    if fams == "negative":
        return True
    parts = fams.split("-")
    bad = [p for p in parts if p not in ORDER]
    if bad:
        errs.append(f"{name}: unknown famil{'y' if len(bad) == 1 else 'ies'} {bad}")
        return False
    if len(set(parts)) != len(parts):
        errs.append(f"{name}: duplicated family in name")
    if [ORDER[p] for p in parts] != sorted(ORDER[p] for p in parts):
        errs.append(f"{name}: families not in canonical order")
    return False


def is_subsequence(gold, raw):
    i = 0
    for g in gold:
        while i < len(raw) and raw[i] != g:
            i += 1
        if i == len(raw):
            return False
        i += 1
    return True


all_errs = []
line_owner = defaultdict(set)
files = sorted(os.listdir("."))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
numbers = defaultdict(list)

for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        all_errs.append(f"{g}: gold file without raw file")

for r in raws:
    errs = []
    m = NAME_RE.match(r)
    if not m:
        errs.append(f"{r}: file name does not match NNN_<lang>_<families>.txt")
        print(f"FAIL {r}")
        all_errs.extend(errs)
        continue
    num, lang, fams = m.groups()
    numbers[num].append(r)
    negative = check_families(fams, errs, r)
    g = r[:-4] + ".gold.txt"
    if not os.path.exists(g):
        errs.append(f"{r}: missing gold file {g}")
        print(f"FAIL {r}")
        all_errs.extend(errs)
        continue
    rt, gt = read(r, errs), read(g, errs)
    if rt is None or gt is None:
        print(f"FAIL {r}")
        all_errs.extend(errs)
        continue
    rl = rt.split("\n")[:-1] if rt.endswith("\n") else rt.split("\n")
    gl = gt.split("\n")[:-1] if gt.endswith("\n") else gt.split("\n")
    if not gl or not any(l.strip() for l in gl):
        errs.append(f"{g}: empty gold")
    if not is_subsequence(gl, rl):
        errs.append(f"{g}: gold is not an ordered subsequence of raw lines")
    if gl and gl[0].strip() == "":
        errs.append(f"{g}: leading blank line")
    if gl and gl[-1].strip() == "":
        errs.append(f"{g}: trailing blank line")
    for i in range(1, len(gl)):
        if gl[i].strip() == "" and gl[i - 1].strip() == "":
            errs.append(f"{g}: uncollapsed blank run at line {i + 1}")
            break
    if negative:
        if rt != gt:
            errs.append(f"{r}: negative but gold is not byte-identical to raw")
    else:
        if rt == gt:
            errs.append(f"{r}: positive but gold is identical to raw (nothing deleted)")
    for l in rl:
        s = l.strip()
        if s and len(s) > 3:
            line_owner[s].add(r)
    n_raw = sum(1 for l in rl if l.strip())
    n_gold = sum(1 for l in gl if l.strip())
    share = (n_raw - n_gold) / n_raw if n_raw else 0.0
    status = "OK  " if not errs else "FAIL"
    print(f"{status} {r}  raw={n_raw} gold={n_gold} furniture={share:.0%}")
    all_errs.extend(errs)

for num, names in numbers.items():
    if len(names) > 1:
        all_errs.append(f"number {num} used by several files: {names}")

for line, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        all_errs.append(f"line used in {len(owners)} files {sorted(owners)}: {line[:80]!r}")

if not raws:
    all_errs.append("no pairs found")

if all_errs:
    print()
    for e in all_errs:
        print("ERROR:", e)
    print(f"{len(all_errs)} problem(s)")
    sys.exit(1)
print("ALL OK")
