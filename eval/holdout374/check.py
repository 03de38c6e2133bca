#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist;
  * UTF-8, LF line endings only, final newline, no trailing whitespace;
  * file name: three-digit number, two-letter language, valid family names
    in canonical order without repeats, or the single word 'negative';
  * gold non-blank lines are an ordered subsequence of raw lines, and the
    gold equals raw minus the deleted lines with blank runs collapsed to one
    and no leading/trailing blank lines;
  * negatives: gold byte-identical to raw; positives: gold differs from raw
    and the furniture share of non-blank raw lines is 30-55 %.
Across the set: no non-blank line longer than 3 characters occurs in more
than one pair, and no number is used twice.
Prints one line per pair and ALL OK at the end (exit 1 on any error).
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


def collapse(lines):
    out = []
    for ln in lines:
        if ln == "" and (not out or out[-1] == ""):
            continue
        out.append(ln)
    while out and out[-1] == "":
        out.pop()
    return out


def read_lines(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return []
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)}: BOM present")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for i, ln in enumerate(lines, 1):
        if ln != ln.rstrip():
            errs.append(f"{os.path.basename(path)}:{i}: trailing whitespace")
    return lines


def check_families(famstr, errs, name):
    if famstr == "negative":
        return True
    fams = famstr.split("-")
    for f in fams:
        if f not in CANON:
            errs.append(f"{name}: unknown family '{f}'")
    known = [f for f in fams if f in CANON]
    if len(set(known)) != len(known):
        errs.append(f"{name}: repeated family")
    idx = [CANON.index(f) for f in known]
    if idx != sorted(idx):
        errs.append(f"{name}: families not in canonical order")
    return False


def main():
    all_errs = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            all_errs.append(f"{g}: gold without raw file")
    seen_lines = defaultdict(set)
    seen_nums = defaultdict(list)
    n_pairs = 0
    for raw_name in raws:
        errs = []
        m = NAME_RE.match(raw_name)
        stem = raw_name[:-4]
        gold_name = stem + ".gold.txt"
        if not m:
            errs.append(f"{raw_name}: bad file name")
            all_errs.extend(errs)
            print(f"FAIL {raw_name}")
            continue
        num, lang, famstr = m.groups()
        seen_nums[num].append(raw_name)
        negative = check_families(famstr, errs, raw_name)
        if gold_name not in golds:
            errs.append(f"{raw_name}: missing {gold_name}")
            all_errs.extend(errs)
            print(f"FAIL {stem}")
            continue
        n_pairs += 1
        raw = read_lines(os.path.join(HERE, raw_name), errs)
        gold = read_lines(os.path.join(HERE, gold_name), errs)
        # blank-line rules for gold
        if gold and (gold[0] == "" or gold[-1] == ""):
            errs.append(f"{gold_name}: leading or trailing blank line")
        for a, b in zip(gold, gold[1:]):
            if a == "" and b == "":
                errs.append(f"{gold_name}: run of blank lines not collapsed")
                break
        # ordered subsequence (non-blank lines), then exact reconstruction
        kept = set()
        j = 0
        gold_nb = [g for g in gold if g != ""]
        for gl in gold_nb:
            while j < len(raw) and raw[j] != gl:
                j += 1
            if j == len(raw):
                errs.append(f"{gold_name}: line not found in raw order: {gl[:60]!r}")
                break
            kept.add(j)
            j += 1
        else:
            expected = collapse([ln for i, ln in enumerate(raw) if ln == "" or i in kept])
            if expected != gold:
                errs.append(f"{gold_name}: gold is not raw minus deleted lines with blanks collapsed")
        raw_nb = [ln for ln in raw if ln.strip()]
        furn = len(raw_nb) - len(gold_nb)
        share = furn / len(raw_nb) if raw_nb else 0.0
        if negative:
            if open(os.path.join(HERE, raw_name), "rb").read() != open(os.path.join(HERE, gold_name), "rb").read():
                errs.append(f"{stem}: negative but gold is not byte-identical to raw")
        else:
            if raw == gold:
                errs.append(f"{stem}: positive but gold equals raw")
            if not 0.30 <= share <= 0.55:
                errs.append(f"{stem}: furniture share {share:.0%} outside 30-55%")
        for ln in set(raw) | set(gold):
            s = ln.strip()
            if len(s) > 3:
                seen_lines[s].add(stem)
        status = "ok  " if not errs else "FAIL"
        print(f"{status} {stem}  lines={len(raw_nb)} furniture={furn} ({share:.0%})")
        all_errs.extend(errs)
    for num, names in seen_nums.items():
        if len(names) > 1:
            all_errs.append(f"number {num} used by {names}")
    for s, stems in sorted(seen_lines.items()):
        if len(stems) > 1:
            all_errs.append(f"line used in {len(stems)} files ({', '.join(sorted(stems))}): {s[:70]!r}")
    if n_pairs == 0:
        all_errs.append("no pairs found")
    for e in all_errs:
        print("ERROR", e)
    if all_errs:
        print(f"{len(all_errs)} error(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
