#!/usr/bin/env python3
"""Validate the blind furniture-removal evaluation set in this directory.

Checks, for every pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist; name is well formed; families valid, unique, canonical order
  * UTF-8, LF line endings only, exactly one final newline
  * gold is an ordered subsequence of the raw lines
  * gold has no runs of blank lines and no leading/trailing blank lines
  * negatives: gold byte-identical to raw; positives: gold differs from raw
Across the set:
  * no non-blank line longer than 3 characters appears in more than one pair
Prints one line per pair and ALL OK at the end (exit status 1 on any failure).
"""
import os
import re
import sys
from collections import defaultdict

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
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
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    elif text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line(s)")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: BOM present")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(sub, seq):
    it = iter(seq)
    return all(any(s == x for x in it) for s in sub)


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    stems = set()
    all_errors = []
    for f in files:
        stem = f[:-len(".gold.txt")] if f.endswith(".gold.txt") else f[:-len(".txt")]
        stems.add(stem)

    line_owner = defaultdict(set)   # stripped line -> set of stems
    numbers = defaultdict(list)
    ok_count = 0
    for stem in sorted(stems):
        errors = []
        raw_p = os.path.join(HERE, stem + ".txt")
        gold_p = os.path.join(HERE, stem + ".gold.txt")
        if not os.path.exists(raw_p):
            errors.append("raw file missing")
        if not os.path.exists(gold_p):
            errors.append("gold file missing")
        m = NAME_RE.match(stem)
        fams = []
        if not m:
            errors.append("bad file name (want NNN_<lang>_<families>)")
        else:
            num, lang, famstr = m.groups()
            numbers[num].append(stem)
            if lang not in LANGS:
                errors.append(f"unknown language code {lang!r}")
            fams = famstr.split("-")
            if fams != ["negative"]:
                bad = [x for x in fams if x not in ORDER]
                if bad:
                    errors.append(f"invalid families {bad}")
                elif len(set(fams)) != len(fams):
                    errors.append("duplicate family")
                elif fams != sorted(fams, key=ORDER.index):
                    errors.append("families not in canonical order")
        if not errors:
            raw = read_lines(raw_p, errors)
            gold = read_lines(gold_p, errors)
            if raw is not None and gold is not None:
                if not gold or not raw:
                    errors.append("empty file")
                else:
                    if raw[0] == "" or raw[-1] == "":
                        errors.append("raw has leading/trailing blank line")
                    if gold[0] == "" or gold[-1] == "":
                        errors.append("gold has leading/trailing blank line")
                    for i in range(1, len(gold)):
                        if gold[i] == "" and gold[i - 1] == "":
                            errors.append(f"gold line {i+1}: run of blank lines")
                            break
                    for i, l in enumerate(raw + gold):
                        if l != l.rstrip() or (l.strip() == "" and l != ""):
                            errors.append("trailing whitespace / whitespace-only line")
                            break
                    if not is_subsequence(gold, raw):
                        errors.append("gold is not an ordered subsequence of raw")
                    rb = open(raw_p, "rb").read()
                    gb = open(gold_p, "rb").read()
                    if fams == ["negative"]:
                        if rb != gb:
                            errors.append("negative: gold not byte-identical to raw")
                    elif rb == gb:
                        errors.append("positive: gold identical to raw (nothing removed)")
                    for l in set(raw) | set(gold):
                        s = l.strip()
                        if len(s) > 3:
                            line_owner[s].add(stem)
                    n_raw = sum(1 for l in raw if l.strip())
                    n_gold = sum(1 for l in gold if l.strip())
        if errors:
            all_errors.extend(f"{stem}: {e}" for e in errors)
            print(f"FAIL {stem}: " + "; ".join(errors))
        else:
            ok_count += 1
            share = (n_raw - n_gold) / n_raw if n_raw else 0
            print(f"ok   {stem}  ({n_raw} raw lines, {n_gold} kept, {share:.0%} furniture)")

    for num, st in numbers.items():
        if len(st) > 1:
            all_errors.append(f"number {num} used by several pairs: {st}")
    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            all_errors.append(f"line used in {len(owners)} pairs {sorted(owners)}: {line[:70]!r}")

    if all_errors:
        print()
        for e in all_errors:
            print("ERROR", e)
        print(f"FAILED ({len(all_errors)} problem(s))")
        return 1
    print(f"{ok_count} pairs checked")
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
