#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None, data
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR characters (need LF endings)")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)}: starts with a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def blank(s):
    return s.strip() == ""


def expected_gold(raw, gold):
    """Match gold's non-blank lines in order to raw's non-blank lines (greedy),
    then rebuild the gold by the stated rule: keep matched lines and every raw
    blank line, collapse blank runs, strip leading/trailing blanks.
    Returns (rebuilt lines or None, kept-index set)."""
    want = [g for g in gold if not blank(g)]
    kept, j = set(), 0
    for i, r in enumerate(raw):
        if j < len(want) and not blank(r) and r == want[j]:
            kept.add(i)
            j += 1
    if j != len(want):
        return None, kept
    out = []
    for i, r in enumerate(raw):
        if blank(r):
            if out and not blank(out[-1]):
                out.append(r)
        elif i in kept:
            out.append(r)
    while out and blank(out[-1]):
        out.pop()
    return out, kept


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    stems = sorted({f[:-len(".gold.txt")] if f.endswith(".gold.txt") else f[:-4] for f in files})
    all_errs = []
    line_owner = defaultdict(set)
    numbers = defaultdict(list)
    results = []
    for stem in stems:
        errs = []
        raw_p, gold_p = os.path.join(HERE, stem + ".txt"), os.path.join(HERE, stem + ".gold.txt")
        m = NAME_RE.match(stem)
        if not m:
            errs.append("bad file name")
        else:
            num, lang, fams = m.groups()
            numbers[num].append(stem)
            if lang not in LANGS:
                errs.append(f"unknown language code {lang!r}")
            if fams != "negative":
                parts = fams.split("-")
                bad = [p for p in parts if p not in FAMILIES]
                if bad:
                    errs.append(f"unknown families {bad}")
                elif parts != sorted(set(parts), key=FAMILIES.index):
                    errs.append("families not in canonical order (or repeated)")
        if not os.path.exists(raw_p) or not os.path.exists(gold_p):
            errs.append("pair incomplete (missing raw or gold)")
            results.append((stem, errs, ""))
            all_errs += errs
            continue
        raw, raw_bytes = read_lines(raw_p, errs)
        gold, gold_bytes = read_lines(gold_p, errs)
        info = ""
        if raw is not None and gold is not None:
            if gold and (blank(gold[0]) or blank(gold[-1])):
                errs.append("gold has leading or trailing blank lines")
            for a, b in zip(gold, gold[1:]):
                if blank(a) and blank(b):
                    errs.append("gold has a run of blank lines")
                    break
            rebuilt, kept = expected_gold(raw, gold)
            if rebuilt is None:
                errs.append("gold is not an ordered subsequence of raw lines")
            elif rebuilt != gold:
                errs.append("gold blank lines do not follow from deleting lines and collapsing blank runs")
            n_raw = sum(1 for r in raw if not blank(r))
            n_gold = sum(1 for g in gold if not blank(g))
            n_furn = n_raw - n_gold
            if m and m.group(3) == "negative":
                if raw_bytes != gold_bytes:
                    errs.append("negative: gold is not byte-identical to raw")
                info = f"negative, {n_raw} lines"
            else:
                if n_furn == 0:
                    errs.append("positive pair deletes nothing")
                ratio = n_furn / n_raw if n_raw else 0
                info = f"{n_raw} lines, {n_furn} furniture ({ratio:.0%})"
                if not 0.30 <= ratio <= 0.55:
                    errs.append(f"furniture share {ratio:.0%} outside 30-55%")
            for r in raw:
                if len(r.strip()) > 3:
                    line_owner[r.strip()].add(stem)
        results.append((stem, errs, info))
        all_errs += errs
    dup_errs = defaultdict(list)
    for line, owners in line_owner.items():
        if len(owners) > 1:
            for o in owners:
                dup_errs[o].append(f"line shared with {sorted(owners - {o})}: {line[:60]!r}")
    for num, stems_ in numbers.items():
        if len(stems_) > 1:
            for s in stems_:
                dup_errs[s].append(f"number {num} used by several pairs")
    for stem, errs, info in results:
        errs = errs + dup_errs.get(stem, [])
        if errs:
            print(f"FAIL {stem}: " + "; ".join(errs))
        else:
            print(f"ok   {stem}: {info}")
    total = len(all_errs) + sum(len(v) for v in dup_errs.values())
    if not stems:
        print("no pairs found")
        total += 1
    print("ALL OK" if total == 0 else f"{total} problem(s)")
    return 0 if total == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
