#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

here = os.path.dirname(os.path.abspath(__file__))
os.chdir(here)
files = sorted(os.listdir("."))
errors_total = 0
line_owner = defaultdict(set)  # non-blank line (len > 3) -> set of pair stems


def read(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{path}: not UTF-8 ({e})")
        return None, data
    if b"\r" in data:
        errs.append(f"{path}: contains CR characters (LF only)")
    if not data.endswith(b"\n"):
        errs.append(f"{path}: no final newline")
    if data.endswith(b"\n\n"):
        errs.append(f"{path}: trailing blank line")
    if text.startswith("\ufeff"):
        errs.append(f"{path}: BOM present")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
stems = sorted({f[:-4] for f in raws} | {f[:-9] for f in golds})
numbers = defaultdict(list)

for stem in stems:
    errs = []
    m = NAME_RE.match(stem)
    fams = []
    if not m:
        errs.append("bad file name (want NNN_<lang>_<families>)")
    else:
        numbers[m.group(1)].append(stem)
        if m.group(2) not in LANGS:
            errs.append(f"unknown language code {m.group(2)!r}")
        famstr = m.group(3)
        if famstr != "negative":
            fams = famstr.split("-")
            bad = [f for f in fams if f not in ORDER]
            if bad:
                errs.append(f"unknown families {bad}")
            elif [ORDER.index(f) for f in fams] != sorted(ORDER.index(f) for f in fams):
                errs.append("families not in canonical order")
            if len(set(fams)) != len(fams):
                errs.append("duplicate family in name")
    rp, gp = stem + ".txt", stem + ".gold.txt"
    for p in (rp, gp):
        if os.path.exists(p):
            try:
                for l in open(p, encoding="utf-8").read().split("\n"):
                    if l.strip() and len(l.strip()) > 3:
                        line_owner[l].add(stem)
            except UnicodeDecodeError:
                pass
    if not os.path.exists(rp) or not os.path.exists(gp):
        errs.append("pair incomplete (missing " + (rp if not os.path.exists(rp) else gp) + ")")
    else:
        raw, rawb = read(rp, errs)
        gold, goldb = read(gp, errs)
        if raw is not None and gold is not None:
            # gold is an ordered subsequence of raw lines
            i = 0
            for n, gl in enumerate(gold, 1):
                while i < len(raw) and raw[i] != gl:
                    i += 1
                if i == len(raw):
                    errs.append(f"gold line {n} not found in order in raw: {gl[:60]!r}")
                    break
                i += 1
            # blank handling
            if gold and gold[0].strip() == "":
                errs.append("gold has a leading blank line")
            if gold and gold[-1].strip() == "":
                errs.append("gold has a trailing blank line")
            for n in range(1, len(gold)):
                if gold[n].strip() == "" and gold[n - 1].strip() == "":
                    errs.append(f"gold has a run of blank lines at line {n + 1}")
                    break
            for n, l in enumerate(gold, 1):
                if l != "" and l.strip() == "":
                    errs.append(f"gold line {n} is whitespace-only but not empty")
            if raw and raw[0].strip() == "":
                errs.append("raw has a leading blank line")
            removed = len([l for l in raw if l.strip()]) - len([l for l in gold if l.strip()])
            if m and m.group(3) == "negative":
                if rawb != goldb:
                    errs.append("negative but gold is not byte-identical to raw")
            else:
                if removed <= 0:
                    errs.append("positive but no line was removed")
            nonblank = len([l for l in raw if l.strip()])
            share = removed / nonblank if nonblank else 0
    status = "OK" if not errs else "FAIL"
    extra = ""
    if not errs and os.path.exists(rp):
        extra = f"  (raw {nonblank} non-blank lines, furniture {removed} = {share:.0%})"
    print(f"{status:4}  {stem}{extra}")
    for e in errs:
        print(f"      - {e}")
    errors_total += len(errs)

for num, st in sorted(numbers.items()):
    if len(st) > 1:
        print(f"FAIL  number {num} used by several pairs: {st}")
        errors_total += 1

dups = {l: s for l, s in line_owner.items() if len(s) > 1}
for l, s in sorted(dups.items()):
    print(f"FAIL  line used in more than one file: {l[:70]!r} in {sorted(s)}")
    errors_total += 1

if not stems:
    print("FAIL  no pairs found")
    errors_total += 1

if errors_total:
    print(f"{errors_total} problem(s) found")
    sys.exit(1)
print("ALL OK")
