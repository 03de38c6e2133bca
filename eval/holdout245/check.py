#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

here = os.path.dirname(os.path.abspath(__file__))
errors_total = 0


def read_lines(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None, data
    if b"\r" in data:
        errs.append(f"{os.path.basename(path)}: contains CR (need LF line endings)")
    if not data.endswith(b"\n"):
        errs.append(f"{os.path.basename(path)}: missing final newline")
    if data.endswith(b"\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line")
    return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n"), data


def is_subsequence(sub, full):
    it = iter(full)
    return all(any(x == y for y in it) for x in sub)


files = sorted(f for f in os.listdir(here) if f.endswith(".txt"))
raws = {f[:-4] for f in files if not f.endswith(".gold.txt")}
golds = {f[:-9] for f in files if f.endswith(".gold.txt")}

global_errs = []
for b in sorted(raws - golds):
    global_errs.append(f"{b}: gold file missing")
for b in sorted(golds - raws):
    global_errs.append(f"{b}: raw file missing")

numbers = {}
line_owner = {}  # non-blank line (>3 chars) -> set of pair names
pairs = sorted(raws & golds)
results = []
for base in pairs:
    errs = []
    m = NAME_RE.match(base)
    if not m:
        errs.append("bad file name")
        fams = []
    else:
        num, lang, famstr = m.groups()
        if num in numbers:
            errs.append(f"number {num} also used by {numbers[num]}")
        numbers[num] = base
        if lang not in LANGS:
            errs.append(f"unknown language {lang}")
        fams = [] if famstr == "negative" else famstr.split("-")
        for f in fams:
            if f not in FAMILIES:
                errs.append(f"unknown family '{f}'")
        known = [f for f in fams if f in FAMILIES]
        if len(set(fams)) != len(fams):
            errs.append("family listed twice")
        if known != sorted(known, key=FAMILIES.index):
            errs.append("families not in canonical order")
    raw, raw_bytes = read_lines(os.path.join(here, base + ".txt"), errs)
    gold, gold_bytes = read_lines(os.path.join(here, base + ".gold.txt"), errs)
    if raw is not None and gold is not None:
        negative = m is not None and m.group(3) == "negative"
        if negative:
            if raw_bytes != gold_bytes:
                errs.append("negative: gold is not byte-identical to raw")
        else:
            if raw_bytes == gold_bytes:
                errs.append("positive: gold identical to raw (nothing deleted)")
        if not is_subsequence(gold, raw):
            errs.append("gold is not an ordered subsequence of raw lines")
        for name, lines in (("raw", raw), ("gold", gold)):
            if lines and lines[0].strip() == "":
                errs.append(f"{name}: leading blank line")
            if lines and lines[-1].strip() == "":
                errs.append(f"{name}: trailing blank line")
            for i in range(1, len(lines)):
                if lines[i].strip() == "" and lines[i - 1].strip() == "":
                    errs.append(f"{name}: run of blank lines at line {i + 1}")
                    break
            for i, l in enumerate(lines):
                if l != l.rstrip():
                    errs.append(f"{name}: trailing whitespace on line {i + 1}")
                    break
        for l in set(raw) | set(gold):
            if len(l.strip()) > 3:
                line_owner.setdefault(l, set()).add(base)
        nb_raw = sum(1 for l in raw if l.strip())
        nb_gold = sum(1 for l in gold if l.strip())
        share = (nb_raw - nb_gold) / nb_raw if nb_raw else 0.0
        info = f"raw {nb_raw} non-blank, gold {nb_gold}, furniture {share:.0%}"
    else:
        info = "unreadable"
    results.append((base, errs, info))

dups = {l: owners for l, owners in line_owner.items() if len(owners) > 1}
for l, owners in dups.items():
    for o in owners:
        for r in results:
            if r[0] == o:
                r[1].append(f"line reused in {len(owners)} files: {l[:60]!r}")

for base, errs, info in results:
    status = "OK  " if not errs else "FAIL"
    print(f"{status} {base}  ({info})")
    for e in errs:
        print(f"      - {e}")
    errors_total += len(errs)
for e in global_errs:
    print(f"FAIL {e}")
errors_total += len(global_errs)
if not pairs:
    print("FAIL no pairs found")
    errors_total += 1

if errors_total:
    print(f"{errors_total} ERROR(S)")
    sys.exit(1)
print("ALL OK")
