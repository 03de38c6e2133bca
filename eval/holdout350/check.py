#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")


def read_lines(path, errors):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{name}: not UTF-8 ({e})")
        return None
    if "\r" in text:
        errors.append(f"{name}: contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        errors.append(f"{name}: no final newline")
    if text.startswith("\ufeff"):
        errors.append(f"{name}: has a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_blank(line):
    return line.strip() == ""


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    global_errors = []
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            global_errors.append(f"{g}: gold file without raw file")

    seen = defaultdict(set)  # non-blank line -> set of pair names
    numbers = defaultdict(list)
    results = []
    for raw in raws:
        errors = []
        stem = raw[:-len(".txt")]
        m = NAME_RE.match(raw)
        fams = []
        if not m:
            errors.append("bad file name (expected NNN_<lang>_<families>.txt)")
        else:
            num, lang, famstr = m.groups()
            numbers[num].append(stem)
            if lang not in LANGS:
                errors.append(f"unknown language code '{lang}'")
            if famstr != "negative":
                fams = famstr.split("-")
                bad = [f for f in fams if f not in FAMILIES]
                if bad:
                    errors.append(f"unknown families: {', '.join(bad)}")
                else:
                    idx = [FAMILIES.index(f) for f in fams]
                    if idx != sorted(idx) or len(set(idx)) != len(idx):
                        errors.append("families not in canonical order or repeated")
        gold = stem + ".gold.txt"
        if gold not in golds:
            errors.append("gold file missing")
            results.append((stem, errors, None))
            continue
        rlines = read_lines(os.path.join(HERE, raw), errors)
        glines = read_lines(os.path.join(HERE, gold), errors)
        if rlines is None or glines is None:
            results.append((stem, errors, None))
            continue

        # gold is an ordered subsequence of raw
        i = 0
        for gl in glines:
            while i < len(rlines) and rlines[i] != gl:
                i += 1
            if i == len(rlines):
                errors.append(f"gold line not found in order in raw: {gl[:60]!r}")
                break
            i += 1
        # blank handling
        if glines and (is_blank(glines[0]) or is_blank(glines[-1])):
            errors.append("gold has leading or trailing blank lines")
        for a, b in zip(glines, glines[1:]):
            if is_blank(a) and is_blank(b):
                errors.append("gold has an uncollapsed run of blank lines")
                break
        if any(is_blank(l) and l != "" for l in glines):
            errors.append("gold has whitespace-only lines")
        # negatives byte-identical
        rbytes = open(os.path.join(HERE, raw), "rb").read()
        gbytes = open(os.path.join(HERE, gold), "rb").read()
        if m and m.group(3) == "negative":
            if rbytes != gbytes:
                errors.append("negative but gold differs from raw")
        elif rbytes == gbytes:
            errors.append("positive but gold is identical to raw")
        # gold must be what deleting raw lines + collapsing blanks gives: check that
        # every deleted raw region did not remove a blank that separated kept text
        rn = [l for l in rlines if not is_blank(l)]
        gn = [l for l in glines if not is_blank(l)]
        for line in set(rn):
            if len(line.strip()) > 3:
                seen[line.strip().casefold()].add(stem)
        deleted = len(rn) - len(gn)
        share = 100.0 * deleted / len(rn) if rn else 0.0
        results.append((stem, errors, (len(rn), deleted, share)))

    for num, stems in numbers.items():
        if len(stems) > 1:
            global_errors.append(f"number {num} used by several pairs: {', '.join(stems)}")

    dup_by_pair = defaultdict(list)
    for line, stems in seen.items():
        if len(stems) > 1:
            for s in stems:
                dup_by_pair[s].append(line)
            global_errors.append(f"line used in {len(stems)} files ({', '.join(sorted(stems))}): {line[:70]!r}")

    ok_all = not global_errors
    for stem, errors, stats in results:
        status = "OK" if not errors else "FAIL"
        info = ""
        if stats:
            info = f" ({stats[0]} non-blank lines, {stats[1]} deleted = {stats[2]:.0f}%)"
        print(f"{status}  {stem}{info}")
        for e in errors:
            print(f"      - {e}")
        if errors:
            ok_all = False
    for e in global_errors:
        print(f"ERROR {e}")
    if not raws:
        print("ERROR no pairs found")
        ok_all = False
    if ok_all:
        print("ALL OK")
        return 0
    print("FAILED")
    return 1


if __name__ == "__main__":
    sys.exit(main())
