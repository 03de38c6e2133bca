#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"not UTF-8: {e}")
        return []
    if "\r" in text:
        errors.append("contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        errors.append("missing final newline")
    if text.endswith("\n\n"):
        errors.append("trailing blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(gold, raw):
    it = iter(raw)
    return all(any(g == r for r in it) for g in gold)


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    problems = 0
    owner = defaultdict(set)   # line -> set of pair names
    numbers = set()

    for g in golds:
        if g.replace(".gold.txt", ".txt") not in raws:
            print(f"FAIL {g}: gold without raw file")
            problems += 1

    for rf in raws:
        errors = []
        m = NAME_RE.match(rf)
        stem = rf[:-4]
        if not m:
            errors.append("bad file name (expected NNN_<lang>_<families>.txt)")
            fams = []
        else:
            num, lang, famstr = m.groups()
            if num in numbers:
                errors.append(f"duplicate number {num}")
            numbers.add(num)
            fams = famstr.split("-")
            if fams != ["negative"]:
                bad = [f for f in fams if f not in FAMILIES]
                if bad:
                    errors.append(f"unknown families: {bad}")
                else:
                    idx = [FAMILIES.index(f) for f in fams]
                    if idx != sorted(idx) or len(set(idx)) != len(idx):
                        errors.append("families not in canonical order or repeated")
        gf = stem + ".gold.txt"
        if gf not in golds:
            errors.append("missing gold file")
            print(f"FAIL {stem}: " + "; ".join(errors))
            problems += 1
            continue

        rpath, gpath = os.path.join(HERE, rf), os.path.join(HERE, gf)
        raw = read_lines(rpath, errors)
        gold = read_lines(gpath, errors)

        if raw and (raw[0] == "" or raw[-1] == ""):
            errors.append("raw has leading/trailing blank line")
        if not gold or gold[0] == "" or gold[-1] == "":
            errors.append("gold is empty or has leading/trailing blank line")
        for i in range(1, len(gold)):
            if gold[i] == "" and gold[i - 1] == "":
                errors.append(f"gold has an uncollapsed blank run at line {i + 1}")
                break
        if not is_subsequence(gold, raw):
            errors.append("gold is not an ordered subsequence of raw lines")

        if fams == ["negative"]:
            if open(rpath, "rb").read() != open(gpath, "rb").read():
                errors.append("negative: gold is not byte-identical to raw")
        elif fams:
            if open(rpath, "rb").read() == open(gpath, "rb").read():
                errors.append("positive: gold identical to raw (no furniture removed)")

        for line in raw:
            key = line.strip()
            if len(key) > 3:
                owner[key].add(stem)

        nr = sum(1 for l in raw if l.strip())
        ng = sum(1 for l in gold if l.strip())
        share = 100.0 * (nr - ng) / nr if nr else 0.0
        status = "FAIL" if errors else "ok  "
        print(f"{status} {stem}: raw {nr} lines, gold {ng} lines, furniture {share:.0f}%"
              + ("" if not errors else " -- " + "; ".join(errors)))
        problems += bool(errors)

    for line, pairs in sorted(owner.items()):
        if len(pairs) > 1:
            print(f"FAIL duplicate line in {sorted(pairs)}: {line[:80]!r}")
            problems += 1

    if not raws:
        print("FAIL no files found")
        problems += 1
    if problems:
        print(f"{problems} PROBLEM(S)")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
