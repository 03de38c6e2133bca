#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({exc})")
        return data, []
    if b"\r" in data:
        errors.append(f"{os.path.basename(path)}: CR characters (need LF line endings)")
    if not data.endswith(b"\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if data.endswith(b"\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line(s)")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def collapse(lines):
    out = []
    for ln in lines:
        if ln.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(ln)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def check_pair(stem, raw, gold, errors):
    m = NAME_RE.match(stem)
    if not m:
        errors.append("bad file name")
        return None
    _, lang, fams = m.groups()
    if lang not in LANGS:
        errors.append(f"unknown language code {lang!r}")
    negative = fams == "negative"
    if not negative:
        parts = fams.split("-")
        bad = [p for p in parts if p not in FAMILIES]
        if bad:
            errors.append(f"unknown families {bad}")
        elif len(set(parts)) != len(parts):
            errors.append("family listed twice")
        elif parts != sorted(parts, key=FAMILIES.index):
            errors.append("families not in canonical order")
    # leading / trailing blanks and blank runs in gold
    if gold and gold[0].strip() == "":
        errors.append("gold starts with a blank line")
    if gold and gold[-1].strip() == "":
        errors.append("gold ends with a blank line")
    for i in range(1, len(gold)):
        if gold[i].strip() == "" and gold[i - 1].strip() == "":
            errors.append(f"gold line {i + 1}: run of blank lines not collapsed")
            break
    # gold must be an ordered subsequence of raw
    j = 0
    for ln in gold:
        while j < len(raw) and raw[j] != ln:
            j += 1
        if j == len(raw):
            errors.append(f"gold line not found in order in raw: {ln[:60]!r}")
            break
        j += 1
    # exact reconstruction: drop unmatched non-blank raw lines, collapse blanks
    kept, j = [], 0
    gold_text = [ln for ln in gold if ln.strip()]
    for ln in raw:
        if ln.strip() == "":
            kept.append(ln)
        elif j < len(gold_text) and ln == gold_text[j]:
            kept.append(ln)
            j += 1
    if collapse(kept) != gold:
        errors.append("gold differs from raw minus deleted lines with blank runs collapsed")
    raw_nb = [ln for ln in raw if ln.strip()]
    deleted = len(raw_nb) - len(gold_text)
    if negative and deleted:
        errors.append("negative pair but lines were deleted")
    if not negative and deleted == 0:
        errors.append("positive pair but nothing was deleted")
    return deleted, len(raw_nb), negative


def main():
    names = sorted(os.listdir(HERE))
    raws = {n[:-4] for n in names if n.endswith(".txt") and not n.endswith(".gold.txt")}
    golds = {n[:-9] for n in names if n.endswith(".gold.txt")}
    problems = 0
    for stem in sorted(raws ^ golds):
        print(f"FAIL {stem}: incomplete pair")
        problems += 1
    owners = defaultdict(set)
    for stem in sorted(raws & golds):
        errors = []
        rpath = os.path.join(HERE, stem + ".txt")
        gpath = os.path.join(HERE, stem + ".gold.txt")
        rdata, raw = read(rpath, errors)
        gdata, gold = read(gpath, errors)
        info = check_pair(stem, raw, gold, errors)
        if info and info[2] and rdata != gdata:
            errors.append("negative pair: gold is not byte-identical to raw")
        for ln in raw + gold:
            s = ln.strip()
            if len(s) > 3:
                owners[s].add(stem)
        if errors:
            problems += len(errors)
            for e in errors:
                print(f"FAIL {stem}: {e}")
        else:
            d, n, neg = info
            kind = "negative" if neg else f"deleted {d}/{n} non-blank lines ({100 * d / n:.0f}%)"
            print(f"ok   {stem}: {kind}")
    for line, stems in sorted(owners.items()):
        if len(stems) > 1:
            problems += 1
            print(f"FAIL duplicate line in {len(stems)} files {sorted(stems)}: {line[:70]!r}")
    if problems:
        print(f"{problems} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
