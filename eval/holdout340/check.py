#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, per pair:
  * both NNN_<lang>_<families>.txt and .gold.txt exist
  * UTF-8, LF line endings only, final newline, no leading/trailing blank lines
  * family names valid, no duplicates, canonical order; 'negative' alone
  * gold is an ordered subsequence of raw lines
  * gold == raw with the deleted lines removed and blank runs collapsed to one
  * negatives: gold byte-identical to raw; positives: at least one line removed
Across the set:
  * no non-blank line longer than 3 characters appears in more than one pair
Prints one line per pair and ALL OK at the end (exit status 1 on any error).
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None, data
    name = os.path.basename(path)
    if b"\r" in data:
        errors.append(f"{name}: contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        errors.append(f"{name}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{name}: trailing blank line")
    if text.startswith("\n"):
        errors.append(f"{name}: leading blank line")
    if "\ufeff" in text:
        errors.append(f"{name}: contains a BOM")
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


def check_pair(stem, errors):
    m = NAME_RE.match(stem)
    if not m:
        errors.append(f"{stem}: name does not match NNN_<lang>_<families>")
        return None
    fams = m.group(3).split("-")
    negative = fams == ["negative"]
    if not negative:
        bad = [f for f in fams if f not in FAMILIES]
        if bad:
            errors.append(f"{stem}: unknown families {bad}")
        elif len(set(fams)) != len(fams):
            errors.append(f"{stem}: duplicate families")
        elif fams != sorted(fams, key=FAMILIES.index):
            errors.append(f"{stem}: families not in canonical order")
    raw_path = os.path.join(HERE, stem + ".txt")
    gold_path = os.path.join(HERE, stem + ".gold.txt")
    raw, raw_bytes = read_lines(raw_path, errors)
    gold, gold_bytes = read_lines(gold_path, errors)
    if raw is None or gold is None:
        return None
    # gold blank-line hygiene
    for i in range(1, len(gold)):
        if gold[i].strip() == "" and gold[i - 1].strip() == "":
            errors.append(f"{stem}.gold.txt: run of blank lines at line {i + 1}")
            break
    # ordered subsequence of raw (non-blank lines matched greedily)
    kept = [False] * len(raw)
    j = 0
    for g in gold:
        if g.strip() == "":
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            errors.append(f"{stem}: gold line not found in order in raw: {g[:70]!r}")
            return None
        kept[j] = True
        j += 1
    expected = collapse([l for l, k in zip(raw, kept) if k or l.strip() == ""])
    while expected and expected[0].strip() == "":
        expected.pop(0)
    if expected != gold:
        errors.append(f"{stem}: gold differs from raw-minus-deletions with collapsed blank runs")
    removed = sum(1 for l, k in zip(raw, kept) if l.strip() and not k)
    nonblank = sum(1 for l in raw if l.strip())
    if negative and raw_bytes != gold_bytes:
        errors.append(f"{stem}: negative but gold is not byte-identical to raw")
    if not negative and removed == 0:
        errors.append(f"{stem}: positive but no line removed")
    return raw, removed, nonblank


def main():
    errors = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
    raws = {f[:-4] for f in files if not f.endswith(".gold.txt")}
    for s in sorted(raws - golds):
        errors.append(f"{s}: missing .gold.txt")
    for s in sorted(golds - raws):
        errors.append(f"{s}: missing raw .txt")
    seen = defaultdict(set)
    numbers = defaultdict(list)
    for stem in sorted(raws & golds):
        before = len(errors)
        res = check_pair(stem, errors)
        m = NAME_RE.match(stem)
        if m:
            numbers[m.group(1)].append(stem)
        if res:
            raw, removed, nonblank = res
            for line in set(raw):
                if line.strip() and len(line.strip()) > 3:
                    seen[line].add(stem)
            share = removed / nonblank * 100 if nonblank else 0
            status = "ok" if len(errors) == before else "FAIL"
            print(f"{status:4}  {stem}  ({nonblank} lines, {removed} furniture, {share:.0f}%)")
        else:
            print(f"FAIL  {stem}")
    for num, stems in numbers.items():
        if len(stems) > 1:
            errors.append(f"number {num} used by several pairs: {stems}")
    for line, stems in sorted(seen.items()):
        if len(stems) > 1:
            errors.append(f"line shared by {sorted(stems)}: {line[:70]!r}")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
