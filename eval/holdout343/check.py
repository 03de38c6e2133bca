#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, for every pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist (pairs complete), numbers are unique;
  * file name is well formed, language code is known, family names are valid,
    unique and in canonical order ("negative" stands alone);
  * both files are UTF-8, use LF line endings only, end with exactly one newline;
  * raw has no runs of blank lines and no leading/trailing blank lines;
  * gold lines are an ordered subsequence of raw lines (byte-identical);
  * gold has no leading/trailing blank lines and no runs of blank lines, and is
    exactly what deleting the unmatched raw lines and collapsing blank runs gives;
  * negatives: gold is byte-identical to raw; positives: gold differs from raw;
  * across the whole set, no non-blank line longer than 3 characters occurs in
    more than one pair.
Prints one line per pair and "ALL OK" at the end (exit status 1 on any error).
Standard library only.
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_text(path, errors):
    with open(path, "rb") as fh:
        data = fh.read()
    name = os.path.basename(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{name}: not valid UTF-8 ({exc})")
        return None
    if text.startswith("\ufeff"):
        errors.append(f"{name}: starts with a byte-order mark")
    if "\r" in text:
        errors.append(f"{name}: contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        errors.append(f"{name}: no final newline")
    elif text.endswith("\n\n"):
        errors.append(f"{name}: ends with a blank line")
    return text


def blank(line):
    return line.strip() == ""


def check_blanks(lines, name, errors):
    if lines and blank(lines[0]):
        errors.append(f"{name}: leading blank line")
    if lines and blank(lines[-1]):
        errors.append(f"{name}: trailing blank line")
    for i in range(1, len(lines)):
        if blank(lines[i]) and blank(lines[i - 1]):
            errors.append(f"{name}: run of blank lines at line {i + 1}")
            break


def match_subsequence(raw, gold):
    """Greedy match of gold lines into raw; returns list of raw indices or None.

    Non-blank gold lines must match byte-identical raw lines in order; a blank gold
    line must match some blank raw line between its neighbours.
    """
    idx = []
    j = 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j)
        j += 1
    return idx


def expected_gold(raw, keep):
    out = []
    for line, k in zip(raw, keep):
        if not k:
            continue
        if blank(line) and (not out or blank(out[-1])):
            continue
        out.append(line)
    while out and blank(out[-1]):
        out.pop()
    return out


def main():
    errors_total = 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    line_owner = defaultdict(set)
    numbers = defaultdict(list)
    results = []

    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold file without raw file")
            errors_total += 1

    for rawname in raws:
        errors = []
        stem = rawname[:-4]
        goldname = stem + ".gold.txt"
        m = NAME_RE.match(rawname)
        fams = []
        if not m:
            errors.append("bad file name (want NNN_<lang>_<families>.txt)")
        else:
            numbers[m.group(1)].append(rawname)
            if m.group(2) not in LANGS:
                errors.append(f"unknown language code {m.group(2)!r}")
            fams = m.group(3).split("-")
            if fams != ["negative"]:
                bad = [f for f in fams if f not in FAMILIES]
                if bad:
                    errors.append(f"invalid family name(s): {', '.join(bad)}")
                elif len(set(fams)) != len(fams):
                    errors.append("duplicate family name")
                elif fams != sorted(fams, key=FAMILIES.index):
                    errors.append("families not in canonical order")
        if goldname not in golds:
            errors.append("missing gold file")
            results.append((rawname, errors, None))
            continue

        raw_text = read_text(os.path.join(HERE, rawname), errors)
        gold_text = read_text(os.path.join(HERE, goldname), errors)
        info = None
        if raw_text is not None and gold_text is not None:
            raw = raw_text.split("\n")[:-1] if raw_text.endswith("\n") else raw_text.split("\n")
            gold = gold_text.split("\n")[:-1] if gold_text.endswith("\n") else gold_text.split("\n")
            check_blanks(raw, rawname, errors)
            check_blanks(gold, goldname, errors)
            idx = match_subsequence(raw, gold)
            if idx is None:
                errors.append("gold is not an ordered subsequence of raw lines")
            else:
                keep = [False] * len(raw)
                for i in idx:
                    keep[i] = True
                # blank raw lines are kept unless collapsing removes them
                for i, line in enumerate(raw):
                    if blank(line):
                        keep[i] = True
                if expected_gold(raw, keep) != gold:
                    errors.append("gold differs from raw-minus-deletions with blank runs collapsed")
                n_raw = sum(1 for l in raw if not blank(l))
                n_gold = sum(1 for l in gold if not blank(l))
                info = (n_raw, n_raw - n_gold)
            if fams == ["negative"]:
                if raw_text != gold_text:
                    errors.append("negative: gold is not byte-identical to raw")
            elif raw_text == gold_text:
                errors.append("positive pair but gold is identical to raw")
            for line in set(raw):
                if not blank(line) and len(line.strip()) > 3:
                    line_owner[line].add(stem)
        results.append((rawname, errors, info))

    for num, names in numbers.items():
        if len(names) > 1:
            print(f"FAIL number {num} used by {', '.join(names)}")
            errors_total += 1

    dup = defaultdict(list)
    for line, owners in line_owner.items():
        if len(owners) > 1:
            for o in owners:
                dup[o].append(line)

    for rawname, errors, info in results:
        stem = rawname[:-4]
        for line in sorted(dup.get(stem, [])):
            others = sorted(line_owner[line] - {stem})
            errors.append(f"line also in {', '.join(others)}: {line[:60]!r}")
        if info:
            n, f = info
            detail = f"{n} lines, {f} deleted ({100 * f / n:.0f}%)" if n else "empty"
        else:
            detail = "-"
        if errors:
            errors_total += len(errors)
            print(f"FAIL {stem}: {detail}")
            for e in errors:
                print(f"     - {e}")
        else:
            print(f"ok   {stem}: {detail}")

    if errors_total:
        print(f"{errors_total} ERROR(S)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
