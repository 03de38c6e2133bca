#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * file name is well formed; families are valid, unique and in canonical order;
  * gold lines form an ordered subsequence of raw lines (byte-identical lines);
  * gold has no leading/trailing blank lines and no runs of blank lines;
  * a blank line appears in gold between two kept lines exactly when the raw
    text had at least one blank line between them (blank-run collapsing);
  * negatives are byte-identical to their raw file; positives are not;
Across the set: no non-blank line longer than 3 characters occurs in more
than one pair.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
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
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def check_families(fams, errors, name):
    if fams == "negative":
        return
    parts = fams.split("-")
    for p in parts:
        if p not in CANON:
            errors.append(f"{name}: unknown family '{p}'")
    if len(set(parts)) != len(parts):
        errors.append(f"{name}: repeated family")
    idx = [CANON.index(p) for p in parts if p in CANON]
    if idx != sorted(idx):
        errors.append(f"{name}: families not in canonical order")


def check_pair(raw_path, gold_path, fams, errors):
    name = os.path.basename(raw_path)
    raw, raw_bytes = read_lines(raw_path, errors)
    gold, gold_bytes = read_lines(gold_path, errors)
    if raw is None or gold is None:
        return
    if fams == "negative":
        if raw_bytes != gold_bytes:
            errors.append(f"{name}: negative but gold differs from raw")
        return
    if raw_bytes == gold_bytes:
        errors.append(f"{name}: positive but gold is identical to raw")
    if gold and (gold[0] == "" or gold[-1] == ""):
        errors.append(f"{name}: gold has leading or trailing blank line")
    for a, b in zip(gold, gold[1:]):
        if a == "" and b == "":
            errors.append(f"{name}: gold has a run of blank lines")
            break
    # match non-blank gold lines as an ordered subsequence of raw
    pos = []
    j = 0
    for i, g in enumerate(gold):
        if g == "":
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            errors.append(f"{name}: gold line {i + 1} not found in order in raw: {g[:60]!r}")
            return
        pos.append((i, j))
        j += 1
    # blank-line handling between consecutive kept lines
    for (gi, rj), (gi2, rj2) in zip(pos, pos[1:]):
        gold_blank = any(gold[k] == "" for k in range(gi + 1, gi2))
        raw_blank = any(raw[k] == "" for k in range(rj + 1, rj2))
        if gold_blank != raw_blank:
            errors.append(f"{name}: blank line mismatch between gold lines {gi + 1} and {gi2 + 1}")
    if not pos:
        errors.append(f"{name}: gold is empty")


def main():
    errors = []
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            errors.append(f"{g}: gold without raw file")
    seen_numbers = set()
    line_owner = defaultdict(set)
    for r in raws:
        n_before = len(errors)
        m = NAME_RE.match(r)
        if not m:
            errors.append(f"{r}: bad file name")
            print(f"FAIL {r}")
            continue
        num, lang, fams = m.groups()
        if num in seen_numbers:
            errors.append(f"{r}: duplicate number {num}")
        seen_numbers.add(num)
        check_families(fams, errors, r)
        gold = r[:-4] + ".gold.txt"
        if gold not in golds:
            errors.append(f"{r}: missing gold file")
        else:
            check_pair(os.path.join(HERE, r), os.path.join(HERE, gold), fams, errors)
        try:
            for line in open(os.path.join(HERE, r), encoding="utf-8").read().split("\n"):
                if line.strip() and len(line.strip()) > 3:
                    line_owner[line.strip()].add(num)
        except UnicodeDecodeError:
            pass
        status = "ok" if len(errors) == n_before else "FAIL"
        print(f"{status:4} {r}")
    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            errors.append(f"line used in pairs {', '.join(sorted(owners))}: {line[:70]!r}")
    if errors:
        print()
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
