#!/usr/bin/env python3
"""Validate the blind21 evaluation set (raw/gold pairs in this directory)."""
import glob, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
FAMS = set("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit copyright wire share counter newsletter subscribe donation membership paywall comments login authorbox tags footer app live notes".split())
LANGS = ["en", "ru", "de", "fr", "es"]
errors = []
def err(msg): errors.append(msg)

def load(path):
    b = open(path, "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{os.path.basename(path)}: not UTF-8 ({e})"); return None, b
    if b"\r" in b: err(f"{os.path.basename(path)}: contains CR")
    if not t.endswith("\n"): err(f"{os.path.basename(path)}: no final LF")
    if t.startswith("\ufeff"): err(f"{os.path.basename(path)}: BOM")
    return t, b

raws = sorted(p for p in glob.glob(os.path.join(HERE, "*.txt")) if not p.endswith(".gold.txt"))
golds = sorted(glob.glob(os.path.join(HERE, "*.gold.txt")))
pat = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
nums, per_lang, neg_lang = set(), {l: 0 for l in LANGS}, {l: 0 for l in LANGS}
for g in golds:
    if not os.path.exists(g[:-len(".gold.txt")] + ".txt"):
        err(f"{os.path.basename(g)}: gold without raw")
for rp in raws:
    name = os.path.basename(rp)
    m = pat.match(name)
    if not m: err(f"{name}: bad file name"); continue
    num, lang, fams = m.groups()
    nums.add(num); per_lang[lang] += 1
    fl = fams.split("-")
    negative = fl == ["negative"]
    if negative: neg_lang[lang] += 1
    elif not set(fl) <= FAMS: err(f"{name}: unknown families {set(fl) - FAMS}")
    gp = rp[:-4] + ".gold.txt"
    if not os.path.exists(gp): err(f"{name}: missing gold"); continue
    rt, rb = load(rp); gt, gb = load(gp)
    if rt is None or gt is None: continue
    rl, gl = rt.split("\n")[:-1], gt.split("\n")[:-1]
    # subsequence
    i = 0
    for g in gl:
        while i < len(rl) and rl[i] != g: i += 1
        if i == len(rl): err(f"{name}: gold is not a subsequence of raw (at {g[:50]!r})"); break
        i += 1
    # blank-line hygiene
    for a, b in zip(gl, gl[1:]):
        if a == "" and b == "" : err(f"{name}: double blank line in gold"); break
    if gl and gl[0] == "" and not (rl and rl[0] == ""): err(f"{name}: gold starts with blank")
    if gl and gl[-1] == "" and not (rl and rl[-1] == ""): err(f"{name}: gold ends with blank")
    nb_raw = sum(1 for l in rl if l.strip())
    nb_gold = sum(1 for l in gl if l.strip())
    if negative:
        if rb != gb: err(f"{name}: negative but gold differs from raw")
    else:
        if not 15 <= nb_raw <= 40: err(f"{name}: {nb_raw} non-blank raw lines (need 15-40)")
        share = (nb_raw - nb_gold) / nb_raw if nb_raw else 0
        if not 0.30 <= share <= 0.55: err(f"{name}: {share:.1%} removed (need 30-55%)")
        if nb_gold == 0: err(f"{name}: empty gold")
if len(raws) != 25: err(f"expected 25 raw files, found {len(raws)}")
if nums != {f"{i:03d}" for i in range(1, 26)}: err("numbers are not exactly 001..025")
for l in LANGS:
    if per_lang[l] != 5: err(f"{l}: {per_lang[l]} files (need 5)")
    if neg_lang[l] != 1: err(f"{l}: {neg_lang[l]} negatives (need 1)")
cov = {}
for rp in raws:
    m = pat.match(os.path.basename(rp))
    if m and m.group(3) != "negative":
        for f in m.group(3).split("-"): cov.setdefault(f, set()).add(m.group(2))
for f in sorted(FAMS):
    if len(cov.get(f, ())) < 3: err(f"family {f} present in only {sorted(cov.get(f, ()))}")
if errors:
    print("\n".join(errors)); print(f"FAIL ({len(errors)} problems)"); sys.exit(1)
print(f"OK: {len(raws)} pairs checked")
