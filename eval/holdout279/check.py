#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist;
  * both files are UTF-8, use LF line endings only and end with exactly one final newline;
  * the file name is well formed: three-digit number, known language code, family list that is
    either 'negative' or valid family names in canonical order without repeats;
  * the gold lines are an ordered subsequence of the raw lines;
  * the gold has no leading or trailing blank lines and no runs of blank lines;
  * a negative's gold is byte-identical to its raw; a positive's gold differs from its raw;
and across the set:
  * numbers are unique;
  * no non-blank line longer than 3 characters occurs in more than one pair.
Prints one line per pair and 'ALL OK' if everything passes; exits 1 otherwise.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{name}: not valid UTF-8 ({e})")
        return None
    if text.startswith("\ufeff"):
        errors.append(f"{name}: starts with a BOM")
    if "\r" in text:
        errors.append(f"{name}: contains CR characters (must be LF only)")
    if not text.endswith("\n"):
        errors.append(f"{name}: missing final newline")
    elif text.endswith("\n\n"):
        errors.append(f"{name}: ends with a blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(small, big):
    i = 0
    for line in big:
        if i < len(small) and small[i] == line:
            i += 1
    return i == len(small), i


def main():
    errors_total = 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    seen_numbers = {}
    line_owner = defaultdict(set)
    results = []

    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold file without raw file")
            errors_total += 1

    for raw in raws:
        errors = []
        stem = raw[:-4]
        m = NAME_RE.match(raw)
        if not m:
            errors.append("file name does not match NNN_<lang>_<families>.txt")
            num, lang, fams = None, None, None
        else:
            num, lang, fams = m.groups()
            if num in seen_numbers:
                errors.append(f"number {num} already used by {seen_numbers[num]}")
            seen_numbers[num] = raw
            if lang not in LANGS:
                errors.append(f"unknown language code '{lang}'")
            if fams != "negative":
                parts = fams.split("-")
                bad = [p for p in parts if p not in CANON]
                if bad:
                    errors.append(f"unknown families: {', '.join(bad)}")
                elif len(set(parts)) != len(parts):
                    errors.append("repeated family name")
                elif parts != sorted(parts, key=CANON.index):
                    errors.append("families not in canonical order")
        gold = stem + ".gold.txt"
        if gold not in golds:
            errors.append("missing gold file")
            raw_lines = read_lines(os.path.join(HERE, raw), errors)
            gold_lines = None
        else:
            raw_lines = read_lines(os.path.join(HERE, raw), errors)
            gold_lines = read_lines(os.path.join(HERE, gold), errors)

        if raw_lines is not None:
            if raw_lines and (raw_lines[0] == "" or raw_lines[-1] == ""):
                errors.append("raw has leading or trailing blank line")
            for line in raw_lines:
                if len(line.strip()) > 3:
                    line_owner[line.strip()].add(stem)

        if raw_lines is not None and gold_lines is not None:
            ok, matched = is_subsequence(gold_lines, raw_lines)
            if not ok:
                errors.append(f"gold is not an ordered subsequence of raw "
                              f"(first unmatched gold line {matched + 1}: {gold_lines[matched][:60]!r})")
            if gold_lines and (gold_lines[0].strip() == "" or gold_lines[-1].strip() == ""):
                errors.append("gold has leading or trailing blank line")
            for i in range(1, len(gold_lines)):
                if gold_lines[i].strip() == "" and gold_lines[i - 1].strip() == "":
                    errors.append(f"gold has a run of blank lines at line {i + 1}")
                    break
            if not any(l.strip() for l in gold_lines):
                errors.append("gold is empty")
            raw_bytes = open(os.path.join(HERE, raw), "rb").read()
            gold_bytes = open(os.path.join(HERE, gold), "rb").read()
            if fams == "negative" and raw_bytes != gold_bytes:
                errors.append("negative but gold is not byte-identical to raw")
            if fams not in (None, "negative") and raw_bytes == gold_bytes:
                errors.append("positive but gold is identical to raw (nothing deleted)")
            n_raw = sum(1 for l in raw_lines if l.strip())
            n_gold = sum(1 for l in gold_lines if l.strip())
            info = f"{n_raw} raw / {n_gold} gold non-blank lines, {n_raw - n_gold} deleted"
        else:
            info = ""
        results.append((raw, errors, info))

    dup_by_stem = defaultdict(list)
    for line, owners in line_owner.items():
        if len(owners) > 1:
            for o in owners:
                dup_by_stem[o].append((line, sorted(owners)))

    for raw, errors, info in results:
        stem = raw[:-4]
        for line, owners in dup_by_stem.get(stem, []):
            others = [o for o in owners if o != stem]
            errors.append(f"line also used in {', '.join(others)}: {line[:60]!r}")
        if errors:
            errors_total += len(errors)
            print(f"FAIL {stem}")
            for e in errors:
                print(f"     - {e}")
        else:
            print(f"ok   {stem}  ({info})")

    if not raws:
        print("FAIL no pairs found")
        errors_total += 1
    if errors_total:
        print(f"{errors_total} problem(s) found")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
