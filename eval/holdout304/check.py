#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Usage: python3 check.py [directory]   (defaults to the directory of this script)

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the file name is well formed, family names are valid, unique and in canonical order,
    or the single word "negative";
  * gold contains no leading/trailing blank lines and no runs of blank lines;
  * gold is exactly what remains of raw after deleting whole lines and collapsing the
    blank runs left behind (ordered subsequence, blank placement consistent);
  * negatives are byte-identical to their raw file; positives are not;
  * no non-blank line longer than 3 characters appears in more than one pair.
Prints one line per pair and "ALL OK" at the end (exit status 0), or the errors (exit 1).
"""
import os
import re
import sys
from collections import defaultdict

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")


def read(path, errors, label):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{label}: not UTF-8 ({e})")
        return None, data
    if "\r" in text:
        errors.append(f"{label}: contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        errors.append(f"{label}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{label}: trailing blank line")
    if text.startswith("\ufeff"):
        errors.append(f"{label}: has a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def check_families(stem, fams, errors):
    if fams == "negative":
        return True
    parts = fams.split("-")
    bad = [p for p in parts if p not in ORDER]
    if bad:
        errors.append(f"{stem}: unknown families {bad}")
        return False
    if len(set(parts)) != len(parts):
        errors.append(f"{stem}: repeated family in name")
    idx = [ORDER.index(p) for p in parts]
    if idx != sorted(idx):
        errors.append(f"{stem}: families not in canonical order")
    return False


def check_subsequence(stem, raw, gold, errors):
    """gold must equal raw with some lines deleted and blank runs collapsed."""
    if gold and (gold[0] == "" or gold[-1] == ""):
        errors.append(f"{stem}: gold has leading or trailing blank lines")
    for a, b in zip(gold, gold[1:]):
        if a == "" and b == "":
            errors.append(f"{stem}: gold has a run of blank lines")
            break
    for l in gold:
        if l != "" and l.strip() == "":
            errors.append(f"{stem}: gold has a whitespace-only line")
            break
    # match non-blank gold lines greedily in raw
    pos = []
    j = 0
    for gi, l in enumerate(gold):
        if l == "":
            continue
        while j < len(raw) and raw[j] != l:
            j += 1
        if j == len(raw):
            errors.append(f"{stem}: gold line {gi + 1} not found in order in raw: {l[:60]!r}")
            return
        pos.append((gi, j))
        j += 1
    # blank placement: a blank between two kept lines iff raw has a blank between them
    for (g1, r1), (g2, r2) in zip(pos, pos[1:]):
        gold_blank = any(gold[k] == "" for k in range(g1 + 1, g2))
        raw_blank = any(raw[k].strip() == "" for k in range(r1 + 1, r2))
        if gold_blank != raw_blank:
            errors.append(f"{stem}: blank line mismatch between gold lines {g1 + 1} and {g2 + 1}")


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors = []
    files = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    for g in sorted(golds):
        if g[:-9] + ".txt" not in raws:
            errors.append(f"{g}: gold without raw file")
    seen_numbers = {}
    line_owner = defaultdict(set)
    report = []
    for r in raws:
        stem = r[:-4]
        m = NAME.match(r)
        if not m:
            errors.append(f"{r}: bad file name")
            continue
        num, lang, fams = m.groups()
        if num in seen_numbers:
            errors.append(f"{r}: number {num} also used by {seen_numbers[num]}")
        seen_numbers[num] = r
        n_err = len(errors)
        negative = check_families(stem, fams, errors)
        g = stem + ".gold.txt"
        if g not in golds:
            errors.append(f"{r}: missing gold file")
            continue
        raw, raw_bytes = read(os.path.join(d, r), errors, r)
        gold, gold_bytes = read(os.path.join(d, g), errors, g)
        if raw is None or gold is None:
            continue
        if raw and raw[0].strip() == "":
            errors.append(f"{r}: raw starts with a blank line")
        if negative and raw_bytes != gold_bytes:
            errors.append(f"{stem}: negative but gold differs from raw")
        if not negative and raw_bytes == gold_bytes:
            errors.append(f"{stem}: positive but gold is identical to raw")
        check_subsequence(stem, raw, gold, errors)
        for l in set(raw) | set(gold):
            s = l.strip()
            if len(s) > 3:
                line_owner[s].add(stem)
        nb_raw = sum(1 for l in raw if l.strip())
        nb_gold = sum(1 for l in gold if l.strip())
        status = "OK  " if len(errors) == n_err else "FAIL"
        share = (nb_raw - nb_gold) / nb_raw if nb_raw else 0
        report.append(f"{status} {stem}: {nb_raw} raw lines, {nb_gold} kept, "
                      f"{nb_raw - nb_gold} deleted ({share:.0%})")
    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            errors.append(f"line used in {len(owners)} files ({', '.join(sorted(owners))}): {line[:70]!r}")
    for l in report:
        print(l)
    if errors:
        print()
        for e in errors:
            print("ERROR", e)
        print(f"FAILED with {len(errors)} error(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
