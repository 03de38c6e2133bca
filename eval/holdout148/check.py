#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return data, []
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters (need LF only)")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: missing final newline")
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(sub, seq):
    it = iter(seq)
    return all(any(x == y for y in it) for x in sub)


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    all_errors = []
    seen_numbers = {}
    line_owner = defaultdict(set)

    for g in golds:
        if g.replace(".gold.txt", ".txt") not in raws:
            all_errors.append(f"{g}: gold without raw file")

    for raw in raws:
        errors = []
        m = NAME_RE.match(raw)
        if not m:
            errors.append("bad file name")
            print(f"FAIL {raw}: bad file name")
            all_errors.append(raw)
            continue
        num, lang, fams = m.groups()
        if num in seen_numbers:
            errors.append(f"number {num} also used by {seen_numbers[num]}")
        seen_numbers[num] = raw
        gold = raw[:-4] + ".gold.txt"
        if gold not in golds:
            errors.append("gold file missing")
            print(f"FAIL {raw}: " + "; ".join(errors))
            all_errors.extend(errors)
            continue

        negative = fams == "negative"
        if not negative:
            parts = fams.split("-")
            bad = [p for p in parts if p not in CANON]
            if bad:
                errors.append(f"unknown families {bad}")
            elif len(set(parts)) != len(parts):
                errors.append("duplicate family in name")
            elif parts != sorted(parts, key=CANON.index):
                errors.append("families not in canonical order")

        rbytes, rlines = read_lines(os.path.join(HERE, raw), errors)
        gbytes, glines = read_lines(os.path.join(HERE, gold), errors)

        if glines and (glines[0] == "" or glines[-1] == ""):
            errors.append("gold has leading or trailing blank line")
        for a, b in zip(glines, glines[1:]):
            if a.strip() == "" and b.strip() == "":
                errors.append("gold has an uncollapsed run of blank lines")
                break
        if any(l != "" and l.strip() == "" for l in glines):
            errors.append("gold has whitespace-only lines")
        if not is_subsequence(glines, rlines):
            errors.append("gold is not an ordered subsequence of raw lines")

        r_nb = [l for l in rlines if l.strip()]
        g_nb = [l for l in glines if l.strip()]
        if negative:
            if rbytes != gbytes:
                errors.append("negative: gold is not byte-identical to raw")
        else:
            if rbytes == gbytes or len(g_nb) == len(r_nb):
                errors.append("positive: nothing removed")
            share = 1 - len(g_nb) / len(r_nb) if r_nb else 0
            if not 0.30 <= share <= 0.55:
                errors.append(f"furniture share {share:.0%} outside 30-55%")

        for l in set(r_nb):
            if len(l.strip()) > 3:
                line_owner[l].add(raw)

        status = "OK  " if not errors else "FAIL"
        info = f"{len(r_nb)} raw / {len(g_nb)} gold non-blank lines"
        print(f"{status} {raw} ({info})" + ("" if not errors else ": " + "; ".join(errors)))
        all_errors.extend(f"{raw}: {e}" for e in errors)

    dups = {l: owners for l, owners in line_owner.items() if len(owners) > 1}
    for l, owners in sorted(dups.items()):
        msg = f"line used in several files: {l[:60]!r} -> {sorted(owners)}"
        print("FAIL " + msg)
        all_errors.append(msg)

    if not raws:
        all_errors.append("no files found")
    if all_errors:
        print(f"{len(all_errors)} problem(s) found")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
