#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the file name is well formed, families are valid, unique and in canonical order
    (or the single word 'negative');
  * the raw page has no leading/trailing blank lines and no runs of blank lines;
  * the gold is an ordered subsequence of the raw lines;
  * the gold equals the raw with its furniture lines removed, blank runs collapsed to
    one, and no leading/trailing blank lines;
  * negatives: gold is byte-identical to raw; positives: at least one line removed;
And across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair.
Prints one line per pair and 'ALL OK' at the end (exit code 0), otherwise exit code 1.
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def collapse(lines):
    out = []
    for ln in lines:
        if ln.strip() == "":
            if not out or out[-1].strip() == "":
                continue
            ln = ""
        out.append(ln)
    while out and out[-1] == "":
        out.pop()
    return out


def check_pair(raw_path, gold_path, fams, errors):
    name = os.path.basename(raw_path)
    raw = read_lines(raw_path, errors)
    gold = read_lines(gold_path, errors)
    if raw is None or gold is None:
        return None, None
    # raw shape
    if raw and raw[0].strip() == "" or raw and raw[-1].strip() == "":
        errors.append(f"{name}: raw has leading/trailing blank line")
    for i in range(1, len(raw)):
        if raw[i].strip() == "" and raw[i - 1].strip() == "":
            errors.append(f"{name}: raw has a run of blank lines at line {i + 1}")
            break
    # gold shape
    if not gold or gold[0].strip() == "" or gold[-1].strip() == "":
        errors.append(f"{name}: gold empty or has leading/trailing blank line")
    for i in range(1, len(gold)):
        if gold[i].strip() == "" and gold[i - 1].strip() == "":
            errors.append(f"{name}: gold has a run of blank lines at line {i + 1}")
            break
    # subsequence (non-blank lines), greedy
    gold_nb = [g for g in gold if g.strip()]
    kept = [False] * len(raw)
    j = 0
    for i, ln in enumerate(raw):
        if j < len(gold_nb) and ln.strip() and ln == gold_nb[j]:
            kept[i] = True
            j += 1
    if j != len(gold_nb):
        errors.append(f"{name}: gold is not an ordered subsequence of raw "
                      f"(stuck at gold line {gold_nb[j]!r})")
        return raw, gold
    rebuilt = collapse([ln for i, ln in enumerate(raw) if kept[i] or ln.strip() == ""])
    if rebuilt != gold:
        errors.append(f"{name}: gold does not match raw-minus-furniture with collapsed blanks")
    raw_bytes = open(raw_path, "rb").read()
    gold_bytes = open(gold_path, "rb").read()
    if fams == ["negative"]:
        if raw_bytes != gold_bytes:
            errors.append(f"{name}: negative but gold differs from raw")
    elif raw_bytes == gold_bytes:
        errors.append(f"{name}: positive but nothing was removed")
    return raw, gold


def main():
    errors = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            errors.append(f"{g}: gold without raw")
    seen_numbers = {}
    line_owner = defaultdict(set)
    report = []
    for r in raws:
        m = NAME_RE.match(r)
        if not m:
            errors.append(f"{r}: bad file name")
            continue
        num, lang, famstr = m.groups()
        if num in seen_numbers:
            errors.append(f"{r}: number {num} already used by {seen_numbers[num]}")
        seen_numbers[num] = r
        fams = famstr.split("-")
        if fams != ["negative"]:
            bad = [f for f in fams if f not in FAMILIES]
            if bad:
                errors.append(f"{r}: unknown families {bad}")
            elif len(set(fams)) != len(fams):
                errors.append(f"{r}: duplicate family")
            elif fams != sorted(fams, key=FAMILIES.index):
                errors.append(f"{r}: families not in canonical order")
        gold = r[:-4] + ".gold.txt"
        if gold not in golds:
            errors.append(f"{r}: missing gold file")
            continue
        before = len(errors)
        raw_lines, gold_lines = check_pair(os.path.join(HERE, r), os.path.join(HERE, gold),
                                           fams, errors)
        if raw_lines is not None:
            for ln in raw_lines:
                s = ln.strip()
                if len(s) > 3:
                    line_owner[s].add(r)
            nb = [l for l in raw_lines if l.strip()]
            gnb = [l for l in gold_lines if l.strip()]
            pct = 100.0 * (len(nb) - len(gnb)) / len(nb) if nb else 0.0
            status = "OK " if len(errors) == before else "ERR"
            report.append(f"{status} {r}: {len(nb)} raw lines, {len(gnb)} kept, "
                          f"furniture {pct:.0f}%")
    for ln, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            errors.append(f"line used in {len(owners)} files {sorted(owners)}: {ln!r}")
    for line in report:
        print(line)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"FAILED ({len(errors)} errors)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
