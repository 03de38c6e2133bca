#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and .gold.txt exist, UTF-8, LF only, final newline;
  * family list is 'negative' or valid family names in canonical order, no repeats;
  * gold lines are an ordered subsequence of raw lines (byte-identical);
  * gold has no runs of blank lines and no leading/trailing blank lines;
  * negatives: gold byte-identical to raw; positives: gold differs from raw.
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair.
Prints one line per pair and 'ALL OK' at the end (exit status 1 on any failure).
"""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def read(path):
    data = open(path, "rb").read()
    problems = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return None, ["not UTF-8: %s" % e]
    if "\r" in text:
        problems.append("contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        problems.append("no final newline")
    if text.startswith("\ufeff"):
        problems.append("has a BOM")
    return text, problems


def is_subsequence(small, big):
    i = 0
    for line in big:
        if i < len(small) and small[i] == line:
            i += 1
    return i == len(small)


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]

for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        err("%s: gold file without raw file" % g)

line_owner = {}   # line text -> set of pair names
numbers = {}
n_pairs = n_neg = 0

for raw_name in raws:
    pair_errors = []
    m = NAME_RE.match(raw_name)
    base = raw_name[:-4]
    if not m:
        pair_errors.append("file name does not match NNN_<lang>_<families>.txt")
        fams = []
    else:
        num, lang, famstr = m.groups()
        if num in numbers:
            pair_errors.append("number %s also used by %s" % (num, numbers[num]))
        numbers[num] = base
        fams = famstr.split("-")
    negative = fams == ["negative"]
    if not negative and fams:
        bad = [f for f in fams if f not in FAMILIES]
        if bad:
            pair_errors.append("unknown families: %s" % ", ".join(bad))
        elif len(set(fams)) != len(fams):
            pair_errors.append("repeated family in name")
        elif fams != sorted(fams, key=FAMILIES.index):
            pair_errors.append("families not in canonical order (expected %s)"
                               % "-".join(sorted(fams, key=FAMILIES.index)))
    gold_name = base + ".gold.txt"
    raw_text, p1 = read(os.path.join(here, raw_name))
    pair_errors += ["raw: " + p for p in p1]
    if gold_name not in golds:
        pair_errors.append("missing gold file")
        gold_text = None
    else:
        gold_text, p2 = read(os.path.join(here, gold_name))
        pair_errors += ["gold: " + p for p in p2]
    n_raw = n_gold = 0
    if raw_text is not None and gold_text is not None:
        raw_lines = raw_text.split("\n")[:-1] if raw_text.endswith("\n") else raw_text.split("\n")
        gold_lines = gold_text.split("\n")[:-1] if gold_text.endswith("\n") else gold_text.split("\n")
        n_raw = sum(1 for l in raw_lines if l.strip())
        n_gold = sum(1 for l in gold_lines if l.strip())
        if not gold_lines:
            pair_errors.append("gold is empty")
        else:
            if gold_lines[0].strip() == "":
                pair_errors.append("gold has leading blank line")
            if gold_lines[-1].strip() == "":
                pair_errors.append("gold has trailing blank line")
        for i in range(1, len(gold_lines)):
            if gold_lines[i].strip() == "" and gold_lines[i - 1].strip() == "":
                pair_errors.append("gold has a run of blank lines at line %d" % (i + 1))
                break
        if not is_subsequence(gold_lines, raw_lines):
            pair_errors.append("gold is not an ordered subsequence of raw lines")
        if negative:
            if raw_text != gold_text:
                pair_errors.append("negative pair but gold is not byte-identical to raw")
        else:
            if raw_text == gold_text:
                pair_errors.append("positive pair but gold is identical to raw")
        for l in raw_lines:
            key = l.strip()
            if len(key) > 3:
                line_owner.setdefault(key, set()).add(base)
    n_pairs += 1
    n_neg += negative
    pct = (100.0 * (n_raw - n_gold) / n_raw) if n_raw else 0.0
    status = "OK" if not pair_errors else "FAIL"
    print("%-4s %s  (non-blank raw %d, gold %d, furniture %.1f%%)" % (status, base, n_raw, n_gold, pct))
    for e in pair_errors:
        err("%s: %s" % (base, e))
        print("     - " + e)

for line, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        err("line used in more than one file (%s): %r" % (", ".join(sorted(owners)), line[:80]))

for e in errors:
    if not any(e.startswith(r[:-4] + ":") for r in raws):
        print("ERROR " + e)
print("%d pairs (%d negative, %d positive)" % (n_pairs, n_neg, n_pairs - n_neg))
if errors:
    print("FAILED: %d problem(s)" % len(errors))
    sys.exit(1)
print("ALL OK")
