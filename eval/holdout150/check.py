#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

For every NNN_<lang>_<families>.txt / .gold.txt pair it checks:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the file name is well formed, family names are valid, unique and in canonical order
    (or the single word 'negative');
  * the gold is an ordered subsequence of the raw lines (byte-identical lines);
  * the gold has no leading/trailing blank lines and no runs of blank lines;
  * a negative's gold is byte-identical to its raw; a positive's gold differs from its raw;
  * furniture share (deleted non-blank lines / raw non-blank lines) is reported;
and across the set: no non-blank line longer than 3 characters occurs in more than one pair.
Prints one line per pair and 'ALL OK' when nothing failed.
"""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def read_lines(path):
    data = open(path, "rb").read()
    problems = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return None, [f"not UTF-8 ({e})"]
    if b"\r" in data:
        problems.append("contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        problems.append("no final newline")
    if text.endswith("\n\n"):
        problems.append("trailing blank line")
    if text.startswith("\ufeff"):
        problems.append("starts with a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), problems


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        err(f"{g}: gold without raw file")
        print(f"FAIL {g}: gold without raw file")

seen_lines = {}  # line -> first pair that used it
numbers = {}
for raw_name in raws:
    stem = raw_name[:-4]
    problems = []
    m = NAME_RE.match(raw_name)
    fams = []
    if not m:
        problems.append("bad file name")
    else:
        num, lang, famstr = m.groups()
        if num in numbers:
            problems.append(f"number {num} also used by {numbers[num]}")
        numbers[num] = raw_name
        fams = famstr.split("-")
        if famstr != "negative":
            bad = [f for f in fams if f not in CANON]
            if bad:
                problems.append(f"unknown families {bad}")
            elif len(set(fams)) != len(fams):
                problems.append("duplicate family in name")
            elif fams != sorted(fams, key=CANON.index):
                problems.append("families not in canonical order")
    gold_name = stem + ".gold.txt"
    if gold_name not in golds:
        problems.append("missing gold file")
        err(f"{stem}: " + "; ".join(problems))
        print(f"FAIL {stem}: " + "; ".join(problems))
        continue
    raw, p1 = read_lines(os.path.join(here, raw_name))
    gold, p2 = read_lines(os.path.join(here, gold_name))
    problems += [f"raw: {p}" for p in p1] + [f"gold: {p}" for p in p2]
    if raw is None or gold is None:
        err(f"{stem}: " + "; ".join(problems))
        print(f"FAIL {stem}: " + "; ".join(problems))
        continue
    # gold is an ordered subsequence of raw
    i = 0
    for gl in gold:
        while i < len(raw) and raw[i] != gl:
            i += 1
        if i == len(raw):
            problems.append(f"gold line not found in order in raw: {gl[:60]!r}")
            break
        i += 1
    # blank handling in gold
    if gold and gold[0].strip() == "":
        problems.append("gold starts with a blank line")
    if gold and gold[-1].strip() == "":
        problems.append("gold ends with a blank line")
    for a, b in zip(gold, gold[1:]):
        if a.strip() == "" and b.strip() == "":
            problems.append("gold has a run of blank lines")
            break
    # negative / positive
    raw_bytes = open(os.path.join(here, raw_name), "rb").read()
    gold_bytes = open(os.path.join(here, gold_name), "rb").read()
    raw_nb = [l for l in raw if l.strip()]
    gold_nb = [l for l in gold if l.strip()]
    if fams == ["negative"]:
        if raw_bytes != gold_bytes:
            problems.append("negative but gold differs from raw")
    elif raw_nb == gold_nb:
        problems.append("positive but no line was deleted")
    # cross-file line reuse
    for l in set(raw):
        key = l.strip()
        if len(key) > 3:
            other = seen_lines.get(key)
            if other and other != stem:
                problems.append(f"line also in {other}: {key[:60]!r}")
            else:
                seen_lines[key] = stem
    share = 100.0 * (len(raw_nb) - len(gold_nb)) / max(1, len(raw_nb))
    if problems:
        err(stem)
        print(f"FAIL {stem}: " + "; ".join(problems))
    else:
        print(f"ok   {stem}  raw={len(raw_nb)} gold={len(gold_nb)} furniture={share:.1f}%")

if not raws:
    err("no pairs found")
if errors:
    print(f"FAILED ({len(errors)} problem(s))")
    sys.exit(1)
print("ALL OK")
