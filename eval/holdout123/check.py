#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory.

Checks, per pair:
  * both NNN_<lang>_<families>.txt and .gold.txt exist;
  * UTF-8, LF line endings, final newline, no trailing whitespace on lines;
  * file name: three-digit number (unique), known language code, families
    valid, unique and in canonical order, or exactly "negative";
  * gold is an ordered subsequence of the raw lines, and equals the raw text
    with some non-blank lines deleted, blank runs collapsed to one and
    leading/trailing blank lines removed;
  * negatives: gold byte-identical to raw;
  * positives: at least one line deleted, deleted share of non-blank raw lines
    between 30 % and 55 %.
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair.
Prints one line per pair and "ALL OK" if everything passes.
"""
import os
import re
import sys
from collections import defaultdict

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    with open(path, "rb") as fh:
        data = fh.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({exc})")
        return data, []
    if b"\r" in data:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: starts with a BOM")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for i, ln in enumerate(lines, 1):
        if ln != ln.rstrip():
            errors.append(f"{os.path.basename(path)}:{i}: trailing whitespace")
    return data, lines


def collapse(lines):
    out = []
    for ln in lines:
        if ln.strip() == "":
            if not out or out[-1] == "":
                continue
            out.append("")
        else:
            out.append(ln)
    while out and out[0] == "":
        out.pop(0)
    while out and out[-1] == "":
        out.pop()
    return out


def align(raw, gold):
    """Map each non-blank gold line to a raw index (greedy, in order).
    Returns the set of raw indices that were kept, or None."""
    kept = set()
    j = 0
    for g in gold:
        if g.strip() == "":
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        kept.add(j)
        j += 1
    return kept


def main():
    errors_total = 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = {f[:-4] for f in files if not f.endswith(".gold.txt")}
    golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
    stems = sorted(raws | golds)
    numbers = defaultdict(list)
    line_owner = defaultdict(set)
    results = []

    for stem in stems:
        errs = []
        if stem not in raws:
            errs.append("raw file missing")
        if stem not in golds:
            errs.append("gold file missing")
        m = NAME.match(stem)
        negative = False
        if not m:
            errs.append("bad file name")
        else:
            num, lang, fams = m.groups()
            numbers[num].append(stem)
            if lang not in LANGS:
                errs.append(f"unknown language {lang}")
            if fams == "negative":
                negative = True
            else:
                parts = fams.split("-")
                bad = [p for p in parts if p not in ORDER]
                if bad:
                    errs.append(f"invalid families {bad}")
                elif len(set(parts)) != len(parts):
                    errs.append("duplicate family")
                elif parts != sorted(parts, key=ORDER.index):
                    errs.append("families not in canonical order")
        info = ""
        if stem in raws and stem in golds:
            raw_bytes, raw = read_lines(os.path.join(HERE, stem + ".txt"), errs)
            gold_bytes, gold = read_lines(os.path.join(HERE, stem + ".gold.txt"), errs)
            for ln in raw + gold:
                if len(ln.strip()) > 3:
                    line_owner[ln].add(stem)
            if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
                errs.append("gold has leading or trailing blank lines")
            for a, b in zip(gold, gold[1:]):
                if a.strip() == "" and b.strip() == "":
                    errs.append("gold has an uncollapsed blank run")
                    break
            nonblank = [i for i, ln in enumerate(raw) if ln.strip()]
            if negative:
                if raw_bytes != gold_bytes:
                    errs.append("negative: gold is not byte-identical to raw")
                info = f"negative, {len(nonblank)} lines"
            else:
                kept = align(raw, gold)
                if kept is None:
                    errs.append("gold is not an ordered subsequence of raw")
                else:
                    deleted = [i for i in nonblank if i not in kept]
                    rebuilt = collapse([ln for i, ln in enumerate(raw)
                                        if ln.strip() == "" or i in kept])
                    if rebuilt != gold:
                        errs.append("gold differs from raw-minus-deleted-lines after blank collapsing")
                    if not deleted:
                        errs.append("positive pair deletes nothing")
                    share = len(deleted) / len(nonblank) if nonblank else 0
                    if not 0.30 <= share <= 0.55:
                        errs.append(f"furniture share {share:.0%} outside 30-55 %")
                    info = f"{len(nonblank)} lines, {len(deleted)} deleted ({share:.0%})"
        results.append((stem, errs, info))

    for num, stems_ in numbers.items():
        if len(stems_) > 1:
            for stem, errs, _ in results:
                if stem in stems_:
                    errs.append(f"number {num} used by {len(stems_)} pairs")

    dup = {ln: owners for ln, owners in line_owner.items() if len(owners) > 1}
    for ln, owners in dup.items():
        for stem, errs, _ in results:
            if stem in owners:
                others = ", ".join(sorted(o[:6] for o in owners if o != stem))
                errs.append(f"line shared with {others}: {ln[:60]!r}")

    for stem, errs, info in results:
        if errs:
            errors_total += len(errs)
            print(f"FAIL {stem}: {info}")
            for e in errs:
                print(f"     - {e}")
        else:
            print(f"ok   {stem}: {info}")

    if not stems:
        print("no pairs found")
        errors_total += 1
    if errors_total:
        print(f"{errors_total} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
