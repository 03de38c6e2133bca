#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors_total = 0
files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]


def read_text(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{os.path.basename(path)}: has a BOM")
    if b"\r" in data:
        errs.append(f"{os.path.basename(path)}: contains CR (must be LF only)")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    elif text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: ends with a blank line")
    return text


def is_subsequence(small, big):
    it = iter(big)
    return all(any(x == y for y in it) for x in small)


line_owner = defaultdict(set)   # non-blank line -> set of pair stems
numbers = defaultdict(list)
results = []

for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        results.append((g, [f"{g}: gold file without raw file"]))

for r in raws:
    errs = []
    stem = r[:-4]
    m = NAME_RE.match(r)
    if not m:
        errs.append(f"{r}: bad file name")
        results.append((stem, errs))
        continue
    num, lang, fams = m.groups()
    numbers[num].append(stem)
    if lang not in LANGS:
        errs.append(f"unknown language code {lang!r}")
    negative = fams == "negative"
    if not negative:
        parts = fams.split("-")
        bad = [p for p in parts if p not in CANON]
        if bad:
            errs.append(f"unknown families: {bad}")
        elif len(set(parts)) != len(parts):
            errs.append("duplicate family in name")
        elif parts != sorted(parts, key=CANON.index):
            errs.append("families not in canonical order; expected "
                        + "-".join(sorted(parts, key=CANON.index)))
    gold_name = stem + ".gold.txt"
    if gold_name not in golds:
        errs.append("missing gold file")
        results.append((stem, errs))
        continue
    raw_text = read_text(os.path.join(here, r), errs)
    gold_text = read_text(os.path.join(here, gold_name), errs)
    if raw_text is None or gold_text is None:
        results.append((stem, errs))
        continue
    raw_lines = raw_text[:-1].split("\n") if raw_text.endswith("\n") else raw_text.split("\n")
    gold_lines = gold_text[:-1].split("\n") if gold_text.endswith("\n") else gold_text.split("\n")

    if not is_subsequence(gold_lines, raw_lines):
        errs.append("gold is not an ordered subsequence of raw lines")
    if gold_lines and gold_lines[0].strip() == "":
        errs.append("gold has a leading blank line")
    if gold_lines and gold_lines[-1].strip() == "":
        errs.append("gold has a trailing blank line")
    for i in range(1, len(gold_lines)):
        if gold_lines[i].strip() == "" and gold_lines[i - 1].strip() == "":
            errs.append(f"gold has a run of blank lines at line {i + 1}")
            break
    for i, l in enumerate(gold_lines):
        if l != "" and l.strip() == "":
            errs.append(f"gold line {i + 1} is whitespace-only but not empty")
            break
    raw_nb = [l for l in raw_lines if l.strip()]
    gold_nb = [l for l in gold_lines if l.strip()]
    if negative:
        if raw_text != gold_text:
            errs.append("negative: gold is not byte-identical to raw")
    else:
        if len(gold_nb) == len(raw_nb):
            errs.append("positive: no furniture line was deleted")
    for l in set(raw_lines):
        if len(l.strip()) > 3:
            line_owner[l.strip()].add(stem)
    nfurn = len(raw_nb) - len(gold_nb)
    ratio = nfurn / len(raw_nb) if raw_nb else 0.0
    results.append((stem, errs, len(raw_nb), nfurn, ratio))

for num, stems in numbers.items():
    if len(stems) > 1:
        results.append((f"number {num}", [f"number used by several pairs: {stems}"]))

dup_errs = defaultdict(list)
for line, owners in line_owner.items():
    if len(owners) > 1:
        for o in owners:
            dup_errs[o].append(f"line shared with {sorted(owners - {o})}: {line[:70]!r}")

for item in results:
    stem, errs = item[0], list(item[1]) + dup_errs.get(item[0], [])
    errors_total += len(errs)
    if len(item) == 5:
        info = f"lines={item[2]} furniture={item[3]} ({item[4]:.0%})"
    else:
        info = ""
    print(f"{'OK  ' if not errs else 'FAIL'} {stem} {info}")
    for e in errs:
        print(f"     - {e}")

if not raws:
    print("FAIL no pairs found")
    errors_total += 1
if errors_total:
    print(f"{errors_total} ERROR(S)")
    sys.exit(1)
print("ALL OK")
