#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, are valid UTF-8, use LF line endings and end with a newline;
  * the file name is well formed; families are valid, unique and in canonical order,
    or the single word 'negative';
  * the gold lines are an ordered subsequence of the raw lines;
  * the gold has no runs of blank lines and no leading/trailing blank lines;
  * a negative's gold is byte-identical to its raw; a positive's gold is shorter;
and across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair.
Standard library only. Prints one line per pair and 'ALL OK' at the end.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def read_lines(path):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{os.path.basename(path)}: not valid UTF-8 ({e})")
        return None, data
    if "\r" in text:
        err(f"{os.path.basename(path)}: contains CR characters (must be LF only)")
    if text.startswith("\ufeff"):
        err(f"{os.path.basename(path)}: starts with a BOM")
    if not text.endswith("\n"):
        err(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        err(f"{os.path.basename(path)}: ends with a blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def is_subsequence(sub, full):
    i = 0
    for line in full:
        if i < len(sub) and sub[i] == line:
            i += 1
    return i == len(sub)


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            err(f"{g}: gold without raw file")

    numbers = defaultdict(list)
    line_owner = defaultdict(set)   # stripped line -> set of pair names
    results = []

    for raw_name in raws:
        base = raw_name[:-4]
        gold_name = base + ".gold.txt"
        pair_errs_before = len(errors)
        m = NAME_RE.match(raw_name)
        if not m:
            err(f"{raw_name}: bad file name")
            continue
        num, lang, fams = m.groups()
        numbers[num].append(raw_name)
        if lang not in LANGS:
            err(f"{raw_name}: unknown language '{lang}'")
        negative = fams == "negative"
        if not negative:
            fl = fams.split("-")
            for f in fl:
                if f not in CANON:
                    err(f"{raw_name}: unknown family '{f}'")
            if len(set(fl)) != len(fl):
                err(f"{raw_name}: duplicate family in name")
            idx = [CANON.index(f) for f in fl if f in CANON]
            if idx != sorted(idx):
                err(f"{raw_name}: families not in canonical order")
        if gold_name not in golds:
            err(f"{raw_name}: missing {gold_name}")
            continue

        raw, raw_bytes = read_lines(os.path.join(HERE, raw_name))
        gold, gold_bytes = read_lines(os.path.join(HERE, gold_name))
        if raw is None or gold is None:
            continue

        if not is_subsequence(gold, raw):
            err(f"{gold_name}: gold is not an ordered subsequence of raw lines")
        if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
            err(f"{gold_name}: leading or trailing blank line")
        for i in range(1, len(gold)):
            if gold[i].strip() == "" and gold[i - 1].strip() == "":
                err(f"{gold_name}: uncollapsed blank run at line {i + 1}")
                break
        for i, line in enumerate(gold):
            if line != line.rstrip() or (line.strip() == "" and line != ""):
                err(f"{gold_name}: trailing whitespace at line {i + 1}")
                break
        if negative:
            if raw_bytes != gold_bytes:
                err(f"{raw_name}: negative but gold differs from raw")
        else:
            if len([l for l in gold if l.strip()]) >= len([l for l in raw if l.strip()]):
                err(f"{raw_name}: positive but nothing deleted in gold")

        nb_raw = [l for l in raw if l.strip()]
        nb_gold = [l for l in gold if l.strip()]
        for l in set(x.strip() for x in nb_raw):
            if len(l) > 3:
                line_owner[l].add(base)
        share = 100.0 * (len(nb_raw) - len(nb_gold)) / max(len(nb_raw), 1)
        status = "ok" if len(errors) == pair_errs_before else "FAIL"
        results.append(f"{status:4}  {base}: raw {len(nb_raw)} non-blank lines, "
                       f"gold {len(nb_gold)}, furniture {share:.0f}%")

    for num, names in numbers.items():
        if len(names) > 1:
            err(f"number {num} used by several files: {', '.join(names)}")
    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            err(f"line used in several pairs ({', '.join(sorted(owners))}): {line[:70]!r}")

    for r in results:
        print(r)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print(f"{len(results)} pairs checked")
    print("ALL OK")


if __name__ == "__main__":
    main()
