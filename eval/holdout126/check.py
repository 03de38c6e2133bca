#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the file name is well formed: known language, families valid, unique and in canonical
    order, or the single word 'negative';
  * the gold is an ordered subsequence of the raw lines (byte-identical lines);
  * the gold is exactly what deleting those lines produces: a blank line survives between two
    kept lines iff the raw had a blank between them, runs of blanks are collapsed to one, and
    there are no leading/trailing blank lines;
  * negatives: gold byte-identical to raw; positives: at least one line deleted, and the share
    of deleted non-blank lines is between 30 % and 55 %;
  * across the whole set, no non-blank line longer than 3 characters occurs in more than one
    pair.
Prints one line per pair and ALL OK at the end (exit status 1 on any failure).
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")
MIN_SHARE, MAX_SHARE = 0.30, 0.55

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: starts with a BOM")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    elif text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def check_name(stem, errors):
    m = NAME_RE.match(stem)
    if not m:
        errors.append(f"bad file name {stem!r}")
        return None
    num, lang, fams = m.groups()
    if lang not in LANGS:
        errors.append(f"{stem}: unknown language {lang!r}")
    if fams == "negative":
        return []
    parts = fams.split("-")
    for p in parts:
        if p not in FAMILIES:
            errors.append(f"{stem}: unknown family {p!r}")
    if len(set(parts)) != len(parts):
        errors.append(f"{stem}: repeated family")
    idx = [FAMILIES.index(p) for p in parts if p in FAMILIES]
    if idx != sorted(idx):
        errors.append(f"{stem}: families not in canonical order")
    return parts


def match_subsequence(raw, gold):
    """Indices in raw of gold's non-blank lines, matched greedily in order, or None."""
    kept, i = [], 0
    for g in gold:
        if g == "":
            continue
        while i < len(raw) and raw[i] != g:
            i += 1
        if i == len(raw):
            return None
        kept.append(i)
        i += 1
    return kept


def expected_gold(raw, kept):
    out = []
    for n, k in enumerate(kept):
        if n and any(raw[j].strip() == "" for j in range(kept[n - 1] + 1, k)):
            out.append("")
        out.append(raw[k])
    return out


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    stems = sorted({f[:-9] if f.endswith(".gold.txt") else f[:-4] for f in files})
    all_errors, seen = [], defaultdict(set)
    for stem in stems:
        errors = []
        raw_p, gold_p = os.path.join(HERE, stem + ".txt"), os.path.join(HERE, stem + ".gold.txt")
        if not os.path.exists(raw_p) or not os.path.exists(gold_p):
            errors.append(f"{stem}: incomplete pair")
            print(f"FAIL {stem}: incomplete pair")
            all_errors += errors
            continue
        fams = check_name(stem, errors)
        raw, gold = read_lines(raw_p, errors), read_lines(gold_p, errors)
        info = ""
        if raw is not None and gold is not None:
            for l in raw:
                if l.strip() and len(l.strip()) > 3:
                    seen[l.strip()].add(stem)
            if gold and (gold[0] == "" or gold[-1] == ""):
                errors.append(f"{stem}: gold has leading/trailing blank line")
            if any(a == "" and b == "" for a, b in zip(gold, gold[1:])):
                errors.append(f"{stem}: gold has a run of blank lines")
            if any(l != l.strip() and l.strip() == "" for l in gold):
                errors.append(f"{stem}: gold has whitespace-only line")
            kept = match_subsequence(raw, gold)
            if kept is None:
                errors.append(f"{stem}: gold is not an ordered subsequence of raw")
            elif expected_gold(raw, kept) != gold:
                errors.append(f"{stem}: gold blank lines do not match the deletions")
            raw_nb = sum(1 for l in raw if l.strip())
            gold_nb = sum(1 for l in gold if l.strip())
            share = (raw_nb - gold_nb) / raw_nb if raw_nb else 0
            info = f"{raw_nb} lines, {raw_nb - gold_nb} furniture ({share:.0%})"
            if fams == []:
                if open(raw_p, "rb").read() != open(gold_p, "rb").read():
                    errors.append(f"{stem}: negative but gold differs from raw")
            elif fams is not None:
                if raw_nb == gold_nb:
                    errors.append(f"{stem}: positive but nothing deleted")
                elif not (MIN_SHARE <= share <= MAX_SHARE):
                    errors.append(f"{stem}: furniture share {share:.0%} outside 30-55%")
        print(("ok   " if not errors else "FAIL ") + stem + (f"  [{info}]" if info else ""))
        for e in errors:
            print("     " + e)
        all_errors += errors
    for line, where in sorted(seen.items()):
        if len(where) > 1:
            msg = f"line used in more than one file: {line[:60]!r} in {sorted(where)}"
            print("FAIL " + msg)
            all_errors.append(msg)
    if not stems:
        all_errors.append("no pairs found")
    print("ALL OK" if not all_errors else f"{len(all_errors)} PROBLEM(S)")
    return 0 if not all_errors else 1


if __name__ == "__main__":
    sys.exit(main())
