#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory.

Checks, per pair: both files present; UTF-8, LF line endings, final newline;
gold is an ordered subsequence of raw lines; blank lines in gold exactly where
a blank line separated the kept lines in raw (runs collapsed to one); no
leading/trailing blank lines in gold; negatives byte-identical; positives lose
at least one line and 30-55 % of their non-blank lines; family names valid, unique and
in canonical order. Across the set: no non-blank line longer than 3 characters
occurs in more than one pair.  Standard library only."""
import os, re, sys
from collections import defaultdict

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return data, []
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line")
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)}: has BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def blank(s):
    return s.strip() == ""


def check_pair(stem, fams, raw_p, gold_p):
    errs = []
    raw_b, raw = read_lines(raw_p, errs)
    gold_b, gold = read_lines(gold_p, errs)
    if errs:
        return errs, 0, 0
    # family names
    if fams == ["negative"]:
        negative = True
    else:
        negative = False
        bad = [f for f in fams if f not in ORDER]
        if bad:
            errs.append(f"unknown families: {bad}")
        elif len(set(fams)) != len(fams):
            errs.append("duplicate family in name")
        elif fams != sorted(fams, key=ORDER.index):
            errs.append("families not in canonical order")
    # raw hygiene
    if raw and (blank(raw[0]) or blank(raw[-1])):
        errs.append("raw has leading/trailing blank line")
    # gold hygiene
    if not gold or blank(gold[0]) or blank(gold[-1]):
        errs.append("gold empty or has leading/trailing blank line")
    for a, b in zip(gold, gold[1:]):
        if blank(a) and blank(b):
            errs.append("gold has an uncollapsed run of blank lines")
            break
    # subsequence of all lines
    i = 0
    for g in gold:
        while i < len(raw) and raw[i] != g:
            i += 1
        if i == len(raw):
            errs.append(f"gold line not found in order in raw: {g[:60]!r}")
            break
        i += 1
    # blank-line placement: match non-blank gold lines to raw positions
    pos, j = [], 0
    for g in gold:
        if blank(g):
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            break
        pos.append(j)
        j += 1
    gold_nb_idx = [k for k, g in enumerate(gold) if not blank(g)]
    if len(pos) == len(gold_nb_idx):
        for n in range(len(pos) - 1):
            expect = any(blank(x) for x in raw[pos[n] + 1:pos[n + 1]])
            have = gold_nb_idx[n + 1] - gold_nb_idx[n] > 1
            if expect != have:
                errs.append(f"blank-line mismatch after gold line {gold[gold_nb_idx[n]][:50]!r}")
    raw_nb = sum(1 for x in raw if not blank(x))
    gold_nb = sum(1 for x in gold if not blank(x))
    removed = raw_nb - gold_nb
    if negative:
        if raw_b != gold_b:
            errs.append("negative pair is not byte-identical")
    else:
        if removed == 0:
            errs.append("positive pair removes no line")
        else:
            share = removed / raw_nb
            if not 0.30 <= share <= 0.55:
                errs.append(f"furniture share {share:.0%} outside 30-55%")
    return errs, raw_nb, removed


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    failed = False
    seen = defaultdict(set)          # line -> set of stems
    numbers = defaultdict(list)
    for gname in sorted(golds):
        if gname[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {gname}: gold without raw")
            failed = True
    for rname in raws:
        stem = rname[:-4]
        m = NAME_RE.match(rname)
        if not m:
            print(f"FAIL {rname}: bad file name")
            failed = True
            continue
        numbers[m.group(1)].append(rname)
        gname = stem + ".gold.txt"
        if gname not in golds:
            print(f"FAIL {stem}: missing gold file")
            failed = True
            continue
        fams = m.group(3).split("-")
        errs, nb, removed = check_pair(stem, fams, os.path.join(HERE, rname), os.path.join(HERE, gname))
        for path in (rname, gname):
            for line in open(os.path.join(HERE, path), encoding="utf-8", errors="replace").read().split("\n"):
                if len(line.strip()) > 3:
                    seen[line].add(stem)
        if errs:
            failed = True
            print(f"FAIL {stem}: " + "; ".join(errs))
        else:
            kind = "negative" if fams == ["negative"] else f"{removed}/{nb} furniture lines ({removed / nb:.0%})"
            print(f"ok   {stem}: {kind}")
    for num, names in sorted(numbers.items()):
        if len(names) > 1:
            print(f"FAIL number {num} used by {names}")
            failed = True
    dups = {l: s for l, s in seen.items() if len(s) > 1}
    for line, stems in sorted(dups.items()):
        print(f"FAIL line used in several files {sorted(stems)}: {line[:70]!r}")
        failed = True
    if not raws:
        print("FAIL no pairs found")
        failed = True
    if failed:
        print("FAILED")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
