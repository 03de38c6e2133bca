#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the file name is well formed, the families are valid, unique and in canonical
    order, or the name is exactly 'negative';
  * the gold's lines are an ordered subsequence of the raw lines, and the gold equals
    the raw with the unmatched lines deleted, blank runs collapsed to one and
    leading/trailing blanks removed;
  * the gold has no leading/trailing blank lines and no runs of blank lines;
  * a negative's gold is byte-identical to its raw; a positive's gold is not;
Across the set:
  * no non-blank line longer than 3 characters appears in more than one pair
    (raw and gold of one pair count as one file for this purpose).
Prints one line per pair and 'ALL OK' at the end; exits 1 on any error.
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z\-]+)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return data, []
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters (need LF only)")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line(s)")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def collapse(lines):
    out = []
    for line in lines:
        if line.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(line)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def check_families(fams, errors, name):
    if fams == "negative":
        return True
    parts = fams.split("-")
    bad = [p for p in parts if p not in FAMILIES]
    if bad:
        errors.append(f"{name}: unknown families {bad}")
        return False
    if len(set(parts)) != len(parts):
        errors.append(f"{name}: duplicated family in name")
    idx = [FAMILIES.index(p) for p in parts]
    if idx != sorted(idx):
        errors.append(f"{name}: families not in canonical order")
    return False


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    all_errors = []
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            all_errors.append(f"{g}: gold without raw")
    line_owner = defaultdict(set)
    numbers = defaultdict(list)
    results = []
    for raw_name in raws:
        errors = []
        m = NAME_RE.match(raw_name)
        if not m:
            errors.append(f"{raw_name}: bad file name")
            results.append((raw_name, errors))
            continue
        num, lang, fams = m.groups()
        numbers[num].append(raw_name)
        negative = check_families(fams, errors, raw_name)
        gold_name = raw_name[:-4] + ".gold.txt"
        if gold_name not in golds:
            errors.append(f"{raw_name}: missing {gold_name}")
            results.append((raw_name, errors))
            continue
        raw_bytes, raw = read_lines(os.path.join(HERE, raw_name), errors)
        gold_bytes, gold = read_lines(os.path.join(HERE, gold_name), errors)
        # gold layout
        if gold and gold[0].strip() == "":
            errors.append(f"{gold_name}: leading blank line")
        if gold and gold[-1].strip() == "":
            errors.append(f"{gold_name}: trailing blank line")
        for a, b in zip(gold, gold[1:]):
            if a.strip() == "" and b.strip() == "":
                errors.append(f"{gold_name}: run of blank lines")
                break
        # ordered subsequence (non-blank lines), then reconstruction
        keep = [False] * len(raw)
        j = 0
        gold_nb = [g for g in gold if g.strip() != ""]
        for i, line in enumerate(raw):
            if line.strip() == "":
                keep[i] = True
            elif j < len(gold_nb) and line == gold_nb[j]:
                keep[i] = True
                j += 1
        if j != len(gold_nb):
            errors.append(f"{gold_name}: not an ordered subsequence of raw "
                          f"(first unmatched gold line: {gold_nb[j][:60]!r})")
        else:
            rebuilt = collapse([l for l, k in zip(raw, keep) if k])
            while rebuilt and rebuilt[0].strip() == "":
                rebuilt.pop(0)
            if rebuilt != gold:
                errors.append(f"{gold_name}: differs from raw minus deleted lines "
                              f"with blank runs collapsed")
        deleted = sum(1 for l, k in zip(raw, keep) if not k)
        if negative:
            if raw_bytes != gold_bytes:
                errors.append(f"{raw_name}: negative but gold is not byte-identical")
        else:
            if raw_bytes == gold_bytes or deleted == 0:
                errors.append(f"{raw_name}: positive but nothing deleted")
        for line in set(raw) | set(gold):
            if line.strip() and len(line.strip()) > 3:
                line_owner[line.strip()].add(num)
        nonblank = sum(1 for l in raw if l.strip())
        share = 100.0 * deleted / nonblank if nonblank else 0.0
        results.append((raw_name, errors, nonblank, deleted, share))
    for num, names in numbers.items():
        if len(names) > 1:
            all_errors.append(f"number {num} used by {names}")
    dup = {l: sorted(o) for l, o in line_owner.items() if len(o) > 1}
    for l, owners in sorted(dup.items()):
        all_errors.append(f"line used in pairs {owners}: {l[:70]!r}")
    failed = False
    for r in results:
        name, errors = r[0], r[1]
        if errors:
            failed = True
            print(f"FAIL {name}")
            for e in errors:
                print(f"     {e}")
        else:
            print(f"ok   {name}  ({r[2]} lines, {r[3]} furniture, {r[4]:.0f}%)")
    for e in all_errors:
        failed = True
        print(f"FAIL {e}")
    if not raws:
        failed = True
        print("FAIL no pairs found")
    if failed:
        print("ERRORS FOUND")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
