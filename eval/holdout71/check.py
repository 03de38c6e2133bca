#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks: file names and pairing, UTF-8 without BOM, LF line endings, final
newline, gold is a line subsequence of raw, blank-line rules, negatives are
byte-identical, positive line counts and furniture shares, furniture at top,
middle and bottom, per-language counts, and no phrase reused across files.
Prints one line per file and exits non-zero on any failure.
"""
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "ru", "de", "fr", "es"]
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
GOLD_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.gold\.txt$")
PER_LANG_POS, PER_LANG_NEG = 2, 2
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
SHINGLE = 6  # words; a run this long may not appear in two different files

errors_total = 0


def read_checked(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append("BOM present")
    if b"\r" in data:
        errs.append("CR found (must be LF only)")
    if not data.endswith(b"\n"):
        errs.append("no final newline")
    if data.endswith(b"\n\n"):
        errs.append("blank line at end")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not UTF-8: {e}")
        text = data.decode("utf-8", "replace")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if lines and lines[0] == "":
        errs.append("blank line at start")
    for i, l in enumerate(lines, 1):
        if l != l.rstrip():
            errs.append(f"trailing whitespace on line {i}")
            break
    return data, lines


def align(raw, gold):
    """Greedy subsequence match of gold non-blank lines onto raw non-blank lines.
    Returns the set of kept raw indices or None."""
    kept = set()
    j = 0
    for g in gold:
        if g == "":
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        kept.add(j)
        j += 1
    return kept


def expected_gold(raw, kept):
    out = []
    for i, l in enumerate(raw):
        if l == "":
            if out and out[-1] != "":
                out.append("")
        elif i in kept:
            out.append(l)
    while out and out[-1] == "":
        out.pop()
    return out


def shingles(lines):
    words = " ".join(l for l in lines if l).lower().split()
    return {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def main():
    global errors_total
    files = sorted(os.listdir(HERE))
    raws, golds, stray = {}, {}, []
    for f in files:
        if f.endswith(".gold.txt"):
            m = GOLD_RE.match(f)
            (golds.__setitem__(f[:-9], m) if m else stray.append(f))
        elif f.endswith(".txt"):
            m = NAME_RE.match(f)
            (raws.__setitem__(f[:-4], m) if m else stray.append(f))
    for f in stray:
        print(f"FAIL {f}: bad file name")
        errors_total += 1
    for b in sorted(set(golds) - set(raws)):
        print(f"FAIL {b}.gold.txt: no raw file")
        errors_total += 1

    numbers = defaultdict(list)
    per_lang = defaultdict(lambda: {"pos": 0, "neg": 0})
    all_shingles = {}

    for base in sorted(raws):
        errs = []
        m = raws[base]
        num, lang, fams = m.group(1), m.group(2), m.group(3)
        numbers[num].append(base)
        if lang not in LANGS:
            errs.append(f"unknown language {lang}")
        fam_list = fams.split("-")
        negative = fams == "negative"
        if not negative:
            bad = [x for x in fam_list if x not in FAMILIES]
            if bad:
                errs.append(f"unknown families {bad}")
            if len(set(fam_list)) != len(fam_list):
                errs.append("family listed twice")
        if base not in golds:
            print(f"FAIL {base}.txt: no gold file")
            errors_total += 1
            continue
        rdata, raw = read_checked(os.path.join(HERE, base + ".txt"), errs)
        gdata, gold = read_checked(os.path.join(HERE, base + ".gold.txt"), errs)

        for i in range(1, len(raw)):
            if raw[i] == "" and raw[i - 1] == "":
                errs.append(f"raw has consecutive blank lines at {i + 1}")
                break
        for i in range(1, len(gold)):
            if gold[i] == "" and gold[i - 1] == "":
                errs.append(f"gold has consecutive blank lines at {i + 1}")
                break
        nonblank = [l for l in raw if l]
        if len(set(nonblank)) != len(nonblank):
            errs.append("raw has duplicate non-blank lines (ambiguous labels)")

        kept = align(raw, gold)
        n_raw = len(nonblank)
        n_gold = sum(1 for l in gold if l)
        info = ""
        if kept is None:
            errs.append("gold is not a subsequence of raw")
        else:
            if expected_gold(raw, kept) != gold:
                errs.append("gold blank lines do not follow the collapse rule")
            n_furn = n_raw - len(kept)
            if negative:
                if rdata != gdata:
                    errs.append("negative: gold is not byte-identical to raw")
                per_lang[lang]["neg"] += 1
                info = f"negative, {n_raw} lines"
            else:
                per_lang[lang]["pos"] += 1
                share = n_furn / n_raw if n_raw else 0
                if not (MIN_LINES <= n_raw <= MAX_LINES):
                    errs.append(f"{n_raw} non-blank lines (need {MIN_LINES}-{MAX_LINES})")
                if not (MIN_SHARE <= share <= MAX_SHARE):
                    errs.append(f"furniture share {share:.0%} (need 30-55%)")
                idx = [i for i, l in enumerate(raw) if l]
                if idx[0] in kept:
                    errs.append("first line is not furniture (need furniture at top)")
                if idx[-1] in kept:
                    errs.append("last line is not furniture (need furniture at bottom)")
                first_k, last_k = min(kept), max(kept)
                if not any(first_k < i < last_k and i not in kept for i in idx):
                    errs.append("no furniture between article paragraphs")
                if n_furn == 0:
                    errs.append("positive without furniture")
                info = f"{n_raw} lines, {n_furn} furniture ({share:.0%}), {n_gold} kept"

        sh = shingles(raw)
        for other, osh in all_shingles.items():
            common = sh & osh
            if common:
                errs.append(f"phrase reused with {other}: '{sorted(common)[0]}'")
        all_shingles[base] = sh

        if errs:
            errors_total += len(errs)
            print(f"FAIL {base}.txt: " + "; ".join(errs))
        else:
            print(f"ok   {base}.txt: {info}")

    for num, bases in numbers.items():
        if len(bases) > 1:
            print(f"FAIL number {num} used by {bases}")
            errors_total += 1
    for lang in LANGS:
        c = per_lang[lang]
        if c["pos"] != PER_LANG_POS or c["neg"] != PER_LANG_NEG:
            print(f"FAIL language {lang}: {c['pos']} positives, {c['neg']} negatives "
                  f"(need {PER_LANG_POS} and {PER_LANG_NEG})")
            errors_total += 1
    total = sum(c["pos"] + c["neg"] for c in per_lang.values())
    print(f"{total} pairs checked, {errors_total} problem(s)")
    return 1 if errors_total else 0


if __name__ == "__main__":
    sys.exit(main())
