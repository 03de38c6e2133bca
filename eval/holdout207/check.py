#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors_total = 0
line_owner = defaultdict(set)  # non-blank line (len > 3) -> set of pair stems


def read(path):
    with open(path, "rb") as fh:
        data = fh.read()
    problems = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None, ["not valid UTF-8"]
    if b"\r" in data:
        problems.append("contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        problems.append("missing final newline")
    if text.endswith("\n\n"):
        problems.append("trailing blank line")
    if data.startswith(b"\xef\xbb\xbf"):
        problems.append("has a UTF-8 BOM")
    return text, problems


def is_subsequence(small, big):
    it = iter(big)
    return all(any(s == b for b in it) for s in small)


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]

for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        print(f"FAIL {g}: gold without raw file")
        errors_total += 1

numbers = defaultdict(list)
for raw_name in raws:
    stem = raw_name[:-4]
    errs = []
    m = NAME_RE.match(raw_name)
    fams = []
    if not m:
        errs.append("file name does not match NNN_<lang>_<families>.txt")
    else:
        numbers[m.group(1)].append(raw_name)
        fams = m.group(3).split("-")
        if fams != ["negative"]:
            bad = [f for f in fams if f not in FAMILIES]
            if bad:
                errs.append("unknown families: " + ", ".join(bad))
            else:
                idx = [FAMILIES.index(f) for f in fams]
                if idx != sorted(idx) or len(set(idx)) != len(idx):
                    errs.append("families not in canonical order or repeated")
        elif "negative" in fams and len(fams) > 1:
            errs.append("'negative' combined with other families")
    gold_name = stem + ".gold.txt"
    if gold_name not in golds:
        errs.append("missing gold file")
        print(f"FAIL {raw_name}: " + "; ".join(errs))
        errors_total += 1
        continue
    raw_text, p1 = read(os.path.join(here, raw_name))
    gold_text, p2 = read(os.path.join(here, gold_name))
    errs += ["raw: " + p for p in p1] + ["gold: " + p for p in p2]
    if raw_text is None or gold_text is None:
        print(f"FAIL {raw_name}: " + "; ".join(errs))
        errors_total += 1
        continue
    raw_lines = raw_text.split("\n")[:-1] if raw_text.endswith("\n") else raw_text.split("\n")
    gold_lines = gold_text.split("\n")[:-1] if gold_text.endswith("\n") else gold_text.split("\n")
    for label, lines in (("raw", raw_lines), ("gold", gold_lines)):
        if lines and lines[0].strip() == "":
            errs.append(f"{label}: leading blank line")
        if lines and lines[-1].strip() == "":
            errs.append(f"{label}: trailing blank line")
        for a, b in zip(lines, lines[1:]):
            if a.strip() == "" and b.strip() == "":
                errs.append(f"{label}: run of blank lines not collapsed")
                break
        if any(l != l.rstrip() for l in lines):
            errs.append(f"{label}: trailing whitespace on a line")
    if not is_subsequence(gold_lines, raw_lines):
        errs.append("gold is not an ordered subsequence of raw lines")
    raw_nb = [l for l in raw_lines if l.strip()]
    gold_nb = [l for l in gold_lines if l.strip()]
    removed = len(raw_nb) - len(gold_nb)
    if fams == ["negative"]:
        if raw_text != gold_text:
            errs.append("negative: gold is not byte-identical to raw")
    elif m:
        if removed <= 0:
            errs.append("positive: no furniture removed")
    for l in set(raw_nb):
        if len(l.strip()) > 3:
            line_owner[l].add(stem)
    ratio = removed / len(raw_nb) if raw_nb else 0.0
    status = "OK  " if not errs else "FAIL"
    print(f"{status} {raw_name}: {len(raw_nb)} lines, {removed} removed ({ratio:.0%})"
          + ("" if not errs else " -- " + "; ".join(errs)))
    errors_total += bool(errs)

for num, names in sorted(numbers.items()):
    if len(names) > 1:
        print(f"FAIL number {num} used by several pairs: {', '.join(names)}")
        errors_total += 1

dups = {l: s for l, s in line_owner.items() if len(s) > 1}
for l, s in sorted(dups.items()):
    print(f"FAIL line shared by {', '.join(sorted(s))}: {l[:70]!r}")
    errors_total += 1

if not raws:
    print("FAIL no pairs found")
    errors_total += 1

if errors_total:
    print(f"{errors_total} problem(s) found")
    sys.exit(1)
print("ALL OK")
