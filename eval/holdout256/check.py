#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors_total = 0
seen = {}  # line -> pair name where first seen


def read(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line")
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)}: BOM present")
    return data, text


files = sorted(os.listdir(here))
raws = [f for f in files if NAME_RE.match(f) and not f.endswith(".gold.txt")]
golds = {f for f in files if f.endswith(".gold.txt")}
numbers = {}

for g in sorted(golds):
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        print(f"FAIL {g}: gold without raw file")
        errors_total += 1

for raw in raws:
    errs = []
    m = NAME_RE.match(raw)
    num, lang, fams = m.groups()
    if num in numbers:
        errs.append(f"number {num} also used by {numbers[num]}")
    numbers[num] = raw
    famlist = fams.split("-")
    negative = famlist == ["negative"]
    if not negative:
        bad = [f for f in famlist if f not in CANON]
        if bad:
            errs.append(f"unknown families {bad}")
        else:
            idx = [CANON.index(f) for f in famlist]
            if idx != sorted(idx) or len(set(idx)) != len(idx):
                errs.append("families not in canonical order or repeated")
    gold = raw[:-4] + ".gold.txt"
    if gold not in golds:
        errs.append("missing gold file")
        print(f"FAIL {raw[:-4]}: " + "; ".join(errs))
        errors_total += len(errs)
        continue
    r = read(os.path.join(here, raw), errs)
    g = read(os.path.join(here, gold), errs)
    if r is None or g is None:
        print(f"FAIL {raw[:-4]}: " + "; ".join(errs))
        errors_total += len(errs)
        continue
    rdata, rtext = r
    gdata, gtext = g
    rlines = rtext.split("\n")[:-1]
    glines = gtext.split("\n")[:-1]

    # gold: no leading/trailing blanks, no runs of blanks
    if glines and glines[0].strip() == "":
        errs.append("gold starts with a blank line")
    if glines and glines[-1].strip() == "":
        errs.append("gold ends with a blank line")
    for i in range(1, len(glines)):
        if glines[i].strip() == "" and glines[i - 1].strip() == "":
            errs.append(f"gold has a run of blank lines at line {i + 1}")
            break
    if not any(l.strip() for l in glines):
        errs.append("gold is empty")

    # gold is an ordered subsequence of raw (byte-identical lines)
    j = 0
    for gl in glines:
        while j < len(rlines) and rlines[j] != gl:
            j += 1
        if j == len(rlines):
            errs.append(f"gold line not found in order in raw: {gl[:60]!r}")
            break
        j += 1

    # gold must equal raw with some non-blank lines deleted, blank runs collapsed
    # to one and leading/trailing blanks stripped.
    gnb = [l for l in glines if l.strip()]
    k = 0
    expected = []
    for l in rlines:
        if l.strip() == "":
            if expected and expected[-1].strip() != "":
                expected.append(l)
        elif k < len(gnb) and l == gnb[k]:
            expected.append(l)
            k += 1
    while expected and expected[-1].strip() == "":
        expected.pop()
    if expected != glines:
        errs.append("gold is not raw minus deleted lines with blank runs collapsed")
    deleted = len([l for l in rlines if l.strip()]) - len([l for l in glines if l.strip()])
    if negative:
        if rdata != gdata:
            errs.append("negative but gold differs from raw")
    else:
        if deleted <= 0:
            errs.append("positive but nothing deleted")

    # uniqueness of non-blank lines longer than 3 characters across pairs
    for l in set(rlines):
        key = l.strip()
        if len(key) <= 3:
            continue
        if key in seen and seen[key] != raw[:-4]:
            errs.append(f"line also used in {seen[key]}: {key[:60]!r}")
        else:
            seen.setdefault(key, raw[:-4])

    nonblank = len([l for l in rlines if l.strip()])
    share = deleted / nonblank if nonblank else 0
    if errs:
        print(f"FAIL {raw[:-4]}: " + "; ".join(errs))
        errors_total += len(errs)
    else:
        print(f"ok   {raw[:-4]}  ({nonblank} lines, {deleted} furniture, {share:.0%})")

if not raws:
    print("FAIL no pairs found")
    errors_total += 1

if errors_total:
    print(f"{errors_total} ERROR(S)")
    sys.exit(1)
print("ALL OK")
