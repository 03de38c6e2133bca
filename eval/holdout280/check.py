#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors_total = 0
seen_lines = {}   # line -> first pair stem
pairs = []


def read(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        errs.append(f"{os.path.basename(path)}: not UTF-8")
        return None, None
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR (must be LF only)")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: missing final newline")
    if text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


files = sorted(f for f in os.listdir(here) if f.endswith(".txt"))
raws = [f for f in files if not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        print(f"FAIL {g}: gold without raw")
        errors_total += 1

numbers = set()
for raw in raws:
    errs = []
    stem = raw[:-4]
    m = NAME_RE.match(raw)
    if not m:
        errs.append("bad file name")
    else:
        num, lang, fams = m.groups()
        if num in numbers:
            errs.append(f"duplicate number {num}")
        numbers.add(num)
        if lang not in LANGS:
            errs.append(f"unknown language {lang}")
        if fams != "negative":
            parts = fams.split("-")
            bad = [p for p in parts if p not in FAMILIES]
            if bad:
                errs.append(f"invalid families {bad}")
            else:
                idx = [FAMILIES.index(p) for p in parts]
                if idx != sorted(set(idx)):
                    errs.append("families not in canonical order or duplicated")
    gold = stem + ".gold.txt"
    if gold not in golds:
        errs.append("missing gold file")
        print(f"FAIL {stem}: " + "; ".join(errs))
        errors_total += 1
        continue
    rdata, rlines = read(os.path.join(here, raw), errs)
    gdata, glines = read(os.path.join(here, gold), errs)
    if rlines is None or glines is None:
        print(f"FAIL {stem}: " + "; ".join(errs))
        errors_total += 1
        continue
    # raw must not start or end with a blank line
    if not rlines[0].strip() or not rlines[-1].strip():
        errs.append("raw has leading/trailing blank line")
    # gold: no leading/trailing blanks, no runs of blanks
    if glines and (not glines[0].strip() or not glines[-1].strip()):
        errs.append("gold has leading/trailing blank line")
    for i in range(1, len(glines)):
        if not glines[i].strip() and not glines[i - 1].strip():
            errs.append(f"gold has a run of blank lines at line {i + 1}")
            break
    # gold is an ordered subsequence of raw
    j = 0
    for gi, gl in enumerate(glines):
        while j < len(rlines) and rlines[j] != gl:
            j += 1
        if j == len(rlines):
            errs.append(f"gold line {gi + 1} not found in order in raw: {gl[:60]!r}")
            break
        j += 1
    # gold must equal raw minus deleted lines, with blank runs collapsed:
    # every deleted non-blank raw line is furniture; content lines are all kept.
    negative = m and m.group(3) == "negative"
    removed = len([l for l in rlines if l.strip()]) - len([l for l in glines if l.strip()])
    if negative:
        if rdata != gdata:
            errs.append("negative but gold is not byte-identical to raw")
    else:
        if removed <= 0:
            errs.append("positive but no furniture line removed")
    # cross-file line uniqueness
    for l in set(rlines) | set(glines):
        s = l.strip()
        if len(s) <= 3:
            continue
        if s in seen_lines and seen_lines[s] != stem:
            errs.append(f"line also used in {seen_lines[s]}: {s[:60]!r}")
        else:
            seen_lines.setdefault(s, stem)
    nonblank = len([l for l in rlines if l.strip()])
    share = removed / nonblank if nonblank else 0
    if errs:
        print(f"FAIL {stem}: " + "; ".join(errs))
        errors_total += 1
    else:
        print(f"ok   {stem}  raw={nonblank} gold={nonblank - removed} furniture={share:.0%}")

if not raws:
    print("FAIL: no files found")
    errors_total += 1
if errors_total:
    print(f"{errors_total} problem(s) found")
    sys.exit(1)
print("ALL OK")
