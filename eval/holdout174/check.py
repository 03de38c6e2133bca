#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist;
  * files are UTF-8, LF-only, end with exactly one final newline;
  * family names are valid, unique and in canonical order ("negative" alone
    for pages without furniture);
  * gold is an ordered subsequence of the raw lines;
  * gold equals raw with the deleted lines removed, blank runs collapsed to
    one, and no leading/trailing blank lines;
  * negatives: gold is byte-identical to raw;
  * positives: furniture is 30-55% of the raw non-blank lines.
Across the set:
  * numbering is contiguous from 001, no stray files;
  * no non-blank line longer than 3 characters occurs in more than one pair
    (a raw file and its own gold file are one pair and naturally share lines).
Standard library only. Prints one line per pair and ALL OK at the end.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
MIN_RATIO, MAX_RATIO = 0.30, 0.55

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{name}: not valid UTF-8 ({exc})")
        return None
    if text.startswith("\ufeff"):
        errors.append(f"{name}: starts with a BOM")
    if "\r" in text:
        errors.append(f"{name}: contains CR characters (must be LF only)")
    if not text.endswith("\n"):
        errors.append(f"{name}: missing final newline")
    elif text.endswith("\n\n"):
        errors.append(f"{name}: ends with a blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def collapse(lines):
    out = []
    for line in lines:
        if line.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(line)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def check_families(fams, name, errors):
    if fams == "negative":
        return []
    parts = fams.split("-")
    for p in parts:
        if p not in CANON:
            errors.append(f"{name}: unknown family '{p}'")
    if len(set(parts)) != len(parts):
        errors.append(f"{name}: repeated family name")
    known = [p for p in parts if p in CANON]
    if known != sorted(known, key=CANON.index):
        errors.append(f"{name}: families not in canonical order")
    if "negative" in parts:
        errors.append(f"{name}: 'negative' combined with families")
    return parts


def main():
    all_errors = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    line_owner = defaultdict(set)
    numbers = []

    for raw_name in raws:
        errors = []
        m = NAME_RE.match(raw_name)
        if not m:
            all_errors.append(f"{raw_name}: bad file name")
            print(f"FAIL {raw_name}: bad file name")
            continue
        num, lang, fams = m.groups()
        numbers.append(int(num))
        if lang not in LANGS:
            errors.append(f"{raw_name}: unknown language '{lang}'")
        parts = check_families(fams, raw_name, errors)
        gold_name = raw_name[:-4] + ".gold.txt"
        if gold_name not in golds:
            errors.append(f"{raw_name}: gold file {gold_name} missing")
            all_errors += errors
            print(f"FAIL {raw_name}: " + "; ".join(errors))
            continue
        golds.discard(gold_name)
        raw = read_lines(os.path.join(HERE, raw_name), errors)
        gold = read_lines(os.path.join(HERE, gold_name), errors)
        ratio = 0.0
        if raw is not None and gold is not None:
            # gold must be an ordered subsequence of raw
            kept = set()
            i = 0
            ok_subseq = True
            for g in gold:
                if g.strip() == "":
                    continue
                while i < len(raw) and raw[i] != g:
                    i += 1
                if i == len(raw):
                    errors.append(f"{gold_name}: line not found in order in raw: {g[:60]!r}")
                    ok_subseq = False
                    break
                kept.add(i)
                i += 1
            if gold and gold[0].strip() == "":
                errors.append(f"{gold_name}: leading blank line")
            if gold and gold[-1].strip() == "":
                errors.append(f"{gold_name}: trailing blank line")
            for a, b in zip(gold, gold[1:]):
                if a.strip() == "" and b.strip() == "":
                    errors.append(f"{gold_name}: uncollapsed run of blank lines")
                    break
            if ok_subseq:
                expected = collapse([l for k, l in enumerate(raw)
                                     if k in kept or l.strip() == ""])
                if expected != gold:
                    errors.append(f"{gold_name}: blank lines do not match raw minus deletions, collapsed")
            nonblank = [l for l in raw if l.strip()]
            deleted = len(nonblank) - len([g for g in gold if g.strip()])
            ratio = deleted / len(nonblank) if nonblank else 0.0
            if fams == "negative":
                if open(os.path.join(HERE, raw_name), "rb").read() != \
                        open(os.path.join(HERE, gold_name), "rb").read():
                    errors.append(f"{raw_name}: negative but gold differs from raw")
            else:
                if deleted == 0:
                    errors.append(f"{raw_name}: positive but nothing deleted")
                if not (MIN_RATIO <= ratio <= MAX_RATIO):
                    errors.append(f"{raw_name}: furniture ratio {ratio:.0%} outside 30-55%")
            for l in set(raw):
                s = l.strip()
                if len(s) > 3:
                    line_owner[s].add(num)
        all_errors += errors
        status = "FAIL" if errors else "ok  "
        kind = "negative" if fams == "negative" else f"{len(parts)} families"
        print(f"{status} {num} {lang} {kind:12s} furniture {ratio:4.0%}  {raw_name}")
        for e in errors:
            print(f"     - {e}")

    for g in sorted(golds):
        all_errors.append(f"{g}: gold without raw")
        print(f"FAIL {g}: gold without raw")
    stray = [f for f in os.listdir(HERE)
             if f not in files and f not in ("check.py", "README.md")]
    for f in stray:
        all_errors.append(f"stray file {f}")
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        all_errors.append(f"numbering not contiguous from 001: {sorted(numbers)}")
    dups = {l: n for l, n in line_owner.items() if len(n) > 1}
    for l, n in sorted(dups.items()):
        all_errors.append(f"line shared by pairs {sorted(n)}: {l[:70]!r}")

    if all_errors:
        print("\nERRORS:")
        for e in all_errors:
            print(" -", e)
        print(f"FAILED ({len(all_errors)} problems)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
