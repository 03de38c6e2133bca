#!/usr/bin/env python3
"""Validate the blind news-boilerplate evaluation set in this directory.

Standard library only. Prints one line per pair and "ALL OK" when every check passes;
exits with status 1 otherwise.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    with open(path, "rb") as fh:
        data = fh.read()
    name = os.path.basename(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{name}: not valid UTF-8 ({exc})")
        return None, data
    if text.startswith("\ufeff"):
        errors.append(f"{name}: starts with a BOM")
    if "\r" in text:
        errors.append(f"{name}: contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        errors.append(f"{name}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{name}: trailing blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def is_blank(line):
    return line.strip() == ""


def is_subsequence(small, big):
    it = iter(big)
    return all(any(x == y for y in it) for x in small)


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    all_errors = []
    seen_numbers = {}
    line_owner = defaultdict(set)  # stripped line -> set of pair ids
    results = []

    # pairing
    for g in golds:
        r = g[: -len(".gold.txt")] + ".txt"
        if r not in raws:
            all_errors.append(f"{g}: gold without raw file")

    for r in raws:
        errs = []
        pair = r[:-4]
        gname = pair + ".gold.txt"
        m = NAME_RE.match(r)
        if not m:
            errs.append("bad file name (expected NNN_<lang>_<families>.txt)")
            results.append((r, errs, None))
            continue
        num, lang, fams = m.groups()
        if num in seen_numbers:
            errs.append(f"number {num} also used by {seen_numbers[num]}")
        seen_numbers[num] = r
        if lang not in LANGS:
            errs.append(f"unknown language code {lang}")
        negative = fams == "negative"
        if not negative:
            parts = fams.split("-")
            bad = [p for p in parts if p not in CANON]
            if bad:
                errs.append(f"unknown families: {', '.join(bad)}")
            elif len(set(parts)) != len(parts):
                errs.append("duplicate family in name")
            elif parts != sorted(parts, key=CANON.index):
                errs.append("families not in canonical order")
        if gname not in golds:
            errs.append("missing gold file")
            results.append((r, errs, None))
            continue

        raw, raw_bytes = read_lines(os.path.join(HERE, r), errs)
        gold, gold_bytes = read_lines(os.path.join(HERE, gname), errs)
        if raw is None or gold is None:
            results.append((r, errs, None))
            continue

        if raw and (is_blank(raw[0]) or is_blank(raw[-1])):
            errs.append("raw has leading/trailing blank line")
        if not gold or is_blank(gold[0]) or is_blank(gold[-1]):
            errs.append("gold is empty or has leading/trailing blank line")
        for i in range(1, len(gold)):
            if is_blank(gold[i]) and is_blank(gold[i - 1]):
                errs.append(f"gold line {i + 1}: uncollapsed run of blank lines")
                break
        if not is_subsequence(gold, raw):
            errs.append("gold is not an ordered subsequence of raw lines")

        if negative:
            if raw_bytes != gold_bytes:
                errs.append("negative pair but gold differs from raw")
        else:
            if raw_bytes == gold_bytes:
                errs.append("positive pair but gold is identical to raw")

        for line in raw + gold:
            key = line.strip()
            if len(key) > 3:
                line_owner[key].add(pair)

        rn = sum(1 for x in raw if not is_blank(x))
        gn = sum(1 for x in gold if not is_blank(x))
        share = 100.0 * (rn - gn) / rn if rn else 0.0
        results.append((r, errs, (rn, gn, share)))

    # cross-file duplicate lines
    dup_by_pair = defaultdict(list)
    for key, owners in line_owner.items():
        if len(owners) > 1:
            for o in owners:
                dup_by_pair[o].append((key, sorted(owners - {o})))

    ok_all = not all_errors
    for r, errs, stats in results:
        pair = r[:-4]
        for key, others in dup_by_pair.get(pair, []):
            errs.append(f"line also used in {', '.join(others)}: {key[:60]!r}")
        if stats:
            rn, gn, share = stats
            info = f"raw {rn} lines, gold {gn}, furniture {share:.0f}%"
        else:
            info = "not checked further"
        if errs:
            ok_all = False
            print(f"FAIL {r}: {info}")
            for e in errs:
                print(f"     - {e}")
        else:
            print(f"ok   {r}: {info}")
    for e in all_errors:
        print(f"FAIL {e}")
    if not raws:
        ok_all = False
        print("FAIL no pairs found")
    if ok_all:
        print("ALL OK")
        return 0
    print("ERRORS FOUND")
    return 1


if __name__ == "__main__":
    sys.exit(main())
