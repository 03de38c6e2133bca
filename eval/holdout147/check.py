#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

errors = []


def err(msg):
    errors.append(msg)


def read_lines(path, label):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{label}: not valid UTF-8 ({e})")
        return None, data
    if "\r" in text:
        err(f"{label}: contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        err(f"{label}: missing final newline")
    if text.startswith("\ufeff"):
        err(f"{label}: has a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def is_subsequence(gold, raw):
    i = 0
    for line in gold:
        while i < len(raw) and raw[i] != line:
            i += 1
        if i == len(raw):
            return False
        i += 1
    return True


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = {f[:-4] for f in files if not f.endswith(".gold.txt")}
    golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
    for stem in sorted(raws - golds):
        err(f"{stem}: gold file missing")
    for stem in sorted(golds - raws):
        err(f"{stem}: raw file missing")

    seen = defaultdict(set)       # line -> set of pair stems
    numbers = defaultdict(list)
    report = []
    for stem in sorted(raws & golds):
        before = len(errors)
        m = NAME_RE.match(stem)
        if not m:
            err(f"{stem}: name does not match NNN_<lang>_<families>")
            continue
        num, lang, fams = m.groups()
        numbers[num].append(stem)
        if lang not in LANGS:
            err(f"{stem}: unknown language code {lang!r}")
        negative = fams == "negative"
        if not negative:
            parts = fams.split("-")
            bad = [p for p in parts if p not in FAMILIES]
            if bad:
                err(f"{stem}: invalid family name(s) {bad}")
            else:
                idx = [FAMILIES.index(p) for p in parts]
                if idx != sorted(idx) or len(set(idx)) != len(idx):
                    err(f"{stem}: families not in canonical order or repeated")

        raw, raw_bytes = read_lines(os.path.join(HERE, stem + ".txt"), stem + ".txt")
        gold, gold_bytes = read_lines(os.path.join(HERE, stem + ".gold.txt"), stem + ".gold.txt")
        if raw is None or gold is None:
            continue

        if negative:
            if raw_bytes != gold_bytes:
                err(f"{stem}: negative but gold is not byte-identical to raw")
        else:
            if raw_bytes == gold_bytes:
                err(f"{stem}: positive but gold is identical to raw (nothing removed)")

        if not is_subsequence(gold, raw):
            err(f"{stem}: gold is not an ordered subsequence of raw lines")
        if gold and gold[0].strip() == "":
            err(f"{stem}: gold starts with a blank line")
        if gold and gold[-1].strip() == "":
            err(f"{stem}: gold ends with a blank line")
        for i in range(1, len(gold)):
            if gold[i].strip() == "" and gold[i - 1].strip() == "":
                err(f"{stem}: gold has a run of blank lines at line {i + 1}")
                break
        for i, line in enumerate(gold):
            if line.strip() == "" and line != "":
                err(f"{stem}: gold line {i + 1} is whitespace-only, not empty")
        # every kept blank must come from a raw blank
        raw_set = set(raw)
        if any(line not in raw_set for line in gold):
            err(f"{stem}: gold contains a line not present in raw")

        for line in set(raw):
            s = line.strip()
            if s and len(s) > 3:
                seen[s].add(stem)

        raw_ne = sum(1 for l in raw if l.strip())
        gold_ne = sum(1 for l in gold if l.strip())
        share = 100.0 * (raw_ne - gold_ne) / raw_ne if raw_ne else 0.0
        status = "OK" if len(errors) == before else "FAIL"
        report.append(f"{status}  {stem}: raw {raw_ne} lines, gold {gold_ne} lines, furniture {share:.0f}%")

    for num, stems in numbers.items():
        if len(stems) > 1:
            err(f"number {num} used by more than one pair: {stems}")
    for line, stems in sorted(seen.items()):
        if len(stems) > 1:
            err(f"line used in more than one file: {line[:60]!r} in {sorted(stems)}")

    for r in report:
        print(r)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s)")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
