#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
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
        return None
    if "\r" in text:
        errors.append(f"{name}: contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        errors.append(f"{name}: missing final newline")
    if text.startswith("\ufeff"):
        errors.append(f"{name}: starts with a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(small, big):
    it = iter(big)
    return all(any(line == candidate for candidate in it) for line in small)


def main():
    all_errors = []
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            all_errors.append(f"{g}: gold file without raw file")

    numbers = defaultdict(list)
    line_owner = defaultdict(set)  # non-blank line (len > 3) -> set of pair stems
    for raw_name in raws:
        errors = []
        stem = raw_name[:-len(".txt")]
        m = NAME_RE.match(raw_name)
        fams = []
        if not m:
            errors.append("file name does not match NNN_<lang>_<families>.txt")
        else:
            numbers[m.group(1)].append(raw_name)
            fams = m.group(3).split("-")
            if fams != ["negative"]:
                bad = [f for f in fams if f not in FAMILIES]
                if bad:
                    errors.append(f"unknown families: {bad}")
                elif len(set(fams)) != len(fams):
                    errors.append("duplicate family in name")
                elif fams != sorted(fams, key=FAMILIES.index):
                    errors.append("families not in canonical order")
        gold_name = stem + ".gold.txt"
        if gold_name not in golds:
            errors.append("missing gold file")
            all_errors.extend(f"{raw_name}: {e}" for e in errors)
            print(f"FAIL {stem}")
            continue
        raw = read_lines(os.path.join(HERE, raw_name), errors)
        gold = read_lines(os.path.join(HERE, gold_name), errors)
        if raw is None or gold is None:
            all_errors.extend(f"{raw_name}: {e}" for e in errors)
            print(f"FAIL {stem}")
            continue
        raw_bytes = open(os.path.join(HERE, raw_name), "rb").read()
        gold_bytes = open(os.path.join(HERE, gold_name), "rb").read()

        if not is_subsequence(gold, raw):
            errors.append("gold is not an ordered subsequence of raw lines")
        if gold and gold[0].strip() == "":
            errors.append("gold has a leading blank line")
        if gold and gold[-1].strip() == "":
            errors.append("gold has a trailing blank line")
        for i in range(1, len(gold)):
            if gold[i].strip() == "" and gold[i - 1].strip() == "":
                errors.append(f"gold has a run of blank lines at line {i + 1}")
                break
        if fams == ["negative"]:
            if raw_bytes != gold_bytes:
                errors.append("negative but gold is not byte-identical to raw")
        elif fams and raw_bytes == gold_bytes:
            errors.append("positive but gold is identical to raw (nothing deleted)")

        raw_nb = [l for l in raw if l.strip()]
        gold_nb = [l for l in gold if l.strip()]
        deleted = len(raw_nb) - len(gold_nb)
        for line in set(raw_nb) | set(gold_nb):
            if len(line.strip()) > 3:
                line_owner[line].add(stem)

        if errors:
            all_errors.extend(f"{raw_name}: {e}" for e in errors)
            print(f"FAIL {stem}")
        else:
            ratio = deleted / len(raw_nb) if raw_nb else 0.0
            print(f"ok   {stem}  (raw {len(raw_nb)} non-blank lines, {deleted} deleted, {ratio:.0%})")

    for num, names in sorted(numbers.items()):
        if len(names) > 1:
            all_errors.append(f"number {num} used by several files: {names}")
    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            all_errors.append(f"line used in several files {sorted(owners)}: {line[:80]!r}")

    if all_errors:
        print()
        for e in all_errors:
            print("ERROR " + e)
        print(f"{len(all_errors)} problem(s) found")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
