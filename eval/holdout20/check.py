#!/usr/bin/env python3
"""Sanity checks for the blind20 furniture evaluation set.

Checks, for every NNN_<lang>_<families>.txt in this folder:
  * a matching .gold.txt exists (and no gold without a raw)
  * both files are valid UTF-8, use LF only and end with a newline
  * the file name is well formed and uses only known family keys
  * gold lines are a subsequence of raw lines (byte-identical lines, same order)
  * gold has no leading/trailing blank line (unless the raw has one) and no
    run of more than one blank line
  * negatives: gold byte-identical to raw
  * positives: 15-45 non-blank raw lines, 30-60 % of them removed in gold
And for the set as a whole: 30 pairs, 6 per language, 6 negatives with at
least one per language, every family present in at least 3 languages.
Exit status 0 only if everything passes.
"""
import collections
import pathlib
import re
import sys

KEYS = set(("nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live "
            "notes masthead").split())
LANGS = ("en", "ru", "de", "fr", "es")
NAME = re.compile(r"(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt")

here = pathlib.Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


def read_lines(path):
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{path.name}: not valid UTF-8 ({e})")
        return None
    if "\r" in text:
        err(f"{path.name}: contains CR characters")
    if not text.endswith("\n"):
        err(f"{path.name}: does not end with LF")
    if text.startswith("\ufeff"):
        err(f"{path.name}: has a BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(small, big):
    it = iter(big)
    return all(any(s == b for b in it) for s in small)


raws = sorted(p for p in here.glob("*.txt") if not p.name.endswith(".gold.txt"))
golds = sorted(here.glob("*.gold.txt"))
raw_stems = {p.name[:-4] for p in raws}
for g in golds:
    if g.name[:-9] not in raw_stems:
        err(f"{g.name}: gold without raw")

per_lang = collections.Counter()
neg_lang = collections.Counter()
fam_langs = collections.defaultdict(set)
numbers = []
rows = []

for raw in raws:
    m = NAME.fullmatch(raw.name)
    if not m:
        err(f"{raw.name}: bad file name")
        continue
    num, lang, fams = m[1], m[2], m[3].split("-")
    numbers.append(int(num))
    per_lang[lang] += 1
    negative = fams == ["negative"]
    if not negative:
        bad = [f for f in fams if f not in KEYS]
        if bad:
            err(f"{raw.name}: unknown family keys {bad}")
        if len(set(fams)) != len(fams):
            err(f"{raw.name}: repeated family key")
        for f in fams:
            fam_langs[f].add(lang)
    else:
        neg_lang[lang] += 1
    gold = raw.with_name(raw.name[:-4] + ".gold.txt")
    if not gold.exists():
        err(f"{raw.name}: gold file missing")
        continue
    r = read_lines(raw)
    g = read_lines(gold)
    if r is None or g is None:
        continue
    rbytes, rlines = r
    gbytes, glines = g
    if not is_subsequence(glines, rlines):
        err(f"{gold.name}: gold lines are not a subsequence of raw lines")
    if glines and glines[0] == "" and rlines[0] != "":
        err(f"{gold.name}: starts with a blank line")
    if glines and glines[-1] == "" and rlines[-1] != "":
        err(f"{gold.name}: ends with a blank line")
    for i in range(1, len(glines)):
        if glines[i] == "" and glines[i - 1] == "":
            err(f"{gold.name}:{i+1}: more than one blank line in a row")
            break
    for i, ln in enumerate(glines, 1):
        if ln != "" and ln.strip() == "":
            err(f"{gold.name}:{i}: whitespace-only line")
    nb_raw = sum(1 for x in rlines if x.strip())
    nb_gold = sum(1 for x in glines if x.strip())
    removed = nb_raw - nb_gold
    pct = 100.0 * removed / nb_raw if nb_raw else 0.0
    if negative:
        if rbytes != gbytes:
            err(f"{raw.name}: negative but gold differs from raw")
    else:
        if not 15 <= nb_raw <= 45:
            err(f"{raw.name}: {nb_raw} non-blank raw lines (need 15-45)")
        if not 30.0 <= pct <= 60.0:
            err(f"{raw.name}: {pct:.1f}% of non-blank lines removed (need 30-60)")
        if nb_gold == 0:
            err(f"{gold.name}: empty gold")
    rows.append((raw.name, nb_raw, removed, pct))

# set-level checks
if len(raws) != 30:
    err(f"expected 30 raw files, found {len(raws)}")
if sorted(numbers) != list(range(1, len(numbers) + 1)):
    err("file numbers are not a contiguous 001..NNN sequence")
for lang in LANGS:
    if per_lang[lang] != 6:
        err(f"language {lang}: {per_lang[lang]} files (need 6)")
    if neg_lang[lang] < 1:
        err(f"language {lang}: no negative")
if sum(neg_lang.values()) != 6:
    err(f"expected 6 negatives, found {sum(neg_lang.values())}")
for f in sorted(KEYS):
    if len(fam_langs[f]) < 3:
        err(f"family {f}: only in languages {sorted(fam_langs[f])} (need >= 3)")

for name, nb, rm, pct in rows:
    print(f"{name:78s} {nb:3d} non-blank, {rm:3d} removed ({pct:4.1f}%)")
print()
for f in sorted(KEYS):
    print(f"  {f:11s} {' '.join(l for l in LANGS if l in fam_langs[f])}")
print()
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print(f"OK: {len(raws)} pairs, {sum(neg_lang.values())} negatives, all checks passed")
