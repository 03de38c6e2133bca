#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks, per pair:
  * file names: NNN_<lang>_<families>.txt + NNN_<lang>_<families>.gold.txt,
    lang in en/ru/de/fr/es, families from the allowed list (dash-joined, no
    repeats, in canonical list order) or exactly "negative";
  * encoding: valid UTF-8, no BOM, LF only, final newline, no whitespace-only
    lines, raw has no leading/trailing blank line and no run of blank lines;
  * gold is a subsequence of raw (byte-identical lines, same order) and equals
    the raw with the deleted lines removed and blank-line runs collapsed to one,
    with no blank line at the start or end;
  * negatives: gold byte-identical to raw;
  * positives: 15-40 non-blank raw lines, 30-55 % of them deleted, and deleted
    lines at the top, at the bottom and between the first and last kept line;
  * no duplicate non-blank line inside one raw file.
Across the set:
  * numbers 001..N unique, 4 files per language, 1 negative per language;
  * no phrase reuse: no non-blank line and no run of 5 words shared between
    two different pairs.
Prints one line per pair and exits non-zero on any failure.
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z-]+)(\.gold)?\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))
NGRAM = 5
WORD_RE = re.compile(r"\w+", re.UNICODE)


def read_lines(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append("BOM")
    if b"\r" in data:
        errs.append("CR found (not LF-only)")
    if not data.endswith(b"\n"):
        errs.append("no final newline")
    if data.endswith(b"\n\n"):
        errs.append("ends with a blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not UTF-8: {e}")
        return data, []
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for i, l in enumerate(lines, 1):
        if l != "" and l.strip() == "":
            errs.append(f"line {i} is whitespace-only")
        if l != l.rstrip():
            errs.append(f"line {i} has trailing whitespace")
    return data, lines


def check_families(fam, errs):
    if fam == "negative":
        return True
    parts = fam.split("-")
    bad = [p for p in parts if p not in FAMILIES]
    if bad:
        errs.append(f"unknown families {bad}")
        return False
    if len(set(parts)) != len(parts):
        errs.append("repeated family in name")
    order = [FAMILIES.index(p) for p in parts]
    if order != sorted(order):
        errs.append("families not in canonical order")
    return False


def align(raw, gold):
    """Greedy subsequence match of gold's non-blank lines onto raw.
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


def main():
    files = sorted(os.listdir(HERE))
    pairs = {}
    problems = 0
    for f in files:
        if f in ("README.md", "check.py") or f.startswith("."):
            continue
        m = NAME_RE.match(f)
        if not m:
            print(f"FAIL {f}: unexpected file name")
            problems += 1
            continue
        stem = f[:-len(".gold.txt")] if m.group(4) else f[:-len(".txt")]
        pairs.setdefault(stem, {})["gold" if m.group(4) else "raw"] = f

    numbers = defaultdict(list)
    per_lang = defaultdict(lambda: [0, 0])
    lines_by_pair = {}
    for stem in sorted(pairs):
        errs = []
        p = pairs[stem]
        num, lang, fam = NAME_RE.match(stem + ".txt").groups()[:3]
        numbers[num].append(stem)
        if "raw" not in p or "gold" not in p:
            print(f"FAIL {stem}: missing {'gold' if 'raw' in p else 'raw'} file")
            problems += 1
            continue
        neg = check_families(fam, errs)
        per_lang[lang][0] += 1
        per_lang[lang][1] += int(neg)
        rdata, raw = read_lines(os.path.join(HERE, p["raw"]), errs)
        gdata, gold = read_lines(os.path.join(HERE, p["gold"]), errs)
        info = ""
        if raw:
            if raw[0] == "" or raw[-1] == "":
                errs.append("raw starts or ends with a blank line")
            for i in range(1, len(raw)):
                if raw[i] == "" and raw[i - 1] == "":
                    errs.append(f"raw has a run of blank lines at line {i + 1}")
            seen = set()
            for l in raw:
                if l and l in seen:
                    errs.append(f"duplicate raw line: {l[:50]!r}")
                seen.add(l)
        if gold:
            if gold[0] == "" or gold[-1] == "":
                errs.append("gold starts or ends with a blank line")
        n_raw = sum(1 for l in raw if l)
        n_gold = sum(1 for l in gold if l)
        if neg:
            if rdata != gdata:
                errs.append("negative: gold is not byte-identical to raw")
            info = f"negative raw={n_raw}"
        else:
            kept = align(raw, gold)
            if kept is None:
                errs.append("gold is not a subsequence of raw")
            else:
                exp = expected_gold(raw, kept)
                if exp != gold:
                    errs.append("gold does not equal raw-minus-deletions with blank runs collapsed")
                nonblank = [i for i, l in enumerate(raw) if l]
                deleted = [i for i in nonblank if i not in kept]
                if nonblank and nonblank[0] in kept:
                    errs.append("no furniture at the top (first line kept)")
                if nonblank and nonblank[-1] in kept:
                    errs.append("no furniture at the bottom (last line kept)")
                if kept:
                    lo, hi = min(kept), max(kept)
                    if not any(lo < i < hi for i in deleted):
                        errs.append("no furniture between paragraphs")
            if not 15 <= n_raw <= 40:
                errs.append(f"{n_raw} non-blank raw lines (need 15-40)")
            furn = n_raw - n_gold
            share = furn / n_raw if n_raw else 0
            if not 0.30 <= share <= 0.55:
                errs.append(f"furniture share {share:.1%} (need 30-55%)")
            info = f"raw={n_raw} furniture={furn} ({share:.1%})"
        lines_by_pair[stem] = [l for l in raw if l]
        if errs:
            problems += 1
            print(f"FAIL {stem}: {info}; " + "; ".join(errs))
        else:
            print(f"OK   {stem}: {info}")

    # set-level checks
    set_errs = []
    nums = sorted(numbers)
    if nums != [f"{i:03d}" for i in range(1, len(nums) + 1)]:
        set_errs.append(f"numbers not contiguous from 001: {nums}")
    for n, stems in numbers.items():
        if len(stems) > 1:
            set_errs.append(f"number {n} used by {stems}")
    for lang in LANGS:
        tot, negs = per_lang[lang]
        if tot != 4 or negs != 1:
            set_errs.append(f"{lang}: {tot} files, {negs} negatives (need 4 and 1)")

    line_owner = {}
    gram_owner = {}
    for stem, lines in lines_by_pair.items():
        grams = set()
        for l in lines:
            key = l.strip().lower()
            if key in line_owner and line_owner[key] != stem:
                set_errs.append(f"line reused in {line_owner[key]} and {stem}: {l[:60]!r}")
            line_owner.setdefault(key, stem)
            w = [x.lower() for x in WORD_RE.findall(l)]
            for i in range(len(w) - NGRAM + 1):
                grams.add(" ".join(w[i:i + NGRAM]))
        for g in grams:
            if g in gram_owner and gram_owner[g] != stem:
                set_errs.append(f"phrase reused in {gram_owner[g]} and {stem}: {g!r}")
            gram_owner.setdefault(g, stem)

    for e in set_errs:
        print(f"FAIL set: {e}")
    problems += len(set_errs)
    print(f"{len(pairs)} pairs checked, {problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
