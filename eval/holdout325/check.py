#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
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
os.chdir(here)
errors_total = 0
line_owner = defaultdict(set)   # non-blank line (len > 3) -> set of pair stems


def read(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{path}: not UTF-8 ({e})")
        return None
    if "\r" in text:
        errs.append(f"{path}: contains CR characters (must be LF only)")
    if not text.endswith("\n"):
        errs.append(f"{path}: missing final newline")
    if text.endswith("\n\n"):
        errs.append(f"{path}: trailing blank line")
    return text


def is_subsequence(gold, raw):
    i = 0
    for line in raw:
        if i < len(gold) and gold[i] == line:
            i += 1
    return i == len(gold)


files = sorted(os.listdir("."))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
stems = [f[:-4] for f in raws]
numbers = defaultdict(list)

for g in golds:
    if g[:-9] not in stems:
        print(f"FAIL {g}: gold file without raw file")
        errors_total += 1

for raw_name in raws:
    stem = raw_name[:-4]
    gold_name = stem + ".gold.txt"
    errs = []
    m = NAME_RE.match(raw_name)
    fams = []
    if not m:
        errs.append("bad file name")
    else:
        numbers[m.group(1)].append(stem)
        if m.group(2) not in LANGS:
            errs.append(f"unknown language code {m.group(2)}")
        fams = m.group(3).split("-")
        if fams != ["negative"]:
            bad = [f for f in fams if f not in FAMILIES]
            if bad:
                errs.append(f"invalid families {bad}")
            elif len(set(fams)) != len(fams):
                errs.append("duplicate family in name")
            elif fams != sorted(fams, key=FAMILIES.index):
                errs.append("families not in canonical order")
    if gold_name not in golds:
        errs.append("missing gold file")
        print(f"FAIL {stem}: " + "; ".join(errs))
        errors_total += 1
        continue
    raw_text = read(raw_name, errs)
    gold_text = read(gold_name, errs)
    if raw_text is None or gold_text is None:
        print(f"FAIL {stem}: " + "; ".join(errs))
        errors_total += 1
        continue
    raw = raw_text.split("\n")[:-1]
    gold = gold_text.split("\n")[:-1]
    if not gold or not raw:
        errs.append("empty file")
    else:
        if raw[0].strip() == "" or raw[-1].strip() == "":
            errs.append("raw has leading/trailing blank line")
        if gold[0].strip() == "" or gold[-1].strip() == "":
            errs.append("gold has leading/trailing blank line")
    for a, b in zip(gold, gold[1:]):
        if a.strip() == "" and b.strip() == "":
            errs.append("gold has an uncollapsed run of blank lines")
            break
    if any(l != l.rstrip("\r") or (l.strip() == "" and l != "") for l in gold):
        errs.append("gold has whitespace-only lines")
    if not is_subsequence(gold, raw):
        errs.append("gold is not an ordered subsequence of raw lines")
    # gold must equal raw minus some lines, with blank runs collapsed
    gold_nb = [l for l in gold if l.strip()]
    raw_nb = [l for l in raw if l.strip()]
    if not is_subsequence(gold_nb, raw_nb):
        errs.append("gold non-blank lines not a subsequence of raw non-blank lines")
    if fams == ["negative"]:
        if raw_text != gold_text:
            errs.append("negative: gold not byte-identical to raw")
    elif m:
        if raw_text == gold_text:
            errs.append("positive: gold identical to raw (no furniture deleted)")
    for l in set(raw):
        if len(l.strip()) > 3:
            line_owner[l.strip()].add(stem)
    ratio = 1 - len(gold_nb) / len(raw_nb) if raw_nb else 0
    if errs:
        errors_total += 1
        print(f"FAIL {stem}: " + "; ".join(errs))
    else:
        print(f"ok   {stem}  raw={len(raw_nb)} gold={len(gold_nb)} furniture={ratio:.0%}")

for num, owners in numbers.items():
    if len(owners) > 1:
        print(f"FAIL number {num} used by {owners}")
        errors_total += 1

for line, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        print(f"FAIL line used in {len(owners)} files: {line[:70]!r} -> {sorted(owners)}")
        errors_total += 1

if not raws:
    print("FAIL no pairs found")
    errors_total += 1

if errors_total:
    print(f"{errors_total} problem(s)")
    sys.exit(1)
print("ALL OK")
