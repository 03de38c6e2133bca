#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist;
  * files are UTF-8, LF-only, end with exactly one newline, no tabs/CR;
  * file name: three-digit number, known language code, families valid,
    unique and in canonical order, or the single word "negative";
  * gold lines form an ordered subsequence of raw lines (byte-identical lines);
  * gold has no leading/trailing blank lines and no runs of blank lines;
  * raw has no leading/trailing blank lines either;
  * negatives: gold byte-identical to raw; positives: gold differs from raw.
Across the set:
  * numbers are unique;
  * no non-blank line longer than 3 characters appears in more than one pair
    (a pair's raw and gold files share their content lines by construction,
    so the unit of comparison is the pair).
Prints one line per pair and "ALL OK" at the end; exits 1 on any problem.
"""
import os
import re
import sys

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read(path, errors):
    with open(path, "rb") as fh:
        data = fh.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({exc})")
        return data, []
    name = os.path.basename(path)
    if "\r" in text:
        errors.append(f"{name}: contains CR characters")
    if "\t" in text:
        errors.append(f"{name}: contains tab characters")
    if not text.endswith("\n"):
        errors.append(f"{name}: no final newline")
    elif text.endswith("\n\n"):
        errors.append(f"{name}: trailing blank line")
    if text.startswith("\ufeff"):
        errors.append(f"{name}: byte-order mark")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(small, big):
    i = 0
    for line in big:
        if i < len(small) and small[i] == line:
            i += 1
    return i == len(small), i


def check_blanks(lines, label, errors, runs=True):
    if lines and lines[0].strip() == "":
        errors.append(f"{label}: leading blank line")
    if lines and lines[-1].strip() == "":
        errors.append(f"{label}: trailing blank line")
    for n, line in enumerate(lines):
        if line != line.rstrip():
            errors.append(f"{label}: line {n + 1} has trailing whitespace")
        if line.strip() == "" and line != "":
            errors.append(f"{label}: line {n + 1} is whitespace-only but not empty")
        if runs and n and line == "" and lines[n - 1] == "":
            errors.append(f"{label}: run of blank lines at line {n + 1}")


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    all_errors = []
    owners = {}
    numbers = {}

    for gold in sorted(golds):
        raw = gold[:-len(".gold.txt")] + ".txt"
        if raw not in raws:
            all_errors.append(f"{gold}: gold file without raw file")

    if not raws:
        all_errors.append("no pairs found")

    for raw in raws:
        errors = []
        stem = raw[:-4]
        gold = stem + ".gold.txt"
        m = NAME.match(raw)
        fams = []
        if not m:
            errors.append(f"{raw}: file name does not match NNN_<lang>_<families>.txt")
        else:
            num, lang, fampart = m.groups()
            if num in numbers:
                errors.append(f"{raw}: number {num} also used by {numbers[num]}")
            numbers[num] = raw
            if lang not in LANGS:
                errors.append(f"{raw}: unknown language code {lang}")
            if fampart != "negative":
                fams = fampart.split("-")
                bad = [f for f in fams if f not in ORDER]
                if bad:
                    errors.append(f"{raw}: unknown families {bad}")
                elif len(set(fams)) != len(fams):
                    errors.append(f"{raw}: repeated family")
                elif fams != sorted(fams, key=ORDER.index):
                    errors.append(f"{raw}: families not in canonical order")
        if gold not in golds:
            errors.append(f"{raw}: missing {gold}")
            all_errors.extend(errors)
            print(f"FAIL {stem}")
            continue

        raw_bytes, raw_lines = read(os.path.join(HERE, raw), errors)
        gold_bytes, gold_lines = read(os.path.join(HERE, gold), errors)
        check_blanks(raw_lines, raw, errors, runs=False)
        check_blanks(gold_lines, gold, errors, runs=True)

        ok, upto = is_subsequence(gold_lines, raw_lines)
        if not ok:
            errors.append(f"{gold}: not an ordered subsequence of raw lines "
                          f"(first unmatched gold line {upto + 1}: {gold_lines[upto][:60]!r})")

        negative = m is not None and m.group(3) == "negative"
        if negative and raw_bytes != gold_bytes:
            errors.append(f"{raw}: negative but gold is not byte-identical to raw")
        if not negative and raw_bytes == gold_bytes:
            errors.append(f"{raw}: positive but gold is identical to raw")

        for line in set(raw_lines) | set(gold_lines):
            if line.strip() and len(line.strip()) > 3:
                owners.setdefault(line, set()).add(stem)

        nonblank_raw = sum(1 for l in raw_lines if l.strip())
        nonblank_gold = sum(1 for l in gold_lines if l.strip())
        removed = nonblank_raw - nonblank_gold
        share = 100.0 * removed / nonblank_raw if nonblank_raw else 0.0
        status = "FAIL" if errors else "ok"
        kind = "negative" if negative else "-".join(fams)
        print(f"{status:4} {stem[:6]}  raw={nonblank_raw:3d} gold={nonblank_gold:3d} "
              f"removed={removed:3d} ({share:4.1f}%)  {kind}")
        all_errors.extend(errors)

    for line, stems in sorted(owners.items()):
        if len(stems) > 1:
            all_errors.append(f"line used in more than one pair {sorted(stems)}: {line[:70]!r}")

    if all_errors:
        print()
        for e in all_errors:
            print("ERROR:", e)
        print(f"{len(all_errors)} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
