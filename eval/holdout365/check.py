#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair: both files exist; UTF-8, LF line endings, final newline;
file-name families valid and in canonical order; gold is an ordered
subsequence of raw lines; gold equals raw-minus-deleted-lines with blank runs
collapsed and no leading/trailing blank lines; negatives byte-identical;
positives delete at least one line.  Across the set: no non-blank line longer
than 3 characters appears in more than one pair.
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")
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
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def collapse(lines):
    out = []
    for l in lines:
        if l.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(l)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def check_families(stem, errors):
    fams = stem.split("-")
    if fams == ["negative"]:
        return True
    for f in fams:
        if f not in FAMILIES:
            errors.append(f"unknown family {f!r}")
    known = [f for f in fams if f in FAMILIES]
    if len(set(known)) != len(known):
        errors.append("duplicate family in name")
    if known != sorted(known, key=FAMILIES.index):
        errors.append("families not in canonical order")
    return False


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    all_ok = True
    seen = defaultdict(set)  # line -> set of pair stems
    numbers = defaultdict(list)

    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold file without raw file")
            all_ok = False

    for raw_name in raws:
        errors = []
        stem = raw_name[:-4]
        m = NAME_RE.match(raw_name)
        negative = False
        if not m:
            errors.append("file name does not match NNN_<lang>_<families>.txt")
        else:
            numbers[m.group(1)].append(stem)
            negative = check_families(m.group(3), errors)
        gold_name = stem + ".gold.txt"
        if gold_name not in golds:
            print(f"FAIL {stem}: " + "; ".join(errors + [f"missing {gold_name}"]))
            all_ok = False
            continue
        raw_bytes, raw = read_lines(os.path.join(HERE, raw_name), errors)
        gold_bytes, gold = read_lines(os.path.join(HERE, gold_name), errors)

        # gold formatting
        if gold and gold[0].strip() == "":
            errors.append("gold has leading blank line")
        if gold and gold[-1].strip() == "":
            errors.append("gold has trailing blank line")
        for a, b in zip(gold, gold[1:]):
            if a.strip() == "" and b.strip() == "":
                errors.append("gold has a run of blank lines")
                break

        # ordered subsequence: match gold non-blank lines to raw lines greedily
        kept = set()
        j = 0
        ok_subseq = True
        for gl in gold:
            if gl.strip() == "":
                continue
            while j < len(raw) and raw[j] != gl:
                j += 1
            if j == len(raw):
                errors.append(f"gold line not found in order in raw: {gl[:60]!r}")
                ok_subseq = False
                break
            kept.add(j)
            j += 1
        deleted = 0
        if ok_subseq:
            expected = collapse([l for i, l in enumerate(raw) if l.strip() == "" or i in kept])
            if expected != gold:
                errors.append("gold does not equal raw minus deleted lines with blank runs collapsed")
            deleted = sum(1 for i, l in enumerate(raw) if l.strip() and i not in kept)

        if negative and raw_bytes != gold_bytes:
            errors.append("negative: gold is not byte-identical to raw")
        if not negative and raw_bytes == gold_bytes:
            errors.append("positive: gold identical to raw (nothing deleted)")

        for l in set(raw) | set(gold):
            s = l.strip()
            if len(s) > 3:
                seen[s].add(stem)

        nonblank = sum(1 for l in raw if l.strip())
        share = 100.0 * deleted / nonblank if nonblank else 0.0
        if errors:
            all_ok = False
            print(f"FAIL {stem}: " + "; ".join(errors))
        else:
            print(f"OK   {stem}: raw={nonblank} non-blank lines, deleted={deleted} ({share:.0f}%)")

    for num, stems in sorted(numbers.items()):
        if len(stems) > 1:
            print(f"FAIL number {num} used by several pairs: {', '.join(stems)}")
            all_ok = False
    dups = {l: s for l, s in seen.items() if len(s) > 1}
    for l, s in sorted(dups.items()):
        print(f"FAIL line in {len(s)} pairs ({', '.join(sorted(s))}): {l[:70]!r}")
        all_ok = False

    print("ALL OK" if all_ok else "ERRORS FOUND")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
