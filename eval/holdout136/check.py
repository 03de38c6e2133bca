#!/usr/bin/env python3
"""Validate the blind news-boilerplate evaluation set in this directory.

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, are UTF-8, use LF only, end with exactly one final newline
  * file name is well formed: 3-digit number, known language, valid families in
    canonical order without duplicates, or the single word "negative"
  * gold lines are an ordered subsequence of raw lines
  * gold has no leading/trailing blank lines and no runs of blank lines
  * gold keeps a blank line wherever raw had one between two kept lines
  * negatives: gold is byte-identical to raw; positives: at least one line deleted
  * furniture share of non-blank lines (reported; positives must be 30-55 %)
Across the set:
  * no non-blank line longer than 3 characters appears in more than one pair
  * numbering is unique
Prints one line per pair and ALL OK at the end (exit status 1 on any error).
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def read_lines(path, label):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{label}: not valid UTF-8 ({e})")
        return data, None
    if data.startswith(b"\xef\xbb\xbf"):
        err(f"{label}: starts with a BOM")
    if b"\r" in data:
        err(f"{label}: contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        err(f"{label}: no final newline")
    elif text.endswith("\n\n"):
        err(f"{label}: trailing blank line(s) at end of file")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_blank(s):
    return s.strip() == ""


def main():
    files = sorted(os.listdir(here))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    stems = sorted({f[:-4] for f in raws} | {f[:-9] for f in golds})
    line_owner = defaultdict(set)
    numbers = defaultdict(list)
    for stem in stems:
        n_before = len(errors)
        raw_p = os.path.join(here, stem + ".txt")
        gold_p = os.path.join(here, stem + ".gold.txt")
        if not os.path.exists(raw_p):
            err(f"{stem}: raw file missing")
        if not os.path.exists(gold_p):
            err(f"{stem}: gold file missing")
        if len(errors) > n_before:
            print(f"FAIL {stem}")
            continue
        m = NAME_RE.match(stem)
        fams = []
        negative = False
        if not m:
            err(f"{stem}: malformed file name")
        else:
            num, lang, famstr = m.groups()
            numbers[num].append(stem)
            if lang not in LANGS:
                err(f"{stem}: unknown language '{lang}'")
            if famstr == "negative":
                negative = True
            else:
                fams = famstr.split("-")
                bad = [f for f in fams if f not in CANON]
                if bad:
                    err(f"{stem}: invalid family name(s) {bad}")
                elif len(set(fams)) != len(fams):
                    err(f"{stem}: duplicate family names")
                elif fams != sorted(fams, key=CANON.index):
                    err(f"{stem}: families not in canonical order")
        raw_b, raw = read_lines(raw_p, stem + ".txt")
        gold_b, gold = read_lines(gold_p, stem + ".gold.txt")
        if raw is None or gold is None:
            print(f"FAIL {stem}")
            continue
        # gold formatting
        if gold and is_blank(gold[0]):
            err(f"{stem}: gold starts with a blank line")
        if gold and is_blank(gold[-1]):
            err(f"{stem}: gold ends with a blank line")
        for i in range(1, len(gold)):
            if is_blank(gold[i]) and is_blank(gold[i - 1]):
                err(f"{stem}: gold has a run of blank lines at line {i + 1}")
                break
        # subsequence: match non-blank gold lines to raw in order
        kept_idx = []
        j = 0
        ok = True
        for g in gold:
            if is_blank(g):
                continue
            while j < len(raw) and raw[j] != g:
                j += 1
            if j >= len(raw):
                err(f"{stem}: gold line not found in order in raw: {g[:70]!r}")
                ok = False
                break
            kept_idx.append(j)
            j += 1
        if ok:
            # a blank in gold must stand for at least one blank raw line between its neighbours
            pos = 0
            for k, g in enumerate(gold):
                if is_blank(g):
                    if pos == 0 or pos >= len(kept_idx):
                        continue  # leading/trailing blank, reported above
                    prev_i, next_i = kept_idx[pos - 1], kept_idx[pos]
                    if not any(is_blank(raw[x]) for x in range(prev_i + 1, next_i)):
                        err(f"{stem}: gold blank line {k + 1} has no blank in raw between its neighbours")
                else:
                    pos += 1
            # reconstruct expected gold from kept set and compare
            kept = set(kept_idx)
            expect = []
            for idx, line in enumerate(raw):
                if idx in kept:
                    expect.append(line)
                elif is_blank(line):
                    expect.append("")
            collapsed = []
            for line in expect:
                if is_blank(line) and (not collapsed or is_blank(collapsed[-1])):
                    continue
                collapsed.append(line)
            while collapsed and is_blank(collapsed[-1]):
                collapsed.pop()
            if [("" if is_blank(x) else x) for x in gold] != collapsed:
                err(f"{stem}: gold differs from raw-minus-deleted-lines with blank runs collapsed")
        raw_nb = [r for r in raw if not is_blank(r)]
        gold_nb = [g for g in gold if not is_blank(g)]
        n_furn = len(raw_nb) - len(gold_nb)
        share = n_furn / len(raw_nb) if raw_nb else 0.0
        if negative:
            if raw_b != gold_b:
                err(f"{stem}: negative but gold is not byte-identical to raw")
        else:
            if n_furn == 0:
                err(f"{stem}: positive but no line was deleted")
            if not (0.30 <= share <= 0.55):
                err(f"{stem}: furniture share {share:.0%} outside 30-55%")
        for r in raw_nb:
            key = r.strip()
            if len(key) > 3:
                line_owner[key].add(stem)
        status = "OK  " if len(errors) == n_before else "FAIL"
        print(f"{status} {stem}: {len(raw_nb)} non-blank raw lines, {n_furn} deleted ({share:.0%})")
    for num, stems_ in numbers.items():
        if len(stems_) > 1:
            err(f"number {num} used by several pairs: {stems_}")
    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            err(f"line used in {len(owners)} pairs {sorted(owners)}: {line[:70]!r}")
    if not stems:
        err("no pairs found")
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
