#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * file name pattern NNN_<lang>_<families>.txt and a matching .gold.txt (and vice versa)
  * UTF-8, LF line endings only, final newline, no empty file
  * family names valid, unique and in canonical order; 'negative' stands alone
  * gold lines are an ordered subsequence of raw lines (byte-identical lines)
  * no leading/trailing blank lines in gold, no run of 2+ blank lines in gold
  * negatives: gold byte-identical to raw; positives: gold differs from raw
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair
Prints one line per pair and ALL OK at the end (exit status 1 on any error).
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
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
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{os.path.basename(path)}: not valid UTF-8 ({e})")
        return None, data
    name = os.path.basename(path)
    if b"\r" in data:
        err(f"{name}: contains CR characters (LF line endings required)")
    if not data:
        err(f"{name}: empty file")
        return [], data
    if not data.endswith(b"\n"):
        err(f"{name}: missing final newline")
    if text.startswith("\ufeff"):
        err(f"{name}: starts with a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def is_blank(line):
    return line.strip() == ""


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]

for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        err(f"{g}: gold file without raw file")

line_owner = defaultdict(set)   # line -> set of pair stems
numbers = defaultdict(list)
report = []

for raw_name in raws:
    stem = raw_name[:-4]
    m = NAME_RE.match(raw_name)
    if not m:
        err(f"{raw_name}: name does not match NNN_<lang>_<families>.txt")
        continue
    num, lang, fams = m.groups()
    numbers[num].append(raw_name)
    if lang not in LANGS:
        err(f"{raw_name}: unknown language '{lang}'")
    fam_list = fams.split("-")
    negative = fam_list == ["negative"]
    if not negative:
        for f in fam_list:
            if f not in FAMILIES:
                err(f"{raw_name}: unknown family '{f}'")
        if len(set(fam_list)) != len(fam_list):
            err(f"{raw_name}: duplicate family in name")
        known = [f for f in fam_list if f in FAMILIES]
        if known != sorted(known, key=FAMILIES.index):
            err(f"{raw_name}: families not in canonical order")
        if "negative" in fam_list:
            err(f"{raw_name}: 'negative' combined with other families")

    gold_name = stem + ".gold.txt"
    if gold_name not in golds:
        err(f"{raw_name}: missing {gold_name}")
        continue
    n_err = len(errors)
    raw, raw_bytes = read_lines(os.path.join(here, raw_name))
    gold, gold_bytes = read_lines(os.path.join(here, gold_name))
    if raw is None or gold is None:
        continue

    # gold must be an ordered subsequence of raw
    i = 0
    for gi, gl in enumerate(gold):
        while i < len(raw) and raw[i] != gl:
            i += 1
        if i == len(raw):
            err(f"{gold_name}: line {gi + 1} not found in order in raw: {gl[:60]!r}")
            break
        i += 1

    if gold and (is_blank(gold[0]) or is_blank(gold[-1])):
        err(f"{gold_name}: leading or trailing blank line")
    for k in range(1, len(gold)):
        if is_blank(gold[k]) and is_blank(gold[k - 1]):
            err(f"{gold_name}: uncollapsed blank-line run at line {k + 1}")
            break

    if negative:
        if raw_bytes != gold_bytes:
            err(f"{raw_name}: negative but gold is not byte-identical to raw")
    elif raw_bytes == gold_bytes:
        err(f"{raw_name}: positive but gold is identical to raw")

    for line in set(raw):
        if not is_blank(line) and len(line.strip()) > 3:
            line_owner[line].add(stem)

    raw_nb = sum(1 for l in raw if not is_blank(l))
    gold_nb = sum(1 for l in gold if not is_blank(l))
    share = 100.0 * (raw_nb - gold_nb) / raw_nb if raw_nb else 0.0
    status = "OK" if len(errors) == n_err else "FAIL"
    report.append(f"{status:4}  {stem}: {raw_nb} raw / {gold_nb} gold non-blank lines, "
                  f"furniture {share:.0f}%")

for num, names in numbers.items():
    if len(names) > 1:
        err(f"number {num} used by more than one pair: {names}")

for line, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        err(f"line used in {len(owners)} pairs ({', '.join(sorted(owners))}): {line[:70]!r}")

for r in report:
    print(r)
if errors:
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} error(s)")
    sys.exit(1)
print("ALL OK")
