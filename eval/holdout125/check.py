#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist
  * file names: three-digit number, two-letter language, families valid,
    canonical order, no duplicates, or the single word 'negative'
  * UTF-8, LF line endings only, final newline
  * this set's variant: no blank line anywhere in the raw (or gold) file
  * gold is an ordered subsequence of the raw lines
  * gold equals raw with the deleted lines removed, runs of blank lines
    collapsed to one, and no leading/trailing blank lines
  * negatives: gold byte-identical to raw; positives: at least one line deleted
Across the set:
  * no non-blank line longer than 3 characters appears in more than one pair
Prints one line per pair and 'ALL OK' at the end (exit code 0), otherwise
lists the problems and exits with code 1.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
REQUIRE_NO_BLANK_LINES = True  # variant of this set: scraper dropped all blank lines

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
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def normalise(lines):
    out = []
    for ln in lines:
        if ln.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(ln)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def subsequence_keep(raw, gold):
    """Greedy match of gold non-blank lines into raw; returns kept raw indices or None."""
    keep, i = set(), 0
    for g in gold:
        if g.strip() == "":
            continue
        while i < len(raw) and raw[i] != g:
            i += 1
        if i == len(raw):
            return None
        keep.add(i)
        i += 1
    return keep


def main():
    errors = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            errors.append(f"{g}: gold file without raw file")
    seen_numbers = {}
    line_owner = defaultdict(set)
    report = []
    for r in raws:
        pair_errors = []
        m = NAME_RE.match(r)
        if not m:
            pair_errors.append("bad file name")
            errors.extend(f"{r}: {e}" for e in pair_errors)
            report.append(f"{r}: FAIL")
            continue
        num, lang, fams = m.groups()
        if num in seen_numbers:
            pair_errors.append(f"number {num} also used by {seen_numbers[num]}")
        seen_numbers[num] = r
        negative = fams == "negative"
        if not negative:
            parts = fams.split("-")
            bad = [p for p in parts if p not in CANON]
            if bad:
                pair_errors.append(f"unknown families {bad}")
            elif len(set(parts)) != len(parts):
                pair_errors.append("duplicate family in name")
            elif parts != sorted(parts, key=CANON.index):
                pair_errors.append("families not in canonical order")
        g = r[:-4] + ".gold.txt"
        if g not in golds:
            pair_errors.append("gold file missing")
            errors.extend(f"{r}: {e}" for e in pair_errors)
            report.append(f"{r}: FAIL")
            continue
        raw, raw_bytes = read_lines(os.path.join(HERE, r), pair_errors)
        gold, gold_bytes = read_lines(os.path.join(HERE, g), pair_errors)
        if raw is None or gold is None:
            errors.extend(f"{r}: {e}" for e in pair_errors)
            report.append(f"{r}: FAIL")
            continue
        if REQUIRE_NO_BLANK_LINES:
            for name, lines in (("raw", raw), ("gold", gold)):
                blanks = [i + 1 for i, ln in enumerate(lines) if ln.strip() == ""]
                if blanks:
                    pair_errors.append(f"{name} has blank lines at {blanks[:5]}")
        if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
            pair_errors.append("gold has leading or trailing blank line")
        for i in range(1, len(gold)):
            if gold[i].strip() == "" and gold[i - 1].strip() == "":
                pair_errors.append(f"gold has a run of blank lines at line {i + 1}")
                break
        keep = subsequence_keep(raw, gold)
        if keep is None:
            pair_errors.append("gold is not an ordered subsequence of raw")
        else:
            rebuilt = normalise([ln for i, ln in enumerate(raw) if ln.strip() == "" or i in keep])
            if rebuilt != gold:
                pair_errors.append("gold differs from raw-minus-deletions with blank runs collapsed")
        deleted = len([l for l in raw if l.strip()]) - len([l for l in gold if l.strip()])
        if negative and raw_bytes != gold_bytes:
            pair_errors.append("negative but gold is not byte-identical to raw")
        if not negative and deleted <= 0:
            pair_errors.append("positive but nothing deleted")
        for ln in raw:
            s = ln.strip()
            if len(s) > 3:
                line_owner[s].add(r)
        nonblank = len([l for l in raw if l.strip()])
        share = 100.0 * deleted / nonblank if nonblank else 0.0
        status = "FAIL" if pair_errors else "ok"
        report.append(f"{r}: {status}  lines={nonblank} furniture={deleted} ({share:.0f}%)")
        errors.extend(f"{r}: {e}" for e in pair_errors)
    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            errors.append(f"line used in {len(owners)} files {sorted(owners)}: {line[:70]!r}")
    for ln in report:
        print(ln)
    if errors:
        print()
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
