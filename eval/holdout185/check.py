#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def read_bytes(path):
    with open(path, "rb") as fh:
        return fh.read()


def split_lines(path, data):
    """Decode, check encoding/line endings, return list of lines."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        err(f"{path}: not UTF-8 ({exc})")
        return None
    if "\r" in text:
        err(f"{path}: contains CR characters (LF line endings required)")
    if text.startswith("\ufeff"):
        err(f"{path}: has a BOM")
    if not text.endswith("\n"):
        err(f"{path}: no final newline")
    elif text.endswith("\n\n"):
        err(f"{path}: trailing blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_blank(line):
    return line.strip() == ""


files = sorted(os.listdir(here))
raws = [f for f in files if NAME_RE.match(f) and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]

for g in golds:
    if g[: -len(".gold.txt")] + ".txt" not in raws:
        err(f"{g}: gold file without raw file")

numbers = {}
line_owner = {}  # non-blank line (>3 chars) -> first pair using it
results = []

for raw_name in raws:
    stem = raw_name[:-4]
    m = NAME_RE.match(raw_name)
    num, lang, fam_str = m.groups()
    problems_before = len(errors)
    if num in numbers:
        err(f"{raw_name}: number {num} already used by {numbers[num]}")
    numbers[num] = raw_name
    if lang not in LANGS:
        err(f"{raw_name}: unknown language code {lang!r}")

    negative = fam_str == "negative"
    fams = [] if negative else fam_str.split("-")
    if not negative:
        bad = [x for x in fams if x not in ORDER]
        if bad:
            err(f"{raw_name}: invalid family name(s) {bad}")
        elif fams != sorted(set(fams), key=ORDER.index):
            err(f"{raw_name}: families not unique or not in canonical order")

    gold_name = stem + ".gold.txt"
    if gold_name not in golds:
        err(f"{raw_name}: missing gold file {gold_name}")
        results.append(f"FAIL {stem}")
        continue

    raw_b = read_bytes(os.path.join(here, raw_name))
    gold_b = read_bytes(os.path.join(here, gold_name))
    raw = split_lines(raw_name, raw_b)
    gold = split_lines(gold_name, gold_b)
    if raw is None or gold is None:
        results.append(f"FAIL {stem}")
        continue

    for name, lines in ((raw_name, raw), (gold_name, gold)):
        if lines and (is_blank(lines[0]) or is_blank(lines[-1])):
            err(f"{name}: leading or trailing blank line")

    # gold: no runs of blank lines
    for i in range(1, len(gold)):
        if is_blank(gold[i]) and is_blank(gold[i - 1]):
            err(f"{gold_name}: run of blank lines at line {i + 1}")
            break
    for i, line in enumerate(gold):
        if is_blank(line) and line != "":
            err(f"{gold_name}: whitespace-only line {i + 1}")

    # gold is an ordered subsequence of raw
    j = 0
    for gi, line in enumerate(gold):
        while j < len(raw) and raw[j] != line:
            j += 1
        if j == len(raw):
            err(f"{gold_name}: line {gi + 1} not found in order in raw: {line[:60]!r}")
            break
        j += 1

    # gold must equal raw minus its deleted lines, with blank runs collapsed:
    # rebuild from the non-blank gold lines and compare blank placement
    kept = set(gold)
    rebuilt = []
    for line in raw:
        if is_blank(line) or line in kept:
            if is_blank(line) and (not rebuilt or is_blank(rebuilt[-1])):
                continue
            rebuilt.append(line)
    while rebuilt and is_blank(rebuilt[-1]):
        rebuilt.pop()
    if rebuilt != gold:
        err(f"{gold_name}: does not equal raw minus deleted lines with blank runs collapsed")

    if negative:
        if raw_b != gold_b:
            err(f"{raw_name}: negative but gold differs from raw")
    else:
        if raw_b == gold_b:
            err(f"{raw_name}: positive but nothing deleted")

    # cross-file uniqueness of non-blank lines longer than 3 characters
    seen_here = set()
    for line in raw:
        s = line.strip()
        if len(s) <= 3 or s in seen_here:
            continue
        seen_here.add(s)
        if s in line_owner:
            err(f"{raw_name}: line also used in {line_owner[s]}: {s[:60]!r}")
        else:
            line_owner[s] = stem

    rn = sum(1 for x in raw if not is_blank(x))
    gn = sum(1 for x in gold if not is_blank(x))
    share = (rn - gn) / rn if rn else 0.0
    status = "OK  " if len(errors) == problems_before else "FAIL"
    kind = "negative" if negative else f"{len(fams)} families"
    results.append(f"{status} {stem}: {rn} lines, {rn - gn} furniture ({share:.0%}), {kind}")

for r in results:
    print(r)
if not raws:
    err("no pairs found")
if errors:
    print()
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} error(s)")
    sys.exit(1)
print("ALL OK")
