#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (Python 3, standard library only).

Checks, per pair:
  * raw NNN_<lang>_<families>.txt and gold NNN_<lang>_<families>.gold.txt both exist
  * file name: three-digit number (unique), language code, families valid, unique and in
    canonical order, or the single word 'negative'
  * UTF-8, LF line endings only, final newline, no empty file
  * gold's lines are an ordered subsequence of raw's lines (byte-identical lines)
  * gold equals raw with the unmatched lines removed, blank runs collapsed to one and
    leading/trailing blank lines dropped; no blank runs or edge blanks in gold
  * negatives: gold byte-identical to raw; positives: gold differs from raw
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair
    (a pair's raw and gold share lines by construction and count as one file)
Prints one line per pair and 'ALL OK' at the end, or the problems and exit status 1.
"""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
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
        return None, ["not UTF-8: %s" % e]
    if text.startswith("\ufeff"):
        problems.append("BOM at start")
    if "\r" in text:
        problems.append("CR characters (line endings must be LF)")
    if not text:
        problems.append("empty file")
        return [], problems
    if not text.endswith("\n"):
        problems.append("no final newline")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), problems


def expected_gold(raw, gold):
    """Match gold's non-blank lines in raw (greedy, in order); rebuild the expected gold."""
    keep = [False] * len(raw)
    j = 0
    targets = [g for g in gold if g != ""]
    for i, line in enumerate(raw):
        if j < len(targets) and line != "" and line == targets[j]:
            keep[i] = True
            j += 1
    if j < len(targets):
        return None, targets[j]
    out = []
    for line, k in zip(raw, keep):
        if line == "":
            if out and out[-1] != "":
                out.append("")
        elif k:
            out.append(line)
    while out and out[-1] == "":
        out.pop()
    return out, None


files = sorted(f for f in os.listdir(here) if f.endswith(".txt"))
raws = [f for f in files if not f.endswith(".gold.txt")]
golds = {f for f in files if f.endswith(".gold.txt")}
for g in sorted(golds):
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        err("%s: gold without raw" % g)

numbers = {}
seen = {}          # line -> first pair using it
report = []
for raw_name in raws:
    stem = raw_name[:-4]
    gold_name = stem + ".gold.txt"
    problems = []
    m = NAME_RE.match(raw_name)
    if not m:
        problems.append("bad file name")
        fams = []
    else:
        num, lang, famstr = m.groups()
        if num in numbers:
            problems.append("number %s also used by %s" % (num, numbers[num]))
        numbers[num] = raw_name
        if lang not in LANGS:
            problems.append("unknown language %r" % lang)
        fams = famstr.split("-")
        if fams == ["negative"]:
            pass
        else:
            bad = [f for f in fams if f not in CANON]
            if bad:
                problems.append("unknown families %s" % bad)
            elif len(set(fams)) != len(fams):
                problems.append("duplicate family")
            elif fams != sorted(fams, key=CANON.index):
                problems.append("families not in canonical order")
    if gold_name not in golds:
        problems.append("missing %s" % gold_name)
        err("%s: %s" % (raw_name, "; ".join(problems)))
        continue
    raw, p1 = read_lines(os.path.join(here, raw_name))
    gold, p2 = read_lines(os.path.join(here, gold_name))
    problems += ["raw " + p for p in p1] + ["gold " + p for p in p2]
    if raw is None or gold is None:
        err("%s: %s" % (raw_name, "; ".join(problems)))
        continue
    if gold and (gold[0] == "" or gold[-1] == ""):
        problems.append("gold has leading or trailing blank line")
    if any(a == "" and b == "" for a, b in zip(gold, gold[1:])):
        problems.append("gold has a run of blank lines")
    exp, missing = expected_gold(raw, gold)
    if exp is None:
        problems.append("gold line not found in order in raw: %r" % missing[:70])
    elif exp != gold:
        for k, (a, b) in enumerate(zip(exp, gold + [None] * len(exp))):
            if a != b:
                problems.append("gold differs from expected at gold line %d (blank handling?)" % (k + 1))
                break
        else:
            problems.append("gold differs from expected (length %d vs %d)" % (len(gold), len(exp)))
    rb = open(os.path.join(here, raw_name), "rb").read()
    gb = open(os.path.join(here, gold_name), "rb").read()
    if fams == ["negative"]:
        if rb != gb:
            problems.append("negative but gold is not byte-identical to raw")
    elif rb == gb:
        problems.append("positive but gold equals raw")
    for line in set(raw) | set(gold):
        s = line.strip()
        if len(s) > 3:
            if s in seen and seen[s] != stem:
                problems.append("line also in %s: %r" % (seen[s], s[:60]))
            seen.setdefault(s, stem)
    nb = sum(1 for l in raw if l)
    ng = sum(1 for l in gold if l)
    share = 100.0 * (nb - ng) / nb if nb else 0.0
    if problems:
        for p in problems:
            err("%s: %s" % (raw_name, p))
        report.append("FAIL %s" % stem)
    else:
        report.append("ok   %s  (raw %d lines, gold %d, furniture %.0f%%)" % (stem, nb, ng, share))

for line in report:
    print(line)
if errors:
    print()
    for e in errors:
        print("ERROR " + e)
    print("FAILED: %d problem(s)" % len(errors))
    sys.exit(1)
print("ALL OK")
