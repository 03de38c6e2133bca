#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
problems_total = 0
line_owner = {}      # non-blank line (>3 chars) -> first file using it
duplicates = []


def load(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return data, []
    if b"\r" in data:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line")
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{os.path.basename(path)}: has a BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_blank(line):
    return line.strip() == ""


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
orphans = [g for g in golds if g[:-len(".gold.txt")] + ".txt" not in raws]
for g in orphans:
    print(f"FAIL {g}: gold file without raw file")
    problems_total += 1

numbers = {}
for raw_name in raws:
    errs = []
    base = raw_name[:-4]
    gold_name = base + ".gold.txt"
    m = NAME_RE.match(raw_name)
    fams = []
    if not m:
        errs.append("file name does not match NNN_<lang>_<families>.txt")
    else:
        num, lang, famstr = m.groups()
        if num in numbers:
            errs.append(f"number {num} also used by {numbers[num]}")
        numbers[num] = raw_name
        fams = famstr.split("-")
        if fams != ["negative"]:
            bad = [f for f in fams if f not in FAMILIES]
            if bad:
                errs.append(f"unknown families: {bad}")
            elif len(set(fams)) != len(fams):
                errs.append("family listed twice")
            elif fams != sorted(fams, key=FAMILIES.index):
                errs.append("families not in canonical order")
    if gold_name not in golds:
        errs.append("missing gold file")
        print(f"FAIL {raw_name}: " + "; ".join(errs))
        problems_total += len(errs)
        continue

    raw_bytes, raw_lines = load(os.path.join(here, raw_name), errs)
    gold_bytes, gold_lines = load(os.path.join(here, gold_name), errs)

    # gold must be an ordered subsequence of raw
    i = 0
    for gl in gold_lines:
        while i < len(raw_lines) and raw_lines[i] != gl:
            i += 1
        if i == len(raw_lines):
            errs.append(f"gold line not found in order in raw: {gl[:60]!r}")
            break
        i += 1

    # blank handling in gold
    if gold_lines and is_blank(gold_lines[0]):
        errs.append("gold starts with a blank line")
    if gold_lines and is_blank(gold_lines[-1]):
        errs.append("gold ends with a blank line")
    for a, b in zip(gold_lines, gold_lines[1:]):
        if is_blank(a) and is_blank(b):
            errs.append("gold has an uncollapsed run of blank lines")
            break
    for gl in gold_lines:
        if is_blank(gl) and gl != "":
            errs.append("gold has a whitespace-only line")
            break

    n_raw = sum(1 for l in raw_lines if not is_blank(l))
    n_gold = sum(1 for l in gold_lines if not is_blank(l))
    if fams == ["negative"]:
        if raw_bytes != gold_bytes:
            errs.append("negative: gold is not byte-identical to raw")
    elif fams:
        if n_gold == n_raw:
            errs.append("positive pair but no line was removed")
        if n_gold == 0:
            errs.append("gold has no content")

    # cross-file uniqueness of non-blank lines longer than 3 characters
    for l in dict.fromkeys(raw_lines):
        if len(l.strip()) > 3:
            owner = line_owner.setdefault(l, raw_name)
            if owner != raw_name:
                duplicates.append((l, owner, raw_name))

    share = (n_raw - n_gold) / n_raw if n_raw else 0
    if errs:
        problems_total += len(errs)
        print(f"FAIL {raw_name}: " + "; ".join(errs))
    else:
        print(f"ok   {raw_name}: {n_raw} lines, {n_raw - n_gold} furniture ({share:.0%})")

for line, a, b in duplicates:
    print(f"FAIL duplicate line in {a} and {b}: {line[:70]!r}")
    problems_total += 1

if not raws:
    print("FAIL no pairs found")
    problems_total += 1

if problems_total:
    print(f"{problems_total} problem(s)")
    sys.exit(1)
print("ALL OK")
