#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not UTF-8: {e}")
        return data, []
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append("has a BOM")
    if b"\r" in data:
        errs.append("contains CR (line endings must be LF)")
    if not text.endswith("\n"):
        errs.append("no final newline")
    if text.endswith("\n\n"):
        errs.append("ends with a blank line")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_blank(line):
    return line.strip() == ""


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    failed = False
    seen_numbers = {}
    line_owner = defaultdict(set)   # line -> set of pair names
    results = []

    for g in golds:
        if g.replace(".gold.txt", ".txt") not in raws:
            results.append((g, [f"gold without raw file"]))

    for raw in raws:
        errs = []
        name = raw[:-4]
        m = NAME_RE.match(raw)
        if not m:
            errs.append("file name does not match NNN_<lang>_<families>.txt")
            results.append((raw, errs))
            continue
        num, lang, fams = m.groups()
        if num in seen_numbers:
            errs.append(f"number {num} also used by {seen_numbers[num]}")
        seen_numbers[num] = raw
        negative = fams == "negative"
        if not negative:
            parts = fams.split("-")
            bad = [p for p in parts if p not in FAMILIES]
            if bad:
                errs.append(f"unknown families: {bad}")
            elif len(set(parts)) != len(parts):
                errs.append("duplicate family in name")
            elif parts != sorted(parts, key=FAMILIES.index):
                errs.append("families not in canonical order")
        gold = name + ".gold.txt"
        if gold not in golds:
            errs.append("missing gold file")
            results.append((raw, errs))
            continue
        rdata, rlines = read_lines(os.path.join(HERE, raw), errs)
        gdata, glines = read_lines(os.path.join(HERE, gold), errs)
        if rlines and is_blank(rlines[0]):
            errs.append("raw starts with a blank line")
        # gold structure
        if glines and (is_blank(glines[0]) or is_blank(glines[-1])):
            errs.append("gold has leading or trailing blank lines")
        for i in range(1, len(glines)):
            if is_blank(glines[i]) and is_blank(glines[i - 1]):
                errs.append(f"gold has a run of blank lines at line {i + 1}")
                break
        # ordered subsequence
        j = 0
        for gl in glines:
            while j < len(rlines) and rlines[j] != gl:
                j += 1
            if j == len(rlines):
                errs.append(f"gold line not found in order in raw: {gl[:60]!r}")
                break
            j += 1
        # gold must equal raw with some non-blank lines removed and blanks collapsed
        if not errs:
            kept = set(glines)
            removed = [l for l in rlines if not is_blank(l) and l not in kept]
            if negative and removed:
                errs.append("negative has removed lines")
        if negative and rdata != gdata:
            errs.append("negative: gold is not byte-identical to raw")
        rn = [l for l in rlines if not is_blank(l)]
        gn = [l for l in glines if not is_blank(l)]
        if not negative:
            if len(gn) == len(rn):
                errs.append("positive with no furniture removed")
            share = 100.0 * (len(rn) - len(gn)) / max(1, len(rn))
            info = f"{len(rn)} lines, {len(rn) - len(gn)} furniture ({share:.0f}%)"
        else:
            info = f"{len(rn)} lines, negative"
        for l in set(rn):
            if len(l.strip()) > 3:
                line_owner[l].add(name)
        results.append((raw, errs, info))

    dups = {l: o for l, o in line_owner.items() if len(o) > 1}
    for entry in results:
        raw, errs = entry[0], entry[1]
        info = entry[2] if len(entry) > 2 else ""
        name = raw[:-4]
        for l, owners in dups.items():
            if name in owners:
                others = sorted(owners - {name})
                errs.append(f"line also used in {others}: {l[:60]!r}")
        if errs:
            failed = True
            print(f"FAIL {raw}: " + "; ".join(errs))
        else:
            print(f"ok   {raw}: {info}")
    if not raws:
        failed = True
        print("FAIL: no files found")
    if failed:
        print("ERRORS FOUND")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
