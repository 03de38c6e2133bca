#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist;
  * files are UTF-8, LF line endings only, end with exactly one final newline;
  * the name is well formed: family names are valid, unique and in canonical
    order, or the single word 'negative';
  * gold has no leading/trailing blank lines and no runs of blank lines;
  * gold is what you get by deleting non-blank lines from raw (an ordered
    subsequence), collapsing blank runs and trimming blank lines at both ends;
  * negatives are byte-identical to their raw; positives delete at least one line.
Across the set:
  * numbers are unique; no non-blank line longer than 3 characters appears in
    more than one pair (raw and gold of the same pair count as one).
Prints one line per pair and 'ALL OK' at the end (exit status 0), or the
problems found (exit status 1).
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)$")
HERE = os.path.dirname(os.path.abspath(__file__))
ALLOWED_OTHER = {"check.py", "README.md"}


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({exc})")
        return None, data
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters (LF only expected)")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    elif text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: ends with a blank line")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: starts with a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def collapse(lines):
    out = []
    for line in lines:
        if line.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(line)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def check_families(stem, fam_part, errors):
    if fam_part == "negative":
        return True
    fams = fam_part.split("-")
    bad = [f for f in fams if f not in FAMILIES]
    if bad:
        errors.append(f"{stem}: unknown family name(s): {', '.join(bad)}")
        return False
    if "negative" in fams:
        errors.append(f"{stem}: 'negative' combined with families")
    if len(set(fams)) != len(fams):
        errors.append(f"{stem}: repeated family name")
    idx = [FAMILIES.index(f) for f in fams]
    if idx != sorted(idx):
        errors.append(f"{stem}: families not in canonical order")
    return False


def main():
    errors = []
    names = sorted(os.listdir(HERE))
    raws = {n[:-4] for n in names if n.endswith(".txt") and not n.endswith(".gold.txt")}
    golds = {n[:-9] for n in names if n.endswith(".gold.txt")}
    for n in names:
        if n in ALLOWED_OTHER or n.endswith(".txt") or n.startswith(".") or n == "__pycache__":
            continue
        errors.append(f"unexpected file: {n}")
    for stem in sorted(raws - golds):
        errors.append(f"{stem}: gold file missing")
    for stem in sorted(golds - raws):
        errors.append(f"{stem}: raw file missing")

    seen_numbers = defaultdict(list)
    line_owner = defaultdict(set)
    report = []
    for stem in sorted(raws & golds):
        m = NAME_RE.match(stem)
        if not m:
            errors.append(f"{stem}: bad file name (expected NNN_<lang>_<families>)")
            continue
        number, lang, fam_part = m.groups()
        seen_numbers[number].append(stem)
        negative = check_families(stem, fam_part, errors)
        raw_path = os.path.join(HERE, stem + ".txt")
        gold_path = os.path.join(HERE, stem + ".gold.txt")
        raw, raw_bytes = read_lines(raw_path, errors)
        gold, gold_bytes = read_lines(gold_path, errors)
        if raw is None or gold is None:
            continue
        if raw and raw[0].strip() == "":
            errors.append(f"{stem}.txt: leading blank line")
        if not gold or gold[0].strip() == "" or gold[-1].strip() == "":
            errors.append(f"{stem}.gold.txt: empty, or leading/trailing blank line")
        for i in range(1, len(gold)):
            if gold[i].strip() == "" and gold[i - 1].strip() == "":
                errors.append(f"{stem}.gold.txt: run of blank lines at line {i + 1}")
                break
        for i, line in enumerate(gold):
            if line.strip() == "" and line != "":
                errors.append(f"{stem}.gold.txt: whitespace-only line {i + 1}")
        # ordered subsequence: match gold's non-blank lines into raw, greedily
        keep = [False] * len(raw)
        j = 0
        gold_nb = [g for g in gold if g.strip()]
        for i, line in enumerate(raw):
            if j < len(gold_nb) and line == gold_nb[j]:
                keep[i] = True
                j += 1
        if j < len(gold_nb):
            errors.append(f"{stem}: gold line not found in order in raw: {gold_nb[j][:70]!r}")
        else:
            rebuilt = [l for i, l in enumerate(raw) if l.strip() == "" or keep[i]]
            rebuilt = collapse(rebuilt)
            while rebuilt and rebuilt[0].strip() == "":
                rebuilt.pop(0)
            if rebuilt != gold:
                for k, (a, b) in enumerate(zip(rebuilt, gold)):
                    if a != b:
                        break
                else:
                    k = min(len(rebuilt), len(gold))
                errors.append(f"{stem}: gold differs from raw-with-deletions near gold line {k + 1} "
                              "(blank lines not collapsed as expected?)")
        raw_nb = [l for l in raw if l.strip()]
        deleted = len(raw_nb) - len(gold_nb)
        if negative:
            if raw_bytes != gold_bytes:
                errors.append(f"{stem}: negative but gold is not byte-identical to raw")
        elif deleted <= 0:
            errors.append(f"{stem}: positive but no line is deleted")
        for line in raw_nb:
            if len(line.strip()) > 3:
                line_owner[line.strip()].add(stem)
        share = deleted / len(raw_nb) if raw_nb else 0.0
        report.append(f"{stem}: raw {len(raw_nb)} non-blank, gold {len(gold_nb)}, "
                      f"deleted {deleted} ({share:.0%}) - {'negative' if negative else 'positive'}")

    for number, stems in seen_numbers.items():
        if len(stems) > 1:
            errors.append(f"number {number} used by {len(stems)} pairs: {', '.join(stems)}")
    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            errors.append(f"line used in {len(owners)} pairs ({', '.join(sorted(owners))}): {line[:70]!r}")

    for r in report:
        print(r)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"FAILED: {len(errors)} problem(s)")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
