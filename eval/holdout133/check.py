#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, per pair:
  * raw and gold files both exist; file name is NNN_<lang>_<families>.txt
  * UTF-8, LF line endings only, final newline, no leading/trailing blank lines
  * gold lines are an ordered subsequence of raw lines
  * gold has no runs of blank lines and no leading/trailing blank lines
  * negatives: gold byte-identical to raw; positives: gold differs from raw
  * families valid, unique and in canonical order ('negative' stands alone)
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair
  * numbers are unique
Standard library only. Prints one line per pair and ALL OK at the end.
"""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def read_lines(path, label):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{label}: not valid UTF-8 ({e})")
        return data, []
    if "\r" in text:
        err(f"{label}: contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        err(f"{label}: missing final newline")
    if text.endswith("\n\n"):
        err(f"{label}: trailing blank line")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if lines and lines[0].strip() == "":
        err(f"{label}: leading blank line")
    if lines and lines[-1].strip() == "":
        err(f"{label}: trailing blank line")
    if text.startswith("\ufeff"):
        err(f"{label}: has a BOM")
    return data, lines


def is_subsequence(small, big):
    it = iter(big)
    return all(any(s == b for b in it) for s in small)


raws, golds, numbers = {}, {}, {}
for fn in sorted(os.listdir(here)):
    if not fn.endswith(".txt"):
        continue
    m = NAME_RE.match(fn)
    if not m:
        err(f"{fn}: file name does not match NNN_<lang>_<families>[.gold].txt")
        continue
    stem = fn[:-len(".gold.txt")] if m.group(4) else fn[:-len(".txt")]
    (golds if m.group(4) else raws)[stem] = fn

for stem in sorted(set(raws) | set(golds)):
    if stem not in raws:
        err(f"{stem}: gold file without raw file")
    if stem not in golds:
        err(f"{stem}: raw file without gold file")

seen_lines = {}  # stripped line -> first stem
report = []
for stem in sorted(set(raws) & set(golds)):
    n_before = len(errors)
    num, lang, fams = NAME_RE.match(raws[stem]).group(1, 2, 3)
    if num in numbers:
        err(f"{stem}: number {num} already used by {numbers[num]}")
    numbers[num] = stem
    fam_list = fams.split("-")
    negative = fam_list == ["negative"]
    if not negative:
        bad = [f for f in fam_list if f not in CANON]
        if bad:
            err(f"{stem}: unknown families {bad}")
        elif len(set(fam_list)) != len(fam_list):
            err(f"{stem}: duplicated family in name")
        elif fam_list != sorted(fam_list, key=CANON.index):
            err(f"{stem}: families not in canonical order")
    elif "negative" in fam_list and len(fam_list) > 1:
        err(f"{stem}: 'negative' must stand alone")

    raw_bytes, raw = read_lines(os.path.join(here, raws[stem]), raws[stem])
    gold_bytes, gold = read_lines(os.path.join(here, golds[stem]), golds[stem])

    if not is_subsequence(gold, raw):
        err(f"{stem}: gold is not an ordered subsequence of raw lines")
    for i in range(1, len(gold)):
        if gold[i].strip() == "" and gold[i - 1].strip() == "":
            err(f"{stem}: gold has a run of blank lines at line {i + 1}")
            break
    if negative:
        if gold_bytes != raw_bytes:
            err(f"{stem}: negative but gold is not byte-identical to raw")
    elif gold_bytes == raw_bytes:
        err(f"{stem}: positive but gold is identical to raw")

    for line in set(l.strip() for l in raw):
        if len(line) > 3:
            if line in seen_lines and seen_lines[line] != stem:
                err(f"{stem}: line also used in {seen_lines[line]}: {line[:70]!r}")
            else:
                seen_lines.setdefault(line, stem)

    nb_raw = sum(1 for l in raw if l.strip())
    nb_gold = sum(1 for l in gold if l.strip())
    share = 100.0 * (nb_raw - nb_gold) / nb_raw if nb_raw else 0.0
    status = "OK  " if len(errors) == n_before else "FAIL"
    print(f"{status} {stem}: raw {nb_raw} lines, gold {nb_gold} lines, furniture {share:.0f}%")

for e in errors:
    print("ERROR:", e)
if errors or not raws:
    print(f"FAILED ({len(errors)} problem(s))")
    sys.exit(1)
print("ALL OK")
