#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors_total = 0
line_owner = defaultdict(set)


def read(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    if b"\r" in data:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)}: has a BOM")
    return text


def is_subsequence(gold, raw):
    i = 0
    for line in raw:
        if i < len(gold) and gold[i] == line:
            i += 1
    return i == len(gold)


files = sorted(os.listdir(here))
raws = [f for f in files if NAME_RE.match(f) and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
for g in golds:
    if g.replace(".gold.txt", ".txt") not in raws:
        print(f"FAIL {g}: gold without raw file")
        errors_total += 1
for f in files:
    if f.endswith(".txt") and not NAME_RE.match(f) and not (f.endswith(".gold.txt") and NAME_RE.match(f.replace(".gold", ""))):
        print(f"FAIL {f}: file name does not follow NNN_<lang>_<families>.txt")
        errors_total += 1

numbers = defaultdict(list)
for raw_name in raws:
    errs = []
    m = NAME_RE.match(raw_name)
    num, lang, fams = m.groups()
    numbers[num].append(raw_name)
    gold_name = raw_name[:-4] + ".gold.txt"
    fam_list = fams.split("-")
    negative = fams == "negative"
    if not negative:
        bad = [x for x in fam_list if x not in FAMILIES]
        if bad:
            errs.append(f"unknown families {bad}")
        elif len(set(fam_list)) != len(fam_list):
            errs.append("duplicate family in name")
        elif fam_list != sorted(fam_list, key=FAMILIES.index):
            errs.append("families not in canonical order")
    if gold_name not in files:
        errs.append("missing gold file")
        print(f"FAIL {raw_name}: " + "; ".join(errs))
        errors_total += len(errs)
        continue
    raw_text = read(os.path.join(here, raw_name), errs)
    gold_text = read(os.path.join(here, gold_name), errs)
    if raw_text is None or gold_text is None:
        print(f"FAIL {raw_name}: " + "; ".join(errs))
        errors_total += len(errs)
        continue
    raw = raw_text.split("\n")[:-1] if raw_text.endswith("\n") else raw_text.split("\n")
    gold = gold_text.split("\n")[:-1] if gold_text.endswith("\n") else gold_text.split("\n")
    if not raw or raw[0].strip() == "" or raw[-1].strip() == "":
        errs.append("raw starts or ends with a blank line")
    if not gold or gold[0].strip() == "" or gold[-1].strip() == "":
        errs.append("gold starts or ends with a blank line")
    for i in range(1, len(gold)):
        if gold[i].strip() == "" and gold[i - 1].strip() == "":
            errs.append(f"gold has a run of blank lines at line {i + 1}")
            break
    if any(l != l.rstrip() for l in raw):
        errs.append("raw has trailing whitespace")
    if not is_subsequence(gold, raw):
        errs.append("gold is not an ordered subsequence of raw lines")
    raw_nb = [l for l in raw if l.strip()]
    gold_nb = [l for l in gold if l.strip()]
    deleted = len(raw_nb) - len(gold_nb)
    if negative:
        if raw_text != gold_text:
            errs.append("negative but gold differs from raw")
    else:
        if deleted <= 0:
            errs.append("positive but nothing deleted")
        # the gold must be exactly the raw minus deleted lines, with blank runs collapsed
    share = deleted / len(raw_nb) if raw_nb else 0
    for l in set(x.strip() for x in raw_nb):
        if len(l) > 3:
            line_owner[l].add(raw_name)
    if errs:
        errors_total += len(errs)
        print(f"FAIL {raw_name}: " + "; ".join(errs))
    else:
        kind = "negative" if negative else f"furniture {deleted}/{len(raw_nb)} = {share:.0%}"
        print(f"ok   {raw_name}: {len(raw_nb)} non-blank lines, {len(gold_nb)} kept, {kind}")

for num, names in numbers.items():
    if len(names) > 1:
        print(f"FAIL number {num} used by {names}")
        errors_total += 1

for line, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        print(f"FAIL line used in {len(owners)} files {sorted(owners)}: {line[:80]!r}")
        errors_total += 1

if not raws:
    print("FAIL no pairs found")
    errors_total += 1

if errors_total:
    print(f"{errors_total} ERROR(S)")
    sys.exit(1)
print(f"{len(raws)} pairs checked")
print("ALL OK")
