#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair: both files present; UTF-8, LF-only, final newline; gold is an
ordered subsequence of raw lines; gold has no leading/trailing blank lines and no
runs of blank lines; negatives are byte-identical; positives actually differ;
family names are valid and in canonical order. Across the set: no non-blank
line longer than 3 characters occurs in more than one pair.
"""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return data, []
    if b"\r" in data:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(sub, seq):
    it = iter(seq)
    return all(any(x == y for y in it) for x in sub)


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = {f[:-4] for f in files if not f.endswith(".gold.txt")}
    golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
    all_errors = []
    for stem in sorted(golds - raws):
        all_errors.append(f"{stem}: gold without raw")
    for stem in sorted(raws - golds):
        all_errors.append(f"{stem}: raw without gold")

    seen_numbers = {}
    line_owner = {}  # line -> first pair that used it
    pairs = sorted(raws & golds)
    for stem in pairs:
        errs = []
        m = NAME_RE.match(stem)
        fams = []
        if not m:
            errs.append("bad file name")
        else:
            num, lang, famstr = m.groups()
            if num in seen_numbers:
                errs.append(f"number {num} also used by {seen_numbers[num]}")
            seen_numbers[num] = stem
            if lang not in LANGS:
                errs.append(f"unknown language {lang}")
            fams = famstr.split("-")
            if fams != ["negative"]:
                bad = [f for f in fams if f not in CANON]
                if bad:
                    errs.append(f"invalid family name(s): {', '.join(bad)}")
                elif fams != sorted(set(fams), key=CANON.index):
                    errs.append("families not in canonical order or duplicated")
        raw_bytes, raw = read_lines(os.path.join(HERE, stem + ".txt"), errs)
        gold_bytes, gold = read_lines(os.path.join(HERE, stem + ".gold.txt"), errs)

        if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
            errs.append("gold has leading or trailing blank line")
        for a, b in zip(gold, gold[1:]):
            if a.strip() == "" and b.strip() == "":
                errs.append("gold has a run of blank lines")
                break
        if not is_subsequence(gold, raw):
            errs.append("gold is not an ordered subsequence of raw")
        if fams == ["negative"]:
            if raw_bytes != gold_bytes:
                errs.append("negative gold is not byte-identical to raw")
        elif raw_bytes == gold_bytes:
            errs.append("positive pair has no deletions")

        for ln in set(raw):
            s = ln.strip()
            if len(s) > 3:
                owner = line_owner.setdefault(ln, stem)
                if owner != stem:
                    errs.append(f"line shared with {owner}: {ln[:60]!r}")

        n_raw = sum(1 for x in raw if x.strip())
        n_gold = sum(1 for x in gold if x.strip())
        status = "OK" if not errs else "FAIL"
        print(f"{status:4}  {stem}  raw={n_raw} gold={n_gold} deleted={n_raw - n_gold}")
        for e in errs:
            print(f"      - {e}")
        all_errors.extend(f"{stem}: {e}" for e in errs)

    if not pairs:
        all_errors.append("no pairs found")
    for e in all_errors:
        if e.endswith("without raw") or e.endswith("without gold") or e == "no pairs found":
            print(f"FAIL  {e}")
    if all_errors:
        print(f"FAILED: {len(all_errors)} problem(s)")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
