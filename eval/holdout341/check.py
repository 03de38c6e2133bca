#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks per pair: both files present, UTF-8, LF line endings, final newline;
gold is an ordered subsequence of raw lines; gold has no leading/trailing blank
lines and no runs of blank lines; negatives are byte-identical; family names are
valid, unique and in canonical order; positives have 30-55 % furniture lines.
Across the set: no non-blank line longer than 3 characters occurs in more than
one pair.
"""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return data, []
    if b"\r" in data:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line")
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)}: BOM present")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_blank(line):
    return line.strip() == ""


def main():
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    all_errors = 0
    pairs = {}
    for n in names:
        m = NAME_RE.match(n)
        if not m:
            print(f"FAIL {n}: file name does not match NNN_<lang>_<families>[.gold].txt")
            all_errors += 1
            continue
        key = f"{m.group(1)}_{m.group(2)}_{m.group(3)}"
        pairs.setdefault(key, {})["gold" if m.group(4) else "raw"] = n

    numbers = {}
    for key in pairs:
        numbers.setdefault(key[:3], []).append(key)
    for num, keys in numbers.items():
        if len(keys) > 1:
            print(f"FAIL number {num} used by {len(keys)} pairs: {', '.join(keys)}")
            all_errors += 1

    seen = {}  # line -> set of pair keys
    for key in sorted(pairs):
        errs = []
        files = pairs[key]
        if "raw" not in files or "gold" not in files:
            print(f"FAIL {key}: incomplete pair ({', '.join(sorted(files))} only)")
            all_errors += 1
            continue
        raw_bytes, raw = read_lines(os.path.join(HERE, files["raw"]), errs)
        gold_bytes, gold = read_lines(os.path.join(HERE, files["gold"]), errs)

        fam_part = key.split("_", 2)[2]
        fams = fam_part.split("-")
        negative = fams == ["negative"]
        if not negative:
            bad = [f for f in fams if f not in FAMILIES]
            if bad:
                errs.append(f"unknown families: {', '.join(bad)}")
            if len(set(fams)) != len(fams):
                errs.append("duplicate family names")
            good = [f for f in fams if f in FAMILIES]
            if good != sorted(good, key=FAMILIES.index):
                errs.append("families not in canonical order")

        # gold structure
        if gold and is_blank(gold[0]):
            errs.append("gold starts with a blank line")
        if gold and is_blank(gold[-1]):
            errs.append("gold ends with a blank line")
        for i in range(1, len(gold)):
            if is_blank(gold[i]) and is_blank(gold[i - 1]):
                errs.append(f"gold has a run of blank lines at line {i + 1}")
                break
        if raw and is_blank(raw[0]):
            errs.append("raw starts with a blank line")

        # ordered subsequence (greedy matching is exact for subsequence tests)
        j = 0
        for gi, gl in enumerate(gold):
            while j < len(raw) and raw[j] != gl:
                j += 1
            if j == len(raw):
                errs.append(f"gold line {gi + 1} is not an in-order raw line: {gl[:60]!r}")
                break
            j += 1

        raw_nb = [l for l in raw if not is_blank(l)]
        gold_nb = [l for l in gold if not is_blank(l)]
        share = 100.0 * (len(raw_nb) - len(gold_nb)) / max(1, len(raw_nb))
        if negative:
            if raw_bytes != gold_bytes:
                errs.append("negative: gold is not byte-identical to raw")
            for i in range(1, len(raw)):
                if is_blank(raw[i]) and is_blank(raw[i - 1]):
                    errs.append("negative raw has a run of blank lines")
                    break
        else:
            if len(gold_nb) >= len(raw_nb):
                errs.append("positive: nothing was deleted")
            if not 30.0 <= share <= 55.0:
                errs.append(f"furniture share {share:.0f}% outside 30-55%")

        for l in set(raw_nb) | set(gold_nb):
            if len(l.strip()) > 3:
                seen.setdefault(l, set()).add(key)

        status = "OK  " if not errs else "FAIL"
        print(f"{status} {key}: raw {len(raw_nb)} non-blank, gold {len(gold_nb)}, furniture {share:.0f}%")
        for e in errs:
            print(f"       - {e}")
        all_errors += len(errs)

    dups = {l: ks for l, ks in seen.items() if len(ks) > 1}
    for l, ks in sorted(dups.items()):
        print(f"FAIL line used in {len(ks)} files ({', '.join(sorted(ks))}): {l[:70]!r}")
    all_errors += len(dups)

    if len(pairs) == 0:
        print("FAIL no pairs found")
        all_errors += 1
    if all_errors:
        print(f"FAILED: {all_errors} problem(s)")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
