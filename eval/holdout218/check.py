#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist;
  * UTF-8, LF line endings only, final newline present;
  * file name: three-digit number, known language code, families valid, unique
    and in canonical order (or the single word 'negative');
  * the gold's lines are an ordered subsequence of the raw lines;
  * the gold has no runs of blank lines and no leading/trailing blank lines;
  * for negatives the gold is byte-identical to the raw file;
  * for positives the gold differs from the raw file (something was removed).
Across the set:
  * no non-blank line longer than 3 characters (after stripping surrounding
    whitespace) appears in more than one pair.
Prints one line per pair and 'ALL OK' when everything passes.
"""
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return data, []
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(sub, seq):
    it = iter(seq)
    return all(any(x == y for y in it) for x in sub)


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    all_errors = []
    seen = defaultdict(set)          # stripped line -> set of pair names
    numbers = defaultdict(list)

    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            all_errors.append(f"{g}: gold without raw file")

    for raw in raws:
        errors = []
        stem = raw[:-4]
        m = NAME_RE.match(raw)
        if not m:
            errors.append("bad file name")
            fams = []
        else:
            num, lang, famstr = m.groups()
            numbers[num].append(raw)
            if lang not in LANGS:
                errors.append(f"unknown language code {lang}")
            fams = famstr.split("-")
            if famstr == "negative":
                fams = []
            else:
                bad = [f for f in fams if f not in FAMILIES]
                if bad:
                    errors.append(f"invalid families {bad}")
                elif len(set(fams)) != len(fams):
                    errors.append("duplicate family")
                elif fams != sorted(fams, key=FAMILIES.index):
                    errors.append("families not in canonical order")
        gold = stem + ".gold.txt"
        if gold not in golds:
            errors.append("missing gold file")
            all_errors += [f"{raw}: {e}" for e in errors]
            print(f"FAIL {stem}: " + "; ".join(errors))
            continue
        rbytes, rlines = read_lines(os.path.join(HERE, raw), errors)
        gbytes, glines = read_lines(os.path.join(HERE, gold), errors)

        if not is_subsequence(glines, rlines):
            errors.append("gold is not an ordered subsequence of raw lines")
        if glines and (glines[0].strip() == "" or glines[-1].strip() == ""):
            errors.append("gold has leading or trailing blank line")
        for a, b in zip(glines, glines[1:]):
            if a.strip() == "" and b.strip() == "":
                errors.append("gold has a run of blank lines")
                break
        negative = m is not None and m.group(3) == "negative"
        if negative and rbytes != gbytes:
            errors.append("negative but gold differs from raw")
        if not negative and rbytes == gbytes:
            errors.append("positive but gold is identical to raw")

        for ln in rlines:
            s = ln.strip()
            if len(s) > 3:
                seen[s].add(stem)

        nonblank = [l for l in rlines if l.strip()]
        kept = [l for l in glines if l.strip()]
        removed = len(nonblank) - len(kept)
        share = 100.0 * removed / len(nonblank) if nonblank else 0.0
        status = "ok  " if not errors else "FAIL"
        print(f"{status} {stem}: {len(nonblank)} non-blank lines, {removed} furniture ({share:.1f}%)"
              + ("" if not errors else " -- " + "; ".join(errors)))
        all_errors += [f"{raw}: {e}" for e in errors]

    for num, names in numbers.items():
        if len(names) > 1:
            all_errors.append(f"number {num} used by several pairs: {names}")
    for line, where in sorted(seen.items()):
        if len(where) > 1:
            all_errors.append(f"line used in {len(where)} files ({', '.join(sorted(where))}): {line[:80]!r}")

    if all_errors:
        print()
        for e in all_errors:
            print("ERROR:", e)
        print(f"{len(all_errors)} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
