#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair NNN_<lang>_<families>.txt / NNN_<lang>_<families>.gold.txt:
  * both files exist; file names are well formed; numbers are unique
  * UTF-8, LF line endings only, final newline, no BOM
  * family names valid, no duplicates, in canonical order; or the single name 'negative'
  * gold is an ordered subsequence of the raw lines (byte-identical lines)
  * gold has no leading/trailing blank lines and no runs of blank lines
  * gold equals raw minus the deleted lines, with blank runs collapsed
  * negatives: gold byte-identical to raw; positives: at least one line deleted
Across the set:
  * no non-blank line longer than 3 characters (after stripping) occurs in more
    than one pair (a raw file and its own gold naturally share lines)
Prints one line per pair and 'ALL OK' at the end; exits 1 on any error.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)(\.gold)?\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def read_lines(path):
    data = open(path, "rb").read()
    problems = []
    if data.startswith(b"\xef\xbb\xbf"):
        problems.append("has a UTF-8 BOM")
    if b"\r" in data:
        problems.append("contains CR characters (must be LF only)")
    if not data.endswith(b"\n"):
        problems.append("no final newline")
    if data.endswith(b"\n\n"):
        problems.append("ends with a blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.append(f"not valid UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return data, lines, problems


def collapse(lines):
    out = []
    for ln in lines:
        if ln == "" and (not out or out[-1] == ""):
            continue
        out.append(ln)
    while out and out[-1] == "":
        out.pop()
    return out


def is_subsequence(small, big):
    """Greedy match; returns list of matched indices into big, or None."""
    idx, j = [], 0
    for ln in small:
        while j < len(big) and big[j] != ln:
            j += 1
        if j == len(big):
            return None
        idx.append(j)
        j += 1
    return idx


files = sorted(f for f in os.listdir(here) if f.endswith(".txt"))
raws, golds = {}, {}
for f in files:
    m = NAME_RE.match(f)
    if not m:
        err(f"{f}: file name does not match NNN_<lang>_<families>[.gold].txt")
        continue
    stem = f[:-len(".gold.txt")] if m.group(4) else f[:-len(".txt")]
    (golds if m.group(4) else raws)[stem] = f

stray = [f for f in os.listdir(here)
         if f not in ("check.py", "README.md") and not f.endswith(".txt") and not f.startswith(".")
         and os.path.isfile(os.path.join(here, f))]
for f in sorted(stray):
    err(f"unexpected file in the set: {f}")

numbers = defaultdict(list)
line_owner = defaultdict(set)   # stripped line -> set of stems
report = []

for stem in sorted(set(raws) | set(golds)):
    m = NAME_RE.match(raws.get(stem) or golds[stem])
    num, lang, fams = m.group(1), m.group(2), m.group(3)
    numbers[num].append(stem)
    perr = []
    # family names
    if fams == "negative":
        negative = True
    else:
        negative = False
        parts = fams.split("-")
        bad = [p for p in parts if p not in CANON]
        if bad:
            perr.append(f"unknown families {bad}")
        if len(set(parts)) != len(parts):
            perr.append("duplicate family names")
        known = [p for p in parts if p in CANON]
        if known != sorted(known, key=CANON.index):
            perr.append("families not in canonical order")
    if stem not in raws or stem not in golds:
        perr.append("gold file without raw file" if stem not in raws else "raw file without gold file")
        report.append(f"FAIL {stem}")
        for p in perr:
            report.append(f"     - {p}")
            err(f"{stem}: {p}")
        continue
    rdata, rlines, rprob = read_lines(os.path.join(here, raws[stem]))
    gdata, glines, gprob = read_lines(os.path.join(here, golds[stem]))
    perr += [f"raw {p}" for p in rprob] + [f"gold {p}" for p in gprob]
    if rlines and rlines[0] == "":
        perr.append("raw starts with a blank line")
    if glines and glines[0] == "":
        perr.append("gold starts with a blank line")
    if glines and glines[-1] == "":
        perr.append("gold ends with a blank line")
    for i in range(1, len(glines)):
        if glines[i] == "" and glines[i - 1] == "":
            perr.append(f"gold has a run of blank lines at line {i + 1}")
            break
    for name, lines in (("raw", rlines), ("gold", glines)):
        for i, ln in enumerate(lines, 1):
            if ln != "" and ln.strip() == "":
                perr.append(f"{name} line {i} is whitespace-only")
    idx = is_subsequence(glines, rlines)
    if idx is None:
        perr.append("gold is not an ordered subsequence of raw lines")
    else:
        # gold must equal raw with the deleted non-blank lines removed, blanks collapsed
        kept_nonblank = [j for j in idx if rlines[j] != ""]
        keep = set(kept_nonblank)
        rebuilt = collapse([ln for j, ln in enumerate(rlines) if ln == "" or j in keep])
        while rebuilt and rebuilt[0] == "":
            rebuilt.pop(0)
        if rebuilt != glines:
            perr.append("gold differs from raw-minus-deletions with blank runs collapsed")
    raw_nb = [ln for ln in rlines if ln.strip()]
    gold_nb = [ln for ln in glines if ln.strip()]
    removed = len(raw_nb) - len(gold_nb)
    if negative:
        if rdata != gdata:
            perr.append("negative but gold is not byte-identical to raw")
    else:
        if removed <= 0:
            perr.append("positive but no line was deleted")
    for ln in set(raw_nb) | set(gold_nb):
        s = ln.strip()
        if len(s) > 3:
            line_owner[s].add(stem)
    share = removed / len(raw_nb) if raw_nb else 0.0
    status = "OK  " if not perr else "FAIL"
    report.append(f"{status} {stem}  raw={len(raw_nb)} gold={len(gold_nb)} removed={removed} ({share:.0%})")
    for p in perr:
        report.append(f"     - {p}")
        err(f"{stem}: {p}")

for num, stems in numbers.items():
    if len(stems) > 1:
        err(f"number {num} used by several pairs: {stems}")

dups = {s: owners for s, owners in line_owner.items() if len(owners) > 1}
for s, owners in sorted(dups.items()):
    err(f"line used in more than one pair {sorted(owners)}: {s[:80]!r}")

print("\n".join(report))
if errors:
    stems = set(raws) | set(golds)
    extra = [e for e in errors if not any(e.startswith(st + ":") for st in stems)]
    for e in extra:
        print("ERROR", e)
    print(f"FAILED ({len(errors)} problem(s))")
    sys.exit(1)
print("ALL OK")
