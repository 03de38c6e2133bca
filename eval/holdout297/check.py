#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist
  * file name: three-digit number, known language code, families valid, in
    canonical order and without repeats, or exactly "negative"
  * UTF-8 without BOM, LF line endings only, final newline, blank lines truly empty
  * raw has no leading/trailing blank lines and no runs of blank lines
  * gold is raw with some non-blank lines deleted, blank runs collapsed to one,
    no leading/trailing blank lines (i.e. an ordered subsequence of raw lines)
  * negatives: gold byte-identical to raw
  * positives: gold differs from raw; deleted (furniture) lines make up
    30-55 % of the raw non-blank lines
Across the set:
  * no non-blank line longer than 3 characters appears in more than one pair
    (a raw file and its gold count as one unit)
  * pair numbers are unique
Prints one line per pair and "ALL OK" at the end (exit code 0), or a list of
problems (exit code 1). Standard library only.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")
MIN_SHARE, MAX_SHARE = 0.30, 0.55

here = os.path.dirname(os.path.abspath(__file__))
problems = []


def read_lines(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{os.path.basename(path)}: BOM present")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return data, None
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: CR characters (need LF only)")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for i, l in enumerate(lines, 1):
        if l.strip() == "" and l != "":
            errs.append(f"{os.path.basename(path)}:{i}: whitespace-only line")
    return data, lines


def collapse(lines):
    out = []
    for l in lines:
        if l == "" and (not out or out[-1] == ""):
            continue
        out.append(l)
    while out and out[-1] == "":
        out.pop()
    return out


def check_name(stem, errs):
    m = NAME_RE.match(stem)
    if not m:
        errs.append(f"bad file name: {stem}")
        return None, None, None
    num, lang, fams = m.groups()
    if lang not in LANGS:
        errs.append(f"unknown language code {lang!r}")
    if fams == "negative":
        return num, lang, []
    parts = fams.split("-")
    bad = [p for p in parts if p not in CANON]
    if bad:
        errs.append(f"unknown families {bad}")
        return num, lang, parts
    if len(set(parts)) != len(parts):
        errs.append("repeated family")
    idx = [CANON.index(p) for p in parts]
    if idx != sorted(idx):
        errs.append("families not in canonical order")
    return num, lang, parts


def main():
    files = sorted(f for f in os.listdir(here) if f.endswith(".txt"))
    raws = {f[:-4] for f in files if not f.endswith(".gold.txt")}
    golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
    for s in sorted(raws - golds):
        problems.append(f"{s}: gold file missing")
    for s in sorted(golds - raws):
        problems.append(f"{s}: raw file missing")

    line_owner = defaultdict(set)
    numbers = defaultdict(list)
    report = []
    for stem in sorted(raws & golds):
        errs = []
        num, lang, fams = check_name(stem, errs)
        if num:
            numbers[num].append(stem)
        rdata, raw = read_lines(os.path.join(here, stem + ".txt"), errs)
        gdata, gold = read_lines(os.path.join(here, stem + ".gold.txt"), errs)
        deleted = 0
        nonblank = 0
        if raw is not None and gold is not None:
            if raw and raw[0] == "":
                errs.append("raw starts with a blank line")
            if gold and gold[0] == "":
                errs.append("gold starts with a blank line")
            if gold and gold[-1] == "":
                errs.append("gold ends with a blank line")
            for a, b in zip(raw, raw[1:]):
                if a == "" and b == "":
                    errs.append("raw contains a run of blank lines")
                    break
            for a, b in zip(gold, gold[1:]):
                if a == "" and b == "":
                    errs.append("gold contains a run of blank lines")
                    break
            # gold non-blank lines must be an ordered subsequence of raw lines
            keep = [False] * len(raw)
            j = 0
            gnb = [l for l in gold if l != ""]
            for i, l in enumerate(raw):
                if j < len(gnb) and l == gnb[j]:
                    keep[i] = True
                    j += 1
            if j < len(gnb):
                errs.append(f"gold line not found in order in raw: {gnb[j][:60]!r}")
            else:
                expected = collapse([l for i, l in enumerate(raw) if l == "" or keep[i]])
                if expected != gold:
                    errs.append("gold is not raw minus deleted lines with blank runs collapsed")
            nonblank = sum(1 for l in raw if l != "")
            deleted = nonblank - len(gnb)
            if fams == []:
                if rdata != gdata:
                    errs.append("negative: gold is not byte-identical to raw")
            elif fams:
                if rdata == gdata:
                    errs.append("positive: gold identical to raw (nothing deleted)")
                share = deleted / nonblank if nonblank else 0
                if not (MIN_SHARE <= share <= MAX_SHARE):
                    errs.append(f"furniture share {share:.0%} outside {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
            for l in set(raw) | set(gold):
                if len(l.strip()) > 3:
                    line_owner[l].add(stem)
        share_txt = f"{deleted / nonblank:.0%}" if nonblank else "-"
        kind = "negative" if fams == [] else f"{len(fams or [])} families"
        status = "OK  " if not errs else "FAIL"
        report.append(f"{status} {stem}  [{kind}; raw {nonblank} non-blank lines, "
                      f"deleted {deleted} ({share_txt})]")
        for e in errs:
            report.append(f"     - {e}")
            problems.append(f"{stem}: {e}")

    for num, stems in sorted(numbers.items()):
        if len(stems) > 1:
            problems.append(f"number {num} used by {stems}")
    for l, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            problems.append(f"line used in {len(owners)} pairs {sorted(owners)}: {l[:70]!r}")

    print("\n".join(report))
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        print("FAILED")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
