#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, are UTF-8, use LF line endings only and end with a newline;
  * the name is well-formed, NNN is unique, <lang> is known, families are valid,
    unique and in canonical order (or exactly 'negative');
  * the gold is an ordered subsequence of the raw lines, and equals the raw text with
    the unmatched non-blank lines deleted and blank runs collapsed to one, with no
    leading or trailing blank lines;
  * negatives: gold is byte-identical to raw; positives: gold differs from raw;
and across the set: no non-blank line longer than 3 characters occurs in more than one pair.
Prints one line per pair and 'ALL OK' at the end (exit status 0), or the problems (exit status 1).
"""
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")


def read_text(path, problems):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.append(f"{os.path.basename(path)}: not valid UTF-8 ({e})")
        return None
    if "\r" in text:
        problems.append(f"{os.path.basename(path)}: contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        problems.append(f"{os.path.basename(path)}: missing final newline")
    if text.endswith("\n\n"):
        problems.append(f"{os.path.basename(path)}: ends with a blank line")
    if text.startswith("\ufeff"):
        problems.append(f"{os.path.basename(path)}: starts with a BOM")
    return text


def collapse(lines):
    out = []
    for ln in lines:
        if ln.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(ln)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def check_pair(stem, raw_text, gold_text, problems):
    raw = raw_text.split("\n")[:-1]
    gold = gold_text.split("\n")[:-1]
    local = []
    # leading/trailing blanks and blank runs in gold
    if gold and gold[0].strip() == "":
        local.append("gold starts with a blank line")
    if gold and gold[-1].strip() == "":
        local.append("gold ends with a blank line")
    for a, b in zip(gold, gold[1:]):
        if a.strip() == "" and b.strip() == "":
            local.append("gold has a run of blank lines")
            break
    # ordered subsequence (all lines, greedy)
    i = 0
    for g in gold:
        while i < len(raw) and raw[i] != g:
            i += 1
        if i == len(raw):
            local.append(f"gold line not found in order in raw: {g[:60]!r}")
            break
        i += 1
    # exact reconstruction: delete unmatched non-blank raw lines, collapse blanks
    kept = set()
    i = 0
    for g in (x for x in gold if x.strip()):
        while i < len(raw) and raw[i] != g:
            i += 1
        if i < len(raw):
            kept.add(i)
            i += 1
    rebuilt = collapse([ln for k, ln in enumerate(raw) if ln.strip() == "" or k in kept])
    if not local and rebuilt != gold:
        local.append("gold is not raw minus deleted lines with blank runs collapsed to one")
    n_raw = sum(1 for x in raw if x.strip())
    n_gold = sum(1 for x in gold if x.strip())
    for p in local:
        problems.append(f"{stem}: {p}")
    return n_raw, n_gold, not local


def main():
    problems = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = {f[:-4] for f in files if not f.endswith(".gold.txt")}
    golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
    for s in sorted(raws - golds):
        problems.append(f"{s}: gold file missing")
    for s in sorted(golds - raws):
        problems.append(f"{s}: raw file missing")
    numbers = defaultdict(list)
    line_owner = defaultdict(set)
    report = []
    for stem in sorted(raws & golds):
        m = NAME_RE.match(stem)
        if not m:
            problems.append(f"{stem}: bad file name (expected NNN_<lang>_<families>)")
            continue
        num, lang, fams = m.groups()
        numbers[num].append(stem)
        if lang not in LANGS:
            problems.append(f"{stem}: unknown language {lang!r}")
        negative = fams == "negative"
        if not negative:
            parts = fams.split("-")
            bad = [p for p in parts if p not in ORDER]
            if bad:
                problems.append(f"{stem}: unknown families {bad}")
            elif len(set(parts)) != len(parts):
                problems.append(f"{stem}: repeated family")
            elif parts != sorted(parts, key=ORDER.index):
                problems.append(f"{stem}: families not in canonical order "
                                f"(expected {'-'.join(sorted(parts, key=ORDER.index))})")
        raw_b = open(os.path.join(HERE, stem + ".txt"), "rb").read()
        gold_b = open(os.path.join(HERE, stem + ".gold.txt"), "rb").read()
        raw_t = read_text(os.path.join(HERE, stem + ".txt"), problems)
        gold_t = read_text(os.path.join(HERE, stem + ".gold.txt"), problems)
        if raw_t is None or gold_t is None:
            continue
        n_raw, n_gold, ok = check_pair(stem, raw_t, gold_t, problems)
        if negative and raw_b != gold_b:
            problems.append(f"{stem}: negative but gold is not byte-identical to raw")
            ok = False
        if not negative and raw_b == gold_b:
            problems.append(f"{stem}: positive but gold is identical to raw")
            ok = False
        for ln in raw_t.split("\n"):
            key = ln.strip()
            if len(key) > 3:
                line_owner[key].add(stem)
        removed = n_raw - n_gold
        share = removed / n_raw if n_raw else 0
        report.append(f"{'ok  ' if ok else 'FAIL'} {stem}: {n_raw} lines, {removed} furniture ({share:.0%})")
    for num, stems in numbers.items():
        if len(stems) > 1:
            problems.append(f"number {num} used by several pairs: {stems}")
    for key, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            problems.append(f"line used in {len(owners)} pairs {sorted(owners)}: {key[:70]!r}")
    for r in report:
        print(r)
    if problems:
        print()
        for p in problems:
            print("PROBLEM:", p)
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
