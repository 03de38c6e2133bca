#!/usr/bin/env python3
"""Validate the blind177 boilerplate-removal evaluation set (standard library only).

Usage: python3 check.py [directory]   (defaults to the directory of this script)
"""
import os
import re
import sys
from collections import defaultdict

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")


def read_lines(path, errors):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{name}: not valid UTF-8 ({e})")
        return data, []
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{name}: has a BOM")
    if b"\r" in data:
        errors.append(f"{name}: contains CR characters (must be LF only)")
    if not data.endswith(b"\n"):
        errors.append(f"{name}: missing final newline")
    elif data.endswith(b"\n\n"):
        errors.append(f"{name}: ends with a blank line")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def collapse(lines):
    out = []
    for ln in lines:
        if ln.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(ln)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def check_pair(base, raw_path, gold_path, fams):
    errors = []
    raw_bytes, raw = read_lines(raw_path, errors)
    gold_bytes, gold = read_lines(gold_path, errors)

    # family names
    if fams == ["negative"]:
        if raw_bytes != gold_bytes:
            errors.append("negative pair: gold is not byte-identical to raw")
    else:
        bad = [f for f in fams if f not in ORDER]
        if bad:
            errors.append(f"unknown families: {bad}")
        known = [f for f in fams if f in ORDER]
        if known != sorted(known, key=ORDER.index) or len(set(known)) != len(known):
            errors.append("families not in canonical order or repeated")
        if raw_bytes == gold_bytes:
            errors.append("positive pair: gold identical to raw (nothing removed)")

    # gold layout
    if gold and gold[0].strip() == "":
        errors.append("gold starts with a blank line")
    if gold and gold[-1].strip() == "":
        errors.append("gold ends with a blank line")
    for i in range(1, len(gold)):
        if gold[i].strip() == "" and gold[i - 1].strip() == "":
            errors.append(f"gold has a run of blank lines at line {i + 1}")
            break
    for i, ln in enumerate(gold):
        if ln != "" and ln.strip() == "":
            errors.append(f"gold line {i + 1} is whitespace-only")
    for i, ln in enumerate(raw):
        if ln != "" and ln.strip() == "":
            errors.append(f"raw line {i + 1} is whitespace-only")

    # gold must be an ordered subsequence of raw, and equal to raw with the
    # unmatched non-blank lines deleted and blank runs collapsed
    kept = set()
    j = 0
    ok_subseq = True
    for g in gold:
        if g == "":
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            errors.append(f"gold line not found in raw (in order): {g[:70]!r}")
            ok_subseq = False
            break
        kept.add(j)
        j += 1
    if ok_subseq:
        expected = collapse([ln for i, ln in enumerate(raw) if ln == "" or i in kept])
        while expected and expected[0] == "":
            expected.pop(0)
        if expected != gold:
            errors.append("gold blank lines do not match raw-with-deletions (collapsing rule)")

    removed = sum(1 for i, ln in enumerate(raw) if ln != "" and i not in kept)
    nonblank = sum(1 for ln in raw if ln != "")
    return errors, raw, removed, nonblank


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    files = sorted(os.listdir(d))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    problems = 0
    seen_numbers = {}
    line_owner = defaultdict(set)

    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold without raw file")
            problems += 1

    for raw in raws:
        base = raw[:-4]
        m = NAME_RE.match(raw)
        errs = []
        if not m:
            print(f"FAIL {raw}: file name does not match NNN_<lang>_<families>.txt")
            problems += 1
            continue
        num, lang, famstr = m.groups()
        if num in seen_numbers:
            errs.append(f"number {num} also used by {seen_numbers[num]}")
        seen_numbers[num] = base
        gold = base + ".gold.txt"
        if gold not in golds:
            print(f"FAIL {base}: missing gold file")
            problems += 1
            continue
        fams = famstr.split("-")
        e, raw_lines, removed, nonblank = check_pair(base, os.path.join(d, raw), os.path.join(d, gold), fams)
        errs += e
        for ln in raw_lines:
            if ln.strip() and len(ln.strip()) > 3:
                line_owner[ln.strip()].add(base)
        share = 100.0 * removed / nonblank if nonblank else 0.0
        if errs:
            problems += len(errs)
            print(f"FAIL {base}")
            for x in errs:
                print(f"     - {x}")
        else:
            print(f"ok   {base}  lines={nonblank} removed={removed} ({share:.0f}%)")

    # raw and gold of one pair share lines by construction; a line may not
    # appear in more than one pair
    dups = {ln: owners for ln, owners in line_owner.items() if len(owners) > 1}
    for ln, owners in sorted(dups.items()):
        print(f"FAIL duplicate line in {sorted(owners)}: {ln[:70]!r}")
        problems += 1

    if problems:
        print(f"FAILED ({problems} problem(s))")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
