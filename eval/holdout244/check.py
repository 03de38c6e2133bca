#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist;
  * file name well formed, number unique, families valid, canonical order,
    no repeats, and 'negative' only on its own;
  * UTF-8, LF line endings only, final newline, no empty file;
  * gold is an ordered subsequence of the raw lines (byte-identical lines);
  * gold has no leading/trailing blank lines and no runs of blank lines, and
    a blank line sits between two kept lines exactly when the raw text had at
    least one blank line somewhere between them (i.e. the gold is what you get
    by deleting lines and collapsing the blank runs left behind);
  * negatives: gold byte-identical to raw; positives: at least one line deleted;
  * positives: deleted share of non-blank raw lines between 30 % and 55 %.
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair.
Prints one line per pair and ALL OK at the end (exit status 1 otherwise).
Standard library only.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")
MIN_SHARE, MAX_SHARE = 0.30, 0.55

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errs):
    data = open(path, "rb").read()
    if not data:
        errs.append(f"{os.path.basename(path)}: empty file")
        return None, data
    if b"\r" in data:
        errs.append(f"{os.path.basename(path)}: contains CR (line endings must be LF)")
    if not data.endswith(b"\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None, data
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)}: BOM present")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def check_families(stem, fams_str, errs):
    fams = fams_str.split("-")
    if fams == ["negative"]:
        return True
    for f in fams:
        if f not in CANON:
            errs.append(f"{stem}: unknown family '{f}'")
    if len(set(fams)) != len(fams):
        errs.append(f"{stem}: repeated family")
    known = [f for f in fams if f in CANON]
    if known != sorted(known, key=CANON.index):
        errs.append(f"{stem}: families not in canonical order")
    if "negative" in fams:
        errs.append(f"{stem}: 'negative' combined with other families")
    return False


def check_pair(stem, raw, gold, raw_bytes, gold_bytes, negative, errs):
    blank = lambda s: not s.strip()
    # gold shape
    if gold and blank(gold[0]):
        errs.append(f"{stem}: gold starts with a blank line")
    if gold and blank(gold[-1]):
        errs.append(f"{stem}: gold ends with a blank line")
    for i in range(1, len(gold)):
        if blank(gold[i]) and blank(gold[i - 1]):
            errs.append(f"{stem}: gold has a run of blank lines at line {i + 1}")
            break
    for i, ln in enumerate(gold):
        if blank(ln) and ln != "":
            errs.append(f"{stem}: gold line {i + 1} is whitespace-only, not empty")
    # subsequence of non-blank lines, then blank placement
    idx = []
    j = 0
    for gi, ln in enumerate(gold):
        if blank(ln):
            continue
        while j < len(raw) and raw[j] != ln:
            j += 1
        if j == len(raw):
            errs.append(f"{stem}: gold line {gi + 1} not found in order in raw: {ln[:60]!r}")
            return None
        idx.append((gi, j))
        j += 1
    for (g1, r1), (g2, r2) in zip(idx, idx[1:]):
        raw_has_blank = any(blank(x) for x in raw[r1 + 1:r2])
        gold_has_blank = g2 - g1 == 2 and blank(gold[g1 + 1])
        if g2 - g1 > 2:
            errs.append(f"{stem}: unexpected lines between gold lines {g1 + 1} and {g2 + 1}")
        elif raw_has_blank != gold_has_blank:
            errs.append(f"{stem}: blank line mismatch between gold lines {g1 + 1} and {g2 + 1}")
    raw_nb = sum(1 for x in raw if not blank(x))
    gold_nb = sum(1 for x in gold if not blank(x))
    deleted = raw_nb - gold_nb
    if negative:
        if raw_bytes != gold_bytes:
            errs.append(f"{stem}: negative but gold is not byte-identical to raw")
    else:
        if deleted == 0:
            errs.append(f"{stem}: positive but nothing deleted")
        share = deleted / raw_nb if raw_nb else 0
        if not (MIN_SHARE <= share <= MAX_SHARE):
            errs.append(f"{stem}: furniture share {share:.0%} outside {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
    return raw_nb, gold_nb, deleted


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
    raws = {f[:-4] for f in files if not f.endswith(".gold.txt")}
    errs_all = []
    for s in sorted(raws - golds):
        errs_all.append(f"{s}: gold file missing")
    for s in sorted(golds - raws):
        errs_all.append(f"{s}: raw file missing")
    numbers = defaultdict(list)
    seen = defaultdict(set)  # line -> set of stems
    report = []
    for stem in sorted(raws & golds):
        errs = []
        m = NAME.match(stem)
        if not m:
            errs.append(f"{stem}: bad file name")
            negative = False
        else:
            numbers[m.group(1)].append(stem)
            if m.group(2) not in LANGS:
                errs.append(f"{stem}: unknown language code {m.group(2)}")
            negative = check_families(stem, m.group(3), errs)
        raw, rb = read_lines(os.path.join(HERE, stem + ".txt"), errs)
        gold, gb = read_lines(os.path.join(HERE, stem + ".gold.txt"), errs)
        stats = None
        if raw is not None and gold is not None:
            stats = check_pair(stem, raw, gold, rb, gb, negative, errs)
            for ln in set(raw) | set(gold):
                if len(ln.strip()) > 3:
                    seen[ln.strip()].add(stem)
        if stats:
            rnb, gnb, d = stats
            info = f"raw {rnb} lines, gold {gnb}, deleted {d} ({d / rnb:.0%})"
        else:
            info = ""
        report.append((stem, errs, info))
        errs_all.extend(errs)
    for n, stems in numbers.items():
        if len(stems) > 1:
            errs_all.append(f"number {n} used by {', '.join(stems)}")
    dup_by_stem = defaultdict(list)
    for ln, stems in seen.items():
        if len(stems) > 1:
            msg = f"line used in {len(stems)} pairs ({', '.join(sorted(s[:6] for s in stems))}): {ln[:70]!r}"
            errs_all.append(msg)
            for s in stems:
                dup_by_stem[s].append(msg)
    for stem, errs, info in report:
        status = "OK  " if not errs and not dup_by_stem[stem] else "FAIL"
        print(f"{status} {stem}  {info}")
    if errs_all:
        print()
        for e in errs_all:
            print("ERROR:", e)
        print(f"{len(errs_all)} problem(s)")
        sys.exit(1)
    print(f"{len(report)} pairs checked")
    print("ALL OK")


if __name__ == "__main__":
    main()
