#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Standard library only. Prints one line per pair and `ALL OK` when every check passes;
otherwise prints the problems and exits with status 1.
"""
import os
import re
import sys
from collections import defaultdict

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, problems):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(f"{os.path.basename(path)}: not valid UTF-8 ({exc})")
        return data, []
    if "\r" in text:
        problems.append(f"{os.path.basename(path)}: contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        problems.append(f"{os.path.basename(path)}: no final newline")
    if text.startswith("\ufeff"):
        problems.append(f"{os.path.basename(path)}: starts with a BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(small, big):
    it = iter(big)
    return all(any(s == b for b in it) for s in small)


def main():
    problems = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = {f[:-4] for f in files if not f.endswith(".gold.txt")}
    golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
    for stem in sorted(raws - golds):
        problems.append(f"{stem}: gold file missing")
    for stem in sorted(golds - raws):
        problems.append(f"{stem}: raw file missing")

    seen_numbers = {}
    line_owner = defaultdict(set)
    report = []
    for stem in sorted(raws & golds):
        local = []
        m = NAME_RE.match(stem)
        if not m:
            local.append("file name does not match NNN_<lang>_<families>")
            fams = []
        else:
            num, lang, famstr = m.groups()
            if num in seen_numbers:
                local.append(f"number {num} also used by {seen_numbers[num]}")
            seen_numbers[num] = stem
            fams = famstr.split("-")
        negative = fams == ["negative"]
        if not negative and fams:
            bad = [f for f in fams if f not in ORDER]
            if bad:
                local.append(f"unknown families: {', '.join(bad)}")
            elif len(set(fams)) != len(fams):
                local.append("duplicate family in name")
            elif [ORDER.index(f) for f in fams] != sorted(ORDER.index(f) for f in fams):
                local.append("families not in canonical order")
        raw_path = os.path.join(HERE, stem + ".txt")
        gold_path = os.path.join(HERE, stem + ".gold.txt")
        raw_bytes, raw = read_lines(raw_path, local)
        gold_bytes, gold = read_lines(gold_path, local)

        if not is_subsequence(gold, raw):
            local.append("gold is not an ordered subsequence of raw lines")
        if gold and gold[0].strip() == "":
            local.append("gold has a leading blank line")
        if gold and gold[-1].strip() == "":
            local.append("gold has a trailing blank line")
        for i in range(1, len(gold)):
            if gold[i].strip() == "" and gold[i - 1].strip() == "":
                local.append(f"gold has an uncollapsed blank run at line {i + 1}")
                break
        if any(l.strip() == "" and l != "" for l in gold + raw):
            local.append("whitespace-only line (blank lines must be empty)")
        if not any(l.strip() for l in gold):
            local.append("gold is empty")
        if negative:
            if raw_bytes != gold_bytes:
                local.append("negative: gold is not byte-identical to raw")
        else:
            if raw_bytes == gold_bytes:
                local.append("positive file but gold equals raw (no furniture removed)")

        for line in set(raw) | set(gold):
            key = line.strip()
            if len(key) > 3:
                line_owner[key].add(stem)

        n_raw = sum(1 for l in raw if l.strip())
        n_gold = sum(1 for l in gold if l.strip())
        share = 100.0 * (n_raw - n_gold) / n_raw if n_raw else 0.0
        status = "OK" if not local else "FAIL"
        report.append(f"{status:4} {stem}: {n_raw} raw lines, {n_gold} kept, furniture {share:.0f}%")
        problems.extend(f"{stem}: {p}" for p in local)

    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            problems.append(f"line used in {len(owners)} files ({', '.join(sorted(owners))}): {line[:80]!r}")

    for r in report:
        print(r)
    if problems:
        print()
        for p in problems:
            print("PROBLEM", p)
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
