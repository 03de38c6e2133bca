#!/usr/bin/env python3
"""Validate the blind19 furniture-removal evaluation set.

Checks, for every raw file NNN_<lang>_<families>.txt in this directory:
  * a gold file NNN_<lang>_<families>.gold.txt exists (and no orphan golds);
  * both files are valid UTF-8, use LF line endings only (no CR) and end with LF;
  * gold lines are a subsequence of raw lines (byte-identical, same order);
  * gold has no run of 2+ blank lines, and starts/ends with a blank line only
    if raw does;
  * negatives (families == "negative") have gold byte-identical to raw;
  * positives have 15-45 non-blank raw lines, of which 30-60% are removed;
  * family keys in the file name are from the known list.
Also prints per-file stats and a family x language coverage table.
Exit status 0 if everything passes, 1 otherwise.
"""
import glob, os, re, sys
from collections import defaultdict

FAMILIES = ("nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]
HERE = os.path.dirname(os.path.abspath(__file__))
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z-]+)\.txt$")

errors = []
def err(msg):
    errors.append(msg)
    print("FAIL:", msg)

def load(path):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{os.path.basename(path)}: not valid UTF-8 ({e})")
        return None
    if b"\r" in data:
        err(f"{os.path.basename(path)}: contains CR (non-LF line endings)")
    if not data.endswith(b"\n"):
        err(f"{os.path.basename(path)}: does not end with LF")
    if data.startswith(b"\xef\xbb\xbf"):
        err(f"{os.path.basename(path)}: has a UTF-8 BOM")
    return data

def is_subsequence(sub, seq):
    it = iter(seq)
    return all(any(x == y for y in it) for x in sub)

files = sorted(os.listdir(HERE))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        err(f"{g}: gold without raw")

coverage = defaultdict(set)
per_lang = defaultdict(lambda: {"pos": 0, "neg": 0})
ids = []
for r in raws:
    m = NAME_RE.match(r)
    if not m:
        err(f"{r}: bad file name")
        continue
    num, lang, fams = m.groups()
    ids.append(int(num))
    fam_list = fams.split("-")
    negative = fam_list == ["negative"]
    if not negative:
        for f in fam_list:
            if f not in FAMILIES:
                err(f"{r}: unknown family {f!r}")
            coverage[f].add(lang)
    per_lang[lang]["neg" if negative else "pos"] += 1
    g = r[:-4] + ".gold.txt"
    if g not in golds:
        err(f"{r}: missing gold {g}")
        continue
    rd, gd = load(os.path.join(HERE, r)), load(os.path.join(HERE, g))
    if rd is None or gd is None:
        continue
    rl = rd.decode("utf-8").split("\n")[:-1] if rd.endswith(b"\n") else rd.decode("utf-8").split("\n")
    gl = gd.decode("utf-8").split("\n")[:-1] if gd.endswith(b"\n") else gd.decode("utf-8").split("\n")
    if not is_subsequence(gl, rl):
        err(f"{r}: gold lines are not a subsequence of raw lines")
    for a, b in zip(gl, gl[1:]):
        if a.strip() == "" and b.strip() == "":
            err(f"{g}: two or more blank lines in a row")
            break
    if gl and gl[0].strip() == "" and not (rl and rl[0].strip() == ""):
        err(f"{g}: starts with a blank line but raw does not")
    if gl and gl[-1].strip() == "" and not (rl and rl[-1].strip() == ""):
        err(f"{g}: ends with a blank line but raw does not")
    nb_raw = sum(1 for l in rl if l.strip())
    nb_gold = sum(1 for l in gl if l.strip())
    removed = (nb_raw - nb_gold) / nb_raw if nb_raw else 0.0
    if negative:
        if rd != gd:
            err(f"{r}: negative but gold is not byte-identical to raw")
    else:
        if not 15 <= nb_raw <= 45:
            err(f"{r}: {nb_raw} non-blank raw lines (want 15-45)")
        if not 0.30 <= removed <= 0.60:
            err(f"{r}: {removed:.1%} of non-blank lines removed (want 30-60%)")
        if nb_gold == 0:
            err(f"{r}: gold is empty")
    print(f"{r:80s} raw={nb_raw:3d} gold={nb_gold:3d} removed={removed:5.1%}")

if sorted(ids) != list(range(1, len(ids) + 1)):
    err("file numbers are not a contiguous 001..NNN sequence")

print()
print("Files per language:")
for lang in LANGS:
    d = per_lang[lang]
    print(f"  {lang}: {d['pos'] + d['neg']} files ({d['pos']} positive, {d['neg']} negative)")
print()
print("Family coverage (languages):")
for f in FAMILIES:
    langs = [l for l in LANGS if l in coverage[f]]
    flag = "" if len(langs) >= 3 else "   <-- fewer than 3 languages"
    print(f"  {f:11s} {len(langs)}  {' '.join(langs)}{flag}")

print()
if errors:
    print(f"{len(errors)} problem(s) found")
    sys.exit(1)
print(f"OK: {len(raws)} pairs checked")
