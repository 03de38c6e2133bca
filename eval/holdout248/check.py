#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the file name has a valid number, language and family list (canonical order,
    no duplicates) or the single word 'negative';
  * the gold's lines are an ordered subsequence of the raw lines;
  * the gold equals the raw with the deleted lines removed and blank runs collapsed,
    and has no leading/trailing blank lines and no runs of blank lines;
  * a negative's gold is byte-identical to its raw; a positive's gold differs;
  * no non-blank line longer than 3 characters occurs in more than one file of the set.
Prints one line per pair and ALL OK at the end (exit status 1 on any problem).
"""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
problems_total = 0


def read(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return data, None
    if b"\r" in data:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if not data.endswith(b"\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if data.endswith(b"\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def collapse(lines):
    out = []
    for ln in lines:
        if ln.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(ln)
    while out and out[-1].strip() == "":
        out.pop()
    return out


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
line_owner = {}
numbers = {}

for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        print(f"FAIL {g}: gold without raw")
        problems_total += 1

for raw_name in raws:
    errs = []
    m = NAME_RE.match(raw_name)
    if not m:
        errs.append("bad file name")
        fams = []
    else:
        num, lang, famstr = m.groups()
        if num in numbers:
            errs.append(f"number {num} also used by {numbers[num]}")
        numbers[num] = raw_name
        if lang not in LANGS:
            errs.append(f"unknown language {lang}")
        fams = [] if famstr == "negative" else famstr.split("-")
        bad = [f for f in fams if f not in FAMILIES]
        if bad:
            errs.append(f"unknown families {bad}")
        elif fams != sorted(set(fams), key=FAMILIES.index):
            errs.append("families not in canonical order or duplicated")
    gold_name = raw_name[:-4] + ".gold.txt"
    if gold_name not in golds:
        print(f"FAIL {raw_name}: missing gold")
        problems_total += 1
        continue
    rdata, rlines = read(os.path.join(here, raw_name), errs)
    gdata, glines = read(os.path.join(here, gold_name), errs)
    if rlines is None or glines is None:
        print(f"FAIL {raw_name}: " + "; ".join(errs))
        problems_total += len(errs)
        continue
    # ordered subsequence, with a record of which raw lines were kept
    kept = []
    j = 0
    for i, ln in enumerate(rlines):
        if j < len(glines) and ln == glines[j]:
            kept.append(i)
            j += 1
    if j != len(glines):
        errs.append(f"gold is not an ordered subsequence of raw (stuck at gold line {j + 1}: {glines[j][:60]!r})")
    else:
        # the gold must be exactly the raw minus the deleted lines, blank runs collapsed:
        # match the gold's non-blank lines greedily (by index) against raw non-blank lines
        nonblank_gold = [ln for ln in glines if ln.strip()]
        keep_idx = set()
        deleted = []
        k = 0
        for i, ln in enumerate(rlines):
            if not ln.strip():
                keep_idx.add(i)
            elif k < len(nonblank_gold) and ln == nonblank_gold[k]:
                keep_idx.add(i)
                k += 1
            else:
                deleted.append(ln)
        if glines and (not glines[0].strip() or not glines[-1].strip()):
            errs.append("gold has leading or trailing blank line")
        for a, b in zip(glines, glines[1:]):
            if not a.strip() and not b.strip():
                errs.append("gold has a run of blank lines")
                break
        if any(ln.strip() == "" and ln != "" for ln in glines):
            errs.append("gold has whitespace-only lines")
        rebuilt = [ln for i, ln in enumerate(rlines) if i in keep_idx]
        if collapse(rebuilt) != glines:
            errs.append("gold differs from raw-minus-deletions with blank runs collapsed")
        if fams == [] and m:
            if rdata != gdata:
                errs.append("negative but gold is not byte-identical to raw")
        elif m:
            if not deleted:
                errs.append("positive but nothing deleted")
    for ln in rlines:
        s = ln.strip()
        if len(s) > 3:
            line_owner.setdefault(s, set()).add(raw_name)
    status = "ok  " if not errs else "FAIL"
    n_raw = sum(1 for ln in rlines if ln.strip())
    n_gold = sum(1 for ln in glines if ln.strip())
    share = (n_raw - n_gold) / n_raw if n_raw else 0
    print(f"{status} {raw_name}: {n_raw} lines, {n_raw - n_gold} deleted ({share:.0%})"
          + ("" if not errs else " -- " + "; ".join(errs)))
    problems_total += len(errs)

dups = {ln: sorted(owners) for ln, owners in line_owner.items() if len(owners) > 1}
for ln, owners in sorted(dups.items()):
    print(f"FAIL duplicate line in {', '.join(owners)}: {ln[:70]!r}")
    problems_total += 1

if problems_total:
    print(f"{problems_total} PROBLEM(S)")
    sys.exit(1)
print("ALL OK")
