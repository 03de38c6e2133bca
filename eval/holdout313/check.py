#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the file name is well formed, families are known, unique and in canonical
    order ("negative" stands alone);
  * the raw file has no leading/trailing blank lines and no runs of blank lines;
  * gold lines are byte-identical raw lines in the same order (ordered subsequence);
  * gold has no leading/trailing blank lines and no blank runs, and a blank line
    sits between two kept lines exactly when the raw text had a blank line
    somewhere between them (i.e. the runs left by deletions were collapsed);
  * negatives: gold is byte-identical to raw; positives: gold differs from raw;
  * across the whole set, no non-blank line longer than 3 characters occurs in
    more than one pair.
Prints one line per pair and "ALL OK" at the end (exit status 1 otherwise).
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

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters (need LF only)")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def check_families(fams, errors):
    if fams == "negative":
        return []
    parts = fams.split("-")
    for p in parts:
        if p not in CANON:
            errors.append(f"unknown family '{p}'")
    if len(set(parts)) != len(parts):
        errors.append("duplicate family in name")
    known = [p for p in parts if p in CANON]
    if known != sorted(known, key=CANON.index):
        errors.append("families not in canonical order")
    if "negative" in parts:
        errors.append("'negative' combined with other families")
    return parts


def blank_structure(lines, errors, label):
    if lines and lines[0] == "":
        errors.append(f"{label}: leading blank line")
    if lines and lines[-1] == "":
        errors.append(f"{label}: trailing blank line")
    for i in range(1, len(lines)):
        if lines[i] == "" and lines[i - 1] == "":
            errors.append(f"{label}: run of blank lines at line {i + 1}")
            break
    for i, l in enumerate(lines):
        if l != "" and l.strip() == "":
            errors.append(f"{label}: whitespace-only line {i + 1}")
            break


def check_gold(raw, gold, errors):
    # match gold's non-blank lines to raw lines, in order
    idx = []
    j = 0
    for gi, g in enumerate(gold):
        if g == "":
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            errors.append(f"gold line {gi + 1} not found in order in raw: {g[:60]!r}")
            return
        idx.append((gi, j))
        j += 1
    # blank lines between kept lines must reflect the raw text, collapsed
    for (ga, ra), (gb, rb) in zip(idx, idx[1:]):
        gold_blank = gb - ga == 2 and gold[ga + 1] == ""
        if gb - ga > 2:
            errors.append(f"gold lines {ga + 1}-{gb + 1}: more than one blank line")
            continue
        raw_blank = any(raw[k] == "" for k in range(ra + 1, rb))
        if gold_blank != raw_blank:
            want = "one blank line" if raw_blank else "no blank line"
            errors.append(f"gold lines {ga + 1}-{gb + 1}: expected {want} between them")


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    all_ok = True
    seen = defaultdict(set)  # line -> pair numbers
    numbers = defaultdict(list)
    results = []
    for rf in raws:
        errors = []
        m = NAME_RE.match(rf)
        if not m:
            errors.append("bad file name")
            num, lang, fams = rf, "?", "?"
        else:
            num, lang, fams = m.groups()
            if lang not in LANGS:
                errors.append(f"unexpected language '{lang}'")
            check_families(fams, errors)
        numbers[num].append(rf)
        gf = rf[:-4] + ".gold.txt"
        raw = read_lines(os.path.join(HERE, rf), errors)
        gold = None
        if gf not in golds:
            errors.append("missing gold file")
        else:
            gold = read_lines(os.path.join(HERE, gf), errors)
        if raw is not None:
            blank_structure(raw, errors, "raw")
            for l in raw:
                if l.strip() and len(l) > 3:
                    seen[l].add(rf)
        if raw is not None and gold is not None:
            blank_structure(gold, errors, "gold")
            rb = open(os.path.join(HERE, rf), "rb").read()
            gb = open(os.path.join(HERE, gf), "rb").read()
            if fams == "negative":
                if rb != gb:
                    errors.append("negative: gold is not byte-identical to raw")
            else:
                if rb == gb:
                    errors.append("positive: gold identical to raw (nothing deleted)")
                check_gold(raw, gold, errors)
        results.append((rf, raw, gold, errors))
    for g in sorted(golds):
        if g[:-9] + ".txt" not in raws:
            print(f"FAIL {g}: gold without raw file")
            all_ok = False
    for num, fs in numbers.items():
        if len(fs) > 1:
            print(f"FAIL number {num} used by {len(fs)} pairs")
            all_ok = False
    dup_by_file = defaultdict(list)
    for line, fs in seen.items():
        if len(fs) > 1:
            for f in fs:
                dup_by_file[f].append((line, sorted(fs - {f})))
    for rf, raw, gold, errors in results:
        for line, others in dup_by_file.get(rf, []):
            errors.append(f"line also used in {', '.join(others)}: {line[:50]!r}")
        nraw = sum(1 for l in raw if l) if raw else 0
        ngold = sum(1 for l in gold if l) if gold else 0
        if errors:
            all_ok = False
            print(f"FAIL {rf[:-4]}: " + "; ".join(errors))
        else:
            pct = 100.0 * (nraw - ngold) / nraw if nraw else 0.0
            print(f"ok   {rf[:-4]}  ({nraw} lines, {nraw - ngold} furniture, {pct:.0f}%)")
    if all_ok and raws:
        print("ALL OK")
        return 0
    print("ERRORS FOUND")
    return 1


if __name__ == "__main__":
    sys.exit(main())
