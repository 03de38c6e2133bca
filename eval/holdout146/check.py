#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist
  * valid UTF-8, LF line endings only, final newline, no BOM
  * family names valid, canonical order, no duplicates ('negative' alone otherwise)
  * gold is an ordered subsequence of the raw lines
  * gold has no runs of blank lines and no leading/trailing blank lines
  * negatives: gold byte-identical to raw; positives: at least one line removed
Across the set:
  * numbers are unique
  * no non-blank line longer than 3 characters occurs in more than one pair
Prints one line per pair and ALL OK at the end (exit status 1 on any failure).
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)(\.gold)?\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def read_lines(path):
    data = open(path, "rb").read()
    probs = []
    if data.startswith(b"\xef\xbb\xbf"):
        probs.append("BOM present")
    if b"\r" in data:
        probs.append("CR character (non-LF line ending)")
    if not data.endswith(b"\n"):
        probs.append("no final newline")
    if data.endswith(b"\n\n"):
        probs.append("extra blank line at end of file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        probs.append("not UTF-8: %s" % e)
        text = data.decode("utf-8", "replace")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), probs


def is_subsequence(sub, seq):
    it = iter(seq)
    for i, line in enumerate(sub):
        for cand in it:
            if cand == line:
                break
        else:
            return False, i
    return True, -1


pairs = defaultdict(dict)
for fn in sorted(os.listdir(here)):
    if not fn.endswith(".txt"):
        continue
    m = NAME_RE.match(fn)
    if not m:
        err("%s: file name does not match NNN_<lang>_<families>[.gold].txt" % fn)
        continue
    stem = fn[:-9] if fn.endswith(".gold.txt") else fn[:-4]
    pairs[stem]["gold" if m.group(4) else "raw"] = fn

numbers = defaultdict(list)
line_owner = defaultdict(set)
for stem in sorted(pairs):
    p = pairs[stem]
    before = len(errors)
    num, lang, fams = NAME_RE.match(p.get("raw") or p.get("gold")).group(1, 2, 3)
    numbers[num].append(stem)
    famlist = fams.split("-")
    negative = famlist == ["negative"]
    if not negative:
        bad = [f for f in famlist if f not in CANON]
        if bad:
            err("%s: unknown families %s" % (stem, bad))
        elif len(set(famlist)) != len(famlist):
            err("%s: duplicated family" % stem)
        elif famlist != sorted(famlist, key=CANON.index):
            err("%s: families not in canonical order" % stem)
    if "raw" not in p or "gold" not in p:
        err("%s: incomplete pair (%s missing)" % (stem, "raw" if "raw" not in p else "gold"))
        print("FAIL %s" % stem)
        continue
    rdata, raw, rp = read_lines(os.path.join(here, p["raw"]))
    gdata, gold, gp = read_lines(os.path.join(here, p["gold"]))
    for x in rp:
        err("%s: %s" % (p["raw"], x))
    for x in gp:
        err("%s: %s" % (p["gold"], x))
    ok, at = is_subsequence(gold, raw)
    if not ok:
        err("%s: gold line %d not found in order in raw: %r" % (stem, at + 1, gold[at][:80]))
    if gold and not gold[0].strip():
        err("%s: gold starts with a blank line" % stem)
    if gold and not gold[-1].strip():
        err("%s: gold ends with a blank line" % stem)
    for i in range(1, len(gold)):
        if not gold[i].strip() and not gold[i - 1].strip():
            err("%s: run of blank lines in gold at line %d" % (stem, i + 1))
            break
    for i, ln in enumerate(raw):
        if ln != ln.rstrip():
            err("%s: trailing whitespace on raw line %d" % (stem, i + 1))
            break
    nb_raw = [l for l in raw if l.strip()]
    nb_gold = [l for l in gold if l.strip()]
    if negative:
        if rdata != gdata:
            err("%s: negative but gold is not byte-identical to raw" % stem)
    else:
        if len(nb_gold) >= len(nb_raw):
            err("%s: positive but no furniture line removed" % stem)
    for ln in set(nb_raw) | set(nb_gold):
        if len(ln.strip()) > 3:
            line_owner[ln.strip()].add(stem)
    removed = len(nb_raw) - len(nb_gold)
    share = 100.0 * removed / len(nb_raw) if nb_raw else 0.0
    status = "OK  " if len(errors) == before else "FAIL"
    print("%s %s  raw=%d gold=%d removed=%d (%.0f%%)" % (status, stem, len(nb_raw), len(nb_gold), removed, share))

for num, stems in sorted(numbers.items()):
    if len(stems) > 1:
        err("number %s used by several pairs: %s" % (num, stems))
for ln, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        err("line used in several files %s: %r" % (sorted(owners), ln[:80]))
if not pairs:
    err("no pairs found")

if errors:
    for e in errors:
        print("ERROR: " + e)
    print("FAILED (%d problems)" % len(errors))
    sys.exit(1)
print("ALL OK")
