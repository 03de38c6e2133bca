#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, per pair: both files exist; UTF-8, LF-only, final newline; file name
pattern and family names (valid, canonical order, no repeats); gold is an
ordered subsequence of raw lines and equals raw minus the deleted lines with
blank runs collapsed; no leading/trailing blank lines in gold; negatives are
byte-identical; positives delete at least one line and keep furniture at
30-55% of non-blank raw lines. Across the set: no non-blank line longer than
3 characters occurs in more than one pair. Standard library only.
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
RANK = {f: i for i, f in enumerate(FAMILIES)}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
RATIO_MIN, RATIO_MAX = 0.30, 0.55

HERE = os.path.dirname(os.path.abspath(__file__))


def read_text(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    return text


def collapse(lines):
    out = []
    for line in lines:
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return out


def check_families(fampart, errors, name):
    if fampart == "negative":
        return []
    fams = fampart.split("-")
    for f in fams:
        if f not in RANK:
            errors.append(f"{name}: unknown family '{f}'")
    known = [f for f in fams if f in RANK]
    if len(set(known)) != len(known):
        errors.append(f"{name}: repeated family")
    ranks = [RANK[f] for f in known]
    if ranks != sorted(ranks):
        errors.append(f"{name}: families not in canonical order")
    return fams


def check_pair(raw_path, gold_path, negative, errors):
    name = os.path.basename(raw_path)
    raw_text = read_text(raw_path, errors)
    gold_text = read_text(gold_path, errors)
    if raw_text is None or gold_text is None:
        return None
    raw = raw_text.split("\n")[:-1] if raw_text.endswith("\n") else raw_text.split("\n")
    gold = gold_text.split("\n")[:-1] if gold_text.endswith("\n") else gold_text.split("\n")
    if any(l.strip() == "" and l != "" for l in raw + gold):
        errors.append(f"{name}: whitespace-only line (should be empty)")
    if gold and (gold[0] == "" or gold[-1] == ""):
        errors.append(f"{name}: gold has leading/trailing blank line")
    for a, b in zip(gold, gold[1:]):
        if a == "" and b == "":
            errors.append(f"{name}: gold has a run of blank lines")
            break
    if negative:
        if open(raw_path, "rb").read() != open(gold_path, "rb").read():
            errors.append(f"{name}: negative but gold differs from raw")
    # match non-blank gold lines, in order, against raw lines
    gi = [l for l in gold if l != ""]
    kept = [False] * len(raw)
    j = 0
    for i, line in enumerate(raw):
        if j < len(gi) and line != "" and line == gi[j]:
            kept[i] = True
            j += 1
    if j < len(gi):
        errors.append(f"{name}: gold line not found in order in raw: {gi[j][:70]!r}")
        return None
    expected = collapse([l for l, k in zip(raw, kept) if k or l == ""])
    if expected != gold:
        errors.append(f"{name}: gold is not raw minus deleted lines with blank runs collapsed")
    nonblank = [l for l in raw if l != ""]
    deleted = sum(1 for l, k in zip(raw, kept) if l != "" and not k)
    ratio = deleted / len(nonblank) if nonblank else 0.0
    if not negative:
        if deleted == 0:
            errors.append(f"{name}: positive but nothing deleted")
        elif not (RATIO_MIN <= ratio <= RATIO_MAX):
            errors.append(f"{name}: furniture ratio {ratio:.0%} outside {RATIO_MIN:.0%}-{RATIO_MAX:.0%}")
    return raw, len(nonblank), deleted, ratio


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    total_errors = 0
    seen = defaultdict(set)   # line -> set of pair names
    numbers = defaultdict(list)
    used_fams = set()
    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold without raw")
            total_errors += 1
    for r in raws:
        errors = []
        stem = r[:-4]
        m = NAME_RE.match(r)
        if not m:
            errors.append(f"{r}: bad file name")
            fams, negative = [], False
        else:
            numbers[m.group(1)].append(r)
            fams = check_families(m.group(3), errors, r)
            negative = m.group(3) == "negative"
            used_fams.update(fams)
        gold = stem + ".gold.txt"
        info = ""
        if gold not in golds:
            errors.append(f"{r}: missing {gold}")
        else:
            res = check_pair(os.path.join(HERE, r), os.path.join(HERE, gold), negative, errors)
            if res:
                raw, nb, deleted, ratio = res
                info = f"lines={nb} deleted={deleted} furniture={ratio:.0%}"
                for line in raw:
                    if len(line.strip()) > 3:
                        seen[line.strip()].add(stem)
        if errors:
            total_errors += len(errors)
            print(f"FAIL {stem}: " + "; ".join(errors))
        else:
            print(f"ok   {stem}  {info}")
    for num, names in numbers.items():
        if len(names) > 1:
            print(f"FAIL number {num} used by {names}")
            total_errors += 1
    for line, pairs in sorted(seen.items()):
        if len(pairs) > 1:
            print(f"FAIL line shared by {sorted(pairs)}: {line[:70]!r}")
            total_errors += 1
    unused = [f for f in FAMILIES if f not in used_fams]
    print(f"pairs: {len(raws)}; families used: {len(used_fams)}/{len(FAMILIES)}"
          + (f"; unused: {' '.join(unused)}" if unused else ""))
    if total_errors:
        print(f"{total_errors} ERROR(S)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
