#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the <families> part is 'negative' or valid family names in canonical order;
  * the gold is an ordered subsequence of the raw lines (byte-identical lines);
  * the gold has no leading/trailing blank lines and no runs of blank lines;
  * negatives are byte-identical to their raw; positives actually delete something;
and across the set:
  * no non-blank line longer than 3 characters appears in more than one pair.
Prints one line per pair and 'ALL OK' at the end (exit status 1 on any error).
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)
    return msg


def read_lines(path):
    data = open(path, "rb").read()
    problems = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return None, [f"not UTF-8 ({e})"]
    if "\r" in text:
        problems.append("contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        problems.append("no final newline")
    if text.startswith("\ufeff"):
        problems.append("starts with a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), problems


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
raws = [f for f in files if NAME_RE.match(f) and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        err(f"{g}: gold without raw file")

line_owner = defaultdict(set)
numbers = defaultdict(list)
for raw_name in raws:
    m = NAME_RE.match(raw_name)
    num, lang, fams = m.groups()
    numbers[num].append(raw_name)
    stem = raw_name[:-4]
    gold_name = stem + ".gold.txt"
    pair_errors = []
    if fams != "negative":
        parts = fams.split("-")
        bad = [p for p in parts if p not in CANON]
        if bad:
            pair_errors.append(f"unknown family name(s): {', '.join(bad)}")
        else:
            idx = [CANON.index(p) for p in parts]
            if idx != sorted(set(idx)):
                pair_errors.append("families not in canonical order or repeated")
    if gold_name not in files:
        pair_errors.append("missing gold file")
        print(f"FAIL {stem}: " + "; ".join(pair_errors))
        errors.extend(f"{stem}: {p}" for p in pair_errors)
        continue
    raw, p1 = read_lines(os.path.join(here, raw_name))
    gold, p2 = read_lines(os.path.join(here, gold_name))
    pair_errors += [f"raw {p}" for p in p1] + [f"gold {p}" for p in p2]
    if raw is None or gold is None:
        print(f"FAIL {stem}: " + "; ".join(pair_errors))
        errors.extend(f"{stem}: {p}" for p in pair_errors)
        continue
    ok, missing = is_subsequence(gold, raw)
    if not ok:
        pair_errors.append(f"gold is not an ordered subsequence of raw (first unmatched: {missing[:60]!r})")
    if gold and not gold[0].strip():
        pair_errors.append("gold has leading blank line")
    if gold and not gold[-1].strip():
        pair_errors.append("gold has trailing blank line")
    if any(not a.strip() and not b.strip() for a, b in zip(gold, gold[1:])):
        pair_errors.append("gold has an uncollapsed run of blank lines")
    if any(l and not l.strip() for l in raw + gold):
        pair_errors.append("whitespace-only line (blank lines must be empty)")
    raw_bytes = open(os.path.join(here, raw_name), "rb").read()
    gold_bytes = open(os.path.join(here, gold_name), "rb").read()
    if fams == "negative":
        if raw_bytes != gold_bytes:
            pair_errors.append("negative gold is not byte-identical to raw")
    elif raw_bytes == gold_bytes:
        pair_errors.append("positive gold deletes nothing")
    for line in raw:
        if line.strip() and len(line.strip()) > 3:
            line_owner[line].add(num)
    raw_nb = sum(1 for l in raw if l.strip())
    gold_nb = sum(1 for l in gold if l.strip())
    share = (raw_nb - gold_nb) / raw_nb if raw_nb else 0
    if pair_errors:
        errors.extend(f"{stem}: {p}" for p in pair_errors)
        print(f"FAIL {stem}: " + "; ".join(pair_errors))
    else:
        print(f"ok   {stem}: {raw_nb} lines, {raw_nb - gold_nb} furniture ({share:.0%})")

for num, names in numbers.items():
    if len(names) > 1:
        print(err(f"FAIL number {num} used by more than one pair: {names}"))
for line, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        print(err(f"FAIL line shared by pairs {sorted(owners)}: {line[:70]!r}"))

if errors:
    print(f"{len(errors)} ERROR(S)")
    sys.exit(1)
print("ALL OK")
