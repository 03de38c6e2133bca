#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
files = sorted(os.listdir(here))
problems_total = 0
line_owner = defaultdict(set)
pairs = []


def read_lines(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append("not UTF-8: %s" % e)
        return []
    if b"\r" in data:
        errs.append("CR characters found (need LF line endings)")
    if not text.endswith("\n"):
        errs.append("missing final newline")
    if text.endswith("\n\n"):
        errs.append("trailing blank line")
    if text.startswith("\ufeff"):
        errs.append("BOM at start")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(small, big):
    it = iter(big)
    return all(any(s == b for b in it) for s in small)


for f in files:
    if not f.endswith(".txt") or f.endswith(".gold.txt"):
        continue
    errs = []
    m = NAME_RE.match(f)
    if not m:
        errs.append("bad file name")
        fams = []
    else:
        num, lang, fampart = m.groups()
        if lang not in LANGS:
            errs.append("unknown language %r" % lang)
        fams = fampart.split("-")
        if fams != ["negative"]:
            bad = [x for x in fams if x not in FAMILIES]
            if bad:
                errs.append("invalid family names: %s" % ", ".join(bad))
            else:
                idx = [FAMILIES.index(x) for x in fams]
                if idx != sorted(set(idx)):
                    errs.append("families not in canonical order or duplicated")
    gold_name = f[:-4] + ".gold.txt"
    if gold_name not in files:
        errs.append("missing gold file")
        raw = read_lines(os.path.join(here, f), errs)
        gold = None
    else:
        raw = read_lines(os.path.join(here, f), errs)
        gold = read_lines(os.path.join(here, gold_name), errs)
    if gold is not None:
        if not is_subsequence(gold, raw):
            errs.append("gold is not an ordered subsequence of raw lines")
        for label, ls in (("raw", raw), ("gold", gold)):
            if ls and ls[0] == "":
                errs.append("%s starts with a blank line" % label)
            if ls and ls[-1] == "":
                errs.append("%s ends with a blank line" % label)
            for i in range(1, len(ls)):
                if ls[i] == "" and ls[i - 1] == "":
                    errs.append("%s has a run of blank lines at line %d" % (label, i + 1))
                    break
        for label, ls in (("raw", raw), ("gold", gold)):
            for i, l in enumerate(ls, 1):
                if l != l.rstrip() or (l and not l.strip()):
                    errs.append("%s line %d has trailing or whitespace-only content" % (label, i))
                    break
        negative = fams == ["negative"]
        raw_bytes = open(os.path.join(here, f), "rb").read()
        gold_bytes = open(os.path.join(here, gold_name), "rb").read()
        if negative and raw_bytes != gold_bytes:
            errs.append("negative but gold differs from raw")
        if not negative and raw_bytes == gold_bytes:
            errs.append("positive but gold is identical to raw")
        n_raw = sum(1 for l in raw if l)
        n_gold = sum(1 for l in gold if l)
        share = 100.0 * (n_raw - n_gold) / n_raw if n_raw else 0.0
        if not negative and not (30.0 <= share <= 55.0):
            errs.append("furniture share %.0f%% outside 30-55%%" % share)
    else:
        n_raw = n_gold = 0
        share = 0.0
    for l in set(raw):
        if l.strip() and len(l) > 3:
            line_owner[l].add(f)
    pairs.append((f, errs, n_raw, n_gold, share))

for g in files:
    if g.endswith(".gold.txt") and g[:-9] + ".txt" not in files:
        pairs.append((g, ["gold file without raw file"], 0, 0, 0.0))

dups = defaultdict(list)
for line, owners in line_owner.items():
    if len(owners) > 1:
        for o in owners:
            dups[o].append(line)

for f, errs, n_raw, n_gold, share in pairs:
    shared = sorted(dups.get(f, []))
    for line in shared[:5]:
        errs.append("line shared with another file: %r" % line[:60])
    if len(shared) > 5:
        errs.append("... and %d more shared line(s)" % (len(shared) - 5))
    status = "OK" if not errs else "FAIL"
    print("%-4s %s  raw=%d gold=%d furniture=%.0f%%" % (status, f, n_raw, n_gold, share))
    for e in errs:
        print("     - " + e)
    problems_total += len(errs)

n_pairs = len(pairs)
n_neg = sum(1 for p in pairs if "_negative" in p[0])
print("pairs: %d (negatives: %d)" % (n_pairs, n_neg))
if problems_total:
    print("FAILED: %d problem(s)" % problems_total)
    sys.exit(1)
print("ALL OK")
