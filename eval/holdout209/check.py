#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair: both files present, UTF-8, LF only, final newline; name pattern and
family list (valid names, canonical order, no repeats, or 'negative' alone); gold lines are an
ordered subsequence of raw lines; gold has no leading/trailing blank lines and no runs of blank
lines; negatives are byte-identical; positives actually delete something.
Across the set: no non-blank line longer than 3 characters occurs in more than one pair.
"""
import os, re, sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
HERE = os.path.dirname(os.path.abspath(__file__))
NAME = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")


def read(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return data, []
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)}: has a BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(small, big):
    it = iter(big)
    return all(any(s == b for b in it) for s in small)


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    all_errs = []
    seen = defaultdict(set)          # line -> set of pair stems
    numbers = defaultdict(list)
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            all_errs.append(f"{g}: gold without raw file")
    for raw in raws:
        stem = raw[:-4]
        errs = []
        m = NAME.match(raw)
        if not m:
            errs.append("bad file name")
            fams = []
        else:
            numbers[m.group(1)].append(raw)
            fams = m.group(3).split("-")
            if fams == ["negative"]:
                pass
            elif "negative" in fams:
                errs.append("'negative' combined with other families")
            else:
                bad = [f for f in fams if f not in CANON]
                if bad:
                    errs.append(f"unknown families {bad}")
                else:
                    idx = [CANON.index(f) for f in fams]
                    if idx != sorted(set(idx)):
                        errs.append("families not in canonical order or repeated")
        gold = stem + ".gold.txt"
        if gold not in golds:
            errs.append("missing gold file")
            all_errs += [f"{raw}: {e}" for e in errs]
            print(f"FAIL {stem}: " + "; ".join(errs))
            continue
        rbytes, rlines = read(os.path.join(HERE, raw), errs)
        gbytes, glines = read(os.path.join(HERE, gold), errs)
        if not [l for l in rlines if l.strip()]:
            errs.append("raw is empty")
        if glines and (glines[0].strip() == "" or glines[-1].strip() == ""):
            errs.append("gold has leading or trailing blank line")
        for a, b in zip(glines, glines[1:]):
            if a.strip() == "" and b.strip() == "":
                errs.append("gold has a run of blank lines")
                break
        if not is_subsequence(glines, rlines):
            errs.append("gold is not an ordered subsequence of raw lines")
        negative = fams == ["negative"]
        if negative and rbytes != gbytes:
            errs.append("negative: gold differs from raw")
        if not negative and rbytes == gbytes:
            errs.append("positive pair but gold identical to raw")
        for l in rlines:
            if l.strip() and len(l.strip()) > 3:
                seen[l.strip()].add(stem)
        nr = sum(1 for l in rlines if l.strip())
        ng = sum(1 for l in glines if l.strip())
        share = 100 * (nr - ng) / nr if nr else 0
        status = "OK  " if not errs else "FAIL"
        print(f"{status} {stem}  raw={nr} kept={ng} furniture={nr - ng} ({share:.0f}%)"
              + ("" if not errs else "  <- " + "; ".join(errs)))
        all_errs += [f"{raw}: {e}" for e in errs]
    for num, names in numbers.items():
        if len(names) > 1:
            all_errs.append(f"number {num} used by several pairs: {names}")
    for line, stems in sorted(seen.items()):
        if len(stems) > 1:
            all_errs.append(f"line shared by {sorted(stems)}: {line[:70]!r}")
    if not raws:
        all_errs.append("no pairs found")
    if all_errs:
        print("\nERRORS:")
        for e in all_errs:
            print("  " + e)
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
