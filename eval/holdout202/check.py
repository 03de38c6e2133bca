#!/usr/bin/env python3
"""Validate the blind news-boilerplate evaluation set in this directory.

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, are UTF-8, use LF line endings and end with exactly one newline;
  * the name is well formed, the language is known, and the families are valid
    and in canonical order (or the single word 'negative');
  * gold lines are an ordered subsequence of raw lines (byte-identical);
  * gold has no runs of blank lines and no leading/trailing blank lines;
  * negatives: gold is byte-identical to raw; positives: gold differs from raw;
Across the whole set:
  * no non-blank line longer than 3 characters appears in more than one pair.
Standard library only. Prints one line per pair and ALL OK at the end.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors = []
line_owner = defaultdict(set)


def read(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    elif text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line")
    return text


def is_subsequence(gold, raw):
    it = iter(raw)
    return all(any(g == r for r in it) for g in gold)


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = {f for f in files if f.endswith(".gold.txt")}

for g in sorted(golds):
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        errors.append(f"{g}: gold without raw file")

numbers = set()
for rf in raws:
    errs = []
    m = NAME.match(rf)
    if not m:
        errors.append(f"{rf}: bad file name")
        print(f"FAIL {rf}: bad file name")
        continue
    num, lang, fams = m.groups()
    if num in numbers:
        errs.append(f"duplicate number {num}")
    numbers.add(num)
    if lang not in LANGS:
        errs.append(f"unknown language {lang}")
    negative = fams == "negative"
    if not negative:
        parts = fams.split("-")
        bad = [p for p in parts if p not in CANON]
        if bad:
            errs.append(f"invalid families {bad}")
        elif [CANON.index(p) for p in parts] != sorted(set(CANON.index(p) for p in parts)):
            errs.append("families not in canonical order or repeated")
    gf = rf[:-4] + ".gold.txt"
    if gf not in golds:
        errs.append("missing gold file")
        errors.extend(f"{rf}: {e}" for e in errs)
        print(f"FAIL {rf}: " + "; ".join(errs))
        continue
    raw_t = read(os.path.join(here, rf), errs)
    gold_t = read(os.path.join(here, gf), errs)
    if raw_t is not None and gold_t is not None:
        raw_l = raw_t.rstrip("\n").split("\n")
        gold_l = gold_t.rstrip("\n").split("\n")
        if raw_l and not raw_l[0].strip():
            errs.append("raw starts with a blank line")
        if not is_subsequence(gold_l, raw_l):
            errs.append("gold is not an ordered subsequence of raw lines")
        if gold_l and (not gold_l[0].strip() or not gold_l[-1].strip()):
            errs.append("gold has leading or trailing blank line")
        for a, b in zip(gold_l, gold_l[1:]):
            if not a.strip() and not b.strip():
                errs.append("gold has an uncollapsed run of blank lines")
                break
        if any(l != l.strip("\n") or (l.strip() == "" and l != "") for l in gold_l):
            errs.append("gold has whitespace-only lines")
        if negative and raw_t != gold_t:
            errs.append("negative but gold differs from raw")
        if not negative and raw_t == gold_t:
            errs.append("positive but gold identical to raw")
        for l in set(raw_l) | set(gold_l):
            if l.strip() and len(l) > 3:
                line_owner[l].add(num)
        n_raw = sum(1 for l in raw_l if l.strip())
        n_gold = sum(1 for l in gold_l if l.strip())
        stats = f"raw={n_raw} gold={n_gold} furniture={n_raw - n_gold}"
    else:
        stats = ""
    if errs:
        errors.extend(f"{rf}: {e}" for e in errs)
        print(f"FAIL {rf}: " + "; ".join(errs))
    else:
        print(f"ok   {rf} ({stats})")

for line, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        msg = f"line used in files {sorted(owners)}: {line[:70]!r}"
        errors.append(msg)
        print("FAIL " + msg)

if errors:
    print(f"{len(errors)} problem(s)")
    sys.exit(1)
print("ALL OK")
