#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, for every pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, decode as UTF-8, use LF line endings and end with a newline;
  * the file name is well formed, family names are valid, unique and in canonical order
    ('negative' stands alone);
  * the gold is an ordered subsequence of the raw lines;
  * the gold has no runs of blank lines and no leading/trailing blank lines;
  * a negative's gold is byte-identical to its raw; a positive's gold is not;
and, across the whole set, that no non-blank line longer than 3 characters
(after stripping) occurs in more than one pair (a pair's raw and gold count as one).
Prints one line per pair and 'ALL OK' at the end; exits 1 on any failure.
"""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z\-]+)$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return data, []
    if b"\r" in data:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: starts with a BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(gold, raw):
    i = 0
    for line in raw:
        if i < len(gold) and gold[i] == line:
            i += 1
    return i == len(gold)


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    golds = {f[:-len(".gold.txt")] for f in files if f.endswith(".gold.txt")}
    raws = {f[:-len(".txt")] for f in files if not f.endswith(".gold.txt")}
    failed = False
    for stem in sorted(golds - raws):
        print(f"FAIL {stem}: gold without raw")
        failed = True
    for stem in sorted(raws - golds):
        print(f"FAIL {stem}: raw without gold")
        failed = True

    seen_lines = {}   # stripped line -> first stem using it
    numbers = {}
    for stem in sorted(raws & golds):
        errors = []
        m = NAME_RE.match(stem)
        fams = []
        if not m:
            errors.append("bad file name")
        else:
            num, lang, famstr = m.groups()
            if num in numbers:
                errors.append(f"number {num} also used by {numbers[num]}")
            numbers[num] = stem
            if lang not in LANGS:
                errors.append(f"unknown language code {lang!r}")
            fams = famstr.split("-")
            if fams != ["negative"]:
                bad = [f for f in fams if f not in CANON]
                if bad:
                    errors.append(f"invalid families {bad}")
                elif len(set(fams)) != len(fams):
                    errors.append("duplicate family names")
                elif fams != sorted(fams, key=CANON.index):
                    errors.append("families not in canonical order")
        raw_bytes, raw = read_lines(os.path.join(HERE, stem + ".txt"), errors)
        gold_bytes, gold = read_lines(os.path.join(HERE, stem + ".gold.txt"), errors)
        negative = fams == ["negative"]

        if not is_subsequence(gold, raw):
            errors.append("gold is not an ordered subsequence of raw lines")
        for i in range(1, len(gold)):
            if gold[i].strip() == "" and gold[i - 1].strip() == "":
                errors.append(f"gold has a run of blank lines at line {i + 1}")
                break
        if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
            errors.append("gold has leading or trailing blank lines")
        if not gold or not any(l.strip() for l in gold):
            errors.append("gold is empty")
        if raw and (raw[0].strip() == "" or raw[-1].strip() == ""):
            errors.append("raw has leading or trailing blank lines")
        if negative and raw_bytes != gold_bytes:
            errors.append("negative but gold differs from raw")
        if not negative and raw_bytes == gold_bytes:
            errors.append("positive but gold identical to raw")

        for line in set(l.strip() for l in raw + gold):
            if len(line) > 3:
                other = seen_lines.get(line)
                if other is not None and other != stem:
                    errors.append(f"line also used in {other}: {line[:60]!r}")
                else:
                    seen_lines[line] = stem

        nb_raw = sum(1 for l in raw if l.strip())
        nb_gold = sum(1 for l in gold if l.strip())
        share = 100.0 * (nb_raw - nb_gold) / nb_raw if nb_raw else 0.0
        if errors:
            failed = True
            print(f"FAIL {stem}")
            for e in errors:
                print(f"     - {e}")
        else:
            print(f"ok   {stem}  ({nb_raw} non-blank raw lines, {nb_raw - nb_gold} furniture, {share:.1f}%)")

    if not raws and not golds:
        print("FAIL no pairs found")
        failed = True
    if failed:
        print("FAILED")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
