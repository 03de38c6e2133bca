#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, per pair (NNN_<lang>_<families>.txt + .gold.txt):
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the name is well formed, the families are valid and in canonical order
    (or the single word 'negative');
  * the gold is an ordered subsequence of the raw lines, and equals the raw
    with the deleted lines removed, blank runs collapsed to one and no
    leading/trailing blank lines;
  * negatives: gold is byte-identical to raw;
  * positives: at least one line deleted, share of furniture among non-blank
    raw lines is reported (and must lie within 30-55%).
Across the set: no non-blank line longer than 3 characters occurs in more
than one pair.
Prints one line per pair and 'ALL OK' when everything passes.
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
MIN_RATIO, MAX_RATIO = 0.30, 0.55

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
    if b"\r" in data:
        problems.append("contains CR characters")
    if not text.endswith("\n"):
        problems.append("no final newline")
    if text.startswith("\ufeff"):
        problems.append("has a BOM")
    return text, problems


def split_lines(text):
    """Lines of a text; only the single final newline is removed."""
    if text.endswith("\n"):
        text = text[:-1]
    return text.split("\n") if text else []


def collapse(lines):
    out = []
    for ln in lines:
        if ln.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(ln)
    while out and out[-1].strip() == "":
        out.pop()
    return out


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        err("%s: gold without raw file" % g)

line_owner = defaultdict(set)
numbers = defaultdict(list)
results = []

for raw_name in raws:
    stem = raw_name[:-4]
    gold_name = stem + ".gold.txt"
    problems = []
    m = NAME_RE.match(raw_name)
    if not m:
        err("%s: bad file name" % raw_name)
        continue
    num, lang, fam_part = m.groups()
    numbers[num].append(raw_name)
    fams = fam_part.split("-")
    negative = fams == ["negative"]
    if not negative:
        bad = [f for f in fams if f not in FAMILIES]
        if bad:
            problems.append("unknown families %s" % bad)
        elif [FAMILIES.index(f) for f in fams] != sorted(FAMILIES.index(f) for f in fams):
            problems.append("families not in canonical order")
        if len(set(fams)) != len(fams):
            problems.append("duplicate family")
    if gold_name not in golds:
        err("%s: missing gold file" % raw_name)
        continue
    raw_text, p1 = read(os.path.join(here, raw_name))
    gold_text, p2 = read(os.path.join(here, gold_name))
    problems += ["raw " + p for p in p1] + ["gold " + p for p in p2]
    if raw_text is None or gold_text is None:
        err("%s: %s" % (stem, "; ".join(problems)))
        continue
    raw = split_lines(raw_text)
    gold = split_lines(gold_text)

    # ordered subsequence (greedy on identical lines)
    kept = []
    i = 0
    for g in gold:
        while i < len(raw) and raw[i] != g:
            i += 1
        if i == len(raw):
            problems.append("gold line not found in order in raw: %r" % g[:60])
            break
        kept.append(i)
        i += 1
    else:
        keep_set = set(kept)
        rebuilt = collapse([ln for k, ln in enumerate(raw)
                            if k in keep_set or ln.strip() == ""])
        # leading blank lines must be dropped too
        while rebuilt and rebuilt[0].strip() == "":
            rebuilt.pop(0)
        if rebuilt != gold:
            problems.append("gold is not raw minus deleted lines with blank runs collapsed")
    if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
        problems.append("gold has leading or trailing blank line")
    for a, b in zip(gold, gold[1:]):
        if a.strip() == "" and b.strip() == "":
            problems.append("gold has a run of blank lines")
            break
    if raw and (raw[0].strip() == "" or raw[-1].strip() == ""):
        problems.append("raw has leading or trailing blank line")

    nb_raw = sum(1 for ln in raw if ln.strip())
    nb_gold = sum(1 for ln in gold if ln.strip())
    deleted = nb_raw - nb_gold
    ratio = deleted / nb_raw if nb_raw else 0.0
    if negative:
        if raw_text != gold_text:
            problems.append("negative but gold differs from raw")
    else:
        if deleted == 0:
            problems.append("positive but nothing deleted")
        elif not (MIN_RATIO <= ratio <= MAX_RATIO):
            problems.append("furniture share %.0f%% outside %d-%d%%"
                            % (100 * ratio, 100 * MIN_RATIO, 100 * MAX_RATIO))

    for ln in set(raw):
        if len(ln.strip()) > 3:
            line_owner[ln].add(stem)

    results.append((stem, nb_raw, deleted, ratio, problems))

for num, names in numbers.items():
    if len(names) > 1:
        err("number %s used by several pairs: %s" % (num, names))

dups = defaultdict(list)
for ln, owners in line_owner.items():
    if len(owners) > 1:
        for o in owners:
            dups[o].append(ln)

for stem, nb_raw, deleted, ratio, problems in results:
    for ln in dups.get(stem, []):
        problems.append("line shared with another pair: %r" % ln[:60])
    status = "OK  " if not problems else "FAIL"
    print("%s %s  (%d non-blank lines, %d deleted, %.0f%% furniture)"
          % (status, stem, nb_raw, deleted, 100 * ratio))
    for p in problems:
        print("       - " + p)
        errors.append("%s: %s" % (stem, p))

if not results:
    errors.append("no pairs found")
if errors:
    print("%d problem(s) found" % len(errors))
    sys.exit(1)
print("ALL OK")
