#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory.

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the file name is well formed: families are valid names in canonical order,
    or the single word 'negative';
  * the gold's non-blank lines are an ordered subsequence of the raw lines;
  * the gold has no leading/trailing blank lines and no runs of blank lines, and
    a blank line sits in the gold exactly where the raw had at least one blank
    line between the two kept lines (deleted lines collapse, nothing is invented);
  * negatives: gold is byte-identical to raw; positives: gold differs from raw and
    the share of deleted non-blank lines is between 30 % and 55 %;
Across the whole set:
  * no non-blank line longer than 3 characters appears in more than one pair.
Prints one line per pair and 'ALL OK' at the end (exit status 0), otherwise the
problems found (exit status 1).
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, problems):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return data, []
    name = os.path.basename(path)
    if "\r" in text:
        problems.append(f"{name}: contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        problems.append(f"{name}: no final newline")
    if text.endswith("\n\n"):
        problems.append(f"{name}: trailing blank line")
    if text.startswith("\ufeff"):
        problems.append(f"{name}: starts with a BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def check_families(stem, problems):
    m = NAME_RE.match(stem)
    if not m:
        problems.append(f"{stem}: file name does not match NNN_<lang>_<families>")
        return None
    num, lang, fams = m.groups()
    if lang not in LANGS:
        problems.append(f"{stem}: unknown language code '{lang}'")
    if fams == "negative":
        return []
    parts = fams.split("-")
    bad = [p for p in parts if p not in CANON]
    if bad:
        problems.append(f"{stem}: invalid family name(s): {', '.join(bad)}")
        return parts
    if len(set(parts)) != len(parts):
        problems.append(f"{stem}: repeated family name")
    idx = [CANON.index(p) for p in parts]
    if idx != sorted(idx):
        problems.append(f"{stem}: families not in canonical order")
    return parts


def match_gold(raw, gold, stem, problems):
    """Greedy subsequence match of the gold's non-blank lines against raw."""
    positions = []  # raw index for each non-blank gold line
    j = 0
    for g in gold:
        if g.strip() == "":
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            problems.append(f"{stem}: gold line not found in order in raw: {g[:70]!r}")
            return None
        positions.append(j)
        j += 1
    return positions


def check_blanks(raw, gold, positions, stem, problems):
    if not gold or gold[0].strip() == "" or gold[-1].strip() == "":
        problems.append(f"{stem}: gold has leading/trailing blank line or is empty")
    for a, b in zip(gold, gold[1:]):
        if a.strip() == "" and b.strip() == "":
            problems.append(f"{stem}: gold has a run of blank lines")
            break
    for ln in gold:
        if ln != "" and ln.strip() == "":
            problems.append(f"{stem}: gold has a whitespace-only line")
            break
    # expected blank between consecutive kept lines
    nb = [i for i, ln in enumerate(gold) if ln.strip()]
    for k in range(len(nb) - 1):
        gold_blank = nb[k + 1] - nb[k] > 1
        r0, r1 = positions[k], positions[k + 1]
        raw_blank = any(raw[i].strip() == "" for i in range(r0 + 1, r1))
        if gold_blank != raw_blank:
            problems.append(f"{stem}: blank line mismatch after gold line {gold[nb[k]][:60]!r}")


def main():
    files = sorted(os.listdir(HERE))
    problems = []
    stems = set()
    for f in files:
        if f.endswith(".gold.txt"):
            stems.add(f[:-9])
        elif f.endswith(".txt"):
            stems.add(f[:-4])
    seen = defaultdict(set)  # line -> set of stems
    nums = defaultdict(list)
    report = []
    for stem in sorted(stems):
        p_before = len(problems)
        raw_p = os.path.join(HERE, stem + ".txt")
        gold_p = os.path.join(HERE, stem + ".gold.txt")
        if not os.path.exists(raw_p) or not os.path.exists(gold_p):
            problems.append(f"{stem}: incomplete pair")
            report.append(f"{stem}: FAIL")
            continue
        fams = check_families(stem, problems)
        m = NAME_RE.match(stem)
        if m:
            nums[m.group(1)].append(stem)
        raw_b, raw = read_lines(raw_p, problems)
        gold_b, gold = read_lines(gold_p, problems)
        for ln in raw + gold:
            if len(ln.strip()) > 3:
                seen[ln.strip()].add(stem)
        info = ""
        if fams == []:
            if raw_b != gold_b:
                problems.append(f"{stem}: negative but gold is not byte-identical to raw")
        elif fams:
            if raw_b == gold_b:
                problems.append(f"{stem}: positive but gold is identical to raw")
        positions = match_gold(raw, gold, stem, problems)
        if positions is not None:
            check_blanks(raw, gold, positions, stem, problems)
            n_raw = sum(1 for ln in raw if ln.strip())
            n_gold = len(positions)
            share = (n_raw - n_gold) / n_raw if n_raw else 0
            info = f"{n_raw} lines, {n_raw - n_gold} deleted ({share:.0%})"
            if fams and not (0.30 <= share <= 0.55):
                problems.append(f"{stem}: furniture share {share:.0%} outside 30-55%")
        status = "ok" if len(problems) == p_before else "FAIL"
        report.append(f"{stem}: {status}  {info}")
    for num, ss in nums.items():
        if len(ss) > 1:
            problems.append(f"number {num} used by more than one pair: {ss}")
    for ln, ss in sorted(seen.items()):
        if len(ss) > 1:
            problems.append(f"line used in {len(ss)} pairs ({', '.join(sorted(s[:6] for s in ss))}): {ln[:70]!r}")
    for r in report:
        print(r)
    if not stems:
        problems.append("no pairs found")
    if problems:
        print()
        for p in problems:
            print("PROBLEM:", p)
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
