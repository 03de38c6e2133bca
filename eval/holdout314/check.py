#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist;
  * files are UTF-8, LF line endings only, end with exactly one final newline;
  * family list is valid and in canonical order ("negative" stands alone);
  * gold is an ordered subsequence of the raw lines;
  * gold has no runs of blank lines and no leading/trailing blank lines;
  * negatives: gold is byte-identical to raw; positives: gold differs from raw;
and across the set:
  * no non-blank line longer than 3 characters appears in more than one pair.
Prints one line per pair and ALL OK at the end (exit code 1 on any error).
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z\-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def read(path):
    data = open(path, "rb").read()
    probs = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return data, None, ["not UTF-8: %s" % e]
    if "\r" in text:
        probs.append("contains CR characters")
    if not text.endswith("\n"):
        probs.append("no final newline")
    elif text.endswith("\n\n"):
        probs.append("more than one trailing newline")
    if text.startswith("\ufeff"):
        probs.append("starts with a BOM")
    return data, text, probs


def is_subsequence(small, big):
    it = iter(big)
    return all(any(s == b for b in it) for s in small)


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]

for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        err("%s: gold file without raw file" % g)

numbers = defaultdict(list)
line_owner = defaultdict(set)
pair_lines = []

for raw_name in raws:
    problems = []
    m = NAME_RE.match(raw_name)
    if not m:
        err("%s: file name does not match NNN_<lang>_<families>.txt" % raw_name)
        continue
    num, lang, fams = m.groups()
    numbers[num].append(raw_name)
    negative = fams == "negative"
    if not negative:
        fam_list = fams.split("-")
        bad = [f for f in fam_list if f not in FAMILIES]
        if bad:
            problems.append("unknown families %s" % bad)
        elif fam_list != sorted(fam_list, key=FAMILIES.index):
            problems.append("families not in canonical order")
        if len(set(fam_list)) != len(fam_list):
            problems.append("family listed twice")
    gold_name = raw_name[:-4] + ".gold.txt"
    if gold_name not in golds:
        err("%s: missing gold file %s" % (raw_name, gold_name))
        continue
    rdata, rtext, rp = read(os.path.join(here, raw_name))
    gdata, gtext, gp = read(os.path.join(here, gold_name))
    problems += ["raw " + p for p in rp] + ["gold " + p for p in gp]
    if rtext is None or gtext is None:
        err("%s: %s" % (raw_name, "; ".join(problems)))
        continue
    rlines = rtext.rstrip("\n").split("\n") if rtext.strip() else []
    glines = gtext.rstrip("\n").split("\n") if gtext.strip() else []
    if not glines:
        problems.append("gold is empty")
    if not is_subsequence(glines, rlines):
        problems.append("gold is not an ordered subsequence of raw lines")
    if glines and (glines[0].strip() == "" or glines[-1].strip() == ""):
        problems.append("gold has leading or trailing blank lines")
    for i in range(1, len(glines)):
        if glines[i].strip() == "" and glines[i - 1].strip() == "":
            problems.append("gold has a run of blank lines at line %d" % (i + 1))
            break
    if rlines and rlines[0].strip() == "":
        problems.append("raw starts with a blank line")
    raw_nb = [l for l in rlines if l.strip()]
    gold_nb = [l for l in glines if l.strip()]
    if negative:
        if rdata != gdata:
            problems.append("negative but gold is not byte-identical to raw")
    else:
        if len(gold_nb) == len(raw_nb):
            problems.append("positive but no line was deleted")
    removed = len(raw_nb) - len(gold_nb)
    share = removed / len(raw_nb) if raw_nb else 0.0
    for l in set(raw_nb) | set(gold_nb):
        if len(l.strip()) > 3:
            line_owner[l].add(raw_name[:-4])
    if problems:
        err("%s: %s" % (raw_name, "; ".join(problems)))
    pair_lines.append((raw_name[:-4], len(raw_nb), removed, share, problems))

for num, names in numbers.items():
    if len(names) > 1:
        err("number %s used by several pairs: %s" % (num, names))

dups = defaultdict(list)
for line, owners in line_owner.items():
    if len(owners) > 1:
        for o in owners:
            dups[o].append(line)
        err("line used in several files %s: %r" % (sorted(owners), line[:80]))

for name, n, removed, share, problems in pair_lines:
    status = "OK" if not problems and name not in dups else "FAIL"
    print("%-4s %s  lines=%d furniture=%d (%.0f%%)" % (status, name, n, removed, share * 100))

if errors:
    print()
    for e in errors:
        print("ERROR:", e)
    print("%d error(s)" % len(errors))
    sys.exit(1)
print("ALL OK")
