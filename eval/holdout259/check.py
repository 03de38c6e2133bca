#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist;
  * UTF-8, LF line endings only, exactly one final newline;
  * family names are valid, unique and in canonical order ('negative' alone);
  * gold lines form an ordered subsequence of raw lines (byte-identical lines);
  * gold has no leading/trailing blank lines and no runs of blank lines;
  * negatives: gold is byte-identical to raw; positives: gold differs from raw;
and across the set:
  * pair numbers are unique;
  * no non-blank line longer than 3 characters occurs in more than one pair.
Prints one line per pair and 'ALL OK' at the end (exit status 0), otherwise
the problems found and exit status 1.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, problems, label):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(f"{label}: not valid UTF-8 ({exc})")
        return None, data
    if "\r" in text:
        problems.append(f"{label}: contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        problems.append(f"{label}: no final newline")
    elif text.endswith("\n\n"):
        problems.append(f"{label}: trailing blank line(s) at end of file")
    if text.startswith("\ufeff"):
        problems.append(f"{label}: starts with a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def is_blank(line):
    return line.strip() == ""


def check_families(famstr, label, problems):
    if famstr == "negative":
        return True
    fams = famstr.split("-")
    bad = [f for f in fams if f not in CANON]
    if bad:
        problems.append(f"{label}: unknown family name(s): {', '.join(bad)}")
        return False
    if len(set(fams)) != len(fams):
        problems.append(f"{label}: duplicate family names")
    idx = [CANON.index(f) for f in fams]
    if idx != sorted(idx):
        expected = "-".join(sorted(set(fams), key=CANON.index))
        problems.append(f"{label}: families not in canonical order (expected {expected})")
    return False


def subsequence(gold, raw):
    """Return None if gold is an ordered subsequence of raw, else the index of
    the first gold line that cannot be matched."""
    j = 0
    for i, g in enumerate(gold):
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return i
        j += 1
    return None


def main():
    problems = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    stems = {}
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            problems.append(f"{f}: file name does not match NNN_<lang>_<families>[.gold].txt")
            continue
        stem = f[:-9] if f.endswith(".gold.txt") else f[:-4]
        stems.setdefault(stem, set()).add("gold" if m.group(4) else "raw")

    numbers = defaultdict(list)
    line_owner = defaultdict(set)
    report = []
    for stem in sorted(stems):
        kinds = stems[stem]
        num, lang, famstr = NAME_RE.match(stem + ".txt").group(1, 2, 3)
        numbers[num].append(stem)
        n_before = len(problems)
        negative = check_families(famstr, stem, problems)
        if kinds != {"raw", "gold"}:
            missing = "gold" if "gold" not in kinds else "raw"
            problems.append(f"{stem}: missing {missing} file")
            continue
        raw, raw_bytes = read_lines(os.path.join(HERE, stem + ".txt"), problems, stem + ".txt")
        gold, gold_bytes = read_lines(os.path.join(HERE, stem + ".gold.txt"), problems, stem + ".gold.txt")
        if raw is None or gold is None:
            continue
        if raw and (is_blank(raw[0]) or is_blank(raw[-1])):
            problems.append(f"{stem}.txt: leading or trailing blank line")
        if not gold or is_blank(gold[0]) or is_blank(gold[-1]):
            problems.append(f"{stem}.gold.txt: empty, or leading/trailing blank line")
        for k in range(1, len(gold)):
            if is_blank(gold[k]) and is_blank(gold[k - 1]):
                problems.append(f"{stem}.gold.txt: run of blank lines at line {k + 1}")
                break
        for k, g in enumerate(gold):
            if is_blank(g) and g != "":
                problems.append(f"{stem}.gold.txt: whitespace-only line {k + 1}")
                break
        miss = subsequence(gold, raw)
        if miss is not None:
            problems.append(f"{stem}: gold line {miss + 1} is not found in order in raw: {gold[miss][:60]!r}")
        if negative:
            if gold_bytes != raw_bytes:
                problems.append(f"{stem}: negative but gold is not byte-identical to raw")
        elif gold_bytes == raw_bytes:
            problems.append(f"{stem}: positive but gold is identical to raw (no furniture removed)")
        for line in set(raw) | set(gold):
            if not is_blank(line) and len(line.strip()) > 3:
                line_owner[line.strip()].add(stem)
        nb_raw = sum(1 for x in raw if not is_blank(x))
        nb_gold = sum(1 for x in gold if not is_blank(x))
        share = 100.0 * (nb_raw - nb_gold) / nb_raw if nb_raw else 0.0
        status = "OK" if len(problems) == n_before else "FAIL"
        report.append(f"{status:4s} {stem}  raw={nb_raw} gold={nb_gold} furniture={nb_raw - nb_gold} ({share:.1f}%)")

    for num, owners in sorted(numbers.items()):
        if len(owners) > 1:
            problems.append(f"number {num} used by more than one pair: {', '.join(owners)}")
    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            problems.append(f"line used in {len(owners)} pairs ({', '.join(sorted(owners))}): {line[:70]!r}")

    for r in report:
        print(r)
    if not stems:
        problems.append("no pairs found")
    if problems:
        print()
        for p in problems:
            print("PROBLEM:", p)
        print(f"FAILED ({len(problems)} problem(s))")
        return 1
    print(f"{len(report)} pairs checked")
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
