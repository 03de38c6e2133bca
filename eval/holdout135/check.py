#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, are UTF-8, use LF line endings and end with one newline;
  * the file name has a valid number, language and family list (canonical order,
    no duplicates) or the single word 'negative';
  * the gold is an ordered subsequence of the raw lines (byte-identical lines);
  * the gold has no leading/trailing blank lines and no runs of blank lines;
  * negatives are byte-identical to their raw file, positives are not;
and, across the whole set, that no non-blank line longer than 3 characters
appears in more than one pair.
Standard library only. Prints one line per pair and 'ALL OK' at the end.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    data = open(path, "rb").read()
    probs = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return None, ["not UTF-8: %s" % e]
    if text.startswith("\ufeff"):
        probs.append("starts with a BOM")
    if "\r" in text:
        probs.append("contains CR characters (line endings must be LF)")
    if not text.endswith("\n"):
        probs.append("no final newline")
    elif text.endswith("\n\n"):
        probs.append("ends with a blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), probs


def is_subsequence(gold, raw):
    i = 0
    for line in gold:
        while i < len(raw) and raw[i] != line:
            i += 1
        if i == len(raw):
            return False, line
        i += 1
    return True, None


files = sorted(f for f in os.listdir(here) if f.endswith(".txt"))
raws = [f for f in files if not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]

for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        err("%s: gold file without raw file" % g)
        print("FAIL %s: gold file without raw file" % g)

seen_numbers = {}
line_owner = defaultdict(set)
pair_count = 0

for r in raws:
    stem = r[:-len(".txt")]
    g = stem + ".gold.txt"
    problems = []
    m = NAME_RE.match(stem)
    fams = []
    negative = False
    if not m:
        problems.append("bad file name")
    else:
        num, lang, famstr = m.groups()
        if num in seen_numbers:
            problems.append("number %s also used by %s" % (num, seen_numbers[num]))
        seen_numbers[num] = r
        if lang not in LANGS:
            problems.append("unknown language code %r" % lang)
        if famstr == "negative":
            negative = True
        else:
            fams = famstr.split("-")
            bad = [f for f in fams if f not in CANON]
            if bad:
                problems.append("unknown families: %s" % ", ".join(bad))
            elif len(set(fams)) != len(fams):
                problems.append("duplicate family in name")
            elif fams != sorted(fams, key=CANON.index):
                problems.append("families not in canonical order")
    if g not in golds:
        problems.append("missing gold file")
        err("%s: %s" % (r, "; ".join(problems)))
        print("FAIL %s: %s" % (stem, "; ".join(problems)))
        continue
    pair_count += 1
    raw_lines, p1 = read_text(os.path.join(here, r))
    gold_lines, p2 = read_text(os.path.join(here, g))
    problems += ["raw " + p for p in p1] + ["gold " + p for p in p2]
    if raw_lines is not None and gold_lines is not None:
        if raw_lines and not raw_lines[0].strip():
            problems.append("raw starts with a blank line")
        if not gold_lines or not any(l.strip() for l in gold_lines):
            problems.append("gold is empty")
        else:
            if not gold_lines[0].strip():
                problems.append("gold starts with a blank line")
            if not gold_lines[-1].strip():
                problems.append("gold ends with a blank line")
            for a, b in zip(gold_lines, gold_lines[1:]):
                if not a.strip() and not b.strip():
                    problems.append("gold has a run of blank lines")
                    break
        for l in gold_lines:
            if l.strip() == "" and l != "":
                problems.append("gold has a whitespace-only line")
                break
        ok, bad_line = is_subsequence(gold_lines, raw_lines)
        if not ok:
            problems.append("gold is not an ordered subsequence of raw (at %r)" % bad_line[:60])
        raw_bytes = open(os.path.join(here, r), "rb").read()
        gold_bytes = open(os.path.join(here, g), "rb").read()
        if negative and raw_bytes != gold_bytes:
            problems.append("negative but gold differs from raw")
        if not negative and raw_bytes == gold_bytes:
            problems.append("positive but gold is identical to raw")
        for l in set(raw_lines) | set(gold_lines):
            key = l.strip()
            if len(key) > 3:
                line_owner[key].add(stem)
        removed = sum(1 for l in raw_lines if l.strip()) - sum(1 for l in gold_lines if l.strip())
        total = sum(1 for l in raw_lines if l.strip())
    else:
        removed = total = 0
    if problems:
        for p in problems:
            err("%s: %s" % (stem, p))
        print("FAIL %s: %s" % (stem, "; ".join(problems)))
    else:
        kind = "negative" if negative else "%d families" % len(fams)
        print("ok   %s  (%s; %d/%d non-blank lines removed)" % (stem, kind, removed, total))

for line, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        msg = "line used in %d files (%s): %r" % (len(owners), ", ".join(sorted(owners)), line[:70])
        err(msg)
        print("FAIL " + msg)

if pair_count == 0:
    err("no pairs found")

if errors:
    print("%d problem(s) found" % len(errors))
    sys.exit(1)
print("ALL OK")
