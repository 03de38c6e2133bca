#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist; UTF-8; LF line endings; final newline; no trailing whitespace;
  * file name well-formed; families valid, unique and in canonical order
    ('negative' alone for pages without furniture);
  * gold is an ordered subsequence of raw lines and equals exactly what you get
    by deleting the non-kept raw lines and collapsing blank runs to one
    (no leading/trailing blank lines);
  * negatives: gold byte-identical to raw; positives: at least one line removed
    and furniture share of non-blank raw lines between 30% and 55%;
  * across the set: no non-blank line longer than 3 characters occurs in more
    than one pair.
Prints one line per pair and 'ALL OK' at the end (exit status 1 on failure).
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
MIN_RATIO, MAX_RATIO = 0.30, 0.55

HERE = os.path.dirname(os.path.abspath(__file__))


def is_blank(line):
    return line.strip() == ""


def read_lines(path, errors):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{name}: not UTF-8 ({e})")
        return None, data
    if "\r" in text:
        errors.append(f"{name}: contains CR characters (must be LF only)")
    if text.startswith("\ufeff"):
        errors.append(f"{name}: has a BOM")
    if not text.endswith("\n"):
        errors.append(f"{name}: missing final newline")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for i, l in enumerate(lines, 1):
        if l != l.rstrip():
            errors.append(f"{name}:{i}: trailing whitespace")
    return lines, data


def collapse(lines):
    out = []
    for l in lines:
        if is_blank(l):
            if out and not is_blank(out[-1]):
                out.append("")
        else:
            out.append(l)
    while out and is_blank(out[-1]):
        out.pop()
    return out


def check_pair(raw_path, gold_path, families):
    errors = []
    raw, raw_bytes = read_lines(raw_path, errors)
    gold, gold_bytes = read_lines(gold_path, errors)
    if raw is None or gold is None:
        return errors, None
    gname = os.path.basename(gold_path)
    if gold and (is_blank(gold[0]) or is_blank(gold[-1])):
        errors.append(f"{gname}: leading or trailing blank line")
    for i in range(1, len(gold)):
        if is_blank(gold[i]) and is_blank(gold[i - 1]):
            errors.append(f"{gname}:{i + 1}: run of blank lines not collapsed")
    for i, l in enumerate(gold, 1):
        if is_blank(l) and l != "":
            errors.append(f"{gname}:{i}: whitespace-only blank line")

    if families == ["negative"]:
        if raw_bytes != gold_bytes:
            errors.append(f"{gname}: negative but gold is not byte-identical to raw")
        return errors, 0.0

    # match gold's non-blank lines, in order, against raw
    kept = [False] * len(raw)
    j = 0
    gold_nb = [l for l in gold if not is_blank(l)]
    for gi, gl in enumerate(gold_nb):
        while j < len(raw) and raw[j] != gl:
            j += 1
        if j == len(raw):
            errors.append(f"{gname}: line not found (in order) in raw: {gl[:70]!r}")
            return errors, None
        kept[j] = True
        j += 1
    expected = collapse([l for l, k in zip(raw, kept) if k or is_blank(l)])
    if expected != gold:
        for i, (a, b) in enumerate(zip(expected, gold), 1):
            if a != b:
                errors.append(f"{gname}:{i}: blank-line structure differs from raw after deletion "
                              f"(expected {a[:40]!r}, got {b[:40]!r})")
                break
        else:
            errors.append(f"{gname}: length differs from expected ({len(gold)} vs {len(expected)})")
    raw_nb = sum(1 for l in raw if not is_blank(l))
    removed = raw_nb - len(gold_nb)
    if removed == 0:
        errors.append(f"{gname}: positive file but nothing was removed")
    ratio = removed / raw_nb if raw_nb else 0.0
    if not (MIN_RATIO <= ratio <= MAX_RATIO):
        errors.append(f"{gname}: furniture share {ratio:.0%} outside {MIN_RATIO:.0%}-{MAX_RATIO:.0%}")
    return errors, ratio


def main():
    all_errors = []
    names = sorted(os.listdir(HERE))
    raws = [n for n in names if n.endswith(".txt") and not n.endswith(".gold.txt")]
    golds = [n for n in names if n.endswith(".gold.txt")]
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            all_errors.append(f"{g}: gold without raw")
    if not raws:
        all_errors.append("no pairs found")
    numbers = defaultdict(list)
    line_files = defaultdict(set)
    for r in raws:
        pair_errors = []
        m = NAME_RE.match(r)
        fams = []
        if not m:
            pair_errors.append(f"{r}: bad file name")
        else:
            numbers[m.group(1)].append(r)
            fams = m.group(3).split("-")
            if fams != ["negative"]:
                bad = [f for f in fams if f not in FAMILIES]
                if bad:
                    pair_errors.append(f"{r}: unknown families {bad}")
                elif len(set(fams)) != len(fams):
                    pair_errors.append(f"{r}: duplicate families")
                elif [FAMILIES.index(f) for f in fams] != sorted(FAMILIES.index(f) for f in fams):
                    pair_errors.append(f"{r}: families not in canonical order")
        gold = r[:-4] + ".gold.txt"
        ratio = None
        if gold not in golds:
            pair_errors.append(f"{r}: missing {gold}")
        else:
            e, ratio = check_pair(os.path.join(HERE, r), os.path.join(HERE, gold), fams)
            pair_errors += e
        try:
            with open(os.path.join(HERE, r), encoding="utf-8") as fh:
                for l in fh.read().split("\n"):
                    s = l.strip()
                    if s and len(s) > 3:
                        line_files[s].add(r)
        except UnicodeDecodeError:
            pass
        info = "negative" if fams == ["negative"] else (
            f"furniture {ratio:.0%}" if ratio is not None else "furniture ?")
        print(f"{'OK  ' if not pair_errors else 'FAIL'} {r}  [{info}]")
        for e in pair_errors:
            print(f"     - {e}")
        all_errors += pair_errors
    for num, files in numbers.items():
        if len(files) > 1:
            all_errors.append(f"number {num} used by {files}")
    for line, files in sorted(line_files.items()):
        if len(files) > 1:
            all_errors.append(f"line used in {len(files)} files {sorted(files)}: {line[:70]!r}")
    if all_errors:
        print("\nERRORS:")
        for e in all_errors:
            print(" -", e)
        print(f"\n{len(all_errors)} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
