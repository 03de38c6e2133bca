#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory.

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the file name is well formed, family names are valid, unique and in canonical order
    (or the single word "negative");
  * the gold is an ordered subsequence of the raw lines;
  * the gold equals the raw text with the matched furniture lines removed, blank runs
    collapsed to one blank line and no leading/trailing blank lines;
  * negatives are byte-identical to their raw file; positives delete at least one line;
and across the whole set:
  * no non-blank line longer than 3 characters occurs in more than one pair.

Prints one line per pair and "ALL OK" at the end (exit status 0), or the problems
found (exit status 1). Python 3 standard library only.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
NAME = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    with open(path, "rb") as fh:
        data = fh.read()
    name = os.path.basename(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{name}: not valid UTF-8 ({exc})")
        return None, data
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{name}: starts with a byte-order mark")
    if b"\r" in data:
        errors.append(f"{name}: contains CR characters (LF line endings required)")
    if not data.endswith(b"\n"):
        errors.append(f"{name}: no final newline")
    if data.endswith(b"\n\n"):
        errors.append(f"{name}: ends with a blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def expected_gold(raw, gold_nonblank, errors, name):
    """Greedily match the gold's non-blank lines in raw; rebuild the expected gold."""
    keep = set()
    j = 0
    for i, line in enumerate(raw):
        if j < len(gold_nonblank) and line.strip() and line == gold_nonblank[j]:
            keep.add(i)
            j += 1
    if j < len(gold_nonblank):
        errors.append(f"{name}: gold is not an ordered subsequence of raw "
                      f"(first unmatched gold line: {gold_nonblank[j][:70]!r})")
        return None, 0
    out = []
    for i, line in enumerate(raw):
        if line.strip() == "":
            if out and out[-1] != "":
                out.append("")
        elif i in keep:
            out.append(line)
    while out and out[-1] == "":
        out.pop()
    deleted = sum(1 for i, l in enumerate(raw) if l.strip() and i not in keep)
    return out, deleted


def main():
    errors = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            errors.append(f"{g}: gold file without a raw file")

    seen = defaultdict(set)  # stripped line -> pairs using it
    numbers = defaultdict(list)
    report = []
    for raw_name in raws:
        pair_errors = []
        m = NAME.match(raw_name)
        stem = raw_name[:-4]
        if not m:
            pair_errors.append(f"{raw_name}: file name does not match NNN_<lang>_<families>.txt")
            errors.extend(pair_errors)
            continue
        num, lang, famstr = m.groups()
        numbers[num].append(raw_name)
        fams = famstr.split("-")
        negative = famstr == "negative"
        if not negative:
            bad = [f for f in fams if f not in CANON]
            if bad:
                pair_errors.append(f"{raw_name}: unknown families {bad}")
            elif len(set(fams)) != len(fams):
                pair_errors.append(f"{raw_name}: repeated family names")
            elif [CANON.index(f) for f in fams] != sorted(CANON.index(f) for f in fams):
                pair_errors.append(f"{raw_name}: families not in canonical order")
        gold_name = stem + ".gold.txt"
        if gold_name not in golds:
            pair_errors.append(f"{raw_name}: missing {gold_name}")
            errors.extend(pair_errors)
            report.append(f"FAIL {stem}")
            continue
        raw, raw_bytes = read_lines(os.path.join(HERE, raw_name), pair_errors)
        gold, gold_bytes = read_lines(os.path.join(HERE, gold_name), pair_errors)
        if raw is None or gold is None:
            errors.extend(pair_errors)
            report.append(f"FAIL {stem}")
            continue
        if raw and raw[0].strip() == "":
            pair_errors.append(f"{raw_name}: starts with a blank line")
        if gold and gold[0].strip() == "":
            pair_errors.append(f"{gold_name}: leading blank line")
        if gold and gold[-1].strip() == "":
            pair_errors.append(f"{gold_name}: trailing blank line")
        for k in range(1, len(gold)):
            if gold[k].strip() == "" and gold[k - 1].strip() == "":
                pair_errors.append(f"{gold_name}: run of blank lines at line {k + 1}")
                break
        for k, line in enumerate(gold):
            if line != "" and line.strip() == "":
                pair_errors.append(f"{gold_name}: whitespace-only line {k + 1}")
                break
        gold_nonblank = [l for l in gold if l.strip()]
        exp, deleted = expected_gold(raw, gold_nonblank, pair_errors, gold_name)
        if exp is not None and exp != gold:
            pair_errors.append(f"{gold_name}: blank lines do not match raw with deletions "
                               f"collapsed (expected {len(exp)} lines, got {len(gold)})")
        if negative:
            if raw_bytes != gold_bytes:
                pair_errors.append(f"{stem}: negative but gold differs from raw")
        elif exp is not None and deleted == 0:
            pair_errors.append(f"{stem}: positive but nothing is deleted")
        nonblank = sum(1 for l in raw if l.strip())
        for line in raw:
            s = line.strip()
            if len(s) > 3:
                seen[s].add(stem)
        status = "FAIL" if pair_errors else "ok  "
        ratio = (deleted / nonblank) if nonblank else 0.0
        report.append(f"{status} {stem}  lines={len(raw)} nonblank={nonblank} "
                      f"deleted={deleted} ({ratio:.0%})")
        errors.extend(pair_errors)

    for num, names in numbers.items():
        if len(names) > 1:
            errors.append(f"number {num} used by several pairs: {names}")
    for line, stems in sorted(seen.items()):
        if len(stems) > 1:
            errors.append(f"line used in {len(stems)} pairs {sorted(stems)}: {line[:70]!r}")
    if not raws:
        errors.append("no pairs found")

    for r in report:
        print(r)
    if errors:
        print()
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
