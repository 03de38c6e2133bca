#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
RANK = {f: i for i, f in enumerate(FAMILIES)}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None, None
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(gold, raw):
    it = iter(raw)
    return all(any(g == r for r in it) for g in gold)


def main():
    names = sorted(os.listdir(HERE))
    raws = [n for n in names if n.endswith(".txt") and not n.endswith(".gold.txt")]
    golds = {n for n in names if n.endswith(".gold.txt")}
    all_errors = []
    line_owner = defaultdict(set)   # line -> set of pair stems
    numbers = defaultdict(list)
    for g in golds:
        if g.replace(".gold.txt", ".txt") not in raws:
            all_errors.append(f"{g}: gold file without raw file")

    for raw_name in raws:
        errors = []
        stem = raw_name[:-4]
        m = NAME_RE.match(raw_name)
        fams = []
        if not m:
            errors.append("bad file name (want NNN_<lang>_<families>.txt)")
        else:
            numbers[m.group(1)].append(stem)
            fams = m.group(3).split("-")
            if fams != ["negative"]:
                bad = [f for f in fams if f not in RANK]
                if bad:
                    errors.append(f"unknown families: {bad}")
                elif [RANK[f] for f in fams] != sorted(RANK[f] for f in fams) or len(set(fams)) != len(fams):
                    errors.append("families not in canonical order or repeated")
        gold_name = stem + ".gold.txt"
        if gold_name not in golds:
            errors.append("missing gold file")
            all_errors += [f"{raw_name}: {e}" for e in errors]
            print(f"FAIL {stem}: " + "; ".join(errors))
            continue
        raw_bytes, raw = read(os.path.join(HERE, raw_name), errors)
        gold_bytes, gold = read(os.path.join(HERE, gold_name), errors)
        if raw is not None and gold is not None:
            if not is_subsequence(gold, raw):
                errors.append("gold is not an ordered subsequence of raw lines")
            if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
                errors.append("gold has leading or trailing blank lines")
            for i in range(1, len(gold)):
                if gold[i].strip() == "" and gold[i - 1].strip() == "":
                    errors.append(f"gold has an uncollapsed blank run at line {i + 1}")
                    break
            if not any(l.strip() for l in gold):
                errors.append("gold is empty")
            if fams == ["negative"]:
                if raw_bytes != gold_bytes:
                    errors.append("negative but gold differs from raw")
            elif fams and raw_bytes == gold_bytes:
                errors.append("positive but gold is identical to raw")
            for l in set(raw):
                if len(l.strip()) > 3:
                    line_owner[l].add(stem)
        n_raw = sum(1 for l in raw or [] if l.strip())
        n_gold = sum(1 for l in gold or [] if l.strip())
        status = "OK  " if not errors else "FAIL"
        share = f"{100 * (n_raw - n_gold) / n_raw:4.1f}% furniture" if n_raw else ""
        print(f"{status} {stem}  ({n_raw} lines, {n_raw - n_gold} deleted, {share})"
              + ("" if not errors else ": " + "; ".join(errors)))
        all_errors += [f"{raw_name}: {e}" for e in errors]

    for num, stems in numbers.items():
        if len(stems) > 1:
            all_errors.append(f"number {num} used by several pairs: {stems}")
    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            all_errors.append(f"line used in several files {sorted(owners)}: {line[:70]!r}")

    if all_errors:
        print()
        for e in all_errors:
            if "line used in several" in e or "number" in e or "without raw" in e:
                print("FAIL " + e)
        print(f"{len(all_errors)} problem(s)")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
