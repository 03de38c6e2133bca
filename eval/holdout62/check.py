#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Usage: python3 check.py [directory]   (defaults to the directory of this script)
Prints one line per pair and exits non-zero if anything is wrong.
"""
import os
import re
import sys
from collections import Counter

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
PER_LANG, NEG_PER_LANG = 4, 1
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55


def read_text(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append("starts with a BOM")
    if b"\r" in data:
        errs.append("contains CR (line endings must be LF)")
    if not data.endswith(b"\n"):
        errs.append("no final newline")
    if data.endswith(b"\n\n"):
        errs.append("ends with a blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not UTF-8: {e}")
        text = data.decode("utf-8", "replace")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for i, l in enumerate(lines, 1):
        if l and not l.strip():
            errs.append(f"line {i} is whitespace-only (blank lines must be empty)")
    return data, lines


def match(raw, gold):
    """Greedy subsequence match of gold lines against raw lines.
    Non-blank gold lines must match raw lines in order; returns the set of kept raw indices
    (non-blank only) or None."""
    kept, j = [], 0
    for g in gold:
        if g == "":
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        kept.append(j)
        j += 1
    return kept


def expected_gold(raw, kept_set):
    """Rebuild the gold from raw: delete furniture lines, collapse runs of blank lines that a
    deletion left behind, drop leading/trailing blanks unless the raw has them there."""
    out = []  # (text, raw_index)
    deleted_since_last = False
    for i, l in enumerate(raw):
        if l != "" and i not in kept_set:
            deleted_since_last = True
            continue
        if l == "":
            # a blank following a blank with a deletion in between: the run collapses to one
            if out and out[-1][0] == "" and deleted_since_last:
                continue
            out.append((l, i))
        else:
            out.append((l, i))
        deleted_since_last = False
    if raw and raw[0] != "":
        while out and out[0][0] == "":
            out.pop(0)
    if raw and raw[-1] != "":
        while out and out[-1][0] == "":
            out.pop()
    return [t for t, _ in out]


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    names = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
    problems = 0
    raws, golds = {}, {}
    for f in names:
        m = NAME_RE.match(f)
        if not m:
            print(f"FAIL {f}: bad file name")
            problems += 1
            continue
        key = f[: -len(".gold.txt")] if m.group(4) else f[: -len(".txt")]
        (golds if m.group(4) else raws)[key] = f
    for key in sorted(set(raws) | set(golds)):
        if key not in raws or key not in golds:
            print(f"FAIL {key}: unpaired (raw {'ok' if key in raws else 'missing'}, gold {'ok' if key in golds else 'missing'})")
            problems += 1
    nums = Counter(k[:3] for k in raws)
    for n, c in nums.items():
        if c > 1:
            print(f"FAIL number {n} used {c} times")
            problems += 1
    per_lang, neg_lang = Counter(), Counter()
    for key in sorted(raws):
        if key not in golds:
            continue
        errs = []
        num, lang, fams = key.split("_", 2)
        famlist = fams.split("-")
        negative = famlist == ["negative"]
        if not negative:
            bad = [x for x in famlist if x not in FAMILIES]
            if bad:
                errs.append(f"unknown families {bad}")
            if len(set(famlist)) != len(famlist):
                errs.append("family listed twice")
        per_lang[lang] += 1
        neg_lang[lang] += negative
        rdata, raw = read_text(os.path.join(d, raws[key]), errs)
        gdata, gold = read_text(os.path.join(d, golds[key]), errs)
        nb = sum(1 for l in raw if l)
        if negative:
            if rdata != gdata:
                errs.append("negative: gold is not byte-identical to raw")
            info = f"negative, {nb} lines"
        else:
            kept = match(raw, gold)
            if kept is None:
                errs.append("gold is not a subsequence of raw")
                info = f"{nb} lines"
            else:
                kept_set = set(kept)
                exp = expected_gold(raw, kept_set)
                if exp != gold:
                    for i, (a, b) in enumerate(zip(exp, gold)):
                        if a != b:
                            errs.append(f"blank-line rules broken near gold line {i + 1}: expected {a!r}, got {b!r}")
                            break
                    else:
                        errs.append(f"blank-line rules broken: expected {len(exp)} gold lines, got {len(gold)}")
                nonblank = [i for i, l in enumerate(raw) if l]
                furn = [i for i in nonblank if i not in kept_set]
                share = len(furn) / nb if nb else 0
                info = f"{nb} lines, {len(furn)} furniture ({share:.0%})"
                if not MIN_LINES <= nb <= MAX_LINES:
                    errs.append(f"{nb} non-blank lines, need {MIN_LINES}-{MAX_LINES}")
                if not MIN_SHARE <= share <= MAX_SHARE:
                    errs.append(f"furniture share {share:.1%}, need {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
                if furn:
                    if furn[0] != nonblank[0]:
                        errs.append("no furniture at the top")
                    if furn[-1] != nonblank[-1]:
                        errs.append("no furniture at the bottom")
                    inner = [i for i in furn if kept and kept[1] < i < kept[-1]]
                    if not inner:
                        errs.append("no furniture between paragraphs")
                else:
                    errs.append("positive file without furniture")
                if len(kept) < 3:
                    errs.append("almost nothing kept")
        if errs:
            problems += 1
            print(f"FAIL {raws[key]}: {info}; " + "; ".join(errs))
        else:
            print(f"ok   {raws[key]}: {info}")
    for lang in LANGS:
        if per_lang[lang] != PER_LANG or neg_lang[lang] != NEG_PER_LANG:
            print(f"FAIL language {lang}: {per_lang[lang]} pairs ({neg_lang[lang]} negative), "
                  f"need {PER_LANG} ({NEG_PER_LANG} negative)")
            problems += 1
    extra = set(per_lang) - set(LANGS)
    if extra:
        print(f"FAIL unexpected languages {sorted(extra)}")
        problems += 1
    print(f"{len(raws)} pairs checked, {problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
