#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and .gold.txt exist, UTF-8, LF only, final newline;
  * family names are valid, unique and in canonical order, or exactly 'negative';
  * gold non-blank lines are an ordered subsequence of raw lines (byte-identical);
  * gold blank lines are exactly what deleting lines and collapsing blank runs leaves,
    with no leading/trailing blank lines and no runs of blank lines;
  * negatives: gold is byte-identical to raw; positives: gold differs from raw;
  * reports the share of furniture among non-blank raw lines.
Across the set: no non-blank line longer than 3 characters occurs in more than one pair.
"""
import os, re, sys, glob
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
HERE = os.path.dirname(os.path.abspath(__file__))
NAME = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")


def read(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)}: has a BOM")
    return text


def expected_gold(raw_lines, gold_lines, errs, tag):
    """Greedily match gold non-blank lines in raw; rebuild the gold the deletion implies."""
    want = [g for g in gold_lines if g.strip()]
    keep = [False] * len(raw_lines)
    j = 0
    for i, r in enumerate(raw_lines):
        if j < len(want) and r == want[j] and r.strip():
            keep[i] = True
            j += 1
    if j < len(want):
        errs.append(f"{tag}: gold line not found in raw order: {want[j][:70]!r}")
        return None, keep
    out = []
    for r, k in zip(raw_lines, keep):
        if r.strip():
            if k:
                out.append(r)
        else:
            if out and out[-1].strip():
                out.append(r)
    while out and not out[-1].strip():
        out.pop()
    return out, keep


def main():
    errs_total = 0
    line_owner = defaultdict(set)
    raws = sorted(f for f in os.listdir(HERE) if NAME.match(f))
    golds = {f for f in os.listdir(HERE) if f.endswith(".gold.txt")}
    nums = set()
    for f in sorted(golds):
        if f.replace(".gold.txt", ".txt") not in raws:
            print(f"FAIL {f}: gold without raw")
            errs_total += 1
    for f in raws:
        errs = []
        num, lang, fams = NAME.match(f).groups()
        if num in nums:
            errs.append(f"duplicate number {num}")
        nums.add(num)
        if lang not in LANGS:
            errs.append(f"unknown language {lang}")
        gname = f[:-4] + ".gold.txt"
        if gname not in golds:
            print(f"FAIL {f}: missing {gname}")
            errs_total += 1
            continue
        negative = fams == "negative"
        if not negative:
            parts = fams.split("-")
            bad = [p for p in parts if p not in CANON]
            if bad:
                errs.append(f"invalid families {bad}")
            elif len(set(parts)) != len(parts):
                errs.append("repeated family")
            elif parts != sorted(parts, key=CANON.index):
                errs.append("families not in canonical order")
        raw = read(os.path.join(HERE, f), errs)
        gold = read(os.path.join(HERE, gname), errs)
        ratio = ""
        if raw is not None and gold is not None:
            rl = raw[:-1].split("\n") if raw.endswith("\n") else raw.split("\n")
            gl = gold[:-1].split("\n") if gold.endswith("\n") else gold.split("\n")
            if gl and not gl[0].strip():
                errs.append("gold has leading blank line")
            if gl and not gl[-1].strip():
                errs.append("gold has trailing blank line")
            for a, b in zip(gl, gl[1:]):
                if not a.strip() and not b.strip():
                    errs.append("gold has a run of blank lines")
                    break
            if negative:
                if raw != gold:
                    errs.append("negative but gold differs from raw")
            else:
                if raw == gold:
                    errs.append("positive but gold identical to raw")
            exp, keep = expected_gold(rl, gl, errs, f)
            if exp is not None and exp != gl:
                for k, (a, b) in enumerate(zip(exp, gl)):
                    if a != b:
                        errs.append(f"gold blank-line structure wrong near gold line {k+1}")
                        break
                else:
                    errs.append("gold length differs from expected after collapsing")
            nb = [i for i, r in enumerate(rl) if r.strip()]
            furn = sum(1 for i in nb if not keep[i])
            if nb:
                ratio = f" furniture {furn}/{len(nb)} = {100*furn/len(nb):.0f}%"
            for r in rl:
                s = r.strip()
                if len(s) > 3:
                    line_owner[s].add(num)
        status = "OK  " if not errs else "FAIL"
        print(f"{status} {f}{ratio}")
        for e in errs:
            print(f"     - {e}")
        errs_total += len(errs)
    dups = {s: o for s, o in line_owner.items() if len(o) > 1}
    for s, o in sorted(dups.items()):
        print(f"FAIL duplicate line in {sorted(o)}: {s[:80]!r}")
    errs_total += len(dups)
    if not raws:
        print("FAIL no files found")
        errs_total += 1
    if errs_total:
        print(f"{errs_total} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
