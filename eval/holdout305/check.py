#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory.

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist;
  * file names are well formed, family names are valid, unique and in
    canonical order; "negative" stands alone;
  * files are UTF-8, use LF line endings and end with a newline;
  * the gold's non-blank lines are an ordered subsequence of the raw lines
    (byte-identical lines);
  * the gold equals "raw minus the deleted lines, with blank runs collapsed to
    one blank line and no leading/trailing blank lines";
  * negatives: gold is byte-identical to raw;
  * positives: at least one line is deleted and deleted lines make up
    30-55 % of the raw non-blank lines.
Across the set:
  * no non-blank line longer than 3 characters (after stripping) appears in
    more than one pair.

Prints one line per pair and "ALL OK" at the end (exit status 0), or the
list of problems and "FAILED" (exit status 1). Standard library only.
"""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
MIN_RATIO, MAX_RATIO = 0.30, 0.55

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, problems, label):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(f"{label}: not valid UTF-8 ({exc})")
        return None, data
    if "\r" in text:
        problems.append(f"{label}: contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        problems.append(f"{label}: no final newline")
    if text.startswith("\ufeff"):
        problems.append(f"{label}: starts with a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def is_blank(line):
    return line.strip() == ""


def collapse(lines):
    out = []
    for ln in lines:
        if is_blank(ln):
            if out and is_blank(out[-1]):
                continue
            out.append("")
        else:
            out.append(ln)
    while out and is_blank(out[0]):
        out.pop(0)
    while out and is_blank(out[-1]):
        out.pop()
    return out


def check_families(stem_fams, problems, label):
    if stem_fams == "negative":
        return True
    fams = stem_fams.split("-")
    for f in fams:
        if f not in CANON:
            problems.append(f"{label}: unknown family '{f}'")
    if len(set(fams)) != len(fams):
        problems.append(f"{label}: duplicated family in name")
    known = [f for f in fams if f in CANON]
    if known != sorted(known, key=CANON.index):
        problems.append(f"{label}: families not in canonical order")
    if "negative" in fams:
        problems.append(f"{label}: 'negative' mixed with families")
    return False


def main():
    problems = []
    names = sorted(os.listdir(HERE))
    raws = [n for n in names if n.endswith(".txt") and not n.endswith(".gold.txt")]
    golds = [n for n in names if n.endswith(".gold.txt")]
    raw_stems = {n[:-4] for n in raws}
    gold_stems = {n[:-9] for n in golds}
    for s in sorted(gold_stems - raw_stems):
        problems.append(f"{s}: gold file without raw file")
    for s in sorted(raw_stems - gold_stems):
        problems.append(f"{s}: raw file without gold file")

    line_owner = {}   # stripped line -> set of pair stems
    numbers = {}
    report = []
    for rawname in raws:
        stem = rawname[:-4]
        m = NAME_RE.match(rawname)
        if not m:
            problems.append(f"{stem}: badly formed file name")
            continue
        num, lang, fams = m.groups()
        if lang not in LANGS:
            problems.append(f"{stem}: unexpected language code '{lang}'")
        if num in numbers:
            problems.append(f"{stem}: number {num} also used by {numbers[num]}")
        numbers[num] = stem
        negative = check_families(fams, problems, stem)
        if stem not in gold_stems:
            continue
        n_before = len(problems)
        raw, raw_bytes = read_lines(os.path.join(HERE, rawname), problems, rawname)
        gold, gold_bytes = read_lines(os.path.join(HERE, stem + ".gold.txt"), problems, stem + ".gold.txt")
        if raw is None or gold is None:
            continue

        # leading / trailing / doubled blanks in gold
        if gold and is_blank(gold[0]):
            problems.append(f"{stem}: gold starts with a blank line")
        if gold and is_blank(gold[-1]):
            problems.append(f"{stem}: gold ends with a blank line")
        for i in range(1, len(gold)):
            if is_blank(gold[i]) and is_blank(gold[i - 1]):
                problems.append(f"{stem}: gold has a run of blank lines at line {i + 1}")
                break

        # ordered subsequence (greedy, byte-identical lines)
        kept = set()
        j = 0
        ok_subseq = True
        for gl in gold:
            if is_blank(gl):
                continue
            while j < len(raw) and raw[j] != gl:
                j += 1
            if j == len(raw):
                problems.append(f"{stem}: gold line not found in order in raw: {gl[:70]!r}")
                ok_subseq = False
                break
            kept.add(j)
            j += 1

        if ok_subseq:
            expected = collapse([ln for i, ln in enumerate(raw) if i in kept or is_blank(ln)])
            if expected != gold:
                problems.append(f"{stem}: gold is not raw-minus-deletions with blank runs collapsed")

        raw_nonblank = [ln for ln in raw if not is_blank(ln)]
        gold_nonblank = [ln for ln in gold if not is_blank(ln)]
        removed = len(raw_nonblank) - len(gold_nonblank)
        ratio = removed / len(raw_nonblank) if raw_nonblank else 0.0
        if negative:
            if raw_bytes != gold_bytes:
                problems.append(f"{stem}: negative but gold differs from raw")
        else:
            if removed == 0:
                problems.append(f"{stem}: positive but nothing deleted")
            elif not (MIN_RATIO <= ratio <= MAX_RATIO):
                problems.append(f"{stem}: furniture share {ratio:.0%} outside {MIN_RATIO:.0%}-{MAX_RATIO:.0%}")

        for ln in raw + gold:
            s = ln.strip()
            if len(s) > 3:
                line_owner.setdefault(s, set()).add(stem)

        status = "OK  " if len(problems) == n_before else "FAIL"
        kind = "negative" if negative else f"{removed} furniture lines ({ratio:.0%})"
        report.append(f"{status} {stem}: raw {len(raw_nonblank)} non-blank, gold {len(gold_nonblank)}; {kind}")

    for s, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            problems.append(f"line used in {len(owners)} files {sorted(owners)}: {s[:70]!r}")

    for r in report:
        print(r)
    if problems:
        print()
        for p in problems:
            print("PROBLEM:", p)
        print(f"FAILED ({len(problems)} problems)")
        return 1
    print(f"{len(report)} pairs checked")
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
