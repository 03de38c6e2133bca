#!/usr/bin/env python3
"""Validate the blind boilerplate evaluation set in this directory.

Checks, per pair:
  * both NNN_<lang>_<families>.txt and .gold.txt exist;
  * file name: three digits, a known language code, families valid, unique,
    in canonical order, or the single word "negative";
  * both files are UTF-8, LF only, end with exactly one final newline;
  * gold is the raw text with some non-blank lines deleted, runs of blank
    lines collapsed to one and no leading/trailing blank lines
    (so gold lines are an ordered subsequence of raw lines);
  * negatives: gold byte-identical to raw; positives: gold differs from raw
    and the furniture share of non-blank lines is between 30 and 55 %.
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair.
Standard library only. Prints one line per pair and ALL OK at the end.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
MIN_SHARE, MAX_SHARE = 30.0, 55.0

here = os.path.dirname(os.path.abspath(__file__))
errors_total = 0


def read_text(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)}: has a BOM")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    elif text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line(s)")
    return text


def expected_gold(raw_lines, gold_lines, errs, label):
    """Match gold non-blank lines greedily into raw; rebuild the gold from the
    raw lines minus the unmatched non-blank lines and compare."""
    keep = [False] * len(raw_lines)
    i = 0
    for g in gold_lines:
        if g == "":
            continue
        while i < len(raw_lines) and raw_lines[i] != g:
            i += 1
        if i == len(raw_lines):
            errs.append(f"{label}: gold line not found in order in raw: {g[:70]!r}")
            return None
        keep[i] = True
        i += 1
    out = []
    for ln, k in zip(raw_lines, keep):
        if ln == "":
            if out and out[-1] != "":
                out.append("")
        elif k:
            out.append(ln)
    while out and out[-1] == "":
        out.pop()
    return out, keep


def main():
    global errors_total
    files = sorted(f for f in os.listdir(here) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    line_owner = defaultdict(set)
    per_pair_errs = {}
    seen_numbers = set()

    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold without raw file")
            errors_total += 1

    for rf in raws:
        errs = []
        stem = rf[:-4]
        info = ""
        m = NAME_RE.match(rf)
        if not m:
            errs.append("bad file name")
        else:
            num, lang, fams = m.groups()
            if num in seen_numbers:
                errs.append(f"number {num} used twice")
            seen_numbers.add(num)
            if lang not in LANGS:
                errs.append(f"unknown language {lang}")
            negative = fams == "negative"
            if not negative:
                fl = fams.split("-")
                bad = [f for f in fl if f not in CANON]
                if bad:
                    errs.append(f"unknown families {bad}")
                elif len(set(fl)) != len(fl):
                    errs.append("family listed twice")
                elif fl != sorted(fl, key=CANON.index):
                    errs.append("families not in canonical order")
        gf = stem + ".gold.txt"
        if gf not in golds:
            errs.append("missing gold file")
            per_pair_errs[stem] = (errs, info)
            continue
        raw_t = read_text(os.path.join(here, rf), errs)
        gold_t = read_text(os.path.join(here, gf), errs)
        if raw_t is None or gold_t is None:
            per_pair_errs[stem] = (errs, info)
            continue
        raw_lines = raw_t.rstrip("\n").split("\n")
        gold_lines = gold_t.rstrip("\n").split("\n")
        # gold blank-line rules
        if gold_lines and (gold_lines[0] == "" or gold_lines[-1] == ""):
            errs.append("gold has leading or trailing blank line")
        for a, b in zip(gold_lines, gold_lines[1:]):
            if a == "" and b == "":
                errs.append("gold has a run of blank lines")
                break
        if any(l != "" and l.strip() == "" for l in gold_lines + raw_lines):
            errs.append("whitespace-only line (use truly empty blank lines)")
        res = expected_gold(raw_lines, gold_lines, errs, "gold")
        if res is not None:
            exp, keep = res
            if exp != gold_lines:
                errs.append("gold is not raw minus deleted lines with blank runs collapsed")
            nb = sum(1 for l in raw_lines if l.strip())
            kept = sum(1 for l in gold_lines if l.strip())
            furn = nb - kept
            share = 100.0 * furn / nb if nb else 0.0
            info = f"{nb} lines, {furn} furniture ({share:.1f}%)"
            if m and m.group(3) == "negative":
                if raw_t != gold_t:
                    errs.append("negative but gold differs from raw")
            elif m:
                if furn == 0:
                    errs.append("positive but nothing deleted")
                elif not (MIN_SHARE <= share <= MAX_SHARE):
                    errs.append(f"furniture share {share:.1f}% outside {MIN_SHARE}-{MAX_SHARE}%")
        for l in raw_lines:
            s = l.strip()
            if len(s) > 3:
                line_owner[s].add(stem)
        per_pair_errs[stem] = (errs, info)

    for line, owners in line_owner.items():
        if len(owners) > 1:
            for o in owners:
                per_pair_errs[o][0].append(f"line shared with {sorted(owners - {o})}: {line[:60]!r}")

    for stem in sorted(per_pair_errs):
        errs, info = per_pair_errs[stem]
        if errs:
            errors_total += len(errs)
            print(f"FAIL {stem}: {info}")
            for e in errs:
                print(f"     - {e}")
        else:
            print(f"ok   {stem}: {info}")

    if errors_total:
        print(f"FAILED ({errors_total} problems)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
