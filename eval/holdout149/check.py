#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * raw and gold both exist, file names follow NNN_<lang>_<families>[.gold].txt
  * UTF-8, LF line endings only, final newline
  * families valid, no duplicates, in canonical order ('negative' alone otherwise)
  * gold is an ordered subsequence of the raw lines
  * gold has no runs of blank lines and no leading/trailing blank lines
  * negatives: gold byte-identical to raw; positives: gold differs from raw
Across the set:
  * no non-blank line longer than 3 characters appears in more than one pair
Prints one line per pair and 'ALL OK' when everything passes (exit status 1 otherwise).
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)(\.gold)?\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors_total = 0


def read_lines(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None, data
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR characters (need LF only)")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: missing final newline")
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)}: has a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def is_subsequence(gold, raw):
    i = 0
    for line in gold:
        while i < len(raw) and raw[i] != line:
            i += 1
        if i == len(raw):
            return False, line
        i += 1
    return True, None


files = sorted(f for f in os.listdir(here) if f.endswith(".txt"))
stems = {}
for f in files:
    m = NAME_RE.match(f)
    if not m:
        print(f"FAIL {f}: bad file name")
        errors_total += 1
        continue
    stem = f[:-9] if f.endswith(".gold.txt") else f[:-4]
    stems.setdefault(stem, {})["gold" if m.group(4) else "raw"] = f

numbers = defaultdict(list)
line_owner = defaultdict(set)
report = []
for stem in sorted(stems):
    errs = []
    pair = stems[stem]
    num, lang, fams = NAME_RE.match(stem + ".txt").groups()[:3]
    numbers[num].append(stem)
    if "raw" not in pair or "gold" not in pair:
        errs.append("incomplete pair (missing " + ("raw" if "raw" not in pair else "gold") + ")")
        report.append((stem, errs, ""))
        continue
    raw, raw_bytes = read_lines(os.path.join(here, pair["raw"]), errs)
    gold, gold_bytes = read_lines(os.path.join(here, pair["gold"]), errs)
    if raw is None or gold is None:
        report.append((stem, errs, ""))
        continue
    # families
    famlist = fams.split("-")
    if famlist == ["negative"]:
        negative = True
    else:
        negative = False
        bad = [x for x in famlist if x not in CANON]
        if bad:
            errs.append("unknown families: " + ", ".join(bad))
        if len(set(famlist)) != len(famlist):
            errs.append("duplicate family names")
        known = [x for x in famlist if x in CANON]
        if known != sorted(known, key=CANON.index):
            errs.append("families not in canonical order")
    # gold structure
    ok, missing = is_subsequence(gold, raw)
    if not ok:
        errs.append(f"gold is not an ordered subsequence of raw (first unmatched: {missing[:60]!r})")
    if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
        errs.append("gold has leading or trailing blank line")
    for a, b in zip(gold, gold[1:]):
        if a.strip() == "" and b.strip() == "":
            errs.append("gold has a run of blank lines")
            break
    if any(l != "" and l.strip() == "" for l in gold):
        errs.append("gold has whitespace-only line")
    if negative:
        if raw_bytes != gold_bytes:
            errs.append("negative but gold differs from raw")
    else:
        if raw_bytes == gold_bytes:
            errs.append("positive but gold identical to raw")
    for l in raw:
        if l.strip() and len(l.strip()) > 3:
            line_owner[l.strip()].add(stem)
    nb_raw = sum(1 for l in raw if l.strip())
    nb_gold = sum(1 for l in gold if l.strip())
    info = f"raw {nb_raw} / gold {nb_gold} non-blank lines, furniture {100 * (nb_raw - nb_gold) / nb_raw:.0f}%"
    report.append((stem, errs, info))

for num, ss in numbers.items():
    if len(ss) > 1:
        for s in ss:
            for r in report:
                if r[0] == s:
                    r[1].append(f"number {num} used by more than one pair")

dups = {l: owners for l, owners in line_owner.items() if len(owners) > 1}
for l, owners in sorted(dups.items()):
    for r in report:
        if r[0] in owners:
            r[1].append(f"line shared with {', '.join(sorted(owners - {r[0]}))}: {l[:60]!r}")

for stem, errs, info in report:
    if errs:
        errors_total += len(errs)
        print(f"FAIL {stem}: {info}")
        for e in errs:
            print(f"     - {e}")
    else:
        print(f"ok   {stem}: {info}")

if errors_total:
    print(f"{errors_total} PROBLEM(S)")
    sys.exit(1)
print("ALL OK")
