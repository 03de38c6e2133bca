#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, are UTF-8, use LF only and end with exactly one newline
  * file name is well-formed; families are known, unique and in canonical order,
    or the single word 'negative'
  * gold lines are an ordered subsequence of raw lines (byte-identical lines)
  * gold has no leading/trailing blank lines and no runs of blank lines
  * gold equals raw minus the deleted lines, with blank runs collapsed
  * negatives: gold is byte-identical to raw; positives: at least one line deleted
  * across the set: no non-blank line longer than 3 characters occurs in more
    than one pair
Prints one line per pair and 'ALL OK' at the end (exit status 1 on any error).
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)
    print("  ERROR: " + msg)


def read_lines(path):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None, data
    name = os.path.basename(path)
    if "\r" in text:
        err(f"{name}: contains CR characters (LF line endings required)")
    if data.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    if not text.endswith("\n"):
        err(f"{name}: no final newline")
    elif text.endswith("\n\n"):
        err(f"{name}: ends with a blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


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
        err(f"{g}: gold file without raw file")

if not raws:
    err("no pairs found")

seen = defaultdict(set)      # stripped line -> set of pair names
numbers = defaultdict(list)

for raw_name in raws:
    stem = raw_name[:-4]
    gold_name = stem + ".gold.txt"
    m = NAME_RE.match(raw_name)
    if not m:
        err(f"{raw_name}: file name does not match NNN_<lang>_<families>.txt")
        continue
    num, lang, famstr = m.groups()
    numbers[num].append(raw_name)
    fams = famstr.split("-")
    negative = fams == ["negative"]
    if not negative:
        bad = [f for f in fams if f not in CANON]
        if bad:
            err(f"{raw_name}: unknown families {bad}")
        elif len(set(fams)) != len(fams):
            err(f"{raw_name}: repeated family")
        elif fams != sorted(fams, key=CANON.index):
            err(f"{raw_name}: families not in canonical order")
    if gold_name not in golds:
        err(f"{raw_name}: missing {gold_name}")
        continue
    raw, raw_bytes = read_lines(os.path.join(here, raw_name))
    gold, gold_bytes = read_lines(os.path.join(here, gold_name))
    if raw is None or gold is None:
        continue
    if raw and raw[0].strip() == "":
        err(f"{raw_name}: raw starts with a blank line")
    # gold blank-line rules
    if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
        err(f"{gold_name}: leading or trailing blank line")
    for a, b in zip(gold, gold[1:]):
        if a.strip() == "" and b.strip() == "":
            err(f"{gold_name}: run of blank lines not collapsed")
            break
    # ordered subsequence, keeping track of which raw lines were deleted
    kept = [False] * len(raw)
    j = 0
    ok = True
    for gl in gold:
        while j < len(raw) and raw[j] != gl:
            j += 1
        if j == len(raw):
            err(f"{gold_name}: line not found in order in raw: {gl[:60]!r}")
            ok = False
            break
        kept[j] = True
        j += 1
    if ok:
        # gold must be exactly raw-minus-deleted-lines with blanks collapsed;
        # try greedy match first, then a blank-tolerant reconstruction
        rebuilt = collapse([raw[i] for i in range(len(raw)) if kept[i] or raw[i].strip() == ""])
        if rebuilt != gold:
            err(f"{gold_name}: gold is not raw minus deleted lines with blank runs collapsed")
    raw_nb = [l for l in raw if l.strip()]
    gold_nb = [l for l in gold if l.strip()]
    n_del = len(raw_nb) - len(gold_nb)
    if negative:
        if raw_bytes != gold_bytes:
            err(f"{raw_name}: negative but gold differs from raw")
    else:
        if n_del <= 0:
            err(f"{raw_name}: positive but nothing deleted")
    for l in set(x.strip() for x in raw_nb):
        if len(l) > 3:
            seen[l].add(stem)
    share = 100.0 * n_del / len(raw_nb) if raw_nb else 0.0
    print(f"{stem}: {len(raw_nb)} non-blank lines, {len(gold_nb)} kept, "
          f"{n_del} furniture ({share:.0f}%) - {'negative' if negative else 'positive'}")

for num, names in numbers.items():
    if len(names) > 1:
        err(f"number {num} used by several pairs: {names}")

for line, pairs in sorted(seen.items()):
    if len(pairs) > 1:
        err(f"line used in more than one file: {line[:60]!r} in {sorted(pairs)}")

if errors:
    print(f"{len(errors)} ERROR(S)")
    sys.exit(1)
print("ALL OK")
