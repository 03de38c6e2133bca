#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks file names, raw/gold pairing, encoding and line endings, that each gold
file is obtained from its raw file by deleting whole lines (with blank-line
runs collapsed), that negatives are byte-identical, line counts and furniture
shares, placement of furniture, per-language quotas, family coverage and that
no non-blank line is reused across files. Prints one line per file.
"""
import os, re, sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]
NAME = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))
IGNORED = {"check.py", "README.md", "PROMPT.md"}

errors = []
def err(fn, msg):
    errors.append(f"{fn}: {msg}")

def read(fn):
    b = open(os.path.join(HERE, fn), "rb").read()
    if b.startswith(b"\xef\xbb\xbf"): err(fn, "BOM present")
    if b"\r" in b: err(fn, "CR found (need LF only)")
    if not b.endswith(b"\n"): err(fn, "no final newline")
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError as e:
        err(fn, f"not UTF-8: {e}"); return b, None
    return b, t

def expected_gold(raw_lines, gold_lines):
    """Match gold non-blank lines to raw lines in order; rebuild what the gold
    must be if exactly those lines are kept. Returns (rebuilt, kept_mask) or None."""
    kept = [False] * len(raw_lines)
    j = 0
    for g in gold_lines:
        if g == "": continue
        while j < len(raw_lines) and raw_lines[j] != g: j += 1
        if j == len(raw_lines): return None
        kept[j] = True; j += 1
    out = []
    for l, k in zip(raw_lines, kept):
        if l == "":
            if out and out[-1] == "": continue
            out.append(l)
        elif k:
            out.append(l)
    lead_raw = raw_lines and raw_lines[0] == ""
    trail_raw = raw_lines and raw_lines[-1] == ""
    while out and out[0] == "" and not lead_raw: out.pop(0)
    while out and out[-1] == "" and not trail_raw: out.pop()
    return out, kept

files = sorted(os.listdir(HERE))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
for f in files:
    if f in IGNORED or f in raws or f in golds or f.startswith("."): continue
    if os.path.isdir(os.path.join(HERE, f)): err(f, "unexpected directory"); continue
    err(f, "unexpected file")
for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in raws: err(g, "gold without raw")

numbers, per_lang, neg_lang = [], defaultdict(int), defaultdict(int)
fam_langs = defaultdict(set)
line_owner = {}
results = []
for fn in raws:
    m = NAME.match(fn)
    if not m: err(fn, "bad file name"); continue
    num, lang, fams = m.group(1), m.group(2), m.group(3).split("-")
    numbers.append(int(num)); per_lang[lang] += 1
    negative = fams == ["negative"]
    if not negative:
        bad = [x for x in fams if x not in FAMILIES]
        if bad: err(fn, f"unknown families {bad}")
        if len(set(fams)) != len(fams): err(fn, "family listed twice")
        for x in fams: fam_langs[x].add(lang)
    else:
        neg_lang[lang] += 1
    gfn = fn[:-4] + ".gold.txt"
    if gfn not in golds: err(fn, "missing gold"); continue
    rb, rt = read(fn); gb, gt = read(gfn)
    if rt is None or gt is None: continue
    rl = rt[:-1].split("\n") if rt.endswith("\n") else rt.split("\n")
    gl = gt[:-1].split("\n") if gt.endswith("\n") else gt.split("\n")
    for i in range(1, len(gl)):
        if gl[i] == "" and gl[i - 1] == "": err(gfn, f"double blank line at {i+1}")
    if gl and gl[0] == "" and not (rl and rl[0] == ""): err(gfn, "leading blank line")
    if gl and gl[-1] == "" and not (rl and rl[-1] == ""): err(gfn, "trailing blank line")
    for l in rl:
        if l != l.rstrip() or l.strip() != l and l != "": err(fn, f"stray whitespace: {l[:40]!r}")
        if l and l.strip() == "": err(fn, "whitespace-only line")
    for l in set(x for x in rl if x):
        if l in line_owner and line_owner[l] != fn:
            err(fn, f"line reused from {line_owner[l]}: {l[:50]!r}")
        line_owner[l] = fn
    r = expected_gold(rl, gl)
    if r is None:
        err(gfn, "gold is not a subsequence of raw"); continue
    rebuilt, kept = r
    if rebuilt != gl: err(gfn, "gold differs from raw-with-lines-deleted (blank-line rules)")
    n_raw = sum(1 for l in rl if l)
    n_gold = sum(1 for l in gl if l)
    n_furn = n_raw - n_gold
    share = n_furn / n_raw if n_raw else 0
    if negative:
        if rb != gb: err(fn, "negative but gold is not byte-identical")
        status = "negative, identical"
    else:
        if not 15 <= n_raw <= 40: err(fn, f"{n_raw} non-blank lines (need 15-40)")
        if not 0.30 <= share <= 0.55: err(fn, f"furniture share {share:.2f} (need 0.30-0.55)")
        idx = [i for i, l in enumerate(rl) if l]
        if kept[idx[0]]: err(fn, "first line is not furniture")
        if kept[idx[-1]]: err(fn, "last line is not furniture")
        ki = [i for i in idx if kept[i]]
        if not any(not kept[i] for i in idx if ki[0] < i < ki[-1]):
            err(fn, "no furniture between article lines")
        status = f"{n_raw} lines, {n_furn} furniture ({share:.0%}), families: {len(fams)}"
    results.append(f"{fn}: {status}")

if sorted(numbers) != list(range(1, len(numbers) + 1)) or len(numbers) != 20:
    err("set", f"file numbers must be 001-020 without gaps, got {sorted(numbers)}")
for lang in LANGS:
    if per_lang[lang] != 4: err("set", f"{lang}: {per_lang[lang]} pairs (need 4)")
    if neg_lang[lang] != 1: err("set", f"{lang}: {neg_lang[lang]} negatives (need 1)")
for fam in FAMILIES:
    if len(fam_langs[fam]) < 3: err("set", f"family {fam} in {sorted(fam_langs[fam])} (need >= 3 languages)")

for line in results: print("OK  " if not any(e.startswith(line.split(':')[0]) for e in errors) else "FAIL", line)
print(f"families: " + ", ".join(f"{f}={len(fam_langs[f])}" for f in FAMILIES))
if errors:
    print(f"\n{len(errors)} error(s):"); [print("  " + e) for e in errors]; sys.exit(1)
print(f"\nAll checks passed: {len(results)} pairs.")
