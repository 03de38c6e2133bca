#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist; UTF-8; LF line endings only; final newline; no trailing spaces
  * the name is NNN_<lang>_<families> with a known language and families that are
    valid names, unique and in canonical order (or the single word 'negative')
  * gold lines are an ordered subsequence of raw lines (byte-identical lines)
  * gold has no runs of blank lines and no leading/trailing blank lines
  * negatives: gold is byte-identical to raw; positives: gold differs from raw
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair
    (a pair's raw and gold file are one page, so a line shared by them is fine)
Prints one line per pair and 'ALL OK' at the end (exit code 0), otherwise the
problems found (exit code 1).
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

problems = []


def fail(msg):
    problems.append(msg)


def read_lines(path, label):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(f"{label}: not UTF-8 ({e})")
        return None
    if "\r" in text:
        fail(f"{label}: contains CR characters (LF line endings required)")
    if text.startswith("\ufeff"):
        fail(f"{label}: starts with a BOM")
    if not text.endswith("\n"):
        fail(f"{label}: no final newline")
    if text.endswith("\n\n"):
        fail(f"{label}: ends with a blank line")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for i, l in enumerate(lines, 1):
        if l != l.rstrip():
            fail(f"{label}: line {i} has trailing whitespace")
    if lines and lines[0] == "":
        fail(f"{label}: leading blank line")
    return lines


def is_subsequence(gold, raw):
    it = iter(raw)
    return all(any(g == r for r in it) for g in gold)


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = {f[:-4] for f in files if not f.endswith(".gold.txt")}
    golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
    for b in sorted(raws - golds):
        fail(f"{b}: gold file missing")
    for b in sorted(golds - raws):
        fail(f"{b}: raw file missing")

    seen = {}      # line -> first pair that used it
    numbers = {}
    report = []
    for base in sorted(raws & golds):
        m = NAME_RE.match(base)
        if not m:
            fail(f"{base}: bad file name")
            continue
        num, lang, fams = m.groups()
        if num in numbers:
            fail(f"{base}: number {num} also used by {numbers[num]}")
        numbers[num] = base
        if lang not in LANGS:
            fail(f"{base}: unknown language '{lang}'")
        famlist = fams.split("-")
        negative = famlist == ["negative"]
        if not negative:
            bad = [f for f in famlist if f not in CANON]
            if bad:
                fail(f"{base}: unknown families {bad}")
            else:
                idx = [CANON.index(f) for f in famlist]
                if idx != sorted(set(idx)):
                    fail(f"{base}: families not unique or not in canonical order")

        raw_path = os.path.join(HERE, base + ".txt")
        gold_path = os.path.join(HERE, base + ".gold.txt")
        raw = read_lines(raw_path, base + ".txt")
        gold = read_lines(gold_path, base + ".gold.txt")
        if raw is None or gold is None:
            continue

        if not is_subsequence(gold, raw):
            fail(f"{base}: gold is not an ordered subsequence of raw lines")
        for i in range(1, len(gold)):
            if gold[i] == "" and gold[i - 1] == "":
                fail(f"{base}: gold has a run of blank lines at line {i + 1}")
                break
        if gold and (gold[0] == "" or gold[-1] == ""):
            fail(f"{base}: gold has leading or trailing blank line")

        if negative:
            if open(raw_path, "rb").read() != open(gold_path, "rb").read():
                fail(f"{base}: negative but gold is not byte-identical to raw")
        elif gold == raw:
            fail(f"{base}: positive but gold equals raw (nothing deleted)")

        for l in set(raw) | set(gold):
            if len(l.strip()) > 3:
                if l in seen and seen[l] != base:
                    fail(f"{base}: line also used in {seen[l]}: {l[:70]!r}")
                else:
                    seen.setdefault(l, base)

        nb_raw = sum(1 for l in raw if l)
        nb_gold = sum(1 for l in gold if l)
        share = 100.0 * (nb_raw - nb_gold) / nb_raw if nb_raw else 0.0
        report.append(f"{base}: raw {nb_raw} lines, gold {nb_gold} lines, "
                      f"furniture {share:.0f}%")

    for r in report:
        print(r)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print(f"{len(problems)} problem(s)")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
