#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist;
  * UTF-8, LF line endings only, final newline, no BOM;
  * families are valid names, in canonical order, no duplicates ('negative' alone otherwise);
  * gold lines are an ordered subsequence of raw lines (byte-identical lines);
  * gold has no leading/trailing blank lines and no runs of more than one blank line;
  * negatives: gold is byte-identical to raw; positives: gold is shorter than raw.
Across the set:
  * no non-blank line longer than 3 characters appears in more than one pair.
Prints one line per pair and 'ALL OK' at the end (exit status 1 on any error).
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read(path, errors):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{name}: BOM present")
    if b"\r" in data:
        errors.append(f"{name}: CR characters (line endings must be LF)")
    if not data.endswith(b"\n"):
        errors.append(f"{name}: no final newline")
    if data.endswith(b"\n\n"):
        errors.append(f"{name}: trailing blank line(s)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{name}: not UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(gold, raw):
    i = 0
    for line in raw:
        if i < len(gold) and gold[i] == line:
            i += 1
    return i == len(gold)


def main():
    errors_total = 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    line_owner = defaultdict(set)
    numbers = []
    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold without raw")
            errors_total += 1
    for raw_name in raws:
        errors = []
        m = NAME.match(raw_name)
        gold_name = raw_name[:-4] + ".gold.txt"
        if not m:
            print(f"FAIL {raw_name}: name does not match NNN_<lang>_<families>.txt")
            errors_total += 1
            continue
        num, lang, fam_str = m.groups()
        numbers.append(int(num))
        fams = fam_str.split("-")
        negative = fams == ["negative"]
        if not negative:
            bad = [f for f in fams if f not in CANON]
            if bad:
                errors.append(f"unknown families {bad}")
            if len(set(fams)) != len(fams):
                errors.append("duplicate family")
            idx = [CANON.index(f) for f in fams if f in CANON]
            if idx != sorted(idx):
                errors.append("families not in canonical order")
        if gold_name not in golds:
            errors.append("missing gold file")
            print(f"FAIL {raw_name}: " + "; ".join(errors))
            errors_total += 1
            continue
        raw_bytes, raw = read(os.path.join(HERE, raw_name), errors)
        gold_bytes, gold = read(os.path.join(HERE, gold_name), errors)
        if not is_subsequence(gold, raw):
            errors.append("gold is not an ordered subsequence of raw lines")
        if gold and gold[0].strip() == "":
            errors.append("gold starts with a blank line")
        if gold and gold[-1].strip() == "":
            errors.append("gold ends with a blank line")
        for a, b in zip(gold, gold[1:]):
            if a.strip() == "" and b.strip() == "":
                errors.append("gold has a run of blank lines")
                break
        if negative and gold_bytes != raw_bytes:
            errors.append("negative: gold differs from raw")
        if not negative and len([l for l in gold if l.strip()]) >= len([l for l in raw if l.strip()]):
            errors.append("positive: nothing deleted")
        for line in raw:
            key = line.strip()
            if len(key) > 3:
                line_owner[key].add(raw_name)
        n_raw = len([l for l in raw if l.strip()])
        n_gold = len([l for l in gold if l.strip()])
        share = 100.0 * (n_raw - n_gold) / n_raw if n_raw else 0.0
        if errors:
            errors_total += len(errors)
            print(f"FAIL {raw_name}: " + "; ".join(errors))
        else:
            print(f"ok   {raw_name}: {n_raw} non-blank raw lines, {n_raw - n_gold} deleted ({share:.0f}%)")
    dupes = {k: v for k, v in line_owner.items() if len(v) > 1}
    for k, v in sorted(dupes.items()):
        print(f"FAIL line used in {len(v)} files ({', '.join(sorted(v))}): {k[:70]!r}")
        errors_total += 1
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        print("FAIL numbering is not 001..N without gaps or duplicates")
        errors_total += 1
    if errors_total:
        print(f"{errors_total} ERROR(S)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
