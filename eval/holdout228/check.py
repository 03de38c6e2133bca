#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * every NNN_<lang>_<families>.txt has a .gold.txt partner and vice versa;
  * the file name is well formed, the families are valid and in canonical order
    (or the single word "negative");
  * both files are UTF-8, use LF line endings and end with exactly one newline;
  * the gold is an ordered subsequence of the raw lines, obtained by deleting
    lines, collapsing the blank runs left behind to one blank line and removing
    leading/trailing blank lines;
  * a negative's gold is byte-identical to its raw; a positive deletes something.
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair.

Prints one line per pair and "ALL OK" at the end (exit code 0), or the
problems found and "FAILED" (exit code 1).
"""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None, data
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: starts with a BOM")
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    elif text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line(s)")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def is_blank(line):
    return line.strip() == ""


def collapse(lines):
    out = []
    for line in lines:
        if is_blank(line):
            if not out or is_blank(out[-1]):
                continue
        out.append(line)
    while out and is_blank(out[-1]):
        out.pop()
    return out


def check_families(fams):
    if fams == "negative":
        return []
    parts = fams.split("-")
    probs = []
    for p in parts:
        if p not in CANON:
            probs.append(f"unknown family '{p}'")
    if len(set(parts)) != len(parts):
        probs.append("family listed twice")
    known = [p for p in parts if p in CANON]
    if known != sorted(known, key=CANON.index):
        probs.append("families not in canonical order (expected "
                     + "-".join(sorted(set(known), key=CANON.index)) + ")")
    return probs


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    errors = []
    seen_lines = {}  # stripped line -> first pair stem
    numbers = {}
    ok_pairs = 0

    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            errors.append(f"{g}: gold without raw file")

    for raw_name in raws:
        stem = raw_name[:-4]
        pair_err = []
        m = NAME.match(raw_name)
        if not m:
            pair_err.append("bad file name (want NNN_<lang>_<families>.txt)")
            fams = None
        else:
            num, lang, fams = m.groups()
            if num in numbers:
                pair_err.append(f"number {num} also used by {numbers[num]}")
            numbers[num] = stem
            pair_err += check_families(fams)
        gold_name = stem + ".gold.txt"
        if gold_name not in golds:
            pair_err.append("missing gold file")
            errors += [f"{stem}: {e}" for e in pair_err]
            print(f"FAIL {stem}")
            continue

        ferr = []
        raw, raw_bytes = read_lines(os.path.join(HERE, raw_name), ferr)
        gold, gold_bytes = read_lines(os.path.join(HERE, gold_name), ferr)
        pair_err += ferr
        if raw is None or gold is None:
            errors += [f"{stem}: {e}" for e in pair_err]
            print(f"FAIL {stem}")
            continue

        # gold structure: no leading/trailing blanks, no blank runs
        if gold and (is_blank(gold[0]) or is_blank(gold[-1])):
            pair_err.append("gold has leading or trailing blank line")
        for i in range(1, len(gold)):
            if is_blank(gold[i]) and is_blank(gold[i - 1]):
                pair_err.append(f"gold has a run of blank lines at line {i + 1}")
                break
        if any(is_blank(l) and l != "" for l in gold):
            pair_err.append("gold has whitespace-only lines")

        # ordered subsequence of non-blank lines (greedy)
        keep = [False] * len(raw)
        j = 0
        gold_nb = [l for l in gold if not is_blank(l)]
        for i, line in enumerate(raw):
            if j < len(gold_nb) and not is_blank(line) and line == gold_nb[j]:
                keep[i] = True
                j += 1
        if j < len(gold_nb):
            pair_err.append(f"gold line not found in order in raw: {gold_nb[j][:70]!r}")
        else:
            expected = collapse([l if is_blank(l) else l for i, l in enumerate(raw)
                                 if is_blank(l) or keep[i]])
            expected = ["" if is_blank(l) else l for l in expected]
            if expected != gold:
                for k, (a, b) in enumerate(zip(expected, gold)):
                    if a != b:
                        pair_err.append(f"blank-line structure differs at gold line {k + 1}")
                        break
                else:
                    pair_err.append("blank-line structure differs at end of gold")

        raw_nb = [l for l in raw if not is_blank(l)]
        deleted = len(raw_nb) - len(gold_nb)
        if fams == "negative":
            if raw_bytes != gold_bytes:
                pair_err.append("negative: gold is not byte-identical to raw")
        elif fams is not None:
            if deleted == 0:
                pair_err.append("positive: gold deletes nothing")

        # cross-pair uniqueness
        for line in set(l.strip() for l in raw_nb):
            if len(line) > 3:
                if line in seen_lines and seen_lines[line] != stem:
                    pair_err.append(f"line also in {seen_lines[line]}: {line[:70]!r}")
                else:
                    seen_lines.setdefault(line, stem)

        share = deleted / len(raw_nb) if raw_nb else 0.0
        if pair_err:
            errors += [f"{stem}: {e}" for e in pair_err]
            print(f"FAIL {stem}")
        else:
            ok_pairs += 1
            print(f"ok   {stem}  raw {len(raw_nb)} non-blank, gold {len(gold_nb)}, "
                  f"furniture {deleted} ({share:.0%})")

    if not raws:
        errors.append("no pairs found")
    if errors:
        print()
        for e in errors:
            print("ERROR", e)
        print("FAILED")
        return 1
    print(f"{ok_pairs} pairs")
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
