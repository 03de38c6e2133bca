#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, per pair:
  * both NNN_<lang>_<families>.txt and .gold.txt exist;
  * file name well formed, family names valid, unique and in canonical order
    (or the single word 'negative');
  * UTF-8, LF line endings only, final newline, no trailing-newline surplus;
  * gold is an ordered subsequence of raw lines and equals the raw text with
    the unmatched non-blank lines deleted, runs of blank lines collapsed to
    one and leading/trailing blank lines removed;
  * negatives: gold byte-identical to raw; positives: at least one line deleted
    and furniture share of non-blank lines between 30 % and 55 %.
Across the set: no non-blank line longer than 3 characters occurs in more
than one pair.
Standard library only. Prints one line per pair and 'ALL OK' at the end.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z\-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({exc})")
        return None, data
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    elif text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: blank line at end of file")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def blank(s):
    return s.strip() == ""


def rebuild(raw, gold, errors, tag):
    """Match gold non-blank lines to raw non-blank lines in order; rebuild the
    expected gold from raw and compare. Returns number of deleted lines."""
    gold_nb = [g for g in gold if not blank(g)]
    keep = [False] * len(raw)
    j = 0
    for i, line in enumerate(raw):
        if blank(line):
            keep[i] = True
        elif j < len(gold_nb) and line == gold_nb[j]:
            keep[i] = True
            j += 1
    if j != len(gold_nb):
        errors.append(f"{tag}: gold is not an ordered subsequence of raw "
                      f"(first unmatched gold line: {gold_nb[j][:60]!r})")
        return None
    expected = []
    for line, k in zip(raw, keep):
        if not k:
            continue
        if blank(line):
            if not expected or blank(expected[-1]):
                continue
            expected.append("")
        else:
            expected.append(line)
    while expected and blank(expected[-1]):
        expected.pop()
    if gold != expected:
        for n, (a, b) in enumerate(zip(gold, expected)):
            if a != b:
                errors.append(f"{tag}: gold line {n + 1} differs from the expected "
                              f"deletion result ({a[:40]!r} vs {b[:40]!r})")
                break
        else:
            errors.append(f"{tag}: gold length {len(gold)} != expected {len(expected)}")
    return sum(1 for line, k in zip(raw, keep) if not k)


def main():
    errors = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            errors.append(f"{g}: gold without raw file")
    numbers = defaultdict(list)
    seen = defaultdict(set)          # line -> set of pair stems
    report = []
    for r in raws:
        stem = r[:-4]
        tag = stem
        pair_err = len(errors)
        m = NAME_RE.match(r)
        if not m:
            errors.append(f"{r}: bad file name")
            continue
        numbers[m.group(1)].append(r)
        fams = m.group(3).split("-")
        negative = fams == ["negative"]
        if not negative:
            bad = [f for f in fams if f not in CANON]
            if bad:
                errors.append(f"{tag}: unknown families {bad}")
            elif len(set(fams)) != len(fams):
                errors.append(f"{tag}: duplicated family")
            elif fams != sorted(fams, key=CANON.index):
                errors.append(f"{tag}: families not in canonical order")
        gpath = os.path.join(HERE, stem + ".gold.txt")
        if not os.path.exists(gpath):
            errors.append(f"{tag}: gold file missing")
            continue
        raw, raw_bytes = read_lines(os.path.join(HERE, r), errors)
        gold, gold_bytes = read_lines(gpath, errors)
        if raw is None or gold is None:
            continue
        if gold and (blank(gold[0]) or blank(gold[-1])):
            errors.append(f"{tag}: gold has leading or trailing blank line")
        for a, b in zip(gold, gold[1:]):
            if blank(a) and blank(b):
                errors.append(f"{tag}: gold has a run of blank lines")
                break
        deleted = rebuild(raw, gold, errors, tag)
        nonblank = [x for x in raw if not blank(x)]
        if negative:
            if raw_bytes != gold_bytes:
                errors.append(f"{tag}: negative but gold differs from raw")
        elif deleted is not None:
            if deleted == 0:
                errors.append(f"{tag}: positive but no line deleted")
            share = deleted / len(nonblank) if nonblank else 0
            if not 0.30 <= share <= 0.55:
                errors.append(f"{tag}: furniture share {share:.0%} outside 30-55 %")
        for x in nonblank:
            if len(x.strip()) > 3:
                seen[x].add(stem)
        status = "OK" if len(errors) == pair_err else "FAIL"
        d = deleted if deleted is not None else "?"
        report.append(f"{status:4} {stem}  raw={len(nonblank)} non-blank, deleted={d}")
    for num, names in numbers.items():
        if len(names) > 1:
            errors.append(f"number {num} used by several files: {names}")
    for line, stems in sorted(seen.items()):
        if len(stems) > 1:
            errors.append(f"line used in {len(stems)} pairs {sorted(stems)}: {line[:70]!r}")
    for line in report:
        print(line)
    for e in errors:
        print("ERROR", e)
    if errors:
        print(f"{len(errors)} ERROR(S)")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
