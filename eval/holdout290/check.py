#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and .gold.txt exist;
  * files are UTF-8, LF-only, end with exactly one newline;
  * <families> is 'negative' or valid family names in canonical order, no repeats;
  * gold non-blank lines are an ordered subsequence of raw lines (byte-identical);
  * gold has no leading/trailing blank lines and no runs of blanks, and its blank
    lines are exactly those left behind by the deletions (runs collapsed to one);
  * negatives: gold byte-identical to raw; positives: gold differs from raw and the
    furniture share of non-blank raw lines is between 30 % and 55 %.
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")
MIN_SHARE, MAX_SHARE = 0.30, 0.55

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)
    print("  ERROR: " + msg)


def read_lines(path, label):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{label}: not valid UTF-8 ({e})")
        return None
    if "\r" in text:
        err(f"{label}: contains CR characters (must be LF only)")
    if not text.endswith("\n"):
        err(f"{label}: missing final newline")
    elif text.endswith("\n\n"):
        err(f"{label}: ends with a blank line")
    if text.startswith("\ufeff"):
        err(f"{label}: starts with a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def expected_gold(raw, gold_nonblank):
    """Greedy ordered match of gold's non-blank lines in raw; rebuild the gold
    that deleting all unmatched lines (and collapsing blank runs) would give."""
    idx, j = [], 0
    for g in gold_nonblank:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None, g
        idx.append(j)
        j += 1
    out = []
    for k, i in enumerate(idx):
        if k and any(raw[x] == "" for x in range(idx[k - 1] + 1, i)):
            out.append("")
        out.append(raw[i])
    return out, None


files = sorted(f for f in os.listdir(here) if f.endswith(".txt"))
raws = {f[:-4] for f in files if not f.endswith(".gold.txt")}
golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
for b in sorted(golds - raws):
    err(f"{b}: gold file without raw file")
for b in sorted(raws - golds):
    err(f"{b}: raw file without gold file")

seen = defaultdict(set)
numbers = []
for base in sorted(raws & golds):
    before = len(errors)
    m = NAME_RE.match(base)
    if not m:
        err(f"{base}: name does not match NNN_<lang>_<families>")
        continue
    num, lang, fams = m.groups()
    numbers.append(int(num))
    negative = fams == "negative"
    if not negative:
        parts = fams.split("-")
        bad = [p for p in parts if p not in CANON]
        if bad:
            err(f"{base}: unknown families {bad}")
        elif len(set(parts)) != len(parts):
            err(f"{base}: repeated family")
        elif parts != sorted(parts, key=CANON.index):
            err(f"{base}: families not in canonical order")
    raw = read_lines(os.path.join(here, base + ".txt"), base + ".txt")
    gold = read_lines(os.path.join(here, base + ".gold.txt"), base + ".gold.txt")
    if raw is None or gold is None:
        continue
    raw_bytes = open(os.path.join(here, base + ".txt"), "rb").read()
    gold_bytes = open(os.path.join(here, base + ".gold.txt"), "rb").read()
    if gold and (gold[0] == "" or gold[-1] == ""):
        err(f"{base}: gold has leading or trailing blank line")
    if any(a == "" and b == "" for a, b in zip(gold, gold[1:])):
        err(f"{base}: gold has a run of blank lines")
    if any(l != l.rstrip() for l in raw if l.strip()) or any(l.strip() == "" and l for l in raw):
        err(f"{base}: raw has trailing whitespace or whitespace-only lines")
    gnb = [l for l in gold if l != ""]
    exp, missing = expected_gold(raw, gnb)
    if exp is None:
        err(f"{base}: gold line not found in order in raw: {missing[:70]!r}")
    elif exp != gold:
        err(f"{base}: gold blank lines do not match deletions from raw")
    rnb = sum(1 for l in raw if l != "")
    share = (rnb - len(gnb)) / rnb if rnb else 0.0
    if negative:
        if raw_bytes != gold_bytes:
            err(f"{base}: negative but gold differs from raw")
    else:
        if raw_bytes == gold_bytes:
            err(f"{base}: positive but gold is identical to raw")
        if not (MIN_SHARE <= share <= MAX_SHARE):
            err(f"{base}: furniture share {share:.0%} outside {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
    for l in raw:
        s = l.strip()
        if len(s) > 3:
            seen[s].add(base)
    status = "ok" if len(errors) == before else "FAIL"
    kind = "negative" if negative else f"{rnb - len(gnb)} furniture lines ({share:.0%})"
    print(f"{status:4}  {base}  raw={rnb} gold={len(gnb)} non-blank; {kind}")

if numbers and sorted(numbers) != list(range(1, len(numbers) + 1)):
    err("file numbers are not contiguous from 001")
if len(set(numbers)) != len(numbers):
    err("duplicate file numbers")
for line, where in sorted(seen.items()):
    if len(where) > 1:
        err(f"line used in more than one file ({', '.join(sorted(where))}): {line[:70]!r}")

if errors:
    print(f"{len(errors)} ERROR(S)")
    sys.exit(1)
print("ALL OK")
