#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, are UTF-8, use LF line endings only and end with a newline;
  * the file name is well formed; family names are valid, unique and in canonical order;
    'negative' stands alone;
  * the gold is the raw text with some lines deleted: its non-blank lines are an ordered
    subsequence of the raw lines, and deleting the unmatched raw lines, collapsing runs of
    blank lines to one and trimming leading/trailing blank lines reproduces the gold exactly;
  * the gold has no leading/trailing blank lines and no runs of blank lines;
  * a negative's gold is byte-identical to its raw; a positive's gold differs from its raw;
  * no non-blank line longer than 3 characters occurs in more than one pair.
Prints one line per pair and 'ALL OK' at the end (exit status 0), or the errors (exit status 1).
Standard library only.
"""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors = []
line_owner = {}  # stripped line -> first pair that used it


def err(pair, msg):
    errors.append(f"{pair}: {msg}")


def read_text(path, pair):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(pair, f"{os.path.basename(path)} is not valid UTF-8 ({e})")
        return None, data
    if "\r" in text:
        err(pair, f"{os.path.basename(path)} contains CR characters")
    if not text.endswith("\n"):
        err(pair, f"{os.path.basename(path)} has no final newline")
    if text.endswith("\n\n"):
        err(pair, f"{os.path.basename(path)} ends with a blank line")
    if text.startswith("\ufeff"):
        err(pair, f"{os.path.basename(path)} starts with a BOM")
    return text, data


def collapse(lines):
    out = []
    for line in lines:
        if line.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(line)
    while out and out[-1].strip() == "":
        out.pop()
    return out


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]

for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        err(g, "gold file without a raw file")

numbers = {}
results = []
for raw_name in raws:
    pair = raw_name[:-4]
    m = NAME_RE.match(raw_name)
    if not m:
        err(pair, "file name does not match NNN_<lang>_<families>.txt")
        continue
    num, lang, fam_str = m.groups()
    if num in numbers:
        err(pair, f"number {num} already used by {numbers[num]}")
    numbers[num] = pair
    fams = fam_str.split("-")
    negative = fams == ["negative"]
    if not negative:
        bad = [f for f in fams if f not in CANON]
        if bad:
            err(pair, f"unknown family name(s): {', '.join(bad)}")
        elif len(set(fams)) != len(fams):
            err(pair, "duplicate family names")
        elif fams != sorted(fams, key=CANON.index):
            err(pair, "families not in canonical order; expected "
                + "-".join(sorted(fams, key=CANON.index)))
        if "negative" in fams:
            err(pair, "'negative' combined with other families")

    gold_name = pair + ".gold.txt"
    if gold_name not in golds:
        err(pair, "missing gold file")
        continue
    raw_text, raw_bytes = read_text(os.path.join(here, raw_name), pair)
    gold_text, gold_bytes = read_text(os.path.join(here, gold_name), pair)
    if raw_text is None or gold_text is None:
        continue
    raw_lines = raw_text.split("\n")[:-1]
    gold_lines = gold_text.split("\n")[:-1]

    # gold layout
    if gold_lines and gold_lines[0].strip() == "":
        err(pair, "gold starts with a blank line")
    if gold_lines and gold_lines[-1].strip() == "":
        err(pair, "gold ends with a blank line")
    for i in range(1, len(gold_lines)):
        if gold_lines[i].strip() == "" and gold_lines[i - 1].strip() == "":
            err(pair, f"gold has a run of blank lines at line {i + 1}")
            break

    # gold as ordered subsequence of raw, and exact reconstruction
    kept = set()
    j = 0
    ok_subseq = True
    for gl in gold_lines:
        if gl.strip() == "":
            continue
        while j < len(raw_lines) and raw_lines[j] != gl:
            j += 1
        if j == len(raw_lines):
            err(pair, f"gold line not found in order in raw: {gl[:70]!r}")
            ok_subseq = False
            break
        kept.add(j)
        j += 1
    if ok_subseq:
        rebuilt = [l for i, l in enumerate(raw_lines) if l.strip() == "" or i in kept]
        while rebuilt and rebuilt[0].strip() == "":
            rebuilt.pop(0)
        rebuilt = collapse(rebuilt)
        if rebuilt != gold_lines:
            err(pair, "gold is not the raw text with lines deleted and blank runs collapsed")
    deleted = [l for i, l in enumerate(raw_lines) if l.strip() and i not in kept]
    content = [l for l in gold_lines if l.strip()]

    if negative:
        if raw_bytes != gold_bytes:
            err(pair, "negative but gold is not byte-identical to raw")
    else:
        if raw_bytes == gold_bytes or not deleted:
            err(pair, "positive but nothing was deleted")

    # cross-file line reuse
    for l in set(raw_lines) | set(gold_lines):
        s = l.strip()
        if len(s) <= 3:
            continue
        owner = line_owner.setdefault(s, pair)
        if owner != pair:
            err(pair, f"line also used in {owner}: {s[:70]!r}")

    total = len(deleted) + len(content)
    share = 100.0 * len(deleted) / total if total else 0.0
    results.append(f"{'NEG' if negative else 'POS'}  {pair}: {len(raw_lines)} raw lines, "
                   f"{len(content)} kept, {len(deleted)} deleted ({share:.0f}% furniture)")

for r in results:
    print(r)
if errors:
    print()
    for e in errors:
        print("ERROR", e)
    print(f"FAILED ({len(errors)} error(s))")
    sys.exit(1)
print("ALL OK")
