#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
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
        errors.append(f"not UTF-8: {e}")
        return None
    if text.startswith("\ufeff"):
        errors.append("starts with a BOM")
    if "\r" in text:
        errors.append("contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        errors.append("no final newline")
    return text


def is_subsequence(sub, full):
    it = iter(full)
    return all(any(x == y for y in it) for x in sub)


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    problems = 0
    owners = defaultdict(set)          # line -> set of pair numbers
    numbers = []

    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold file without raw file")
            problems += 1

    for r in raws:
        errors = []
        m = NAME_RE.match(r)
        if not m:
            print(f"FAIL {r}: bad file name")
            problems += 1
            continue
        num, lang, fams = m.groups()
        numbers.append(num)
        gname = r[:-4] + ".gold.txt"
        if gname not in golds:
            print(f"FAIL {r}: missing {gname}")
            problems += 1
            continue

        famlist = fams.split("-")
        negative = famlist == ["negative"]
        if not negative:
            bad = [f for f in famlist if f not in ORDER]
            if bad:
                errors.append(f"unknown families {bad}")
            elif len(set(famlist)) != len(famlist):
                errors.append("repeated family")
            elif [ORDER.index(f) for f in famlist] != sorted(ORDER.index(f) for f in famlist):
                errors.append("families not in canonical order")

        raw_t = read(os.path.join(HERE, r), errors)
        gold_t = read(os.path.join(HERE, gname), errors)
        if raw_t is None or gold_t is None:
            print(f"FAIL {r}: " + "; ".join(errors))
            problems += 1
            continue
        raw_l = raw_t[:-1].split("\n") if raw_t.endswith("\n") else raw_t.split("\n")
        gold_l = gold_t[:-1].split("\n") if gold_t.endswith("\n") else gold_t.split("\n")

        if negative:
            if raw_t.encode() != gold_t.encode():
                errors.append("negative: gold not byte-identical to raw")
        else:
            if raw_t == gold_t:
                errors.append("positive: gold identical to raw (no furniture removed)")
        if not is_subsequence(gold_l, raw_l):
            errors.append("gold is not an ordered subsequence of raw lines")
        if gold_l and (gold_l[0].strip() == "" or gold_l[-1].strip() == ""):
            errors.append("gold has leading or trailing blank line")
        for i in range(1, len(gold_l)):
            if gold_l[i].strip() == "" and gold_l[i - 1].strip() == "":
                errors.append(f"gold has a run of blank lines at line {i + 1}")
                break
        for i, ln in enumerate(gold_l):
            if ln != "" and ln.strip() == "":
                errors.append(f"gold line {i + 1} is whitespace-only")
                break

        nb_raw = sum(1 for l in raw_l if l.strip())
        nb_gold = sum(1 for l in gold_l if l.strip())
        furn = nb_raw - nb_gold
        share = furn / nb_raw if nb_raw else 0.0
        if not negative and not (0.30 <= share <= 0.55):
            errors.append(f"furniture share {share:.0%} outside 30-55%")

        for ln in set(raw_l) | set(gold_l):
            if ln.strip() and len(ln.strip()) > 3:
                owners[ln.strip()].add(num)

        status = "OK  " if not errors else "FAIL"
        print(f"{status} {r}: {nb_raw} lines, {furn} furniture ({share:.0%})"
              + ("" if not errors else " -- " + "; ".join(errors)))
        problems += bool(errors)

    dup = {ln: sorted(p) for ln, p in owners.items() if len(p) > 1}
    for ln, p in sorted(dup.items()):
        print(f"FAIL duplicate line in pairs {', '.join(p)}: {ln[:70]!r}")
        problems += 1
    if len(set(numbers)) != len(numbers):
        print("FAIL duplicate file numbers")
        problems += 1

    if problems:
        print(f"{problems} PROBLEM(S)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
