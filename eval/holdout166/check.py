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
    name = os.path.basename(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{name}: not valid UTF-8 ({e})")
        return []
    if "\r" in text:
        errors.append(f"{name}: contains CR characters (need LF line endings)")
    if not text.endswith("\n"):
        errors.append(f"{name}: missing final newline")
    if text.endswith("\n\n"):
        errors.append(f"{name}: trailing blank line")
    if text.startswith("\ufeff"):
        errors.append(f"{name}: has a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def check_blanks(name, lines, errors):
    if not lines:
        errors.append(f"{name}: empty file")
        return
    if lines[0].strip() == "":
        errors.append(f"{name}: leading blank line")
    if lines[-1].strip() == "":
        errors.append(f"{name}: trailing blank line")
    for i in range(1, len(lines)):
        if lines[i].strip() == "" and lines[i - 1].strip() == "":
            errors.append(f"{name}: run of blank lines at line {i + 1}")
    for i, l in enumerate(lines, 1):
        if l != "" and l.strip() == "":
            errors.append(f"{name}: whitespace-only line {i}")


def is_subsequence(gold, raw):
    """Greedy ordered match of gold lines into raw lines. Returns index of first unmatched gold line or None."""
    j = 0
    for i, g in enumerate(gold):
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return i
        j += 1
    return None


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    errors_total = 0
    seen_numbers = {}
    line_owner = defaultdict(set)

    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold file without raw file")
            errors_total += 1

    for r in raws:
        errors = []
        base = r[:-4]
        m = NAME_RE.match(r)
        if not m:
            errors.append("file name does not match NNN_<lang>_<families>.txt")
            fams = []
        else:
            num, lang, famstr = m.groups()
            if num in seen_numbers:
                errors.append(f"number {num} also used by {seen_numbers[num]}")
            seen_numbers[num] = r
            fams = famstr.split("-")
        gold_name = base + ".gold.txt"
        if gold_name not in golds:
            print(f"FAIL {r}: missing {gold_name}")
            errors_total += 1
            continue
        raw_lines = read_lines(os.path.join(HERE, r), errors)
        gold_lines = read_lines(os.path.join(HERE, gold_name), errors)
        check_blanks(r, raw_lines, errors)
        check_blanks(gold_name, gold_lines, errors)

        negative = fams == ["negative"]
        if negative:
            a = open(os.path.join(HERE, r), "rb").read()
            b = open(os.path.join(HERE, gold_name), "rb").read()
            if a != b:
                errors.append("negative but gold is not byte-identical to raw")
        elif fams:
            bad = [f for f in fams if f not in FAMILIES]
            if bad:
                errors.append(f"unknown families: {bad}")
            elif fams != sorted(fams, key=FAMILIES.index) or len(set(fams)) != len(fams):
                errors.append("families not in canonical order or repeated")
            if raw_lines == gold_lines:
                errors.append("positive file but gold equals raw (nothing deleted)")

        k = is_subsequence(gold_lines, raw_lines)
        if k is not None:
            errors.append(f"gold line {k + 1} not found in order in raw: {gold_lines[k][:60]!r}")

        deleted = sum(1 for l in raw_lines if l.strip()) - sum(1 for l in gold_lines if l.strip())
        kept = sum(1 for l in gold_lines if l.strip())

        for l in set(raw_lines) | set(gold_lines):
            s = l.strip()
            if len(s) > 3:
                line_owner[s].add(r)

        if errors:
            errors_total += len(errors)
            print(f"FAIL {r}")
            for e in errors:
                print(f"    {e}")
        else:
            total = deleted + kept
            share = 100.0 * deleted / total if total else 0.0
            print(f"ok   {r}  kept={kept} deleted={deleted} furniture={share:.0f}%")

    dups = {l: owners for l, owners in line_owner.items() if len(owners) > 1}
    for l, owners in sorted(dups.items()):
        print(f"FAIL duplicate line in {len(owners)} files ({', '.join(sorted(owners))}): {l[:70]!r}")
        errors_total += 1

    if errors_total:
        print(f"{errors_total} problem(s) found")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
