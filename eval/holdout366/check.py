#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory.

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, are UTF-8, use LF line endings and end with a newline
  * the gold is an ordered subsequence of the raw lines (byte-identical lines)
  * the gold has no runs of blank lines and no leading/trailing blank lines
  * negatives: gold is byte-identical to raw; positives: gold differs from raw
  * family names are valid, unique and in canonical order ('negative' alone)
  * no non-blank line longer than 3 characters occurs in more than one pair
Prints one line per pair and ALL OK at the end (exit status 1 on failure).
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def read_lines(path):
    data = open(path, "rb").read()
    problems = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return None, ["not UTF-8: %s" % e]
    if text.startswith("\ufeff"):
        problems.append("starts with a BOM")
    if "\r" in text:
        problems.append("contains CR characters")
    if not text.endswith("\n"):
        problems.append("no final newline")
    if text.endswith("\n\n"):
        problems.append("ends with a blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), problems


def is_subsequence(gold, raw):
    it = iter(raw)
    for g in gold:
        for r in it:
            if r == g:
                break
        else:
            return False, g
    return True, None


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = {f for f in files if f.endswith(".gold.txt")}
for g in sorted(golds):
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        err("%s: gold file without raw file" % g)

line_owner = defaultdict(set)
pairs = 0
for raw_name in raws:
    stem = raw_name[:-4]
    gold_name = stem + ".gold.txt"
    m = NAME_RE.match(raw_name)
    status = []
    if not m:
        err("%s: file name does not match NNN_<lang>_<families>.txt" % raw_name)
        continue
    num, lang, fam_str = m.groups()
    if lang not in LANGS:
        err("%s: unknown language code %r" % (raw_name, lang))
    fams = fam_str.split("-")
    negative = fams == ["negative"]
    if not negative:
        bad = [f for f in fams if f not in CANON]
        if bad:
            err("%s: unknown families %s" % (raw_name, bad))
        elif len(set(fams)) != len(fams):
            err("%s: repeated family" % raw_name)
        elif fams != sorted(fams, key=CANON.index):
            err("%s: families not in canonical order" % raw_name)
    if gold_name not in golds:
        err("%s: missing gold file %s" % (raw_name, gold_name))
        continue
    pairs += 1
    raw, p1 = read_lines(os.path.join(here, raw_name))
    gold, p2 = read_lines(os.path.join(here, gold_name))
    for p in p1:
        err("%s: %s" % (raw_name, p))
    for p in p2:
        err("%s: %s" % (gold_name, p))
    if raw is None or gold is None:
        continue
    n_err = len(errors)
    if gold and gold[0].strip() == "":
        err("%s: leading blank line" % gold_name)
    if gold and gold[-1].strip() == "":
        err("%s: trailing blank line" % gold_name)
    for a, b in zip(gold, gold[1:]):
        if a.strip() == "" and b.strip() == "":
            err("%s: run of blank lines not collapsed" % gold_name)
            break
    ok, missing = is_subsequence(gold, raw)
    if not ok:
        err("%s: not an ordered subsequence of raw (stuck at %r)" % (gold_name, missing[:60]))
    rawb = open(os.path.join(here, raw_name), "rb").read()
    goldb = open(os.path.join(here, gold_name), "rb").read()
    if negative and rawb != goldb:
        err("%s: negative but gold differs from raw" % raw_name)
    if not negative and rawb == goldb:
        err("%s: positive but gold is identical to raw" % raw_name)
    for ln in set(raw) | set(gold):
        if ln.strip() and len(ln.strip()) > 3:
            line_owner[ln].add(stem)
    raw_nb = sum(1 for ln in raw if ln.strip())
    gold_nb = sum(1 for ln in gold if ln.strip())
    furn = raw_nb - gold_nb
    share = 100.0 * furn / raw_nb if raw_nb else 0.0
    print("%-4s %s  raw=%d gold=%d furniture=%d (%.0f%%)" % (
        "OK" if len(errors) == n_err else "FAIL", stem, raw_nb, gold_nb, furn, share))
    if not negative and not 30.0 <= share <= 55.0:
        print("     WARN furniture share outside 30-55%% in %s" % stem)

for ln, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        err("line used in more than one pair %s: %r" % (sorted(owners), ln[:70]))

if pairs == 0:
    err("no pairs found")
for e in errors:
    print("ERROR " + e)
if errors:
    print("%d error(s)" % len(errors))
    sys.exit(1)
print("ALL OK")
