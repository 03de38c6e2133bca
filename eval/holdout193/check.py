#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
HERE = os.path.dirname(os.path.abspath(__file__))
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")


def read(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"not UTF-8: {e}")
        return []
    if "\r" in text:
        errors.append("contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        errors.append("no final newline")
    if text.startswith("\ufeff"):
        errors.append("starts with a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(sub, full):
    it = iter(full)
    return all(any(x == y for y in it) for x in sub)


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if NAME_RE.match(f) and not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    failures = 0
    seen = defaultdict(set)          # line -> set of pair names
    numbers = []
    for raw in raws:
        base = raw[:-4]
        errors = []
        num, lang, fams = NAME_RE.match(raw).groups()
        numbers.append(int(num))
        if lang not in LANGS:
            errors.append(f"unknown language code {lang!r}")
        gold = base + ".gold.txt"
        if gold not in golds:
            errors.append("missing gold file")
            glines = None
        else:
            golds.discard(gold)
        rlines = read(os.path.join(HERE, raw), errors)
        glines = read(os.path.join(HERE, gold), errors) if os.path.exists(os.path.join(HERE, gold)) else None
        # family names
        negative = fams == "negative"
        if not negative:
            parts = fams.split("-")
            bad = [p for p in parts if p not in CANON]
            if bad:
                errors.append(f"invalid family names: {bad}")
            else:
                idx = [CANON.index(p) for p in parts]
                if idx != sorted(idx) or len(set(idx)) != len(idx):
                    errors.append("families not in canonical order or repeated")
        # raw must not start/end with blank lines or have blank runs? (only gold is required)
        if rlines and rlines[0].strip() == "":
            errors.append("raw starts with a blank line")
        if glines is not None:
            if negative:
                if open(os.path.join(HERE, raw), "rb").read() != open(os.path.join(HERE, gold), "rb").read():
                    errors.append("negative: gold is not byte-identical to raw")
            else:
                if glines == rlines:
                    errors.append("positive: gold is identical to raw (nothing deleted)")
            if not is_subsequence(glines, rlines):
                errors.append("gold is not an ordered subsequence of raw lines")
            if glines and (glines[0].strip() == "" or glines[-1].strip() == ""):
                errors.append("gold has leading or trailing blank lines")
            for i in range(1, len(glines)):
                if glines[i].strip() == "" and glines[i - 1].strip() == "":
                    errors.append(f"gold has a run of blank lines at line {i + 1}")
                    break
            if any(l.strip() == "" and l != "" for l in glines):
                errors.append("gold has whitespace-only lines")
        for l in rlines:
            if l.strip() and len(l) > 3:
                seen[l].add(base)
        if glines is not None and not negative:
            kept = sum(1 for l in glines if l.strip())
            total = sum(1 for l in rlines if l.strip())
            info = f"{total} lines, {total - kept} furniture ({(total - kept) / total:.0%})"
        else:
            info = f"{sum(1 for l in rlines if l.strip())} lines, negative"
        status = "OK" if not errors else "FAIL: " + "; ".join(errors)
        failures += bool(errors)
        print(f"{base}: {info}: {status}")
    for g in sorted(golds):
        print(f"{g}: FAIL: gold file without raw file")
        failures += 1
    dups = {l: s for l, s in seen.items() if len(s) > 1}
    for l, s in sorted(dups.items()):
        print(f"DUPLICATE LINE in {sorted(s)}: {l[:80]!r}")
        failures += 1
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        print(f"FAIL: numbering is not 001..{len(numbers):03d} without gaps")
        failures += 1
    if failures:
        print(f"{failures} problem(s) found")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
