#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Usage: python3 check.py [DIR]     (DIR defaults to the directory holding this script)

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, are UTF-8, use LF line endings only and end with a newline;
  * the name is well formed: families are valid and in canonical order,
    or the single word "negative";
  * the gold has no leading/trailing blank lines and no runs of blank lines;
  * the gold is obtained from the raw by deleting whole non-blank lines
    (non-blank gold lines form an ordered subsequence of raw lines) and then
    collapsing the blank runs this leaves behind;
  * negatives: gold is byte-identical to raw; positives: gold differs from raw.
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair;
  * pair numbers are unique.
Prints one line per pair and ALL OK at the end (exit status 0), or the problems.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)$")


def read_text(path, problems):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return data, None
    if "\r" in text:
        problems.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        problems.append(f"{os.path.basename(path)}: no final newline")
    if text.startswith("\ufeff"):
        problems.append(f"{os.path.basename(path)}: has a byte-order mark")
    return data, text


def blank(line):
    return line.strip() == ""


def collapse(lines):
    out = []
    for ln in lines:
        if blank(ln) and (not out or blank(out[-1])):
            continue
        out.append(ln)
    while out and blank(out[-1]):
        out.pop()
    return out


def check_pair(stem, raw_path, gold_path, problems, line_owner):
    local = []
    m = NAME_RE.match(stem)
    fams = []
    negative = False
    if not m:
        local.append("bad file name (want NNN_<lang>_<families>)")
    else:
        famstr = m.group(3)
        if famstr == "negative":
            negative = True
        else:
            fams = famstr.split("-")
            bad = [f for f in fams if f not in CANON]
            if bad:
                local.append(f"unknown families: {', '.join(bad)}")
            else:
                idx = [CANON.index(f) for f in fams]
                if idx != sorted(set(idx)):
                    local.append("families not in canonical order or repeated")
    raw_b, raw_t = read_text(raw_path, local)
    gold_b, gold_t = read_text(gold_path, local)
    nraw = ngold = 0
    if raw_t is not None and gold_t is not None:
        raw = raw_t.split("\n")[:-1] if raw_t.endswith("\n") else raw_t.split("\n")
        gold = gold_t.split("\n")[:-1] if gold_t.endswith("\n") else gold_t.split("\n")
        nraw = sum(1 for l in raw if not blank(l))
        ngold = sum(1 for l in gold if not blank(l))
        for name, lines in (("raw", raw), ("gold", gold)):
            for i, l in enumerate(lines, 1):
                if l != l.rstrip() :
                    local.append(f"{name} line {i}: trailing whitespace")
                if blank(l) and l != "":
                    local.append(f"{name} line {i}: whitespace-only line")
        if not raw or blank(raw[0]):
            local.append("raw is empty or starts with a blank line")
        if gold and (blank(gold[0]) or blank(gold[-1])):
            local.append("gold has leading or trailing blank lines")
        if not gold:
            local.append("gold is empty")
        for i in range(1, len(gold)):
            if blank(gold[i]) and blank(gold[i - 1]):
                local.append(f"gold line {i + 1}: run of blank lines not collapsed")
                break
        # ordered-subsequence check and reconstruction
        want = [l for l in gold if not blank(l)]
        keep = [False] * len(raw)
        j = 0
        for i, l in enumerate(raw):
            if not blank(l) and j < len(want) and l == want[j]:
                keep[i] = True
                j += 1
        if j < len(want):
            local.append(f"gold line not found in raw order: {want[j][:70]!r}")
        else:
            rebuilt = collapse([l for i, l in enumerate(raw) if blank(l) or keep[i]])
            if rebuilt != gold:
                local.append("gold is not raw minus deleted lines with blank runs collapsed "
                             "(check where blank lines sit)")
        if negative:
            if raw_b != gold_b:
                local.append("negative but gold differs from raw")
        elif raw_b == gold_b:
            local.append("positive (families named) but gold is identical to raw")
        seen = set()
        for l in raw + gold:
            if not blank(l) and len(l.strip()) > 3 and l not in seen:
                seen.add(l)
                line_owner[l].append(stem)
    nfurn = nraw - ngold
    pct = (100.0 * nfurn / nraw) if nraw else 0.0
    kind = "negative" if negative else f"{len(fams)} families"
    status = "OK  " if not local else "FAIL"
    print(f"{status} {stem}: {kind}; non-blank raw={nraw} gold={ngold} "
          f"furniture={nfurn} ({pct:.0f}%)")
    for p in local:
        print(f"       - {p}")
    problems.extend(f"{stem}: {p}" for p in local)


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    problems = []
    names = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
    golds = {f[:-len(".gold.txt")] for f in names if f.endswith(".gold.txt")}
    raws = {f[:-len(".txt")] for f in names if not f.endswith(".gold.txt")}
    for s in sorted(raws - golds):
        problems.append(f"{s}: gold file missing")
        print(f"FAIL {s}: gold file missing")
    for s in sorted(golds - raws):
        problems.append(f"{s}: raw file missing")
        print(f"FAIL {s}: raw file missing")
    line_owner = defaultdict(list)
    numbers = defaultdict(list)
    for stem in sorted(raws & golds):
        numbers[stem[:3]].append(stem)
        check_pair(stem, os.path.join(d, stem + ".txt"), os.path.join(d, stem + ".gold.txt"),
                   problems, line_owner)
    for num, stems in sorted(numbers.items()):
        if len(stems) > 1:
            problems.append(f"number {num} used by {', '.join(stems)}")
    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            problems.append(f"line used in {len(owners)} files ({', '.join(owners)}): {line[:70]!r}")
    if not raws and not golds:
        problems.append("no pairs found")
    npos = sum(1 for s in raws & golds if not s.endswith("_negative"))
    nneg = len(raws & golds) - npos
    print(f"{len(raws & golds)} pairs: {npos} positive, {nneg} negative")
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print(f"  {p}")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
