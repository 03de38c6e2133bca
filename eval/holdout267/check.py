#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the family part is `negative` or valid family names in canonical order;
  * the gold's non-blank lines are an ordered subsequence of the raw lines, and
    the gold equals the raw with the unmatched lines deleted, blank runs
    collapsed to one and leading/trailing blank lines removed;
  * the gold has no leading/trailing blank lines and no runs of blank lines;
  * negatives: gold is byte-identical to raw; positives: gold differs from raw;
  * no non-blank line longer than 3 characters appears in more than one pair.
Prints one line per pair and `ALL OK` when everything passes.
Standard library only.
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
RANK = {f: i for i, f in enumerate(FAMILIES)}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not valid UTF-8 ({e})")
        return data, []
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters (must be LF only)")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line(s)")
    if not text.strip():
        errors.append(f"{os.path.basename(path)}: empty")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def collapse(lines):
    out = []
    for line in lines:
        if line.strip() == "":
            if not out or out[-1] == "":
                continue
            out.append("")
        else:
            out.append(line)
    while out and out[-1] == "":
        out.pop()
    return out


def check_families(stem_fams, errors, label):
    if stem_fams == "negative":
        return True
    fams = stem_fams.split("-")
    bad = [f for f in fams if f not in RANK]
    if bad:
        errors.append(f"{label}: unknown family name(s): {', '.join(bad)}")
        return False
    ranks = [RANK[f] for f in fams]
    if ranks != sorted(set(ranks)):
        errors.append(f"{label}: families not unique / not in canonical order")
    return False


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    problems = 0
    seen_numbers = {}
    line_owner = defaultdict(set)
    results = []

    for g in sorted(golds):
        if g[: -len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold file without raw file")
            problems += 1

    for raw_name in raws:
        errors = []
        m = NAME_RE.match(raw_name)
        stem = raw_name[:-4]
        if not m:
            errors.append("file name does not match NNN_<lang>_<families>.txt")
            results.append((stem, errors, ""))
            continue
        num, lang, fams = m.groups()
        if num in seen_numbers:
            errors.append(f"number {num} also used by {seen_numbers[num]}")
        seen_numbers[num] = stem
        negative = check_families(fams, errors, "name")
        gold_name = stem + ".gold.txt"
        if gold_name not in golds:
            errors.append("missing gold file")
            results.append((stem, errors, ""))
            continue
        raw_bytes, raw = read_lines(os.path.join(HERE, raw_name), errors)
        gold_bytes, gold = read_lines(os.path.join(HERE, gold_name), errors)

        # gold shape
        if gold and gold[0].strip() == "":
            errors.append("gold starts with a blank line")
        for i in range(1, len(gold)):
            if gold[i].strip() == "" and gold[i - 1].strip() == "":
                errors.append(f"gold has a run of blank lines at line {i + 1}")
                break

        # gold is an ordered subsequence of raw; reconstruct and compare
        keep = [False] * len(raw)
        j = 0
        gold_nonblank = [g for g in gold if g.strip()]
        for i, line in enumerate(raw):
            if j < len(gold_nonblank) and line == gold_nonblank[j]:
                keep[i] = True
                j += 1
        if j < len(gold_nonblank):
            errors.append(f"gold line not found in order in raw: {gold_nonblank[j][:70]!r}")
        else:
            rebuilt = collapse([l for l, k in zip(raw, keep) if k or l.strip() == ""])
            if rebuilt != gold:
                errors.append("gold != raw minus deleted lines with blank runs collapsed")
        deleted = sum(1 for l, k in zip(raw, keep) if l.strip() and not k)

        if negative:
            if raw_bytes != gold_bytes:
                errors.append("negative: gold is not byte-identical to raw")
        else:
            if deleted == 0:
                errors.append("positive: no line deleted")

        for line in set(raw):
            s = line.strip()
            if len(s) > 3:
                line_owner[s].add(stem)
        nonblank = sum(1 for l in raw if l.strip())
        info = f"raw {nonblank} non-blank lines, deleted {deleted}"
        if nonblank and not negative:
            info += f" ({deleted / nonblank:.0%} furniture)"
        results.append((stem, errors, info))

    dup_by_file = defaultdict(list)
    for line, owners in line_owner.items():
        if len(owners) > 1:
            for o in owners:
                others = ", ".join(sorted(x[:3] for x in owners if x != o))
                dup_by_file[o].append(f"line also in {others}: {line[:60]!r}")

    for stem, errors, info in results:
        errors = errors + dup_by_file.get(stem, [])
        if errors:
            problems += len(errors)
            print(f"FAIL {stem}: {info}")
            for e in errors:
                print(f"     - {e}")
        else:
            print(f"ok   {stem}: {info}")

    if not raws:
        print("no files found")
        problems += 1
    if problems:
        print(f"FAILED: {problems} problem(s)")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
