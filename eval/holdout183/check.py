#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist;
  * UTF-8, LF line endings only, final newline;
  * family names are valid, unique and in canonical order ('negative' alone for negatives);
  * gold lines are an ordered subsequence of raw lines (byte-identical lines);
  * gold has no runs of blank lines and no leading/trailing blank lines;
  * negatives: gold is byte-identical to raw; positives: gold differs from raw;
and across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair
    (a pair's raw and gold files count as one unit, since gold is drawn from raw).
Prints one line per pair and 'ALL OK' at the end; exits with status 1 on any problem.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
problems = []
line_owner = defaultdict(set)


def read(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    if b"\r" in data:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line")
    return text


def is_subsequence(gold, raw):
    i = 0
    for g in gold:
        while i < len(raw) and raw[i] != g:
            i += 1
        if i == len(raw):
            return False, g
        i += 1
    return True, None


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        problems.append(f"{g}: gold without raw file")

numbers = defaultdict(list)
for rf in raws:
    errs = []
    stem = rf[:-4]
    m = NAME_RE.match(rf)
    if not m:
        errs.append("bad file name")
    else:
        num, lang, fams = m.groups()
        numbers[num].append(rf)
        if lang not in LANGS:
            errs.append(f"unknown language '{lang}'")
        parts = fams.split("-")
        if parts == ["negative"]:
            negative = True
        else:
            negative = False
            bad = [p for p in parts if p not in CANON]
            if bad:
                errs.append(f"invalid family name(s): {', '.join(bad)}")
            elif len(set(parts)) != len(parts):
                errs.append("duplicate family name")
            elif [CANON.index(p) for p in parts] != sorted(CANON.index(p) for p in parts):
                errs.append("families not in canonical order")
    gf = stem + ".gold.txt"
    if gf not in golds:
        errs.append("gold file missing")
        problems.extend(f"{rf}: {e}" for e in errs)
        print(f"FAIL {stem}: " + "; ".join(errs))
        continue
    rt = read(os.path.join(here, rf), errs)
    gt = read(os.path.join(here, gf), errs)
    if rt is not None and gt is not None and m:
        rl = rt.split("\n")[:-1]
        gl = gt.split("\n")[:-1]
        ok, missing = is_subsequence(gl, rl)
        if not ok:
            errs.append(f"gold line not found in order in raw: {missing[:60]!r}")
        if gl and (gl[0].strip() == "" or gl[-1].strip() == ""):
            errs.append("gold has leading or trailing blank line")
        for a, b in zip(gl, gl[1:]):
            if a.strip() == "" and b.strip() == "":
                errs.append("gold has a run of blank lines")
                break
        if rl and (rl[0].strip() == "" or rl[-1].strip() == ""):
            errs.append("raw has leading or trailing blank line")
        if negative:
            if open(os.path.join(here, rf), "rb").read() != open(os.path.join(here, gf), "rb").read():
                errs.append("negative: gold is not byte-identical to raw")
        else:
            if rt == gt:
                errs.append("positive pair but gold equals raw")
        for line in set(rl) | set(gl):
            if line.strip() and len(line.strip()) > 3:
                line_owner[line].add(stem)
        nonblank_raw = sum(1 for x in rl if x.strip())
        nonblank_gold = sum(1 for x in gl if x.strip())
        share = (nonblank_raw - nonblank_gold) / nonblank_raw if nonblank_raw else 0
        info = f"raw={nonblank_raw} gold={nonblank_gold} furniture={share:.0%}"
    else:
        info = ""
    if errs:
        problems.extend(f"{rf}: {e}" for e in errs)
        print(f"FAIL {stem}: " + "; ".join(errs))
    else:
        print(f"ok   {stem}  {info}")

for num, fs in numbers.items():
    if len(fs) > 1:
        problems.append(f"number {num} used by several pairs: {', '.join(fs)}")

for line, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        problems.append(f"line used in {len(owners)} pairs ({', '.join(sorted(owners))}): {line[:70]!r}")

if problems:
    print()
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problem(s)")
    sys.exit(1)
print("ALL OK")
