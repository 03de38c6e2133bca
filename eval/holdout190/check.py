#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

here = os.path.dirname(os.path.abspath(__file__))
errors_total = 0


def read_text(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{os.path.basename(path)}: has a BOM")
    if b"\r" in data:
        errs.append(f"{os.path.basename(path)}: contains CR (LF line endings required)")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    elif text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: ends with a blank line")
    return text


def collapse(lines):
    out = []
    for ln in lines:
        if ln.strip() == "":
            if out and out[-1] == "":
                continue
            out.append("")
        else:
            out.append(ln)
    while out and out[0] == "":
        out.pop(0)
    while out and out[-1] == "":
        out.pop()
    return out


files = sorted(f for f in os.listdir(here) if f.endswith(".txt"))
raws = [f[:-4] for f in files if not f.endswith(".gold.txt")]
golds = {f[:-9] for f in files if f.endswith(".gold.txt")}

line_owner = defaultdict(set)   # line -> set of pair stems
results = []
global_errs = []

for stem in sorted(golds - set(raws)):
    global_errs.append(f"{stem}.gold.txt has no raw file")

numbers_seen = set()
for stem in raws:
    errs = []
    m = NAME_RE.match(stem)
    fams = []
    if not m:
        errs.append("file name does not match NNN_<lang>_<families>")
    else:
        num, lang, famstr = m.groups()
        if num in numbers_seen:
            errs.append(f"number {num} used twice")
        numbers_seen.add(num)
        if lang not in LANGS:
            errs.append(f"unknown language code {lang}")
        if famstr != "negative":
            fams = famstr.split("-")
            bad = [f for f in fams if f not in FAMILIES]
            if bad:
                errs.append(f"unknown families {bad}")
            elif len(set(fams)) != len(fams):
                errs.append("duplicate family in name")
            elif fams != sorted(fams, key=FAMILIES.index):
                errs.append("families not in canonical order")
    if stem not in golds:
        errs.append("missing .gold.txt")
        results.append((stem, errs, None))
        continue
    raw_text = read_text(os.path.join(here, stem + ".txt"), errs)
    gold_text = read_text(os.path.join(here, stem + ".gold.txt"), errs)
    stats = None
    if raw_text is not None and gold_text is not None:
        raw = raw_text.rstrip("\n").split("\n")
        gold = gold_text.rstrip("\n").split("\n")
        if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
            errs.append("gold has leading or trailing blank lines")
        for a, b in zip(gold, gold[1:]):
            if a.strip() == "" and b.strip() == "":
                errs.append("gold has an uncollapsed run of blank lines")
                break
        # gold non-blank lines must be an ordered subsequence of raw lines
        raw_nb = [(i, ln) for i, ln in enumerate(raw) if ln.strip()]
        gold_nb = [ln for ln in gold if ln.strip()]
        kept, j = set(), 0
        for ln in gold_nb:
            while j < len(raw_nb) and raw_nb[j][1] != ln:
                j += 1
            if j == len(raw_nb):
                errs.append(f"gold line not found in order in raw: {ln[:60]!r}")
                break
            kept.add(raw_nb[j][0])
            j += 1
        else:
            expected = collapse([ln for i, ln in enumerate(raw) if ln.strip() == "" or i in kept])
            if expected != gold:
                errs.append("gold is not raw minus deleted lines with blank runs collapsed")
        deleted = len(raw_nb) - len(gold_nb)
        if fams == [] and m and m.group(3) == "negative":
            if raw_text != gold_text:
                errs.append("negative but gold is not byte-identical to raw")
        elif m:
            if deleted == 0:
                errs.append("positive but nothing deleted")
        stats = (len(raw_nb), deleted)
        for ln in set(raw) | set(gold):
            if len(ln.strip()) > 3:
                line_owner[ln].add(stem)
    results.append((stem, errs, stats))

dups = defaultdict(list)
for ln, owners in line_owner.items():
    if len(owners) > 1:
        for o in owners:
            dups[o].append(ln)

for stem, errs, stats in results:
    for ln in dups.get(stem, []):
        others = sorted(line_owner[ln] - {stem})
        errs.append(f"line shared with {', '.join(o[:6] for o in others)}: {ln[:60]!r}")
    if stats:
        nb, dele = stats
        info = f"{nb} non-blank lines, {dele} furniture ({100 * dele / nb:.0f}%)"
    else:
        info = "no stats"
    status = "OK" if not errs else "FAIL"
    print(f"{status}  {stem}  [{info}]")
    for e in errs:
        print(f"      - {e}")
    errors_total += len(errs)

for e in global_errs:
    print(f"FAIL  {e}")
errors_total += len(global_errs)

if errors_total:
    print(f"{errors_total} problem(s) found")
    sys.exit(1)
print("ALL OK")
