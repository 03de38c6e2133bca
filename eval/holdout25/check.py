#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory.

Checks: file names and families, raw/gold pairing, UTF-8 without BOM, LF only,
final newline, gold is a line subsequence of raw, blank-line rules in gold,
negatives byte-identical, positives 15-40 non-blank lines with 30-55% furniture
and furniture at the top, between paragraphs and at the bottom, 5 files per
language with exactly 1 negative each (25 in total).
"""
import os
import re
import sys
from collections import Counter

FAMILIES = set(
    "masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
    "credit copyright wire share counter newsletter subscribe donation membership "
    "paywall comments login authorbox tags footer app live notes".split()
)
LANGS = ["en", "ru", "de", "fr", "es"]
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_bytes(path, errors):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{name}: has a BOM")
    if b"\r" in data:
        errors.append(f"{name}: contains CR characters")
    if not data.endswith(b"\n"):
        errors.append(f"{name}: no final newline")
    if data.endswith(b"\n\n"):
        errors.append(f"{name}: blank line at end of file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{name}: not UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    return data, text


def align(raw, gold):
    """Greedy subsequence alignment of non-blank gold lines to raw lines.
    Returns list of kept flags for raw lines (blank raw lines flagged None)
    or None if gold is not a subsequence."""
    keep = [None if l.strip() == "" else False for l in raw]
    gi = [l for l in gold if l.strip()]
    j = 0
    for i, l in enumerate(raw):
        if j < len(gi) and l.strip() and l == gi[j]:
            keep[i] = True
            j += 1
    if j != len(gi):
        return None
    return keep


def expected_gold(raw, keep):
    out = []
    for l, k in zip(raw, keep):
        if k is False:
            continue
        if l.strip() == "" and out and out[-1].strip() == "":
            continue
        out.append(l)
    lead = raw and raw[0].strip() == ""
    trail = raw and raw[-1].strip() == ""
    if not lead:
        while out and out[0].strip() == "":
            out.pop(0)
    if not trail:
        while out and out[-1].strip() == "":
            out.pop()
    return out


def main():
    errors = []
    names = sorted(os.listdir(HERE))
    raws = [n for n in names if n.endswith(".txt") and not n.endswith(".gold.txt")]
    golds = [n for n in names if n.endswith(".gold.txt")]
    for g in golds:
        if g[: -len(".gold.txt")] + ".txt" not in raws:
            errors.append(f"{g}: gold without raw")
    langs = Counter()
    negs = Counter()
    nums = []
    for r in raws:
        m = NAME_RE.match(r)
        if not m:
            errors.append(f"{r}: bad file name")
            continue
        num, lang, fams = m.groups()
        nums.append(num)
        langs[lang] += 1
        famlist = fams.split("-")
        negative = famlist == ["negative"]
        if negative:
            negs[lang] += 1
        else:
            bad = [f for f in famlist if f not in FAMILIES]
            if bad:
                errors.append(f"{r}: unknown families {bad}")
            if len(set(famlist)) != len(famlist):
                errors.append(f"{r}: repeated family")
        gname = r[:-4] + ".gold.txt"
        if gname not in golds:
            errors.append(f"{r}: missing gold file")
            continue
        rdata, rtext = read_bytes(os.path.join(HERE, r), errors)
        gdata, gtext = read_bytes(os.path.join(HERE, gname), errors)
        raw = rtext[:-1].split("\n") if rtext.endswith("\n") else rtext.split("\n")
        gold = gtext[:-1].split("\n") if gtext.endswith("\n") else gtext.split("\n")
        for i in range(1, len(raw)):
            if raw[i].strip() == "" and raw[i - 1].strip() == "":
                errors.append(f"{r}: run of blank lines at line {i + 1}")
                break
        nb = sum(1 for l in raw if l.strip())
        if negative:
            if rdata != gdata:
                errors.append(f"{r}: negative but gold differs from raw")
            print(f"{r}: OK negative, {nb} non-blank lines")
            continue
        keep = align(raw, gold)
        if keep is None:
            errors.append(f"{gname}: not a subsequence of raw")
            continue
        exp = expected_gold(raw, keep)
        if exp != gold:
            errors.append(f"{gname}: blank-line structure differs from expected deletion result")
        nf = sum(1 for k in keep if k is False)
        share = nf / nb if nb else 0
        if not 15 <= nb <= 40:
            errors.append(f"{r}: {nb} non-blank lines (need 15-40)")
        if not 0.30 <= share <= 0.55:
            errors.append(f"{r}: furniture share {share:.0%} (need 30-55%)")
        flags = [k for k in keep if k is not None]
        first = flags.index(True) if True in flags else 0
        last = len(flags) - 1 - flags[::-1].index(True) if True in flags else 0
        top = False in flags[:first]
        bottom = False in flags[last + 1:]
        middle = False in flags[first:last + 1]
        if not (top and middle and bottom):
            errors.append(f"{r}: furniture missing at top={top} middle={middle} bottom={bottom}")
        print(f"{r}: OK positive, {nb} non-blank lines, {nf} furniture ({share:.0%})")
    if len(raws) != 25:
        errors.append(f"expected 25 raw files, found {len(raws)}")
    if len(set(nums)) != len(nums):
        errors.append("duplicate file numbers")
    for lang in LANGS:
        if langs[lang] != 5:
            errors.append(f"language {lang}: {langs[lang]} files (need 5)")
        if negs[lang] != 1:
            errors.append(f"language {lang}: {negs[lang]} negatives (need 1)")
    for e in errors:
        print("ERROR:", e)
    print("FAIL" if errors else "PASS", f"({len(raws)} pairs)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
