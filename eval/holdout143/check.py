#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)
    print("  ERROR: " + msg)


def read_lines(path):
    data = open(path, "rb").read()
    problems = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return None, [f"not UTF-8 ({e})"]
    if b"\r" in data:
        problems.append("contains CR characters (must be LF only)")
    if not text.endswith("\n"):
        problems.append("no final newline")
    if text.startswith("\ufeff"):
        problems.append("starts with a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), problems


def is_subsequence(sub, seq):
    it = iter(seq)
    return all(any(x == y for y in it) for x in sub)


files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
raws = {f[:-4] for f in files if not f.endswith(".gold.txt")}
golds = {f[:-9] for f in files if f.endswith(".gold.txt")}

for missing in sorted(raws - golds):
    err(f"{missing}.txt has no gold file")
for missing in sorted(golds - raws):
    err(f"{missing}.gold.txt has no raw file")

line_owner = defaultdict(set)   # line text -> set of pair names
numbers = defaultdict(list)

for base in sorted(raws & golds):
    pair_errors_before = len(errors)
    m = NAME_RE.match(base)
    fams = []
    if not m:
        err(f"{base}: file name does not match NNN_<lang>_<families>")
    else:
        num, lang, famstr = m.groups()
        numbers[num].append(base)
        if lang not in LANGS:
            err(f"{base}: unknown language code {lang!r}")
        if famstr != "negative":
            fams = famstr.split("-")
            bad = [f for f in fams if f not in CANON]
            if bad:
                err(f"{base}: unknown famil{'y' if len(bad) == 1 else 'ies'} {bad}")
            if len(set(fams)) != len(fams):
                err(f"{base}: duplicate family in name")
            idx = [CANON.index(f) for f in fams if f in CANON]
            if idx != sorted(idx):
                err(f"{base}: families not in canonical order")

    raw, p1 = read_lines(os.path.join(HERE, base + ".txt"))
    gold, p2 = read_lines(os.path.join(HERE, base + ".gold.txt"))
    for p in p1:
        err(f"{base}.txt: {p}")
    for p in p2:
        err(f"{base}.gold.txt: {p}")
    if raw is None or gold is None:
        continue

    if m and m.group(3) == "negative":
        a = open(os.path.join(HERE, base + ".txt"), "rb").read()
        b = open(os.path.join(HERE, base + ".gold.txt"), "rb").read()
        if a != b:
            err(f"{base}: negative but gold is not byte-identical to raw")
    elif raw == gold:
        err(f"{base}: positive but nothing was deleted")

    if not is_subsequence(gold, raw):
        err(f"{base}: gold is not an ordered subsequence of raw lines")
    if gold and gold[0].strip() == "":
        err(f"{base}: gold has a leading blank line")
    if gold and gold[-1].strip() == "":
        err(f"{base}: gold has a trailing blank line")
    for i in range(1, len(gold)):
        if gold[i].strip() == "" and gold[i - 1].strip() == "":
            err(f"{base}: gold has a run of blank lines at line {i + 1}")
            break
    for i, l in enumerate(gold):
        if l != "" and l.strip() == "":
            err(f"{base}: gold line {i + 1} is whitespace-only")

    for l in set(raw) | set(gold):
        if l.strip() and len(l.strip()) > 3:
            line_owner[l.strip()].add(base)

    nonblank_raw = [l for l in raw if l.strip()]
    nonblank_gold = [l for l in gold if l.strip()]
    furn = len(nonblank_raw) - len(nonblank_gold)
    ratio = furn / len(nonblank_raw) if nonblank_raw else 0.0
    status = "ok" if len(errors) == pair_errors_before else "FAIL"
    print(f"{status:4} {base}: {len(nonblank_raw)} lines, {furn} furniture ({ratio:.0%})")

for num, bases in sorted(numbers.items()):
    if len(bases) > 1:
        err(f"number {num} used by more than one pair: {bases}")

for line, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        err(f"line used in more than one pair {sorted(owners)}: {line[:70]!r}")

if errors:
    print(f"{len(errors)} problem(s) found")
    sys.exit(1)
print("ALL OK")
