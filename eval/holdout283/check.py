#!/usr/bin/env python3
"""Validate the blind news-furniture evaluation set in this directory.

Checks, per pair:
  * both NNN_<lang>_<families>.txt and .gold.txt exist;
  * files are UTF-8, LF line endings only, end with exactly one final newline;
  * <families> is 'negative' or a '-'-joined list of valid family names in canonical order;
  * gold lines are an ordered subsequence of raw lines and gold equals raw with the
    unmatched lines removed, runs of blank lines collapsed to one, and no leading or
    trailing blank lines;
  * negatives: gold is byte-identical to raw; positives: gold differs from raw;
Across the set:
  * no non-blank line longer than 3 characters appears in more than one file (pair).
Prints one line per pair and 'ALL OK' at the end (exit code 1 on any failure).
"""
import os
import re
import sys
from collections import defaultdict

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)(\.gold)?\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return data, []
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    elif text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line(s)")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def collapse(lines):
    out = []
    for line in lines:
        if line.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(line)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def check_pair(stem, families, raw_path, gold_path):
    errors = []
    fams = families.split("-")
    if families != "negative":
        bad = [f for f in fams if f not in ORDER]
        if bad:
            errors.append(f"unknown families {bad}")
        elif fams != sorted(fams, key=ORDER.index) or len(set(fams)) != len(fams):
            errors.append("families not in canonical order or duplicated")
    raw_bytes, raw = read_lines(raw_path, errors)
    gold_bytes, gold = read_lines(gold_path, errors)
    if errors:
        return errors, raw
    # gold: no leading/trailing blank lines, no runs of blanks
    if gold and gold[0].strip() == "":
        errors.append("gold starts with a blank line")
    if gold and gold[-1].strip() == "":
        errors.append("gold ends with a blank line")
    for i in range(1, len(gold)):
        if gold[i].strip() == "" and gold[i - 1].strip() == "":
            errors.append(f"gold has a run of blank lines at line {i + 1}")
            break
    if raw and raw[0].strip() == "":
        errors.append("raw starts with a blank line")
    # ordered subsequence of non-blank lines (greedy)
    kept = [False] * len(raw)
    j = 0
    for g in (x for x in gold if x.strip() != ""):
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            errors.append(f"gold line not found in order in raw: {g[:70]!r}")
            break
        kept[j] = True
        j += 1
    else:
        rebuilt = collapse([l for l, k in zip(raw, kept) if k or l.strip() == ""])
        while rebuilt and rebuilt[0].strip() == "":
            rebuilt.pop(0)
        if rebuilt != gold:
            for n, (a, b) in enumerate(zip(rebuilt, gold)):
                if a != b:
                    errors.append(f"gold blank-line layout differs from raw at gold line {n + 1}")
                    break
            else:
                errors.append("gold blank-line layout differs from raw (length)")
    removed = sum(1 for l, k in zip(raw, kept) if l.strip() and not k)
    if families == "negative":
        if raw_bytes != gold_bytes:
            errors.append("negative: gold is not byte-identical to raw")
    else:
        if removed == 0:
            errors.append("positive pair but nothing is deleted in gold")
    return errors, raw


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    pairs = {}
    problems = []
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            problems.append(f"{f}: file name does not match NNN_<lang>_<families>[.gold].txt")
            continue
        num, lang, fams, is_gold = m.groups()
        if lang not in LANGS:
            problems.append(f"{f}: unexpected language code {lang}")
        stem = f"{num}_{lang}_{fams}"
        pairs.setdefault(stem, {})["gold" if is_gold else "raw"] = f
    numbers = defaultdict(list)
    for stem in pairs:
        numbers[stem[:3]].append(stem)
    for num, stems in numbers.items():
        if len(stems) > 1:
            problems.append(f"number {num} used by several pairs: {stems}")

    seen = defaultdict(set)  # line -> set of stems
    for stem in sorted(pairs):
        p = pairs[stem]
        fams = stem.split("_", 2)[2]
        if fams != "negative":
            names = fams.split("-")
            if any(n not in ORDER for n in names) or names != sorted(set(names), key=ORDER.index):
                print(f"FAIL {stem}: invalid family list or not in canonical order")
                problems.append(f"{stem}: invalid family list")
                continue
        if "raw" not in p or "gold" not in p:
            print(f"FAIL {stem}: incomplete pair ({', '.join(p)})")
            problems.append(f"{stem}: incomplete pair")
            continue
        families = stem.split("_", 2)[2]
        errors, raw = check_pair(stem, families, os.path.join(HERE, p["raw"]),
                                 os.path.join(HERE, p["gold"]))
        for line in raw:
            s = line.strip()
            if len(s) > 3:
                seen[s].add(stem)
        nonblank = sum(1 for l in raw if l.strip())
        if errors:
            print(f"FAIL {stem}: " + "; ".join(errors))
            problems.extend(f"{stem}: {e}" for e in errors)
        else:
            gold_nonblank = sum(1 for l in open(os.path.join(HERE, p["gold"]), encoding="utf-8").read().split("\n") if l.strip())
            share = (nonblank - gold_nonblank) / nonblank if nonblank else 0
            print(f"ok   {stem}: raw {nonblank} non-blank lines, gold {gold_nonblank}, furniture {share:.0%}")
    dups = {s: stems for s, stems in seen.items() if len(stems) > 1}
    for s, stems in sorted(dups.items()):
        msg = f"line used in more than one file: {s[:60]!r} in {sorted(stems)}"
        print("FAIL " + msg)
        problems.append(msg)
    if problems:
        print(f"{len(problems)} PROBLEM(S)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
