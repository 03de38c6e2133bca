#!/usr/bin/env python3
"""Validate the blind furniture-removal evaluation set in this directory.

Checks, per pair (NNN_<lang>_<families>.txt + NNN_<lang>_<families>.gold.txt):
  * both files exist, are UTF-8 (no BOM), use LF line endings and end with a newline;
  * the file name is well formed, families are valid, unique and in canonical order,
    or the single word 'negative';
  * the gold file has no leading/trailing blank lines and no runs of blank lines;
  * the gold file is an ordered subsequence of the raw lines, and equals exactly what you
    get by deleting some non-blank raw lines, collapsing blank runs and trimming the ends;
  * negatives: gold is byte-identical to raw; positives: at least one line deleted, and the
    furniture share of non-blank lines is between 30 % and 55 %;
  * across the set: no non-blank line longer than 3 characters occurs in more than one pair
    (the raw and gold file of one pair count as one unit, since gold lines come from raw).
Prints one line per pair and 'ALL OK' at the end (exit code 0), or the problems (exit code 1).
Standard library only.
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
RANK = {f: i for i, f in enumerate(FAMILIES)}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")
MIN_SHARE, MAX_SHARE = 0.30, 0.55

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    with open(path, "rb") as fh:
        data = fh.read()
    name = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{name}: starts with a BOM")
    if b"\r" in data:
        errors.append(f"{name}: contains CR characters (must be LF only)")
    if not data.endswith(b"\n"):
        errors.append(f"{name}: no final newline")
    if data.endswith(b"\n\n"):
        errors.append(f"{name}: ends with a blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{name}: not UTF-8 ({exc})")
        text = data.decode("utf-8", "replace")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_blank(line):
    return line.strip() == ""


def collapse(lines):
    out = []
    for ln in lines:
        if is_blank(ln) and (not out or is_blank(out[-1])):
            continue
        out.append(ln)
    while out and is_blank(out[-1]):
        out.pop()
    return out


def check_families(fampart, errors, name):
    if fampart == "negative":
        return True
    fams = fampart.split("-")
    bad = [f for f in fams if f not in RANK]
    if bad:
        errors.append(f"{name}: unknown families {bad}")
        return False
    if len(set(fams)) != len(fams):
        errors.append(f"{name}: duplicate families")
    if [RANK[f] for f in fams] != sorted(RANK[f] for f in fams):
        errors.append(f"{name}: families not in canonical order")
    return False


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    problems = 0
    seen = defaultdict(set)     # stripped line -> set of pair stems
    numbers = defaultdict(list)

    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold file without raw file")
            problems += 1

    for raw_name in raws:
        errors = []
        stem = raw_name[:-4]
        m = NAME_RE.match(raw_name)
        negative = False
        if not m:
            errors.append(f"{raw_name}: bad file name (want NNN_<lang>_<families>.txt)")
        else:
            numbers[m.group(1)].append(raw_name)
            negative = check_families(m.group(3), errors, raw_name)
        gold_name = stem + ".gold.txt"
        if gold_name not in golds:
            print(f"FAIL {stem}: missing {gold_name}")
            problems += 1
            continue
        raw_bytes, raw = read_lines(os.path.join(HERE, raw_name), errors)
        gold_bytes, gold = read_lines(os.path.join(HERE, gold_name), errors)

        # raw sanity
        if raw and (is_blank(raw[0]) or is_blank(raw[-1])):
            errors.append(f"{raw_name}: leading or trailing blank line")
        # gold: blanks
        if gold and (is_blank(gold[0]) or is_blank(gold[-1])):
            errors.append(f"{gold_name}: leading or trailing blank line")
        for i in range(1, len(gold)):
            if is_blank(gold[i]) and is_blank(gold[i - 1]):
                errors.append(f"{gold_name}: run of blank lines at line {i + 1}")
                break
        # gold: ordered subsequence of raw (all lines, blanks included)
        j = 0
        for ln in gold:
            while j < len(raw) and raw[j] != ln:
                j += 1
            if j == len(raw):
                errors.append(f"{gold_name}: line not found in order in raw: {ln[:60]!r}")
                break
            j += 1
        # gold equals raw minus some non-blank lines, collapsed
        kept = []
        gi = 0
        gold_nb = [ln for ln in gold if not is_blank(ln)]
        for ln in raw:
            if is_blank(ln):
                kept.append(ln)
            elif gi < len(gold_nb) and ln == gold_nb[gi]:
                kept.append(ln)
                gi += 1
        if gi != len(gold_nb) or collapse(kept) != gold:
            errors.append(f"{gold_name}: not equal to raw minus deleted lines with blank runs collapsed")

        raw_nb = [ln for ln in raw if not is_blank(ln)]
        deleted = len(raw_nb) - len(gold_nb)
        share = deleted / len(raw_nb) if raw_nb else 0.0
        if negative:
            if raw_bytes != gold_bytes:
                errors.append(f"{stem}: negative but gold differs from raw")
        else:
            if deleted <= 0:
                errors.append(f"{stem}: positive but nothing deleted")
            elif not (MIN_SHARE <= share <= MAX_SHARE):
                errors.append(f"{stem}: furniture share {share:.0%} outside "
                              f"{MIN_SHARE:.0%}-{MAX_SHARE:.0%}")

        for ln in raw:
            key = ln.strip()
            if len(key) > 3:
                seen[key].add(stem)

        kind = "negative" if negative else "positive"
        if errors:
            problems += len(errors)
            print(f"FAIL {stem}")
            for e in errors:
                print(f"     {e}")
        else:
            print(f"ok   {stem}  [{kind}; {len(raw_nb)} non-blank lines, "
                  f"{deleted} furniture ({share:.0%})]")

    for num, names in sorted(numbers.items()):
        if len(names) > 1:
            print(f"FAIL number {num} used by {names}")
            problems += 1

    dups = {k: v for k, v in seen.items() if len(v) > 1}
    for line, stems in sorted(dups.items()):
        print(f"FAIL line shared by {sorted(stems)}: {line[:70]!r}")
        problems += 1

    if not raws:
        print("FAIL no pairs found")
        problems += 1

    if problems:
        print(f"{problems} PROBLEM(S)")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
