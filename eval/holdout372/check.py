#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist;
  * valid UTF-8, LF line endings only, final newline, no empty file;
  * family names are valid, unique and in canonical order ("negative" stands alone);
  * gold lines are an ordered subsequence of raw lines;
  * gold has no leading/trailing blank lines and no runs of blank lines, and a blank
    line appears in gold between two kept lines exactly when raw had at least one
    blank line between them (i.e. gold = raw minus deleted lines, blank runs collapsed);
  * negatives: gold is byte-identical to raw; positives: gold differs from raw.
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair
    (a raw file and its own gold file count as one pair).
Prints one line per pair and "ALL OK" at the end (exit status 1 on any error).
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"not UTF-8: {e}")
        return data, []
    if not text:
        errors.append("empty file")
        return data, []
    if "\r" in text:
        errors.append("contains CR characters (line endings must be LF)")
    if not text.endswith("\n"):
        errors.append("no final newline")
    if text.startswith("\ufeff"):
        errors.append("starts with a BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def check_families(fams, errors):
    if fams == "negative":
        return []
    parts = fams.split("-")
    for p in parts:
        if p not in CANON:
            errors.append(f"unknown family '{p}'")
    if len(set(parts)) != len(parts):
        errors.append("duplicate family in name")
    idx = [CANON.index(p) for p in parts if p in CANON]
    if idx != sorted(idx):
        errors.append("families not in canonical order")
    if "negative" in parts:
        errors.append("'negative' combined with other families")
    return parts


def check_pair(raw, gold, negative, raw_bytes, gold_bytes, errors):
    # structural rules for gold
    if gold and gold[0].strip() == "":
        errors.append("gold starts with a blank line")
    if gold and gold[-1].strip() == "":
        errors.append("gold ends with a blank line")
    for i in range(1, len(gold)):
        if gold[i].strip() == "" and gold[i - 1].strip() == "":
            errors.append(f"gold has a run of blank lines at line {i + 1}")
            break
    if raw and (raw[0].strip() == "" or raw[-1].strip() == ""):
        errors.append("raw starts or ends with a blank line")
    # ordered subsequence of non-blank lines, remembering raw positions
    positions = []
    j = 0
    ok = True
    for gi, g in enumerate(gold):
        if g.strip() == "":
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            errors.append(f"gold line {gi + 1} not found in order in raw: {g[:60]!r}")
            ok = False
            break
        positions.append((gi, j))
        j += 1
    if ok:
        # blank-line consistency between consecutive kept lines
        for (ga, ra), (gb, rb) in zip(positions, positions[1:]):
            gold_blank = any(gold[k].strip() == "" for k in range(ga + 1, gb))
            raw_blank = any(raw[k].strip() == "" for k in range(ra + 1, rb))
            if gold_blank != raw_blank:
                errors.append(f"blank-line mismatch between gold lines {ga + 1} and {gb + 1}")
            if gb - ga > 2:
                errors.append(f"unexpected lines between gold lines {ga + 1} and {gb + 1}")
    if negative:
        if raw_bytes != gold_bytes:
            errors.append("negative but gold is not byte-identical to raw")
    else:
        if raw_bytes == gold_bytes:
            errors.append("positive but gold is identical to raw (nothing deleted)")


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    failed = False
    seen_numbers = {}
    line_owner = defaultdict(set)
    results = []
    for f in raws:
        errors = []
        m = NAME_RE.match(f)
        if not m:
            print(f"FAIL {f}: bad file name")
            failed = True
            continue
        num, lang, fams = m.groups()
        if num in seen_numbers:
            errors.append(f"number {num} also used by {seen_numbers[num]}")
        seen_numbers[num] = f
        check_families(fams, errors)
        gname = f[:-4] + ".gold.txt"
        if gname not in golds:
            errors.append("missing gold file")
            results.append((f, errors, 0, 0))
            continue
        golds.discard(gname)
        raw_bytes, raw = read_lines(os.path.join(HERE, f), errors)
        gold_bytes, gold = read_lines(os.path.join(HERE, gname), errors)
        check_pair(raw, gold, fams == "negative", raw_bytes, gold_bytes, errors)
        for line in set(raw) | set(gold):
            s = line.strip()
            if len(s) > 3:
                line_owner[s].add(f[:-4])
        n_raw = sum(1 for l in raw if l.strip())
        n_gold = sum(1 for l in gold if l.strip())
        results.append((f, errors, n_raw, n_gold))
    for g in sorted(golds):
        print(f"FAIL {g}: gold file without raw file")
        failed = True
    dup = defaultdict(list)
    for line, owners in line_owner.items():
        if len(owners) > 1:
            for o in owners:
                dup[o].append((line, sorted(owners)))
    for f, errors, n_raw, n_gold in results:
        for line, owners in dup.get(f[:-4], []):
            errors.append(f"line shared with other pairs {owners}: {line[:60]!r}")
        if errors:
            failed = True
            print(f"FAIL {f}")
            for e in errors:
                print(f"     - {e}")
        else:
            removed = n_raw - n_gold
            share = (removed / n_raw * 100) if n_raw else 0
            print(f"ok   {f}  ({n_raw} non-blank lines, {removed} furniture, {share:.0f}%)")
    if not raws:
        print("FAIL: no pairs found")
        failed = True
    if failed:
        print("ERRORS FOUND")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
