#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
os.chdir(here)
errors_total = 0
line_owner = defaultdict(set)   # stripped non-blank line -> set of pair names


def read_lines(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{path}: not UTF-8 ({e})")
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{path}: has a BOM")
    if b"\r" in data:
        errs.append(f"{path}: contains CR (must be LF only)")
    if not text.endswith("\n"):
        errs.append(f"{path}: no final newline")
    if text.endswith("\n\n"):
        errs.append(f"{path}: ends with a blank line")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if lines and lines[0].strip() == "":
        errs.append(f"{path}: leading blank line")
    return lines


def is_subsequence(gold, raw):
    it = iter(raw)
    return all(any(g == r for r in it) for g in gold)


raws = sorted(f for f in os.listdir(".") if f.endswith(".txt") and not f.endswith(".gold.txt"))
golds = sorted(f for f in os.listdir(".") if f.endswith(".gold.txt"))
numbers = defaultdict(list)

for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        print(f"FAIL {g}: gold without raw file")
        errors_total += 1

for raw_name in raws:
    errs = []
    stem = raw_name[:-4]
    gold_name = stem + ".gold.txt"
    m = NAME_RE.match(raw_name)
    if not m:
        errs.append("file name does not match NNN_<lang>_<families>.txt")
        fams = []
    else:
        num, lang, famstr = m.groups()
        numbers[num].append(raw_name)
        if lang not in LANGS:
            errs.append(f"unknown language code {lang!r}")
        fams = famstr.split("-")
    negative = fams == ["negative"]
    if not negative:
        bad = [f for f in fams if f not in FAMILIES]
        if bad:
            errs.append(f"invalid family names: {bad}")
        elif len(set(fams)) != len(fams):
            errs.append("duplicate family names")
        elif fams != sorted(fams, key=FAMILIES.index):
            errs.append("families not in canonical order")
    if gold_name not in golds:
        errs.append("missing gold file")
        raw_lines = gold_lines = None
    else:
        raw_lines = read_lines(raw_name, errs)
        gold_lines = read_lines(gold_name, errs)
    if raw_lines is not None and gold_lines is not None:
        for i, (a, b) in enumerate(zip(gold_lines, gold_lines[1:]), 1):
            if a.strip() == "" and b.strip() == "":
                errs.append(f"gold: run of blank lines at line {i}")
                break
        if any(l != "" and l.strip() == "" for l in gold_lines):
            errs.append("gold: whitespace-only line")
        if not is_subsequence(gold_lines, raw_lines):
            errs.append("gold is not an ordered subsequence of raw lines")
        raw_bytes = open(raw_name, "rb").read()
        gold_bytes = open(gold_name, "rb").read()
        if negative and raw_bytes != gold_bytes:
            errs.append("negative: gold is not byte-identical to raw")
        if not negative and raw_bytes == gold_bytes:
            errs.append("positive: gold identical to raw (nothing deleted)")
        nb_raw = [l for l in raw_lines if l.strip()]
        nb_gold = [l for l in gold_lines if l.strip()]
        if not nb_gold:
            errs.append("gold has no content")
        for l in set(nb_raw) | set(nb_gold):
            if len(l.strip()) > 3:
                line_owner[l.strip()].add(stem)
        share = (len(nb_raw) - len(nb_gold)) / len(nb_raw) if nb_raw else 0
        info = f"raw {len(nb_raw)} lines, gold {len(nb_gold)}, furniture {share:.0%}"
    else:
        info = ""
    if errs:
        errors_total += len(errs)
        print(f"FAIL {raw_name}: " + "; ".join(errs))
    else:
        print(f"ok   {raw_name} ({info})")

for num, names in sorted(numbers.items()):
    if len(names) > 1:
        print(f"FAIL number {num} used by several pairs: {names}")
        errors_total += 1

dups = {l: s for l, s in line_owner.items() if len(s) > 1}
for l, s in sorted(dups.items()):
    print(f"FAIL line used in more than one file ({', '.join(sorted(s))}): {l[:80]!r}")
    errors_total += 1

if errors_total:
    print(f"{errors_total} problem(s) found")
    sys.exit(1)
print("ALL OK")
