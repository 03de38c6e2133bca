#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, are UTF-8, use LF only, end with exactly one final newline
  * file name well formed; families valid, unique, in canonical order; 'negative' stands alone
  * gold is an ordered subsequence of the raw lines
  * gold == raw minus the deleted lines, with blank runs collapsed to one and
    no leading/trailing blank lines
  * negatives: gold byte-identical to raw; positives: at least one line deleted
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair
    (a pair's raw and gold count as one file, since gold lines are raw lines)
Prints one line per pair and 'ALL OK' at the end (exit status 0), otherwise
the problems found (exit status 1).
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
        return data, []
    name = os.path.basename(path)
    if "\r" in text:
        errors.append(f"{name}: contains CR characters (LF line endings required)")
    if text.startswith("\ufeff"):
        errors.append(f"{name}: starts with a BOM")
    if not text.endswith("\n"):
        errors.append(f"{name}: no final newline")
    elif text.endswith("\n\n"):
        errors.append(f"{name}: trailing blank line(s) at end of file")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def collapse(lines):
    out = []
    for line in lines:
        if not line.strip():
            if not out or not out[-1].strip():
                continue
            out.append(line)
        else:
            out.append(line)
    while out and not out[-1].strip():
        out.pop()
    return out


def check_pair(stem, errors):
    raw_path = os.path.join(HERE, stem + ".txt")
    gold_path = os.path.join(HERE, stem + ".gold.txt")
    raw_bytes, raw = read_lines(raw_path, errors)
    gold_bytes, gold = read_lines(gold_path, errors)
    m = NAME_RE.match(stem + ".txt")
    fams = m.group(3).split("-")
    label = stem
    if fams == ["negative"]:
        if raw_bytes != gold_bytes:
            errors.append(f"{label}: negative but gold is not byte-identical to raw")
    else:
        bad = [f for f in fams if f not in CANON]
        if bad:
            errors.append(f"{label}: unknown families {bad}")
        if "negative" in fams:
            errors.append(f"{label}: 'negative' combined with other families")
        if len(set(fams)) != len(fams):
            errors.append(f"{label}: duplicate family in name")
        known = [f for f in fams if f in CANON]
        if known != sorted(known, key=CANON.index):
            errors.append(f"{label}: families not in canonical order")
    # leading / trailing / double blanks in gold
    if gold and not gold[0].strip():
        errors.append(f"{label}: gold starts with a blank line")
    if gold and not gold[-1].strip():
        errors.append(f"{label}: gold ends with a blank line")
    for i in range(1, len(gold)):
        if not gold[i].strip() and not gold[i - 1].strip():
            errors.append(f"{label}: gold has a run of blank lines at line {i + 1}")
            break
    # ordered subsequence (all lines, blanks included)
    j = 0
    kept = set()
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            errors.append(f"{label}: gold line not found in order in raw: {g[:70]!r}")
            break
        if g.strip():
            kept.add(j)
        j += 1
    # gold must equal raw minus deleted non-blank lines, blank runs collapsed
    rebuilt = collapse([l for i, l in enumerate(raw) if not l.strip() or i in kept])
    if rebuilt != gold:
        errors.append(f"{label}: gold is not raw-minus-deletions with blank runs collapsed")
    raw_nb = [l for l in raw if l.strip()]
    gold_nb = [l for l in gold if l.strip()]
    removed = len(raw_nb) - len(gold_nb)
    if fams != ["negative"] and removed == 0:
        errors.append(f"{label}: positive file but nothing deleted")
    share = removed / len(raw_nb) if raw_nb else 0.0
    return raw, removed, len(raw_nb), share


def main():
    errors = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    stems = set()
    for f in files:
        stem = f[:-9] if f.endswith(".gold.txt") else f[:-4]
        if not NAME_RE.match(stem + ".txt"):
            errors.append(f"{f}: file name does not match NNN_<lang>_<families>.txt")
            continue
        stems.add(stem)
    for stem in sorted(stems):
        for suffix in (".txt", ".gold.txt"):
            if not os.path.exists(os.path.join(HERE, stem + suffix)):
                errors.append(f"{stem}: missing {stem + suffix}")
    numbers = defaultdict(list)
    for stem in stems:
        numbers[stem[:3]].append(stem)
    for num, lst in numbers.items():
        if len(lst) > 1:
            errors.append(f"number {num} used by several pairs: {lst}")

    where = defaultdict(set)
    complete = [s for s in sorted(stems)
                if all(os.path.exists(os.path.join(HERE, s + x)) for x in (".txt", ".gold.txt"))]
    for stem in complete:
        before = len(errors)
        raw, removed, total, share = check_pair(stem, errors)
        for line in raw:
            key = line.strip()
            if len(key) > 3:
                where[key].add(stem)
        status = "OK  " if len(errors) == before else "FAIL"
        print(f"{status} {stem}: {total} non-blank lines, {removed} furniture ({share:.0%})")
    for line, stems_with in sorted(where.items()):
        if len(stems_with) > 1:
            errors.append(f"line used in {len(stems_with)} files {sorted(stems_with)}: {line[:70]!r}")
    if not complete:
        errors.append("no pairs found")
    if errors:
        print()
        for e in errors:
            print("ERROR:", e)
        print(f"FAILED ({len(errors)} problem(s))")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
