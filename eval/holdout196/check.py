#!/usr/bin/env python3
"""Validate the blind news-boilerplate evaluation set in this directory.

Standard library only. Prints one line per pair and 'ALL OK' at the end;
exits with status 1 if any check fails.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not valid UTF-8 ({e})")
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters (need LF endings)")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: missing final newline")
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_blank(line):
    return line.strip() == ""


def check_blank_structure(lines, label, errors):
    if not lines or all(is_blank(l) for l in lines):
        errors.append(f"{label}: empty")
        return
    if is_blank(lines[0]):
        errors.append(f"{label}: leading blank line")
    if is_blank(lines[-1]):
        errors.append(f"{label}: trailing blank line")
    for i in range(1, len(lines)):
        if is_blank(lines[i]) and is_blank(lines[i - 1]):
            errors.append(f"{label}: run of blank lines at line {i + 1}")
            break
    for i, l in enumerate(lines):
        if is_blank(l) and l != "":
            errors.append(f"{label}: whitespace-only line at {i + 1}")
            break


def is_subsequence(gold, raw):
    """Greedy check that gold is an ordered subsequence of raw (exact lines)."""
    j = 0
    for i, g in enumerate(gold):
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return i  # index of first gold line that could not be matched
        j += 1
    return None


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = {f[:-4] for f in files if not f.endswith(".gold.txt")}
    golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
    errors_total = 0
    global_errors = []

    for stem in sorted(golds - raws):
        global_errors.append(f"{stem}.gold.txt has no raw file")
    for stem in sorted(raws - golds):
        global_errors.append(f"{stem}.txt has no gold file")

    numbers = defaultdict(list)
    line_owner = defaultdict(set)   # non-blank line (len > 3) -> set of pair stems
    results = []

    for stem in sorted(raws & golds):
        errors = []
        m = NAME_RE.match(stem)
        fams = []
        negative = False
        if not m:
            errors.append("file name does not match NNN_<lang>_<families>")
        else:
            num, lang, famstr = m.groups()
            numbers[num].append(stem)
            if lang not in LANGS:
                errors.append(f"unknown language code '{lang}'")
            if famstr == "negative":
                negative = True
            else:
                fams = famstr.split("-")
                bad = [f for f in fams if f not in CANON]
                if bad:
                    errors.append(f"unknown families: {', '.join(bad)}")
                elif len(set(fams)) != len(fams):
                    errors.append("duplicate family in name")
                elif fams != sorted(fams, key=CANON.index):
                    errors.append("families not in canonical order; expected "
                                  + "-".join(sorted(fams, key=CANON.index)))

        raw_path = os.path.join(HERE, stem + ".txt")
        gold_path = os.path.join(HERE, stem + ".gold.txt")
        raw = read_lines(raw_path, errors)
        gold = read_lines(gold_path, errors)
        if raw is not None and gold is not None:
            check_blank_structure(gold, "gold", errors)
            if raw and (is_blank(raw[0]) or is_blank(raw[-1])):
                errors.append("raw has leading/trailing blank line")
            bad_i = is_subsequence(gold, raw)
            if bad_i is not None:
                errors.append(f"gold line {bad_i + 1} is not an in-order raw line: {gold[bad_i][:60]!r}")
            if negative:
                if open(raw_path, "rb").read() != open(gold_path, "rb").read():
                    errors.append("negative but gold is not byte-identical to raw")
            else:
                if gold == raw:
                    errors.append("positive pair but nothing was deleted")
            for l in set(raw) | set(gold):
                if not is_blank(l) and len(l.strip()) > 3:
                    line_owner[l].add(stem)
            n_raw = sum(1 for l in raw if not is_blank(l))
            n_gold = sum(1 for l in gold if not is_blank(l))
            share = 100.0 * (n_raw - n_gold) / n_raw if n_raw else 0.0
            info = f"raw {n_raw} lines, gold {n_gold}, furniture {share:.0f}%"
        else:
            info = "unreadable"
        results.append((stem, errors, info))

    for num, stems in sorted(numbers.items()):
        if len(stems) > 1:
            global_errors.append(f"number {num} used by several pairs: {', '.join(stems)}")

    dup = defaultdict(list)
    for line, owners in line_owner.items():
        if len(owners) > 1:
            for o in owners:
                dup[o].append((line, sorted(owners)))

    for stem, errors, info in results:
        for line, owners in dup.get(stem, []):
            errors.append(f"line shared with {', '.join(o for o in owners if o != stem)}: {line[:60]!r}")
        if errors:
            errors_total += len(errors)
            print(f"FAIL {stem}: {info}")
            for e in errors:
                print(f"     - {e}")
        else:
            print(f"ok   {stem}: {info}")

    for e in global_errors:
        print(f"FAIL {e}")
    errors_total += len(global_errors)

    if errors_total:
        print(f"{errors_total} problem(s) found")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
