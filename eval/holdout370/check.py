#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and .gold.txt exist;
  * file name pattern, known language code, valid family names in canonical order;
  * UTF-8, LF line endings only, final newline, no leading/trailing blank lines,
    no runs of two or more blank lines (raw and gold);
  * gold is an ordered subsequence of the raw lines, and equals the raw with the
    unmatched non-blank lines deleted and the remaining blank runs collapsed;
  * negatives are byte-identical to their raw; positives delete at least one line;
Across the set:
  * no non-blank line longer than 3 characters appears in more than one pair.
Prints one line per pair and "ALL OK" at the end (exit status 1 on any error).
"""
import os
import re
import sys
from collections import defaultdict

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)(\.gold)?\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{name}: not UTF-8 ({exc})")
        return []
    if text.startswith("\ufeff"):
        errors.append(f"{name}: has a BOM")
    if "\r" in text:
        errors.append(f"{name}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{name}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{name}: trailing blank line")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if lines and lines[0].strip() == "":
        errors.append(f"{name}: leading blank line")
    for i in range(1, len(lines)):
        if lines[i].strip() == "" and lines[i - 1].strip() == "":
            errors.append(f"{name}: run of blank lines at line {i + 1}")
            break
    for i, l in enumerate(lines, 1):
        if l != "" and l.strip() == "":
            errors.append(f"{name}: whitespace-only line {i}")
        if l != l.rstrip():
            errors.append(f"{name}: trailing whitespace on line {i}")
    return lines


def collapse(lines):
    out = []
    for l in lines:
        if l == "" and (not out or out[-1] == ""):
            continue
        out.append(l)
    while out and out[-1] == "":
        out.pop()
    return out


def check_pair(raw, gold, name, errors):
    """Return number of deleted non-blank lines, or None on error."""
    keep = [False] * len(raw)
    j = 0
    gold_nb = [g for g in gold if g != ""]
    for g in gold_nb:
        while j < len(raw) and (raw[j] == "" or raw[j] != g):
            j += 1
        if j == len(raw):
            errors.append(f"{name}: gold line not found in order in raw: {g[:70]!r}")
            return None
        keep[j] = True
        j += 1
    expected = collapse([l for l, k in zip(raw, keep) if l == "" or k])
    if expected != gold:
        errors.append(f"{name}: gold differs from raw-minus-deleted-lines with blank runs collapsed")
        return None
    return sum(1 for l, k in zip(raw, keep) if l != "" and not k)


def main():
    errors_total = 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    pairs = defaultdict(dict)
    for f in files:
        m = NAME.match(f)
        if not m:
            print(f"FAIL {f}: bad file name")
            errors_total += 1
            continue
        key = f[: -len(".gold.txt")] if f.endswith(".gold.txt") else f[: -len(".txt")]
        pairs[key]["gold" if m.group(4) else "raw"] = f

    numbers = defaultdict(list)
    line_owner = defaultdict(set)
    for key in sorted(pairs):
        errors = []
        num, lang, fams = NAME.match(key + ".txt").groups()[:3]
        numbers[num].append(key)
        if lang not in LANGS:
            errors.append(f"unknown language {lang!r}")
        p = pairs[key]
        if "raw" not in p or "gold" not in p:
            errors.append("incomplete pair (raw or gold missing)")
            print(f"FAIL {key}: " + "; ".join(errors))
            errors_total += len(errors)
            continue
        famlist = fams.split("-")
        if fams == "negative":
            pass
        elif "negative" in famlist:
            errors.append("'negative' combined with families")
        else:
            bad = [x for x in famlist if x not in ORDER]
            if bad:
                errors.append(f"unknown families {bad}")
            elif len(set(famlist)) != len(famlist):
                errors.append("duplicate family in name")
            elif famlist != sorted(famlist, key=ORDER.index):
                errors.append("families not in canonical order")
        raw_path = os.path.join(HERE, p["raw"])
        gold_path = os.path.join(HERE, p["gold"])
        raw = read_lines(raw_path, errors)
        gold = read_lines(gold_path, errors)
        deleted = check_pair(raw, gold, key, errors)
        if fams == "negative":
            if open(raw_path, "rb").read() != open(gold_path, "rb").read():
                errors.append("negative: gold is not byte-identical to raw")
        elif deleted == 0:
            errors.append("positive pair deletes no lines")
        for l in set(raw) | set(gold):
            if l.strip() and len(l.strip()) > 3:
                line_owner[l].add(key)
        nb = sum(1 for l in raw if l.strip())
        share = (100.0 * deleted / nb) if (deleted is not None and nb) else 0.0
        if errors:
            errors_total += len(errors)
            print(f"FAIL {key}: " + "; ".join(errors))
        else:
            print(f"ok   {key}: {nb} non-blank raw lines, {deleted} deleted ({share:.0f}%)")

    for num, keys in sorted(numbers.items()):
        if len(keys) > 1:
            print(f"FAIL number {num} used by {keys}")
            errors_total += 1
    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            print(f"FAIL line shared by {sorted(owners)}: {line[:70]!r}")
            errors_total += 1

    if errors_total:
        print(f"{errors_total} problem(s) found")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
