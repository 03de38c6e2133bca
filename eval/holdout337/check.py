#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({exc})")
        return data, []
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def check_families(stem, fams, errors):
    if fams == "negative":
        return True
    parts = fams.split("-")
    for p in parts:
        if p not in FAMILIES:
            errors.append(f"{stem}: unknown family '{p}'")
    if len(set(parts)) != len(parts):
        errors.append(f"{stem}: family listed twice")
    known = [p for p in parts if p in FAMILIES]
    if known != sorted(known, key=FAMILIES.index):
        errors.append(f"{stem}: families not in canonical order")
    return False


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
    all_errors = []
    for stem in sorted(raws ^ golds):
        all_errors.append(f"{stem}: incomplete pair")
        print(f"FAIL {stem}  incomplete pair (raw or gold file missing)")
    seen = {}  # line -> first stem that used it
    numbers = {}
    for stem in sorted(raws & golds):
        errors = []
        m = NAME_RE.match(stem)
        if not m:
            errors.append(f"{stem}: bad file name")
            negative = False
        else:
            if m.group(1) in numbers:
                errors.append(f"{stem}: number {m.group(1)} also used by {numbers[m.group(1)]}")
            numbers[m.group(1)] = stem
            negative = check_families(stem, m.group(3), errors)
        raw_bytes, raw = read_lines(os.path.join(HERE, stem + ".txt"), errors)
        gold_bytes, gold = read_lines(os.path.join(HERE, stem + ".gold.txt"), errors)
        if not raw or not gold:
            errors.append(f"{stem}: empty file")
        if gold and (not gold[0].strip() or not gold[-1].strip()):
            errors.append(f"{stem}: gold has leading or trailing blank lines")
        for a, b in zip(gold, gold[1:]):
            if not a.strip() and not b.strip():
                errors.append(f"{stem}: gold has an uncollapsed run of blank lines")
                break
        if not is_subsequence(gold, raw):
            errors.append(f"{stem}: gold is not an ordered subsequence of raw lines")
        if negative and raw_bytes != gold_bytes:
            errors.append(f"{stem}: negative but gold differs from raw")
        if not negative and raw_bytes == gold_bytes:
            errors.append(f"{stem}: positive but nothing was deleted")
        for line in set(raw) | set(gold):
            key = line.strip()
            if len(key) <= 3:
                continue
            if key in seen and seen[key] != stem:
                errors.append(f"{stem}: line also used in {seen[key]}: {key[:60]!r}")
            seen.setdefault(key, stem)
        raw_n = sum(1 for l in raw if l.strip())
        gold_n = sum(1 for l in gold if l.strip())
        share = (raw_n - gold_n) / raw_n if raw_n else 0
        status = "OK" if not errors else "FAIL"
        print(f"{status:4} {stem}  lines={raw_n} kept={gold_n} furniture={share:.0%}")
        for e in errors:
            print("     " + e)
        all_errors.extend(errors)
    if not raws and not golds:
        all_errors.append("no files found")
    if all_errors:
        print(f"FAILED: {len(all_errors)} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
