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
        errors.append(f"not UTF-8: {e}")
        return []
    if "\r" in text:
        errors.append("contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        errors.append("missing final newline")
    if text.endswith("\n\n"):
        errors.append("trailing blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def collapse(lines):
    out = []
    for l in lines:
        if l == "" and (not out or out[-1] == ""):
            continue
        out.append(l)
    while out and out[-1] == "":
        out.pop()
    return out


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    ok = True
    line_owner = defaultdict(set)
    numbers = defaultdict(list)
    for g in golds:
        if g.replace(".gold.txt", ".txt") not in raws:
            print(f"FAIL {g}: gold file without raw file")
            ok = False
    for r in raws:
        errors = []
        m = NAME_RE.match(r)
        negative = False
        if not m:
            errors.append("bad file name")
        else:
            numbers[m.group(1)].append(r)
            fams = m.group(3).split("-")
            if fams == ["negative"]:
                negative = True
            else:
                bad = [f for f in fams if f not in CANON]
                if bad:
                    errors.append(f"unknown families {bad}")
                elif fams != sorted(fams, key=CANON.index) or len(set(fams)) != len(fams):
                    errors.append("families not in canonical order or repeated")
        g = r[:-4] + ".gold.txt"
        if g not in golds:
            print(f"FAIL {r}: missing gold file")
            ok = False
            continue
        raw = read_lines(os.path.join(HERE, r), errors)
        gold = read_lines(os.path.join(HERE, g), errors)
        if raw and raw[0] == "":
            errors.append("raw starts with a blank line")
        if gold and gold[0] == "":
            errors.append("gold starts with a blank line")
        if gold and gold[-1] == "":
            errors.append("gold ends with a blank line")
        for i in range(1, len(gold)):
            if gold[i] == "" and gold[i - 1] == "":
                errors.append(f"gold has a run of blank lines at line {i + 1}")
                break
        # gold non-blank lines must be an ordered subsequence of raw lines
        keep = set()
        j = 0
        for gl in gold:
            if gl == "":
                continue
            while j < len(raw) and raw[j] != gl:
                j += 1
            if j == len(raw):
                errors.append(f"gold line not found in order in raw: {gl[:60]!r}")
                break
            keep.add(j)
            j += 1
        else:
            expected = collapse([l for i, l in enumerate(raw) if l == "" or i in keep])
            while expected and expected[0] == "":
                expected.pop(0)
            if expected != gold:
                errors.append("gold blank lines do not match raw with furniture deleted and blank runs collapsed")
        raw_bytes = open(os.path.join(HERE, r), "rb").read()
        gold_bytes = open(os.path.join(HERE, g), "rb").read()
        if negative and raw_bytes != gold_bytes:
            errors.append("negative: gold is not byte-identical to raw")
        if not negative and raw_bytes == gold_bytes:
            errors.append("positive: gold identical to raw (no furniture removed)")
        for l in set(raw):
            if l.strip() and len(l) > 3:
                line_owner[l].add(r)
        nb_raw = sum(1 for l in raw if l.strip())
        nb_gold = sum(1 for l in gold if l.strip())
        share = (nb_raw - nb_gold) / nb_raw if nb_raw else 0
        status = "OK  " if not errors else "FAIL"
        print(f"{status} {r}: {nb_raw} raw / {nb_gold} gold non-blank lines, furniture {share:.0%}")
        for e in errors:
            print(f"     - {e}")
        ok = ok and not errors
    for n, fs in numbers.items():
        if len(fs) > 1:
            print(f"FAIL number {n} used by {fs}")
            ok = False
    dups = {l: fs for l, fs in line_owner.items() if len(fs) > 1}
    for l, fs in sorted(dups.items()):
        print(f"FAIL line shared by {sorted(fs)}: {l[:70]!r}")
        ok = False
    print("ALL OK" if ok else "ERRORS FOUND")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
