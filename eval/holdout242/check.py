#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * raw and gold both exist, UTF-8, LF line endings, final newline
  * file name NNN_<lang>_<families>.txt with valid families in canonical order,
    or the single word 'negative'
  * gold is an ordered subsequence of the raw lines
  * gold has no runs of blank lines and no leading/trailing blank lines
  * negatives: gold byte-identical to raw; positives: gold differs from raw
Across the set:
  * no non-blank line (stripped length > 3) appears in more than one pair
Prints one line per pair and 'ALL OK' when everything passes.
"""
import os
import re
import sys
from collections import defaultdict

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return data, None
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters (not LF-only)")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: missing final newline")
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    return data, text


def is_subsequence(gold, raw):
    i = 0
    for line in gold:
        while i < len(raw) and raw[i] != line:
            i += 1
        if i == len(raw):
            return False, line
        i += 1
    return True, None


def main():
    all_errors = []
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            all_errors.append(f"{g}: gold without raw file")

    seen_numbers = set()
    line_owner = defaultdict(set)  # line -> set of pair stems
    results = []
    for raw_name in raws:
        errors = []
        stem = raw_name[:-4]
        m = NAME_RE.match(raw_name)
        families = []
        if not m:
            errors.append("bad file name pattern")
        else:
            num, lang, fam = m.groups()
            if num in seen_numbers:
                errors.append(f"duplicate number {num}")
            seen_numbers.add(num)
            if fam != "negative":
                families = fam.split("-")
                bad = [f for f in families if f not in ORDER]
                if bad:
                    errors.append(f"unknown families {bad}")
                elif families != sorted(families, key=ORDER.index):
                    errors.append("families not in canonical order")
                if len(set(families)) != len(families):
                    errors.append("repeated family")
        gold_name = stem + ".gold.txt"
        if gold_name not in golds:
            errors.append("missing gold file")
            results.append((stem, errors))
            continue
        rdata, rtext = read(os.path.join(HERE, raw_name), errors)
        gdata, gtext = read(os.path.join(HERE, gold_name), errors)
        if rtext is None or gtext is None:
            results.append((stem, errors))
            continue
        rlines = rtext.split("\n")[:-1]
        glines = gtext.split("\n")[:-1]
        ok, bad_line = is_subsequence(glines, rlines)
        if not ok:
            errors.append(f"gold not an ordered subsequence of raw; first failing line: {bad_line[:70]!r}")
        if glines and glines[0].strip() == "":
            errors.append("gold has a leading blank line")
        if glines and glines[-1].strip() == "":
            errors.append("gold has a trailing blank line")
        for a, b in zip(glines, glines[1:]):
            if a.strip() == "" and b.strip() == "":
                errors.append("gold has a run of blank lines")
                break
        if not glines:
            errors.append("gold is empty")
        negative = m is not None and m.group(3) == "negative"
        if negative and rdata != gdata:
            errors.append("negative but gold differs from raw")
        if m is not None and not negative and rdata == gdata:
            errors.append("positive but gold identical to raw")
        for line in set(rlines) | set(glines):
            if len(line.strip()) > 3:
                line_owner[line].add(stem)
        n_raw = sum(1 for l in rlines if l.strip())
        n_gold = sum(1 for l in glines if l.strip())
        results.append((stem, errors, n_raw, n_gold))

    dup_by_stem = defaultdict(list)
    for line, owners in line_owner.items():
        if len(owners) > 1:
            for o in owners:
                dup_by_stem[o].append((line, sorted(owners - {o})))

    failed = bool(all_errors)
    for item in results:
        stem, errors = item[0], list(item[1])
        for line, others in dup_by_stem.get(stem, []):
            errors.append(f"line also used in {', '.join(others)}: {line[:60]!r}")
        if errors:
            failed = True
            print(f"FAIL {stem}")
            for e in errors:
                print(f"     - {e}")
        else:
            n_raw, n_gold = item[2], item[3]
            removed = n_raw - n_gold
            share = removed / n_raw if n_raw else 0
            print(f"ok   {stem}  ({n_raw} non-blank raw lines, {removed} removed, {share:.0%} furniture)")
    for e in all_errors:
        print(f"FAIL {e}")
    if failed:
        print("ERRORS FOUND")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
