#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, per pair:
  * both NNN_<lang>_<families>.txt and .gold.txt exist;
  * UTF-8, LF line endings only, final newline;
  * family names are valid, unique and in canonical order ("negative" alone);
  * gold is an ordered subsequence of raw lines;
  * gold equals raw with the deleted lines removed and blank runs collapsed,
    with no leading/trailing blank lines;
  * negatives are byte-identical to their raw file; positives delete something.
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair.
Prints one line per pair and "ALL OK" at the end (exit 1 on any failure).
Standard library only.
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
RANK = {f: i for i, f in enumerate(FAMILIES)}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    with open(path, "rb") as fh:
        data = fh.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({exc})")
        return data, []
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    if text.startswith("\n"):
        errors.append(f"{os.path.basename(path)}: leading blank line")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def collapse(lines):
    out = []
    for ln in lines:
        if ln.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(ln)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def match_subsequence(raw, gold):
    """Indices in raw of each non-blank gold line, greedy left to right."""
    idx, pos = [], 0
    for g in gold:
        if g.strip() == "":
            continue
        while pos < len(raw) and raw[pos] != g:
            pos += 1
        if pos == len(raw):
            return None
        idx.append(pos)
        pos += 1
    return idx


def check_pair(name, fams, raw_path, gold_path):
    errs = []
    raw_bytes, raw = read_lines(raw_path, errs)
    gold_bytes, gold = read_lines(gold_path, errs)
    # families
    if fams == ["negative"]:
        if raw_bytes != gold_bytes:
            errs.append("negative but gold differs from raw")
    else:
        bad = [f for f in fams if f not in RANK]
        if bad:
            errs.append(f"unknown families {bad}")
        elif len(set(fams)) != len(fams):
            errs.append("duplicate family in name")
        elif [RANK[f] for f in fams] != sorted(RANK[f] for f in fams):
            errs.append("families not in canonical order")
        if raw_bytes == gold_bytes:
            errs.append("positive file but nothing deleted")
    # blank handling in gold
    for i in range(1, len(gold)):
        if gold[i].strip() == "" and gold[i - 1].strip() == "":
            errs.append(f"gold has a run of blank lines at line {i + 1}")
            break
    if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
        errs.append("gold has leading or trailing blank line")
    # subsequence and exact reconstruction
    idx = match_subsequence(raw, gold)
    if idx is None:
        errs.append("gold is not an ordered subsequence of raw lines")
    else:
        keep = set(idx)
        rebuilt = [ln for i, ln in enumerate(raw) if i in keep or ln.strip() == ""]
        if collapse(rebuilt) != gold:
            errs.append("gold differs from raw-minus-deletions with collapsed blank runs")
    n_raw = sum(1 for ln in raw if ln.strip())
    n_gold = sum(1 for ln in gold if ln.strip())
    return errs, raw, n_raw, n_gold


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    failed = False
    seen = defaultdict(set)
    numbers = defaultdict(list)
    for gname in sorted(golds):
        if gname[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {gname}: gold without raw file")
            failed = True
    for rname in raws:
        stem = rname[:-4]
        m = NAME_RE.match(rname)
        gname = stem + ".gold.txt"
        if not m:
            print(f"FAIL {rname}: bad file name")
            failed = True
            continue
        numbers[m.group(1)].append(rname)
        if gname not in golds:
            print(f"FAIL {rname}: missing {gname}")
            failed = True
            continue
        fams = m.group(3).split("-")
        errs, raw, n_raw, n_gold = check_pair(stem, fams, os.path.join(HERE, rname),
                                              os.path.join(HERE, gname))
        for ln in raw:
            key = ln.strip()
            if len(key) > 3:
                seen[key].add(stem)
        share = 100.0 * (n_raw - n_gold) / n_raw if n_raw else 0.0
        if errs:
            failed = True
            print(f"FAIL {stem}: " + "; ".join(errs))
        else:
            print(f"ok   {stem}: {n_raw} lines, {n_raw - n_gold} deleted ({share:.0f}%)")
    for num, names in sorted(numbers.items()):
        if len(names) > 1:
            print(f"FAIL number {num} used by {names}")
            failed = True
    for line, stems in sorted(seen.items()):
        if len(stems) > 1:
            failed = True
            print(f"FAIL line shared by {sorted(stems)}: {line[:70]!r}")
    if failed:
        print("FAILED")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
