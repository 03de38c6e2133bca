#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None, data
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters (must be LF only)")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: missing final newline")
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def is_blank(line):
    return line.strip() == ""


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = {f[:-4] for f in files if not f.endswith(".gold.txt")}
    golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
    all_errors = []
    for stem in sorted(golds - raws):
        all_errors.append(f"{stem}: gold file without raw file")
    line_owners = defaultdict(set)
    numbers = defaultdict(list)
    for stem in sorted(raws):
        errors = []
        if stem not in golds:
            errors.append("missing .gold.txt")
            print(f"FAIL {stem}: " + "; ".join(errors))
            all_errors.extend(f"{stem}: {e}" for e in errors)
            continue
        m = NAME_RE.match(stem)
        fams = []
        if not m:
            errors.append("file name does not match NNN_<lang>_<families>")
        else:
            numbers[m.group(1)].append(stem)
            fams = m.group(3).split("-")
            if fams != ["negative"]:
                bad = [f for f in fams if f not in FAMILIES]
                if bad:
                    errors.append(f"unknown families {bad}")
                else:
                    idx = [FAMILIES.index(f) for f in fams]
                    if idx != sorted(idx) or len(set(idx)) != len(idx):
                        errors.append("families not in canonical order or duplicated")
        negative = fams == ["negative"]
        raw, raw_bytes = read_lines(os.path.join(HERE, stem + ".txt"), errors)
        gold, gold_bytes = read_lines(os.path.join(HERE, stem + ".gold.txt"), errors)
        if raw is None or gold is None:
            print(f"FAIL {stem}: " + "; ".join(errors))
            all_errors.extend(f"{stem}: {e}" for e in errors)
            continue
        # gold: no leading/trailing blanks, no blank runs
        if gold and is_blank(gold[0]):
            errors.append("gold starts with a blank line")
        if gold and is_blank(gold[-1]):
            errors.append("gold ends with a blank line")
        for i in range(1, len(gold)):
            if is_blank(gold[i]) and is_blank(gold[i - 1]):
                errors.append(f"gold has a run of blank lines at line {i + 1}")
                break
        if not any(not is_blank(l) for l in gold):
            errors.append("gold is empty")
        # gold is an ordered subsequence of raw
        j = 0
        for gi, gl in enumerate(gold):
            while j < len(raw) and raw[j] != gl:
                j += 1
            if j == len(raw):
                errors.append(f"gold line {gi + 1} is not found in order in raw: {gl[:60]!r}")
                break
            j += 1
        # negatives identical, positives must drop something
        if negative:
            if raw_bytes != gold_bytes:
                errors.append("negative but gold is not byte-identical to raw")
        else:
            raw_nb = [l for l in raw if not is_blank(l)]
            gold_nb = [l for l in gold if not is_blank(l)]
            if len(gold_nb) >= len(raw_nb):
                errors.append("positive but no furniture line was removed")
        for l in raw:
            if not is_blank(l) and len(l.strip()) > 3:
                line_owners[l.strip()].add(stem)
        n_raw = sum(1 for l in raw if not is_blank(l))
        n_gold = sum(1 for l in gold if not is_blank(l))
        status = "OK  " if not errors else "FAIL"
        share = 100.0 * (n_raw - n_gold) / n_raw if n_raw else 0.0
        detail = "; ".join(errors) if errors else f"{n_raw} lines, {n_raw - n_gold} removed ({share:.0f}%)"
        print(f"{status} {stem}: {detail}")
        all_errors.extend(f"{stem}: {e}" for e in errors)
    for num, stems in sorted(numbers.items()):
        if len(stems) > 1:
            all_errors.append(f"number {num} used by several pairs: {stems}")
    for line, owners in sorted(line_owners.items()):
        if len(owners) > 1:
            all_errors.append(f"line used in {len(owners)} files ({', '.join(sorted(owners))}): {line[:70]!r}")
    if all_errors:
        print()
        for e in all_errors:
            print("ERROR", e)
        print(f"FAILED with {len(all_errors)} error(s)")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
