#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Usage: python3 check.py [DIR]     (default: the directory of this script)
Prints one line per raw/gold pair and exits non-zero if anything fails.
"""
import os
import re
import sys
from collections import Counter, defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
PER_LANG, NEG_PER_LANG = 4, 1


def load(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append("BOM")
    if b"\r" in data:
        errs.append("CR characters (need LF line endings)")
    if not data.endswith(b"\n"):
        errs.append("no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not UTF-8: {e}")
        text = data.decode("utf-8", "replace")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def align(raw, gold):
    """Greedy subsequence match of gold lines in raw. Returns raw indices or None."""
    idx, j = [], 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j)
        j += 1
    return idx


def expected_gold(raw, deleted):
    """Gold implied by deleting the raw lines whose indices are in `deleted`:
    a run of blank lines that only touches because lines between were deleted
    collapses to one blank; no leading/trailing blank unless the raw has one."""
    out = []  # (raw_index, line)
    for i, line in enumerate(raw):
        if i in deleted:
            continue
        if line == "" and out and out[-1][1] == "" and out[-1][0] != i - 1:
            continue
        out.append((i, line))
    lines = [l for _, l in out]
    if raw and raw[0] != "":
        while lines and lines[0] == "":
            lines.pop(0)
    if raw and raw[-1] != "":
        while lines and lines[-1] == "":
            lines.pop()
    return lines


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    files = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
    failures = 0
    raws, golds = {}, {}
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            print(f"FAIL {f}: bad file name")
            failures += 1
            continue
        (golds if m.group(4) else raws)[f] = m
    # pairing
    for f in raws:
        if f[:-4] + ".gold.txt" not in golds:
            print(f"FAIL {f}: no matching .gold.txt")
            failures += 1
    for f in golds:
        if f[:-9] + ".txt" not in raws:
            print(f"FAIL {f}: gold without raw file")
            failures += 1
    numbers = Counter(m.group(1) for m in raws.values())
    for n, c in numbers.items():
        if c > 1:
            print(f"FAIL number {n} used by {c} raw files")
            failures += 1

    seen_lines = defaultdict(set)  # non-blank raw line -> files
    per_lang = Counter()
    neg_lang = Counter()
    for f in sorted(raws):
        m = raws[f]
        num, lang, fams = m.group(1), m.group(2), m.group(3)
        gname = f[:-4] + ".gold.txt"
        errs = []
        negative = fams == "negative"
        fam_list = fams.split("-")
        if not negative:
            bad = [x for x in fam_list if x not in FAMILIES]
            if bad:
                errs.append(f"unknown families {bad}")
            if len(set(fam_list)) != len(fam_list):
                errs.append("duplicate family in name")
            if not bad and fam_list != sorted(fam_list, key=FAMILIES.index):
                errs.append("families not in canonical order")
        per_lang[lang] += 1
        neg_lang[lang] += negative
        rpath, gpath = os.path.join(d, f), os.path.join(d, gname)
        rerr, gerr = [], []
        rdata, raw = load(rpath, rerr)
        errs += [f"raw: {e}" for e in rerr]
        if not os.path.exists(gpath):
            print(f"FAIL {f}: " + "; ".join(errs + ["gold missing"]))
            failures += 1
            continue
        gdata, gold = load(gpath, gerr)
        errs += [f"gold: {e}" for e in gerr]

        nb_raw = [l for l in raw if l.strip()]
        for l in nb_raw:
            seen_lines[l].add(f)
        if any(l != l.rstrip() for l in raw):
            errs.append("raw has trailing whitespace on a line")
        n_raw = len(nb_raw)
        n_gold = sum(1 for l in gold if l.strip())
        if any(l.strip() == "" and l != "" for l in raw):
            errs.append("raw has whitespace-only lines")
        if not MIN_LINES <= n_raw <= MAX_LINES:
            errs.append(f"{n_raw} non-blank raw lines (need {MIN_LINES}-{MAX_LINES})")
        # script sanity per language
        cyr = sum(1 for ch in "".join(nb_raw) if "\u0400" <= ch <= "\u04ff")
        letters = sum(1 for ch in "".join(nb_raw) if ch.isalpha())
        if lang == "ru" and cyr < 0.5 * letters:
            errs.append("ru file is not mostly Cyrillic")
        if lang != "ru" and cyr > 0.05 * letters:
            errs.append("non-ru file contains much Cyrillic")

        idx = align(raw, gold)
        share = 0.0
        if idx is None:
            errs.append("gold is not a subsequence of raw")
        else:
            kept = set(idx)
            deleted = {i for i in range(len(raw)) if i not in kept and raw[i] != ""}
            # blank lines not matched are only ok if the canonical collapse removes them
            exp = expected_gold(raw, deleted)
            if exp != gold:
                errs.append("blank-line handling differs from the collapse rule "
                            "(runs left by deletion -> one blank, no leading/trailing blank)")
            share = len(deleted) / n_raw if n_raw else 0
            if negative:
                if rdata != gdata:
                    errs.append("negative: gold is not byte-identical to raw")
            else:
                if rdata == gdata:
                    errs.append("positive: gold identical to raw")
                if not MIN_SHARE <= share <= MAX_SHARE:
                    errs.append(f"furniture share {share:.2f} outside {MIN_SHARE}-{MAX_SHARE}")
                kept_nb = [i for i in idx if raw[i] != ""]
                if kept_nb:
                    first, last = kept_nb[0], kept_nb[-1]
                    if not any(i < first for i in deleted):
                        errs.append("no furniture at the top")
                    if not any(i > last for i in deleted):
                        errs.append("no furniture at the bottom")
                    if not any(first < i < last for i in deleted):
                        errs.append("no furniture between article paragraphs")
                else:
                    errs.append("gold has no content")
            if gold and gold[0] == "" and raw[0] != "":
                errs.append("gold starts with a blank line")
            if gold and gold[-1] == "" and raw[-1] != "":
                errs.append("gold ends with a blank line")
        status = "OK  " if not errs else "FAIL"
        failures += bool(errs)
        kind = "negative" if negative else f"{len(fam_list)} families"
        print(f"{status} {f}: {n_raw} lines, {n_raw - n_gold} furniture ({share:.0%}), {kind}"
              + ("" if not errs else " -- " + "; ".join(errs)))

    # set-level checks
    for lang in LANGS:
        if per_lang[lang] != PER_LANG or neg_lang[lang] != NEG_PER_LANG:
            print(f"FAIL set: {lang} has {per_lang[lang]} pairs / {neg_lang[lang]} negatives "
                  f"(need {PER_LANG} / {NEG_PER_LANG})")
            failures += 1
    dups = {l: fs for l, fs in seen_lines.items() if len(fs) > 1}
    for l, fs in sorted(dups.items()):
        print(f"FAIL set: line reused across files {sorted(fs)}: {l[:70]!r}")
        failures += 1
    print(f"{len(raws)} pairs checked, {failures} failure(s)")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
