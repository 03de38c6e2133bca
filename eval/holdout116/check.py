#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist;
  * both files are UTF-8, LF-only, end with exactly one final newline;
  * family list is valid, without duplicates, in canonical order ('negative' stands alone);
  * gold has no leading/trailing blank lines and no runs of blank lines;
  * gold non-blank lines are an ordered subsequence of raw lines, and gold equals
    raw with exactly those non-kept lines deleted and blank runs collapsed;
  * negatives: gold is byte-identical to raw; positives: gold differs from raw;
  * positives: furniture share of non-blank raw lines is between 30 % and 55 %;
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair.
Prints one line per pair and 'ALL OK' at the end (exit status 1 otherwise).
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None, data
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    elif text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line(s)")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: BOM present")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def collapse(lines):
    out = []
    for line in lines:
        if line.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(line)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def check_families(fams, errors, name):
    parts = fams.split("-")
    if parts == ["negative"]:
        return True
    if "negative" in parts:
        errors.append(f"{name}: 'negative' combined with other families")
        return False
    bad = [p for p in parts if p not in CANON]
    if bad:
        errors.append(f"{name}: unknown families {bad}")
        return False
    if len(set(parts)) != len(parts):
        errors.append(f"{name}: duplicate family")
    idx = [CANON.index(p) for p in parts]
    if idx != sorted(idx):
        errors.append(f"{name}: families not in canonical order")
    return False


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    all_errors = []
    for g in golds:
        if g.replace(".gold.txt", ".txt") not in raws:
            all_errors.append(f"{g}: gold without raw file")
    owners = defaultdict(set)
    numbers = defaultdict(list)
    for raw in raws:
        errors = []
        m = NAME_RE.match(raw)
        if not m:
            errors.append(f"{raw}: bad file name")
            print(f"FAIL {raw}")
            all_errors.extend(errors)
            continue
        num, lang, fams = m.groups()
        numbers[num].append(raw)
        negative = check_families(fams, errors, raw)
        gold = raw[:-4] + ".gold.txt"
        if gold not in golds:
            errors.append(f"{raw}: missing {gold}")
            print(f"FAIL {raw}")
            all_errors.extend(errors)
            continue
        rlines, rbytes = read_lines(os.path.join(HERE, raw), errors)
        glines, gbytes = read_lines(os.path.join(HERE, gold), errors)
        info = ""
        if rlines is not None and glines is not None:
            if glines and (glines[0].strip() == "" or glines[-1].strip() == ""):
                errors.append(f"{gold}: leading or trailing blank line")
            for a, b in zip(glines, glines[1:]):
                if a.strip() == "" and b.strip() == "":
                    errors.append(f"{gold}: run of blank lines not collapsed")
                    break
            if rlines and rlines[0].strip() == "":
                errors.append(f"{raw}: leading blank line")
            # ordered subsequence of non-blank lines
            kept = set()
            j = 0
            gnb = [l for l in glines if l.strip()]
            for i, line in enumerate(rlines):
                if j < len(gnb) and line == gnb[j]:
                    kept.add(i)
                    j += 1
            if j < len(gnb):
                errors.append(f"{gold}: line not found in order in raw: {gnb[j][:60]!r}")
            else:
                expected = collapse([l for i, l in enumerate(rlines) if l.strip() == "" or i in kept])
                if expected != glines:
                    errors.append(f"{gold}: gold is not raw minus deleted lines with blank runs collapsed")
            rnb = [l for l in rlines if l.strip()]
            nfurn = len(rnb) - len(gnb)
            share = nfurn / len(rnb) if rnb else 0
            info = f"lines={len(rnb)} furniture={nfurn} ({share:.0%})"
            if negative:
                if rbytes != gbytes:
                    errors.append(f"{raw}: negative but gold differs from raw")
            else:
                if rbytes == gbytes:
                    errors.append(f"{raw}: positive but gold identical to raw")
                if not 0.30 <= share <= 0.55:
                    errors.append(f"{raw}: furniture share {share:.0%} outside 30-55%")
            for line in set(rlines) | set(glines):
                if len(line.strip()) > 3:
                    owners[line.strip()].add(num)
        status = "OK  " if not errors else "FAIL"
        print(f"{status} {raw:100s} {info}")
        all_errors.extend(errors)
    for num, names in numbers.items():
        if len(names) > 1:
            all_errors.append(f"number {num} used by several files: {names}")
    for line, nums in sorted(owners.items()):
        if len(nums) > 1:
            all_errors.append(f"line shared by pairs {sorted(nums)}: {line[:70]!r}")
    for e in all_errors:
        print("ERROR:", e)
    if all_errors:
        print(f"{len(all_errors)} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
