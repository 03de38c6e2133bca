#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist; UTF-8; LF line endings only; final newline; not empty
  * file name: three-digit number, known language, families valid, unique,
    in canonical order, or the single word 'negative'
  * gold is the raw text with some lines deleted: its non-blank lines are an
    ordered subsequence of the raw lines, and a blank line appears between two
    kept lines exactly when the raw text had at least one blank line between them
    (runs collapsed to one); no leading/trailing blank lines in the gold
  * negatives: gold byte-identical to raw; positives: at least one line deleted
Across the set: no non-blank line longer than 3 characters occurs in two pairs.
Prints one line per pair and 'ALL OK' when everything passes (exit code 0).
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

HERE = os.path.dirname(os.path.abspath(__file__))


def load(path, errs):
    with open(path, "rb") as fh:
        data = fh.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({exc})")
        return data, None
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if not text:
        errs.append(f"{os.path.basename(path)}: empty file")
        return data, []
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)}: has a BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def check_families(stem, errs):
    m = NAME_RE.match(stem)
    if not m:
        errs.append(f"{stem}: bad file name")
        return None
    _, lang, fams = m.groups()
    if lang not in LANGS:
        errs.append(f"{stem}: unknown language '{lang}'")
    if fams == "negative":
        return []
    parts = fams.split("-")
    for p in parts:
        if p not in CANON:
            errs.append(f"{stem}: unknown family '{p}'")
    if len(set(parts)) != len(parts):
        errs.append(f"{stem}: repeated family")
    idx = [CANON.index(p) for p in parts if p in CANON]
    if idx != sorted(idx):
        errs.append(f"{stem}: families not in canonical order")
    return parts


def check_gold(stem, raw, gold, errs):
    blank = lambda s: s.strip() == ""
    if gold and (blank(gold[0]) or blank(gold[-1])):
        errs.append(f"{stem}: gold has leading or trailing blank line")
    for a, b in zip(gold, gold[1:]):
        if blank(a) and blank(b):
            errs.append(f"{stem}: gold has consecutive blank lines")
            break
    # align gold non-blank lines to raw (greedy, in order)
    pos, matched = 0, []
    for g in gold:
        if blank(g):
            continue
        while pos < len(raw) and raw[pos] != g:
            pos += 1
        if pos == len(raw):
            errs.append(f"{stem}: gold line not found in order in raw: {g[:70]!r}")
            return False
        matched.append(pos)
        pos += 1
    # rebuild the expected gold from the alignment and compare
    expected = []
    for i, p in enumerate(matched):
        if i and any(blank(x) for x in raw[matched[i - 1] + 1:p]):
            expected.append("")
        expected.append(raw[p])
    if expected != gold:
        errs.append(f"{stem}: blank lines in gold do not match raw (collapse rule)")
        return False
    return True


def main():
    errs = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
    raws = {f[:-4] for f in files if not f.endswith(".gold.txt")}
    for s in sorted(golds - raws):
        errs.append(f"{s}: gold without raw")
    for s in sorted(raws - golds):
        errs.append(f"{s}: raw without gold")
    for s in sorted(raws ^ golds):
        check_families(s, errs)
    numbers = defaultdict(list)
    seen = defaultdict(set)  # line -> stems using it
    for stem in sorted(raws & golds):
        before = len(errs)
        fams = check_families(stem, errs)
        numbers[stem[:3]].append(stem)
        rb, raw = load(os.path.join(HERE, stem + ".txt"), errs)
        gb, gold = load(os.path.join(HERE, stem + ".gold.txt"), errs)
        kind = "?"
        if raw is not None and gold is not None:
            if fams == []:
                kind = "negative"
                if rb != gb:
                    errs.append(f"{stem}: negative but gold differs from raw")
            else:
                kind = "positive"
                if rb == gb:
                    errs.append(f"{stem}: positive but nothing deleted")
                check_gold(stem, raw, gold, errs)
            for ln in raw + gold:
                t = ln.strip()
                if len(t) > 3:
                    seen[t].add(stem)
            nb_raw = sum(1 for x in raw if x.strip())
            nb_gold = sum(1 for x in gold if x.strip())
            deleted = nb_raw - nb_gold
            share = 100 * deleted / nb_raw if nb_raw else 0
            status = "ok" if len(errs) == before else "FAIL"
            print(f"{status:4} {stem}: {kind}, {nb_raw} non-blank raw lines, "
                  f"{deleted} furniture ({share:.0f}%)")
        else:
            print(f"FAIL {stem}")
    for num, stems in numbers.items():
        if len(stems) > 1:
            errs.append(f"number {num} used by several pairs: {stems}")
    for line, stems in sorted(seen.items()):
        if len(stems) > 1:
            errs.append(f"line used in {len(stems)} pairs {sorted(stems)}: {line[:70]!r}")
    if errs:
        print()
        for e in errs:
            print("ERROR", e)
        print(f"{len(errs)} problem(s)")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
