#!/usr/bin/env python3
"""Validate the blind news-boilerplate evaluation set in this directory.

Checks, per pair:
  * both NNN_<lang>_<families>.txt and .gold.txt exist
  * UTF-8, LF line endings, final newline
  * families valid and in canonical order ('negative' alone for negatives)
  * gold lines are an ordered subsequence of raw lines (byte-identical lines)
  * gold has no runs of blank lines and no leading/trailing blank lines
  * negatives: gold byte-identical to raw; positives: gold differs from raw
Across the set:
  * no non-blank line longer than 3 characters appears in more than one pair
Prints one line per pair and 'ALL OK' at the end (exit status 1 on errors).
Standard library only.
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors_total = 0
line_owner = defaultdict(set)


def read_lines(path, errs):
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
    if text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line")
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)}: BOM present")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def is_subsequence(small, big):
    it = iter(big)
    return all(any(line == b for b in it) for line in small)


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = {f for f in files if f.endswith(".gold.txt")}

for g in sorted(golds):
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        print(f"FAIL {g}: gold without raw file")
        errors_total += 1

numbers = defaultdict(list)
for raw in raws:
    errs = []
    m = NAME_RE.match(raw)
    stem = raw[:-4]
    gold = stem + ".gold.txt"
    if not m:
        errs.append("bad file name")
        fams = []
        negative = False
    else:
        num, lang, famstr = m.groups()
        numbers[num].append(raw)
        if lang not in LANGS:
            errs.append(f"unknown language {lang!r}")
        negative = famstr == "negative"
        fams = [] if negative else famstr.split("-")
        for f in fams:
            if f not in FAMILIES:
                errs.append(f"unknown family {f!r}")
        if not negative:
            if len(set(fams)) != len(fams):
                errs.append("duplicate family in name")
            idx = [FAMILIES.index(f) for f in fams if f in FAMILIES]
            if idx != sorted(idx):
                errs.append("families not in canonical order")
            if not fams:
                errs.append("no families")
    if gold not in golds:
        errs.append("missing gold file")
        print(f"FAIL {stem}: " + "; ".join(errs))
        errors_total += 1
        continue
    rl, rbytes = read_lines(os.path.join(here, raw), errs)
    gl, gbytes = read_lines(os.path.join(here, gold), errs)
    if rl is not None and gl is not None:
        if not is_subsequence(gl, rl):
            errs.append("gold is not an ordered subsequence of raw")
        if gl and (gl[0] == "" or gl[-1] == ""):
            errs.append("gold has leading/trailing blank line")
        if rl and (rl[0] == "" or rl[-1] == ""):
            errs.append("raw has leading/trailing blank line")
        for i in range(1, len(gl)):
            if gl[i] == "" and gl[i - 1] == "":
                errs.append(f"gold has a run of blank lines at line {i + 1}")
                break
        for i, line in enumerate(gl):
            if line != "" and line.strip() == "":
                errs.append(f"gold line {i + 1} is whitespace-only")
                break
        if negative:
            if rbytes != gbytes:
                errs.append("negative: gold not byte-identical to raw")
        else:
            if rbytes == gbytes:
                errs.append("positive: gold identical to raw (nothing removed)")
        for line in rl:
            s = line.strip()
            if s and len(s) > 3:
                line_owner[s].add(stem)
    n_raw = sum(1 for x in (rl or []) if x.strip())
    n_gold = sum(1 for x in (gl or []) if x.strip())
    if errs:
        errors_total += len(errs)
        print(f"FAIL {stem}: " + "; ".join(errs))
    else:
        share = (n_raw - n_gold) / n_raw if n_raw else 0
        print(f"ok   {stem}  raw={n_raw} gold={n_gold} furniture={share:.0%}")

for num, lst in sorted(numbers.items()):
    if len(lst) > 1:
        print(f"FAIL number {num} used by {len(lst)} files")
        errors_total += 1

for s, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        print(f"FAIL line reused in {len(owners)} files: {s[:70]!r} -> {', '.join(sorted(owners))}")
        errors_total += 1

if not raws:
    print("FAIL no files found")
    errors_total += 1

if errors_total:
    print(f"{errors_total} ERROR(S)")
    sys.exit(1)
print("ALL OK")
