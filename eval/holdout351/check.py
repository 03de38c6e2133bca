#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, per pair:
  * both NNN_<lang>_<families>.txt and .gold.txt exist;
  * file name: three-digit number, known language, valid families in canonical order
    (or the single word 'negative');
  * UTF-8, LF line endings only, final newline, no leading/trailing blank lines in gold;
  * gold is an ordered subsequence of the raw lines;
  * gold equals the raw text with the deleted lines removed and blank runs collapsed to one;
  * negatives: gold byte-identical to raw; positives: at least one line deleted and
    furniture between 30 % and 55 % of the raw non-blank lines.
Across the set:
  * no non-blank line longer than 3 characters appears in more than one pair.
Prints one line per pair and 'ALL OK' at the end (exit status 0), or the errors (exit status 1).
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")
MIN_SHARE, MAX_SHARE = 0.30, 0.55

HERE = os.path.dirname(os.path.abspath(__file__))


def read_text(path, errors, label):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{label}: not valid UTF-8 ({exc})")
        return None, data
    if "\r" in text:
        errors.append(f"{label}: contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        errors.append(f"{label}: no final newline")
    if text.startswith("\ufeff"):
        errors.append(f"{label}: starts with a BOM")
    return text, data


def split_lines(text):
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def collapse(lines):
    out = []
    for line in lines:
        if line.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(line)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def check_families(stem, fams, errors):
    if fams == "negative":
        return True
    parts = fams.split("-")
    bad = [p for p in parts if p not in FAMILIES]
    if bad:
        errors.append(f"{stem}: unknown families {bad}")
        return False
    if len(set(parts)) != len(parts):
        errors.append(f"{stem}: repeated family in name")
    idx = [FAMILIES.index(p) for p in parts]
    if idx != sorted(idx):
        errors.append(f"{stem}: families not in canonical order")
    return False


def main():
    errors = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    golds = {f[:-len(".gold.txt")] for f in files if f.endswith(".gold.txt")}
    raws = {f[:-len(".txt")] for f in files if not f.endswith(".gold.txt")}
    for stem in sorted(raws - golds):
        errors.append(f"{stem}: gold file missing")
    for stem in sorted(golds - raws):
        errors.append(f"{stem}: raw file missing")

    numbers = defaultdict(list)
    line_owners = defaultdict(set)
    report = []

    for stem in sorted(raws & golds):
        local = []
        m = NAME_RE.match(stem)
        if not m:
            local.append(f"{stem}: file name does not match NNN_<lang>_<families>")
            errors.extend(local)
            continue
        num, lang, fams = m.groups()
        numbers[num].append(stem)
        if lang not in LANGS:
            local.append(f"{stem}: unknown language code '{lang}'")
        negative = check_families(stem, fams, local)

        raw_text, raw_bytes = read_text(os.path.join(HERE, stem + ".txt"), local, stem + ".txt")
        gold_text, gold_bytes = read_text(os.path.join(HERE, stem + ".gold.txt"), local,
                                          stem + ".gold.txt")
        if raw_text is None or gold_text is None:
            errors.extend(local)
            continue
        raw = split_lines(raw_text)
        gold = split_lines(gold_text)

        # leading/trailing blanks and blank runs in gold
        if gold and gold[0].strip() == "":
            local.append(f"{stem}: gold starts with a blank line")
        if gold and gold[-1].strip() == "":
            local.append(f"{stem}: gold ends with a blank line")
        for i in range(1, len(gold)):
            if gold[i].strip() == "" and gold[i - 1].strip() == "":
                local.append(f"{stem}: gold has consecutive blank lines at line {i + 1}")
                break

        # gold is an ordered subsequence of raw (all lines)
        j = 0
        for line in raw:
            if j < len(gold) and line == gold[j]:
                j += 1
        if j != len(gold):
            local.append(f"{stem}: gold is not an ordered subsequence of raw "
                         f"(first unmatched gold line {j + 1}: {gold[j][:60]!r})")

        # deletion set from the non-blank lines; rebuild expected gold
        gold_nb = [g for g in gold if g.strip()]
        kept = [False] * len(raw)
        k = 0
        for i, line in enumerate(raw):
            if line.strip() == "":
                kept[i] = True
            elif k < len(gold_nb) and line == gold_nb[k]:
                kept[i] = True
                k += 1
        deleted = sum(1 for i, line in enumerate(raw) if line.strip() and not kept[i])
        expected = collapse([line for i, line in enumerate(raw) if kept[i]])
        while expected and expected[0].strip() == "":
            expected.pop(0)
        if k == len(gold_nb) and expected != gold:
            local.append(f"{stem}: gold blank lines differ from raw-minus-deletions "
                         f"with blank runs collapsed")

        raw_nb = sum(1 for line in raw if line.strip())
        share = deleted / raw_nb if raw_nb else 0.0
        if negative:
            if raw_bytes != gold_bytes:
                local.append(f"{stem}: negative but gold is not byte-identical to raw")
        else:
            if deleted == 0:
                local.append(f"{stem}: positive but nothing deleted")
            elif not (MIN_SHARE <= share <= MAX_SHARE):
                local.append(f"{stem}: furniture share {share:.0%} outside "
                             f"{MIN_SHARE:.0%}-{MAX_SHARE:.0%}")

        for line in raw:
            s = line.strip()
            if len(s) > 3:
                line_owners[s].add(stem)

        status = "OK  " if not local else "FAIL"
        report.append(f"{status} {stem}: raw {len(raw)} lines ({raw_nb} non-blank), "
                      f"gold {len(gold)} lines, deleted {deleted} ({share:.0%})")
        errors.extend(local)

    for num, stems in sorted(numbers.items()):
        if len(stems) > 1:
            errors.append(f"number {num} used by several pairs: {stems}")

    for line, owners in sorted(line_owners.items()):
        if len(owners) > 1:
            errors.append(f"line used in {len(owners)} pairs {sorted(owners)}: {line[:70]!r}")

    for line in report:
        print(line)
    if errors:
        print()
        for e in errors:
            print("ERROR", e)
        print(f"FAILED ({len(errors)} errors)")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
