#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist;
  * files are UTF-8, LF-only, end with exactly one final newline;
  * the family part of the name is 'negative' or valid family names, no repeats,
    in canonical order;
  * the gold's lines are an ordered subsequence of the raw's lines, and the gold is
    exactly what deleting lines from the raw and collapsing blank runs gives:
    a blank line between two kept lines iff the raw had a blank line between them;
  * the gold has no runs of blank lines and no leading/trailing blank lines;
  * a negative's gold is byte-identical to its raw; a positive's gold is not;
and across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair.
Prints one line per pair and 'ALL OK' when everything passes (exit status 1 otherwise).
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)(\.gold)?\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def read(path):
    data = open(path, "rb").read()
    probs = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return None, ["not UTF-8: %s" % e]
    if text.startswith("\ufeff"):
        probs.append("starts with a BOM")
    if "\r" in text:
        probs.append("contains CR characters")
    if not text.endswith("\n"):
        probs.append("no final newline")
    elif text.endswith("\n\n"):
        probs.append("trailing blank line(s)")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if lines and lines[0].strip() == "":
        probs.append("leading blank line")
    for i, l in enumerate(lines, 1):
        if l != l.rstrip():
            probs.append("line %d has trailing whitespace" % i)
        if l.strip() == "" and l != "":
            probs.append("line %d is whitespace-only but not empty" % i)
    return (data, lines), probs


def check_pair(raw_lines, gold_lines):
    probs = []
    # no blank runs in gold
    for i in range(1, len(gold_lines)):
        if gold_lines[i] == "" and gold_lines[i - 1] == "":
            probs.append("gold has a run of blank lines at line %d" % (i + 1))
    # ordered subsequence of non-blank lines (greedy), remembering raw positions
    kept = [l for l in gold_lines if l != ""]
    pos, j = [], 0
    for l in kept:
        while j < len(raw_lines) and raw_lines[j] != l:
            j += 1
        if j == len(raw_lines):
            probs.append("gold line not found in order in raw: %r" % l[:70])
            return probs
        pos.append(j)
        j += 1
    # blank lines in gold must be exactly where the raw had blank lines between kept lines
    expected = []
    for k, p in enumerate(pos):
        if k > 0 and any(raw_lines[q] == "" for q in range(pos[k - 1] + 1, p)):
            expected.append("")
        expected.append(raw_lines[p])
    if expected != gold_lines:
        for n, (a, b) in enumerate(zip(expected, gold_lines), 1):
            if a != b:
                probs.append("gold line %d: blank-line structure differs from raw "
                             "(expected %r, found %r)" % (n, a[:40], b[:40]))
                break
        else:
            probs.append("gold length %d, expected %d" % (len(gold_lines), len(expected)))
    return probs


files = sorted(f for f in os.listdir(here) if f.endswith(".txt"))
pairs = {}
for f in files:
    m = NAME_RE.match(f)
    if not m:
        errors.append("%s: file name does not match NNN_<lang>_<families>[.gold].txt" % f)
        continue
    base = f[:-9] if f.endswith(".gold.txt") else f[:-4]
    pairs.setdefault(base, {})["gold" if m.group(4) else "raw"] = f

line_owner = defaultdict(set)
numbers = defaultdict(list)
for base in sorted(pairs):
    p = pairs[base]
    num, lang, fams = NAME_RE.match(base + ".txt").groups()[:3]
    numbers[num].append(base)
    probs = []
    if "raw" not in p:
        probs.append("raw file missing")
    if "gold" not in p:
        probs.append("gold file missing")
    fam_list = fams.split("-")
    negative = fams == "negative"
    if not negative:
        bad = [x for x in fam_list if x not in CANON]
        if bad:
            probs.append("unknown families: %s" % ", ".join(bad))
        elif len(set(fam_list)) != len(fam_list):
            probs.append("repeated family in name")
        elif fam_list != sorted(fam_list, key=CANON.index):
            probs.append("families not in canonical order")
    info = ""
    if "raw" in p and "gold" in p:
        (rd, pr1), (gd, pr2) = read(os.path.join(here, p["raw"])), read(os.path.join(here, p["gold"]))
        probs += ["raw: " + x for x in pr1] + ["gold: " + x for x in pr2]
        if rd and gd:
            raw_bytes, raw_lines = rd
            gold_bytes, gold_lines = gd
            probs += check_pair(raw_lines, gold_lines)
            if negative and raw_bytes != gold_bytes:
                probs.append("negative but gold is not byte-identical to raw")
            if not negative and raw_bytes == gold_bytes:
                probs.append("positive but gold is identical to raw")
            for l in raw_lines:
                if len(l.strip()) > 3:
                    line_owner[l].add(base)
            nr = sum(1 for l in raw_lines if l)
            ng = sum(1 for l in gold_lines if l)
            info = " (%d non-blank raw lines, %d deleted, %.0f%%)" % (nr, nr - ng, 100.0 * (nr - ng) / nr)
    if probs:
        errors.extend("%s: %s" % (base, x) for x in probs)
        print("FAIL %s%s" % (base, info))
        for x in probs:
            print("     - " + x)
    else:
        print("ok   %s%s" % (base, info))

for num, bases in sorted(numbers.items()):
    if len(bases) > 1:
        errors.append("number %s used by several pairs: %s" % (num, ", ".join(bases)))
for line, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        errors.append("line used in %d pairs (%s): %r" % (len(owners), ", ".join(sorted(owners)), line[:70]))

if not pairs:
    errors.append("no pairs found")
if errors:
    print()
    for e in errors:
        print("ERROR " + e)
    print("%d problem(s)" % len(errors))
    sys.exit(1)
print("ALL OK")
