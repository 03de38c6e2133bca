#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
files = sorted(os.listdir(here))
errors_total = 0
seen = defaultdict(set)          # line -> set of pair names
pairs = []


def read(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    if b"\r" in data:
        errs.append(f"{os.path.basename(path)}: contains CR (need LF line endings)")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: missing final newline")
    if text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(small, big):
    it = iter(big)
    return all(any(x == y for y in it) for x in small)


# orphan gold files
for f in files:
    if f.endswith(".gold.txt") and not os.path.exists(os.path.join(here, f[:-9] + ".txt")):
        print(f"FAIL {f}: gold file without raw file")
        errors_total += 1

numbers = set()
for f in files:
    if f.endswith(".gold.txt") or not f.endswith(".txt"):
        continue
    errs = []
    m = NAME_RE.match(f)
    if not m:
        print(f"FAIL {f}: bad file name")
        errors_total += 1
        continue
    num, lang, fams = m.groups()
    stem = f[:-4]
    if num in numbers:
        errs.append(f"duplicate number {num}")
    numbers.add(num)
    if lang not in LANGS:
        errs.append(f"unknown language code {lang}")
    negative = fams == "negative"
    if not negative:
        fl = fams.split("-")
        bad = [x for x in fl if x not in CANON]
        if bad:
            errs.append(f"invalid families {bad}")
        elif len(set(fl)) != len(fl):
            errs.append("duplicate family in name")
        elif fl != sorted(fl, key=CANON.index):
            errs.append("families not in canonical order")
    gold_path = os.path.join(here, stem + ".gold.txt")
    if not os.path.exists(gold_path):
        print(f"FAIL {f}: missing gold file")
        errors_total += 1
        continue
    raw = read(os.path.join(here, f), errs)
    gold = read(gold_path, errs)
    if raw is None or gold is None:
        print(f"FAIL {stem}: " + "; ".join(errs))
        errors_total += 1
        continue
    for label, lines in (("raw", raw), ("gold", gold)):
        if lines and lines[0].strip() == "":
            errs.append(f"{label} has leading blank line")
        if lines and lines[-1].strip() == "":
            errs.append(f"{label} has trailing blank line")
        for i in range(1, len(lines)):
            if lines[i].strip() == "" and lines[i - 1].strip() == "":
                errs.append(f"{label} has consecutive blank lines at line {i + 1}")
                break
        if any(l != l.rstrip() for l in lines):
            errs.append(f"{label} has trailing whitespace")
    if any(l.strip() == "" and l != "" for l in gold):
        errs.append("gold has whitespace-only line")
    if not is_subsequence(gold, raw):
        errs.append("gold is not an ordered subsequence of raw lines")
    raw_bytes = open(os.path.join(here, f), "rb").read()
    gold_bytes = open(gold_path, "rb").read()
    if negative and raw_bytes != gold_bytes:
        errs.append("negative: gold not byte-identical to raw")
    if not negative and raw_bytes == gold_bytes:
        errs.append("positive: gold identical to raw (nothing removed)")
    for l in set(raw):
        s = l.strip()
        if len(s) > 3:
            seen[s].add(stem)
    rn = sum(1 for l in raw if l.strip())
    gn = sum(1 for l in gold if l.strip())
    share = 100.0 * (rn - gn) / rn if rn else 0.0
    pairs.append((stem, errs, rn, gn, share))

dups = {l: s for l, s in seen.items() if len(s) > 1}
dup_by_pair = defaultdict(list)
for l, s in dups.items():
    for p in s:
        dup_by_pair[p].append(l)

for stem, errs, rn, gn, share in pairs:
    for l in dup_by_pair.get(stem, []):
        errs.append(f"line also used in another file: {l[:60]!r}")
    status = "OK  " if not errs else "FAIL"
    print(f"{status} {stem}: raw {rn} lines, gold {gn} lines, furniture {share:.0f}%"
          + ("" if not errs else " -- " + "; ".join(errs)))
    errors_total += len(errs)

if not pairs:
    print("FAIL no pairs found")
    errors_total += 1
if errors_total:
    print(f"{errors_total} problem(s) found")
    sys.exit(1)
print("ALL OK")
