#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return data, []
    if b"\r" in data:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def check_families(fams, name, errors):
    if fams == "negative":
        return []
    parts = fams.split("-")
    for p in parts:
        if p not in FAMILIES:
            errors.append(f"{name}: unknown family '{p}'")
    if len(set(parts)) != len(parts):
        errors.append(f"{name}: duplicate family in name")
    known = [p for p in parts if p in FAMILIES]
    if known != sorted(known, key=FAMILIES.index):
        errors.append(f"{name}: families not in canonical order")
    return parts


def main():
    all_errors = []
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            all_errors.append(f"{g}: gold without raw file")
    line_owner = defaultdict(set)
    numbers = defaultdict(list)
    for raw_name in raws:
        errors = []
        m = NAME_RE.match(raw_name)
        stem = raw_name[:-4]
        if not m:
            errors.append(f"{raw_name}: bad file name")
            fams = ""
        else:
            numbers[m.group(1)].append(raw_name)
            fams = m.group(3)
            check_families(fams, raw_name, errors)
        gold_name = stem + ".gold.txt"
        gold_path = os.path.join(HERE, gold_name)
        if not os.path.exists(gold_path):
            errors.append(f"{raw_name}: missing {gold_name}")
            print(f"FAIL {stem}")
            all_errors.extend(errors)
            continue
        raw_bytes, raw = read(os.path.join(HERE, raw_name), errors)
        gold_bytes, gold = read(gold_path, errors)
        # raw: no leading/trailing blanks, no blank runs
        for label, ls in (("raw", raw), ("gold", gold)):
            if ls and ls[0].strip() == "":
                errors.append(f"{stem}: {label} starts with a blank line")
            if ls and ls[-1].strip() == "":
                errors.append(f"{stem}: {label} ends with a blank line")
            for i in range(1, len(ls)):
                if ls[i].strip() == "" and ls[i - 1].strip() == "":
                    errors.append(f"{stem}: {label} has a run of blank lines at line {i + 1}")
                    break
            for i, l in enumerate(ls):
                if l.strip() == "" and l != "":
                    errors.append(f"{stem}: {label} line {i + 1} is whitespace-only")
        # gold is an ordered subsequence of raw; collapse check
        kept = [False] * len(raw)
        j = 0
        for gi, gl in enumerate(gold):
            while j < len(raw) and raw[j] != gl:
                j += 1
            if j == len(raw):
                errors.append(f"{stem}: gold line {gi + 1} not found in order in raw: {gl[:60]!r}")
                break
            kept[j] = True
            j += 1
        else:
            # rebuild expected gold from kept non-blank lines, then compare blank structure
            expected = []
            for i, l in enumerate(raw):
                if l.strip() == "":
                    if expected and expected[-1] != "":
                        expected.append("")
                elif kept[i]:
                    expected.append(l)
            while expected and expected[-1] == "":
                expected.pop()
            gold_nb = [l for l in gold if l.strip()]
            exp_nb = [l for l in expected if l.strip()]
            if gold_nb != exp_nb:
                errors.append(f"{stem}: gold content mismatch")
            elif gold != expected:
                errors.append(f"{stem}: blank lines in gold do not follow raw blank lines (collapse rule)")
        nonblank = [l for l in raw if l.strip()]
        removed = len(nonblank) - len([l for l in gold if l.strip()])
        if fams == "negative":
            if raw_bytes != gold_bytes:
                errors.append(f"{stem}: negative but gold differs from raw")
        elif fams:
            if removed == 0:
                errors.append(f"{stem}: positive but nothing removed")
        for l in set(raw) | set(gold):
            if len(l.strip()) > 3:
                line_owner[l].add(stem)
        share = 100.0 * removed / len(nonblank) if nonblank else 0.0
        status = "OK  " if not errors else "FAIL"
        print(f"{status} {stem}  ({len(nonblank)} non-blank lines, {removed} furniture, {share:.0f}%)")
        for e in errors:
            print("     " + e)
        all_errors.extend(errors)
    for num, names in numbers.items():
        if len(names) > 1:
            all_errors.append(f"number {num} used by {names}")
    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            all_errors.append(f"line used in {len(owners)} files {sorted(owners)}: {line[:70]!r}")
    if not raws:
        all_errors.append("no pairs found")
    if all_errors:
        print()
        for e in all_errors:
            print("ERROR " + e)
        print(f"{len(all_errors)} problem(s)")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
