#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist
  * UTF-8, LF line endings only, final newline, no trailing whitespace
  * family names are valid, unique and in canonical order ('negative' alone)
  * gold equals raw with some non-blank lines deleted, blank runs collapsed
    to one and leading/trailing blank lines removed (this implies gold is an
    ordered subsequence of raw lines)
  * negatives: gold byte-identical to raw; positives: gold differs from raw
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair
Standard library only.
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
ORDER = {f: i for i, f in enumerate(FAMILIES)}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None, data
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: BOM present")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for n, l in enumerate(lines, 1):
        if l != l.rstrip():
            errors.append(f"{os.path.basename(path)}:{n}: trailing whitespace")
        if l and not l.strip():
            errors.append(f"{os.path.basename(path)}:{n}: whitespace-only line")
    return lines, data


def collapse(lines):
    out = []
    for l in lines:
        if l == "" and (not out or out[-1] == ""):
            continue
        out.append(l)
    while out and out[-1] == "":
        out.pop()
    return out


def check_pair(stem, errors):
    raw_p = os.path.join(here, stem + ".txt")
    gold_p = os.path.join(here, stem + ".gold.txt")
    m = NAME_RE.match(stem + ".txt")
    fams = m.group(3).split("-")
    if fams == ["negative"]:
        negative = True
    else:
        negative = False
        bad = [f for f in fams if f not in ORDER]
        if bad:
            errors.append(f"{stem}: unknown families {bad}")
        elif [ORDER[f] for f in fams] != sorted(ORDER[f] for f in set(fams)):
            errors.append(f"{stem}: families not unique/in canonical order")
    if not os.path.exists(gold_p):
        errors.append(f"{stem}: gold file missing")
        return None, None, None
    raw, raw_b = read_lines(raw_p, errors)
    gold, gold_b = read_lines(gold_p, errors)
    if raw is None or gold is None:
        return None, None, None
    if raw and raw[0] == "":
        errors.append(f"{stem}: raw starts with a blank line")
    if gold and gold[0] == "":
        errors.append(f"{stem}: gold starts with a blank line")
    for i in range(1, len(gold)):
        if gold[i] == "" and gold[i - 1] == "":
            errors.append(f"{stem}: gold has a run of blank lines at line {i + 1}")
            break
    # match gold's non-blank lines, in order, against raw's non-blank lines
    gi = 0
    gold_nb = [l for l in gold if l]
    kept = []
    for l in raw:
        if l == "":
            kept.append(l)
        elif gi < len(gold_nb) and l == gold_nb[gi]:
            kept.append(l)
            gi += 1
    if gi != len(gold_nb):
        errors.append(f"{stem}: gold is not an ordered subsequence of raw "
                      f"(first unmatched gold line: {gold_nb[gi][:60]!r})")
    elif collapse(kept) != gold:
        errors.append(f"{stem}: gold differs from raw-minus-deleted-lines with blank runs collapsed")
    if negative and raw_b != gold_b:
        errors.append(f"{stem}: negative but gold is not byte-identical to raw")
    if not negative and raw_b == gold_b:
        errors.append(f"{stem}: positive but gold is identical to raw")
    n_raw = sum(1 for l in raw if l)
    n_gold = len(gold_nb)
    return raw, n_raw, n_gold


def main():
    errors = []
    names = sorted(os.listdir(here))
    stems = []
    for n in names:
        if n.endswith(".gold.txt"):
            stem = n[:-9]
            if not os.path.exists(os.path.join(here, stem + ".txt")):
                errors.append(f"{n}: raw file missing")
            continue
        if n.endswith(".txt"):
            if not NAME_RE.match(n):
                errors.append(f"{n}: bad file name")
                continue
            stems.append(n[:-4])
    nums = [s[:3] for s in stems]
    if len(set(nums)) != len(nums):
        errors.append("duplicate pair numbers")
    seen = defaultdict(set)
    for stem in stems:
        before = len(errors)
        raw, n_raw, n_gold = check_pair(stem, errors)
        if raw is not None:
            for l in raw:
                if len(l.strip()) > 3:
                    seen[l.strip()].add(stem)
            furn = n_raw - n_gold
            status = "ok" if len(errors) == before else "FAIL"
            print(f"{stem}: {status}  lines={n_raw} furniture={furn} ({furn / n_raw:.0%})")
        else:
            print(f"{stem}: FAIL")
    for line, where in sorted(seen.items()):
        if len(where) > 1:
            errors.append(f"line used in {len(where)} pairs {sorted(where)}: {line[:70]!r}")
    if not stems:
        errors.append("no pairs found")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print(f"{len(stems)} pairs checked")
    print("ALL OK")


if __name__ == "__main__":
    main()
