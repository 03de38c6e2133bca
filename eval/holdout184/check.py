#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

here = os.path.dirname(os.path.abspath(__file__))
files = sorted(os.listdir(here))
raws = [f[:-4] for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
errors_total = 0
line_owner = defaultdict(set)


def read(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None, data
    if b"\r" in data:
        errs.append(f"{os.path.basename(path)}: contains CR (need LF line endings)")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: missing final newline")
    if text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line")
    if text.startswith("\n"):
        errs.append(f"{os.path.basename(path)}: leading blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


for orphan in sorted(golds - set(raws)):
    print(f"FAIL {orphan}: gold file without raw file")
    errors_total += 1

numbers = defaultdict(list)
for base in raws:
    errs = []
    m = NAME_RE.match(base)
    fams = []
    if not m:
        errs.append("bad file name (want NNN_<lang>_<families>)")
    else:
        numbers[m.group(1)].append(base)
        fams = m.group(3).split("-")
        if fams != ["negative"]:
            bad = [f for f in fams if f not in CANON]
            if bad:
                errs.append(f"unknown families: {bad}")
            elif len(set(fams)) != len(fams):
                errs.append("duplicate family in name")
            elif fams != sorted(fams, key=CANON.index):
                errs.append("families not in canonical order")
    if base not in golds:
        errs.append("missing gold file")
        print(f"FAIL {base}: " + "; ".join(errs))
        errors_total += len(errs)
        continue
    raw, raw_bytes = read(os.path.join(here, base + ".txt"), errs)
    gold, gold_bytes = read(os.path.join(here, base + ".gold.txt"), errs)
    if raw is None or gold is None:
        print(f"FAIL {base}: " + "; ".join(errs))
        errors_total += len(errs)
        continue
    # gold must be an ordered subsequence of raw lines
    i = 0
    for gl in gold:
        while i < len(raw) and raw[i] != gl:
            i += 1
        if i == len(raw):
            errs.append(f"gold line not found in order in raw: {gl[:60]!r}")
            break
        i += 1
    # blank-line hygiene in gold
    for a, b in zip(gold, gold[1:]):
        if a.strip() == "" and b.strip() == "":
            errs.append("gold has a run of more than one blank line")
            break
    if any(l != "" and l.strip() == "" for l in gold):
        errs.append("gold has whitespace-only line")
    if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
        errs.append("gold has leading or trailing blank line")
    is_neg = fams == ["negative"]
    if is_neg and raw_bytes != gold_bytes:
        errs.append("negative but gold differs from raw")
    if not is_neg and raw_bytes == gold_bytes:
        errs.append("positive but gold identical to raw")
    # collect lines for cross-file uniqueness
    for l in set(raw) | set(gold):
        if l.strip() and len(l.strip()) > 3:
            line_owner[l.strip()].add(base)
    raw_nb = sum(1 for l in raw if l.strip())
    gold_nb = sum(1 for l in gold if l.strip())
    share = (raw_nb - gold_nb) / raw_nb if raw_nb else 0.0
    if errs:
        errors_total += len(errs)
        print(f"FAIL {base}: " + "; ".join(errs))
    else:
        kind = "negative" if is_neg else f"furniture {raw_nb - gold_nb}/{raw_nb} lines ({share:.0%})"
        print(f"ok   {base}: raw {len(raw)} lines, gold {len(gold)} lines, {kind}")

for num, bases in sorted(numbers.items()):
    if len(bases) > 1:
        print(f"FAIL number {num} used by several pairs: {bases}")
        errors_total += 1

for line, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        print(f"FAIL line used in {len(owners)} files ({', '.join(sorted(owners))}): {line[:70]!r}")
        errors_total += 1

if errors_total:
    print(f"{errors_total} ERROR(S)")
    sys.exit(1)
print("ALL OK")
