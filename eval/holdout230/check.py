#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not UTF-8: {e}")
        return []
    if "\r" in text:
        errs.append("contains CR characters (LF line endings required)")
    if text.startswith("\ufeff"):
        errs.append("starts with a BOM")
    if not text.endswith("\n"):
        errs.append("no final newline")
    if text.endswith("\n\n"):
        errs.append("ends with a blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(gold, raw):
    i = 0
    for line in raw:
        if i < len(gold) and gold[i] == line:
            i += 1
    return i == len(gold)


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if NAME_RE.match(f) and not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    failed = False
    seen = defaultdict(set)          # line -> set of pair names
    numbers = defaultdict(list)
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold without raw file")
            failed = True
    for raw_name in raws:
        errs = []
        m = NAME_RE.match(raw_name)
        num, lang, fams = m.groups()
        numbers[num].append(raw_name)
        stem = raw_name[:-4]
        gold_name = stem + ".gold.txt"
        if lang not in LANGS:
            errs.append(f"unknown language {lang}")
        fam_list = fams.split("-")
        if fams != "negative":
            bad = [f for f in fam_list if f not in CANON]
            if bad:
                errs.append(f"unknown families {bad}")
            elif fam_list != sorted(fam_list, key=CANON.index) or len(set(fam_list)) != len(fam_list):
                errs.append("families not in canonical order or repeated")
        if gold_name not in golds:
            errs.append("missing gold file")
            print(f"FAIL {stem}: " + "; ".join(errs))
            failed = True
            continue
        raw = read(os.path.join(HERE, raw_name), errs)
        gold = read(os.path.join(HERE, gold_name), errs)
        if raw and not raw[0].strip():
            errs.append("raw starts with a blank line")
        if gold and (not gold[0].strip() or not gold[-1].strip()):
            errs.append("gold has leading or trailing blank lines")
        for a, b in zip(gold, gold[1:]):
            if not a.strip() and not b.strip():
                errs.append("gold has an uncollapsed run of blank lines")
                break
        if not is_subsequence(gold, raw):
            errs.append("gold is not an ordered subsequence of raw lines")
        if fams == "negative":
            if open(os.path.join(HERE, raw_name), "rb").read() != open(os.path.join(HERE, gold_name), "rb").read():
                errs.append("negative but gold differs from raw")
        else:
            if sum(1 for l in gold if l.strip()) == sum(1 for l in raw if l.strip()):
                errs.append("positive but nothing was deleted")
        for line in raw:
            s = line.strip()
            if len(s) > 3:
                seen[s].add(stem)
        nb_raw = sum(1 for l in raw if l.strip())
        nb_gold = sum(1 for l in gold if l.strip())
        share = (nb_raw - nb_gold) / nb_raw if nb_raw else 0
        if errs:
            failed = True
            print(f"FAIL {stem}: " + "; ".join(errs))
        else:
            print(f"ok   {stem}  lines={nb_raw} kept={nb_gold} furniture={share:.0%}")
    for num, names in numbers.items():
        if len(names) > 1:
            print(f"FAIL number {num} used by {names}")
            failed = True
    for line, where in sorted(seen.items()):
        if len(where) > 1:
            print(f"FAIL duplicate line in {sorted(where)}: {line[:70]}")
            failed = True
    if not raws:
        print("FAIL no files found")
        failed = True
    if failed:
        print("FAILED")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
