#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist; UTF-8; LF line endings only; final newline
  * file name pattern, family names valid, canonical order, no duplicates
  * gold is an ordered subsequence of the raw lines
  * gold has no leading/trailing blank lines and no runs of blank lines
  * negatives: gold byte-identical to raw; positives: gold differs from raw
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair
Prints one line per pair and 'ALL OK' at the end (exit status 1 on any failure).
"""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({exc})")
        return data, []
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(gold, raw):
    i = 0
    for line in raw:
        if i < len(gold) and gold[i] == line:
            i += 1
    return i == len(gold)


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = {f[:-4] for f in files if not f.endswith(".gold.txt")}
    golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
    failed = False
    for stem in sorted(raws ^ golds):
        print(f"FAIL {stem}: incomplete pair")
        failed = True

    owner = {}          # line -> first stem that used it
    dup_errors = {}     # stem -> list of messages
    numbers = {}
    results = []
    for stem in sorted(raws & golds):
        errors = []
        m = NAME_RE.match(stem)
        fams = []
        if not m:
            errors.append("bad file name pattern")
        else:
            num, lang, famstr = m.groups()
            if num in numbers:
                errors.append(f"number {num} also used by {numbers[num]}")
            numbers[num] = stem
            fams = famstr.split("-")
            if fams != ["negative"]:
                bad = [f for f in fams if f not in CANON]
                if bad:
                    errors.append(f"unknown families {bad}")
                elif len(set(fams)) != len(fams):
                    errors.append("duplicate family")
                elif fams != sorted(fams, key=CANON.index):
                    errors.append("families not in canonical order")
        raw_bytes, raw = read_lines(os.path.join(HERE, stem + ".txt"), errors)
        gold_bytes, gold = read_lines(os.path.join(HERE, stem + ".gold.txt"), errors)
        if not is_subsequence(gold, raw):
            errors.append("gold is not an ordered subsequence of raw")
        if gold and (not gold[0].strip() or not gold[-1].strip()):
            errors.append("gold has leading or trailing blank line")
        for a, b in zip(gold, gold[1:]):
            if not a.strip() and not b.strip():
                errors.append("gold has a run of blank lines")
                break
        if fams == ["negative"]:
            if raw_bytes != gold_bytes:
                errors.append("negative but gold differs from raw")
        elif raw_bytes == gold_bytes:
            errors.append("positive but gold is identical to raw")
        for line in set(raw) | set(gold):
            if len(line.strip()) > 3:
                if line in owner and owner[line] != stem:
                    errors.append(f"line also in {owner[line]}: {line[:60]!r}")
                owner.setdefault(line, stem)
        n_raw = sum(1 for l in raw if l.strip())
        n_gold = sum(1 for l in gold if l.strip())
        results.append((stem, errors, n_raw, n_gold))

    for stem, errors, n_raw, n_gold in results:
        if errors:
            failed = True
            print(f"FAIL {stem}")
            for e in errors:
                print(f"     - {e}")
        else:
            share = 100 * (n_raw - n_gold) / n_raw if n_raw else 0
            print(f"ok   {stem}: {n_raw} raw lines, {n_gold} kept, {share:.0f}% furniture")
    if failed:
        print("FAILED")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
