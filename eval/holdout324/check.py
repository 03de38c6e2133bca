#!/usr/bin/env python3
"""Validate the blind news-furniture evaluation set in this directory.

Checks, per pair:
  * both NNN_<lang>_<families>.txt and .gold.txt exist
  * UTF-8, LF line endings only, final newline
  * file name: 3-digit number, known language code, families valid, unique
    and in canonical order (or the single word 'negative')
  * gold is an ordered subsequence of raw lines (byte-identical lines)
  * gold equals raw minus the deleted lines with blank runs collapsed to one
    and no leading/trailing blank lines
  * negatives: gold byte-identical to raw; positives: at least one line deleted
  * positives: deleted (furniture) lines are 30-55 % of non-blank raw lines
Across the set:
  * no non-blank line longer than 3 characters (after stripping) appears in
    more than one pair
Prints one line per pair and 'ALL OK' when nothing failed.
"""
import os
import re
import sys
from collections import defaultdict

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)
    return msg


def read_lines(path, problems):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    if "\r" in text:
        problems.append(f"{os.path.basename(path)}: contains CR characters")
    if text.startswith("\ufeff"):
        problems.append(f"{os.path.basename(path)}: has a BOM")
    if not text.endswith("\n"):
        problems.append(f"{os.path.basename(path)}: no final newline")
    elif text.endswith("\n\n"):
        problems.append(f"{os.path.basename(path)}: trailing blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


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
        print(f"FAIL {err(g + ': gold without raw file')}")

line_owner = defaultdict(set)
numbers = defaultdict(list)
results = []

for raw_name in raws:
    problems = []
    stem = raw_name[:-4]
    gold_name = stem + ".gold.txt"
    m = NAME_RE.match(raw_name)
    fams = []
    if not m:
        problems.append("bad file name")
    else:
        num, lang, famstr = m.groups()
        numbers[num].append(raw_name)
        if lang not in LANGS:
            problems.append(f"unknown language '{lang}'")
        if famstr != "negative":
            fams = famstr.split("-")
            bad = [f for f in fams if f not in ORDER]
            if bad:
                problems.append(f"unknown families {bad}")
            elif len(set(fams)) != len(fams):
                problems.append("duplicate family in name")
            elif fams != sorted(fams, key=ORDER.index):
                problems.append("families not in canonical order")
    if gold_name not in golds:
        problems.append("missing gold file")
        results.append((raw_name, problems, ""))
        continue

    raw = read_lines(os.path.join(here, raw_name), problems)
    gold = read_lines(os.path.join(here, gold_name), problems)

    # gold must be an ordered subsequence of raw (non-blank lines matched greedily)
    deleted = [True] * len(raw)
    j = 0
    gold_nb = [g for g in gold if g.strip() != ""]
    for i, ln in enumerate(raw):
        if ln.strip() == "":
            deleted[i] = False  # blank lines are handled by collapsing
            continue
        if j < len(gold_nb) and ln == gold_nb[j]:
            deleted[i] = False
            j += 1
    if j != len(gold_nb):
        problems.append(f"gold is not an ordered subsequence of raw (stuck at gold line: {gold_nb[j][:60]!r})")
    else:
        expected = collapse([ln for ln, d in zip(raw, deleted) if not d])
        if gold != expected:
            for k, (a, b) in enumerate(zip(gold, expected)):
                if a != b:
                    break
            else:
                k = min(len(gold), len(expected))
            problems.append(f"blank-line handling differs from expected at gold line {k + 1}")
    if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
        problems.append("leading or trailing blank line in gold")

    raw_nb = [ln for ln in raw if ln.strip()]
    n_del = sum(1 for ln, d in zip(raw, deleted) if d and ln.strip())
    ratio = n_del / len(raw_nb) if raw_nb else 0.0
    if m and famstr == "negative":
        if open(os.path.join(here, raw_name), "rb").read() != open(os.path.join(here, gold_name), "rb").read():
            problems.append("negative: gold not byte-identical to raw")
    elif m:
        if n_del == 0:
            problems.append("positive without any deleted line")
        elif not (0.30 <= ratio <= 0.55):
            problems.append(f"furniture share {ratio:.0%} outside 30-55 %")

    for ln in raw_nb:
        key = ln.strip()
        if len(key) > 3:
            line_owner[key].add(stem)
    info = f"{len(raw_nb)} lines, {n_del} furniture ({ratio:.0%})"
    results.append((raw_name, problems, info))

dups = {ln: owners for ln, owners in line_owner.items() if len(owners) > 1}
dup_by_file = defaultdict(list)
for ln, owners in dups.items():
    for o in owners:
        dup_by_file[o + ".txt"].append(ln)

for num, names in numbers.items():
    if len(names) > 1:
        print(f"FAIL {err(f'number {num} used by {names}')}")

for name, problems, info in results:
    for ln in dup_by_file.get(name, []):
        problems.append(f"line shared with other file(s): {ln[:60]!r}")
    if problems:
        for p in problems:
            err(f"{name}: {p}")
        print(f"FAIL {name}: " + "; ".join(problems))
    else:
        print(f"ok   {name}: {info}")

if errors:
    print(f"{len(errors)} problem(s)")
    sys.exit(1)
print("ALL OK")
