#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, are UTF-8, use LF only and end with exactly one final newline;
  * the file name is well formed, the families are valid, unique and in canonical order
    (or the single word 'negative');
  * the gold's non-blank lines are an ordered subsequence of the raw's lines, and the gold is
    exactly the raw with those other lines deleted, blank runs collapsed to one and
    leading/trailing blanks removed;
  * the gold has no leading/trailing blank lines and no consecutive blank lines;
  * a negative's gold is byte-identical to its raw; a positive's gold is not;
  * no non-blank line longer than 3 characters occurs in more than one pair.
Standard library only. Prints one line per pair and 'ALL OK' at the end.
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({exc})")
        return None
    name = os.path.basename(path)
    if "\r" in text:
        errors.append(f"{name}: contains CR characters (must be LF only)")
    if text.startswith("\ufeff"):
        errors.append(f"{name}: has a BOM")
    if not text.endswith("\n"):
        errors.append(f"{name}: no final newline")
    elif text.endswith("\n\n"):
        errors.append(f"{name}: trailing blank line(s)")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def collapse(lines):
    out = []
    for line in lines:
        if line.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(line)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def check_families(stem, errors):
    m = NAME_RE.match(stem)
    if not m:
        errors.append(f"{stem}: name does not match NNN_<lang>_<families>")
        return None
    num, lang, fams = m.groups()
    if lang not in LANGS:
        errors.append(f"{stem}: unknown language code {lang!r}")
    if fams == "negative":
        return num, lang, []
    parts = fams.split("-")
    bad = [p for p in parts if p not in FAMILIES]
    if bad:
        errors.append(f"{stem}: invalid family name(s) {bad}")
        return num, lang, parts
    if len(set(parts)) != len(parts):
        errors.append(f"{stem}: repeated family name")
    if parts != sorted(parts, key=FAMILIES.index):
        errors.append(f"{stem}: families not in canonical order")
    return num, lang, parts


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    golds = {f[:-len(".gold.txt")] for f in files if f.endswith(".gold.txt")}
    raws = {f[:-len(".txt")] for f in files if not f.endswith(".gold.txt")}
    all_errors = []
    for stem in sorted(raws - golds):
        all_errors.append(f"{stem}: gold file missing")
    for stem in sorted(golds - raws):
        all_errors.append(f"{stem}: raw file missing")

    seen_lines = defaultdict(set)  # line -> pair stems
    numbers = defaultdict(list)
    for stem in sorted(raws & golds):
        errors = []
        info = check_families(stem, errors)
        if info:
            numbers[info[0]].append(stem)
        raw_path = os.path.join(HERE, stem + ".txt")
        gold_path = os.path.join(HERE, stem + ".gold.txt")
        raw = read_lines(raw_path, errors)
        gold = read_lines(gold_path, errors)
        summary = ""
        if raw is not None and gold is not None:
            if raw and raw[0].strip() == "":
                errors.append(f"{stem}.txt: leading blank line")
            if gold and gold[0].strip() == "":
                errors.append(f"{stem}.gold.txt: leading blank line")
            for i in range(1, len(gold)):
                if gold[i].strip() == "" and gold[i - 1].strip() == "":
                    errors.append(f"{stem}.gold.txt: consecutive blank lines at line {i + 1}")
                    break
            for i, line in enumerate(raw + gold):
                if line != line.rstrip():
                    errors.append(f"{stem}: trailing whitespace in a line ({line[:40]!r})")
                    break
            # ordered-subsequence match of the gold's non-blank lines against the raw
            kept = set()
            j = 0
            ok = True
            for g in gold:
                if g.strip() == "":
                    continue
                while j < len(raw) and raw[j] != g:
                    j += 1
                if j == len(raw):
                    errors.append(f"{stem}: gold line not found in order in raw: {g[:60]!r}")
                    ok = False
                    break
                kept.add(j)
                j += 1
            if ok:
                expected = collapse([l for i, l in enumerate(raw) if l.strip() == "" or i in kept])
                if expected != gold:
                    errors.append(f"{stem}: gold is not the raw minus deleted lines with blank runs collapsed")
            raw_bytes = open(raw_path, "rb").read()
            gold_bytes = open(gold_path, "rb").read()
            negative = info is not None and info[2] == []
            if negative and raw_bytes != gold_bytes:
                errors.append(f"{stem}: negative but gold differs from raw")
            if not negative and raw_bytes == gold_bytes:
                errors.append(f"{stem}: positive but gold is identical to raw")
            for line in raw:
                if line.strip() and len(line.strip()) > 3:
                    seen_lines[line].add(stem)
            n_raw = sum(1 for l in raw if l.strip())
            n_gold = sum(1 for l in gold if l.strip())
            pct = 100.0 * (n_raw - n_gold) / n_raw if n_raw else 0.0
            summary = f"raw {n_raw} lines, gold {n_gold}, deleted {n_raw - n_gold} ({pct:.0f}%)"
        status = "OK  " if not errors else "FAIL"
        print(f"{status} {stem}  {summary}")
        for e in errors:
            print(f"     - {e}")
        all_errors.extend(errors)

    for num, stems in sorted(numbers.items()):
        if len(stems) > 1:
            all_errors.append(f"number {num} used by several pairs: {stems}")
    for line, stems in sorted(seen_lines.items()):
        if len(stems) > 1:
            all_errors.append(f"line used in more than one file ({', '.join(sorted(stems))}): {line[:70]!r}")
    if not (raws & golds):
        all_errors.append("no pairs found")

    if all_errors:
        print()
        for e in all_errors:
            print("ERROR:", e)
        print(f"FAILED ({len(all_errors)} problem(s))")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
