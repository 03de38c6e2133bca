#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist;
  * UTF-8, LF line endings only, final newline, no empty file;
  * <families> is either 'negative' or valid family names joined by '-',
    without repeats, in canonical order;
  * the non-blank gold lines are an ordered subsequence of the raw lines, and
    the gold equals the raw with the unmatched lines deleted, blank runs
    collapsed to one and leading/trailing blank lines removed;
  * gold has no consecutive, leading or trailing blank lines;
  * negatives: gold is byte-identical to raw; positives: at least one line removed.
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair
    (a pair's raw and gold naturally share lines and count as one file).
Prints one line per pair and 'ALL OK' at the end; exits 1 on any problem.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, problems):
    data = open(path, "rb").read()
    if not data:
        problems.append(f"{os.path.basename(path)}: empty file")
        return data, []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return data, []
    if "\r" in text:
        problems.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        problems.append(f"{os.path.basename(path)}: no final newline")
    if text.startswith("\ufeff"):
        problems.append(f"{os.path.basename(path)}: starts with a BOM")
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


def check_families(fams, problems, name):
    if fams == "negative":
        return
    parts = fams.split("-")
    bad = [p for p in parts if p not in CANON]
    if bad:
        problems.append(f"{name}: unknown families {bad}")
        return
    if len(set(parts)) != len(parts):
        problems.append(f"{name}: repeated family names")
    idx = [CANON.index(p) for p in parts]
    if idx != sorted(idx):
        problems.append(f"{name}: families not in canonical order")


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    all_problems = []
    seen = defaultdict(set)  # line -> set of pair stems
    numbers = defaultdict(list)
    results = []

    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            all_problems.append(f"{g}: gold without raw file")

    for raw_name in raws:
        problems = []
        stem = raw_name[:-4]
        m = NAME_RE.match(raw_name)
        if not m:
            problems.append(f"{raw_name}: file name does not match NNN_<lang>_<families>.txt")
            fams = None
        else:
            numbers[m.group(1)].append(raw_name)
            fams = m.group(3)
            check_families(fams, problems, raw_name)
        gold_name = stem + ".gold.txt"
        if gold_name not in golds:
            problems.append(f"{raw_name}: missing {gold_name}")
            results.append((stem, problems, ""))
            all_problems.extend(problems)
            continue
        raw_bytes, raw = read_lines(os.path.join(HERE, raw_name), problems)
        gold_bytes, gold = read_lines(os.path.join(HERE, gold_name), problems)

        # blank-line shape of gold
        if gold and gold[0].strip() == "":
            problems.append(f"{gold_name}: leading blank line")
        if gold and gold[-1].strip() == "":
            problems.append(f"{gold_name}: trailing blank line")
        for i in range(1, len(gold)):
            if gold[i].strip() == "" and gold[i - 1].strip() == "":
                problems.append(f"{gold_name}: consecutive blank lines at line {i + 1}")
                break

        # ordered subsequence + reconstruction
        kept = set()
        j = 0
        ok_subseq = True
        for gl in gold:
            if gl.strip() == "":
                continue
            while j < len(raw) and raw[j] != gl:
                j += 1
            if j == len(raw):
                problems.append(f"{gold_name}: line not found in order in raw: {gl[:70]!r}")
                ok_subseq = False
                break
            kept.add(j)
            j += 1
        if ok_subseq:
            rebuilt = collapse([ln for k, ln in enumerate(raw) if k in kept or ln.strip() == ""])
            if rebuilt != gold:
                problems.append(f"{gold_name}: gold is not raw minus deleted lines with blank runs collapsed")

        n_raw = sum(1 for ln in raw if ln.strip())
        n_gold = sum(1 for ln in gold if ln.strip())
        share = 100.0 * (n_raw - n_gold) / n_raw if n_raw else 0.0
        if fams == "negative":
            if raw_bytes != gold_bytes:
                problems.append(f"{raw_name}: negative but gold is not byte-identical to raw")
        elif fams is not None and n_gold == n_raw:
            problems.append(f"{raw_name}: positive but no line was removed")

        for ln in raw:
            s = ln.strip()
            if len(s) > 3:
                seen[s].add(stem)
        results.append((stem, problems, f"raw {n_raw} lines, gold {n_gold}, furniture {share:.0f}%"))
        all_problems.extend(problems)

    for num, names in numbers.items():
        if len(names) > 1:
            all_problems.append(f"number {num} used by {names}")
    dup = {s: stems for s, stems in seen.items() if len(stems) > 1}
    dup_by_stem = defaultdict(list)
    for s, stems in dup.items():
        for st in stems:
            dup_by_stem[st].append(s)
        all_problems.append(f"line used in {len(stems)} files {sorted(stems)}: {s[:70]!r}")

    for stem, problems, info in results:
        probs = problems + [f"shared line: {s[:60]!r}" for s in dup_by_stem.get(stem, [])]
        if probs:
            print(f"FAIL  {stem}  ({info})")
            for p in probs:
                print(f"      - {p}")
        else:
            print(f"OK    {stem}  ({info})")
    extra = [p for p in all_problems if p.startswith("number ") or "gold without raw" in p]
    for p in extra:
        print(f"FAIL  {p}")
    if not raws:
        all_problems.append("no files found")
        print("FAIL  no pairs found")
    if all_problems:
        print(f"{len(all_problems)} problem(s) found")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
