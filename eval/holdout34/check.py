#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Run: python3 check.py   (exit code 0 = all checks pass)
"""
import os, re, sys, glob
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))

errors = []
def err(name, msg):
    errors.append(f"{name}: {msg}")

def read_text(path, name):
    b = open(path, "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError as e:
        err(name, f"not UTF-8 ({e})"); return None
    if t.startswith("\ufeff"): err(name, "has BOM")
    if "\r" in t: err(name, "contains CR (not LF-only)")
    if not t.endswith("\n"): err(name, "no final newline")
    if t.endswith("\n\n"): err(name, "trailing blank line")
    if t.startswith("\n"): err(name, "leading blank line")
    return t

def collapse(lines):
    out = []
    for ln in lines:
        if ln.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(ln)
    while out and out[-1].strip() == "":
        out.pop()
    return out

files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
raws = [f for f in files if not f.endswith(".gold.txt")]
golds = {f for f in files if f.endswith(".gold.txt")}

per_lang = defaultdict(lambda: {"pos": 0, "neg": 0})
fam_langs = defaultdict(set)
line_owner = {}
numbers = set()
report = []

for name in raws:
    m = NAME_RE.match(name)
    if not m:
        err(name, "bad file name"); continue
    num, lang, famstr = m.groups()
    if num in numbers: err(name, f"duplicate number {num}")
    numbers.add(num)
    fams = famstr.split("-")
    negative = fams == ["negative"]
    if not negative:
        bad = [f for f in fams if f not in FAMILIES]
        if bad: err(name, f"unknown families {bad}")
        if len(set(fams)) != len(fams): err(name, "repeated family in name")
        for f in fams: fam_langs[f].add(lang)
    per_lang[lang]["neg" if negative else "pos"] += 1

    gname = name[:-4] + ".gold.txt"
    if gname not in golds:
        err(name, "missing gold file"); continue
    golds.discard(gname)
    rt = read_text(os.path.join(HERE, name), name)
    gt = read_text(os.path.join(HERE, gname), gname)
    if rt is None or gt is None: continue
    raw = rt.split("\n")[:-1]
    gold = gt.split("\n")[:-1]

    # cross-file phrase reuse: no non-blank raw line may appear in two files
    for ln in set(l.strip() for l in raw if l.strip()):
        if ln in line_owner and line_owner[ln] != name:
            err(name, f"line reused from {line_owner[ln]}: {ln[:60]!r}")
        line_owner.setdefault(ln, name)

    # align non-blank gold lines to raw lines (subsequence, greedy)
    kept = [False] * len(raw)
    i = 0
    ok = True
    for g in gold:
        if g.strip() == "":
            continue
        while i < len(raw) and raw[i] != g:
            i += 1
        if i == len(raw):
            err(gname, f"gold line not found in order in raw: {g[:60]!r}"); ok = False; break
        kept[i] = True
        i += 1
    if not ok: continue
    # expected gold = raw minus deleted lines, blank runs collapsed, edges stripped
    expected = [ln for ln, k in zip(raw, kept) if k or ln.strip() == ""]
    expected = collapse(expected)
    while expected and expected[0].strip() == "":
        expected.pop(0)
    if expected != gold:
        err(gname, "blank-line structure differs from raw-with-deletions (collapse rule)")

    nonblank = [k for ln, k in zip(raw, kept) if ln.strip()]
    n = len(nonblank)
    nf = nonblank.count(False)
    share = nf / n if n else 0
    if negative:
        if rt.encode() != gt.encode():
            err(name, "negative: gold not byte-identical to raw")
    else:
        if not 15 <= n <= 40: err(name, f"{n} non-blank lines (need 15-40)")
        if not 0.30 <= share <= 0.55: err(name, f"furniture share {share:.0%} (need 30-55%)")
        first = nonblank.index(True); last = n - 1 - nonblank[::-1].index(True)
        if first == 0: err(name, "no furniture at top")
        if last == n - 1: err(name, "no furniture at bottom")
        if all(nonblank[first:last + 1]): err(name, "no furniture between content lines")
    report.append(f"{'OK ' if not any(e.startswith(name[:-4]) for e in errors) else 'ERR'} {name:95s} "
                  f"lines={n:2d} furniture={nf:2d} ({share:.0%})")

for g in sorted(golds):
    err(g, "gold without raw")

# set-level checks
if len(raws) != 20: errors.append(f"SET: {len(raws)} pairs (need 20)")
for lang in LANGS:
    c = per_lang[lang]
    if c["pos"] != 3 or c["neg"] != 1:
        errors.append(f"SET: {lang} has {c['pos']} positives / {c['neg']} negatives (need 3/1)")
for f in FAMILIES:
    if len(fam_langs[f]) < 3:
        errors.append(f"SET: family {f} in {len(fam_langs[f])} languages {sorted(fam_langs[f])} (need >=3)")

print("\n".join(report))
print("family coverage: " + ", ".join(f"{f}={len(fam_langs[f])}" for f in FAMILIES))
if errors:
    print("\nFAIL")
    print("\n".join(errors))
    sys.exit(1)
print("\nPASS: all checks passed")
