#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and .gold.txt exist; name well formed;
  * families are valid names in canonical order, or exactly 'negative';
  * UTF-8 without BOM, LF line endings only, final newline;
  * gold non-blank lines are an ordered subsequence of the raw lines;
  * gold blank lines: one blank between two kept lines exactly when the raw
    text had at least one blank line between them (runs collapsed to one),
    no leading/trailing blank lines;
  * negatives: gold byte-identical to raw; positives: gold differs from raw.
Across the set:
  * no non-blank line longer than 3 characters appears in more than one pair.
Prints one line per pair and 'ALL OK' at the end (exit code 1 on failure).
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

HERE = os.path.dirname(os.path.abspath(__file__))


def read_text(path, problems):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        problems.append(f"{os.path.basename(path)}: has a BOM")
    if b"\r" in data:
        problems.append(f"{os.path.basename(path)}: contains CR characters")
    if not data.endswith(b"\n"):
        problems.append(f"{os.path.basename(path)}: no final newline")
    if data.endswith(b"\n\n"):
        problems.append(f"{os.path.basename(path)}: ends with a blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    return data, text


def split_lines(text):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def check_families(fams, problems):
    if fams == "negative":
        return True
    parts = fams.split("-")
    bad = [p for p in parts if p not in CANON]
    if bad:
        problems.append(f"unknown families: {', '.join(bad)}")
        return False
    idx = [CANON.index(p) for p in parts]
    if idx != sorted(idx) or len(set(idx)) != len(idx):
        problems.append("families not in canonical order (or repeated)")
    return False


def check_pair(raw_lines, gold_lines, problems):
    blank = lambda s: s.strip() == ""
    if gold_lines and blank(gold_lines[0]):
        problems.append("gold starts with a blank line")
    if gold_lines and blank(gold_lines[-1]):
        problems.append("gold ends with a blank line")
    for i in range(1, len(gold_lines)):
        if blank(gold_lines[i]) and blank(gold_lines[i - 1]):
            problems.append(f"gold has uncollapsed blank run at line {i + 1}")
            break
    # ordered subsequence of non-blank lines
    matched = []
    j = 0
    for g in gold_lines:
        if blank(g):
            continue
        while j < len(raw_lines) and raw_lines[j] != g:
            j += 1
        if j == len(raw_lines):
            problems.append(f"gold line not found in raw (in order): {g[:70]!r}")
            return
        matched.append(j)
        j += 1
    # expected blank structure
    expected = []
    for k, idx in enumerate(matched):
        if k > 0:
            prev = matched[k - 1]
            if any(blank(raw_lines[x]) for x in range(prev + 1, idx)):
                expected.append("")
        expected.append(raw_lines[idx])
    actual = [("" if blank(g) else g) for g in gold_lines]
    if expected != actual:
        for n, (a, b) in enumerate(zip(expected, actual)):
            if a != b:
                problems.append(f"gold blank-line structure differs near gold line {n + 1}")
                break
        else:
            problems.append("gold blank-line structure differs at the end")


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    ok = True
    for g in golds:
        if g[: -len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: no matching raw file")
            ok = False
    seen = defaultdict(set)  # line -> set of pair stems
    numbers = defaultdict(list)
    results = []
    for r in raws:
        stem = r[:-4]
        problems = []
        m = NAME_RE.match(stem)
        negative = False
        if not m:
            problems.append("bad file name")
        else:
            numbers[m.group(1)].append(stem)
            if m.group(2) not in LANGS:
                problems.append(f"unknown language {m.group(2)}")
            negative = check_families(m.group(3), problems)
        gpath = os.path.join(HERE, stem + ".gold.txt")
        if not os.path.exists(gpath):
            problems.append("missing gold file")
            results.append((stem, problems, 0, 0))
            continue
        rdata, rtext = read_text(os.path.join(HERE, r), problems)
        gdata, gtext = read_text(gpath, problems)
        rl, gl = split_lines(rtext), split_lines(gtext)
        if negative:
            if rdata != gdata:
                problems.append("negative: gold is not byte-identical to raw")
        else:
            if rdata == gdata:
                problems.append("positive: gold identical to raw (nothing deleted)")
        check_pair(rl, gl, problems)
        for line in set(rl) | set(gl):
            if line.strip() and len(line.strip()) > 3:
                seen[line].add(stem)
        rn = sum(1 for x in rl if x.strip())
        gn = sum(1 for x in gl if x.strip())
        results.append((stem, problems, rn, gn))
    dup_problems = defaultdict(list)
    for line, stems in seen.items():
        if len(stems) > 1:
            for s in stems:
                others = ", ".join(sorted(x[:3] for x in stems if x != s))
                dup_problems[s].append(f"line shared with {others}: {line[:60]!r}")
    for num, stems in numbers.items():
        if len(stems) > 1:
            for s in stems:
                dup_problems[s].append(f"number {num} used more than once")
    for stem, problems, rn, gn in results:
        problems = problems + dup_problems.get(stem, [])
        share = (rn - gn) / rn if rn else 0.0
        if problems:
            ok = False
            print(f"FAIL {stem}: " + "; ".join(problems))
        else:
            print(f"ok   {stem}  (raw {rn} lines, gold {gn}, furniture {share:.0%})")
    if not raws:
        print("FAIL: no files found")
        ok = False
    if ok:
        print("ALL OK")
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
