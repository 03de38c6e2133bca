#!/usr/bin/env python3
"""Validate the boilerplate-removal evaluation set in this directory."""
import os, re, sys, glob
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")

errors = []
def err(name, msg):
    errors.append(f"{name}: {msg}")

def read_text(path, name):
    b = open(path, "rb").read()
    if b.startswith(b"\xef\xbb\xbf"):
        err(name, "BOM present")
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError as e:
        err(name, f"not UTF-8: {e}")
        return None
    if "\r" in t:
        err(name, "CR characters (need LF line endings)")
    if not t.endswith("\n"):
        err(name, "no final newline")
    return t

def align(raw, gold):
    """Greedy subsequence match; returns list of matched raw indices or None."""
    idx, j = [], 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j)
        j += 1
    return idx

all_files = sorted(os.listdir(HERE))
raws = [f for f in all_files if f.endswith(".txt") and not f.endswith(".gold.txt") and re.match(r"^\d{3}_", f)]
golds = [f for f in all_files if f.endswith(".gold.txt")]
for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        err(g, "gold without raw")

per_lang = defaultdict(lambda: {"pos": 0, "neg": 0})
fam_langs = defaultdict(set)
numbers = []
line_owner = {}
shingles = defaultdict(set)

for name in raws:
    m = NAME_RE.match(name)
    if not m:
        err(name, "bad file name"); continue
    num, lang, fams = m.groups()
    numbers.append(int(num))
    famlist = fams.split("-")
    negative = famlist == ["negative"]
    if not negative:
        bad = [f for f in famlist if f not in FAMILIES]
        if bad:
            err(name, f"unknown families {bad}")
        if len(set(famlist)) != len(famlist):
            err(name, "duplicate family in name")
        for f in famlist:
            fam_langs[f].add(lang)
    per_lang[lang]["neg" if negative else "pos"] += 1
    gname = name[:-4] + ".gold.txt"
    if gname not in golds:
        err(name, "missing gold"); continue
    rt = read_text(os.path.join(HERE, name), name)
    gt = read_text(os.path.join(HERE, gname), gname)
    if rt is None or gt is None:
        continue
    raw = rt[:-1].split("\n") if rt.endswith("\n") else rt.split("\n")
    gold = gt[:-1].split("\n") if gt.endswith("\n") else gt.split("\n")
    nb_raw = [l for l in raw if l.strip()]
    nb_gold = [l for l in gold if l.strip()]

    if negative:
        if rt != gt:
            err(name, "negative but gold differs from raw")
        status = f"negative, {len(nb_raw)} lines"
    else:
        idx = align(raw, gold)
        if idx is None:
            err(name, "gold is not a subsequence of raw"); continue
        kept = set(idx)
        # recompute the expected gold: drop raw non-blank lines that gold skips (furniture),
        # collapse blank runs created by the deletion, trim edge blanks the raw does not have
        furn = {i for i, l in enumerate(raw) if l.strip() and i not in kept}
        exp, prev_i = [], None
        for i, l in enumerate(raw):
            if i in furn:
                continue
            if l == "" and exp and exp[-1] == "" and any(j in furn for j in range(prev_i, i)):
                continue
            exp.append(l)
            prev_i = i
        if raw[0] != "":
            while exp and exp[0] == "":
                exp.pop(0)
        if raw[-1] != "":
            while exp and exp[-1] == "":
                exp.pop()
        if exp != gold:
            err(gname, "gold differs from raw minus its deleted lines with blank runs collapsed")
        # blank-line rules
        for k in range(1, len(gold)):
            if gold[k] == "" and gold[k - 1] == "":
                # allowed only if raw had those two blanks adjacent
                if idx[k] != idx[k - 1] + 1:
                    err(gname, f"uncollapsed blank run at gold line {k+1}")
        if gold and gold[0] == "" and raw[0] != "":
            err(gname, "leading blank line not in raw")
        if gold and gold[-1] == "" and raw[-1] != "":
            err(gname, "trailing blank line not in raw")
        # furniture flags over non-blank raw lines
        flags = [(i not in kept) for i, l in enumerate(raw) if l.strip()]
        nf = sum(flags)
        share = nf / len(flags) if flags else 0
        if not (15 <= len(nb_raw) <= 40):
            err(name, f"{len(nb_raw)} non-blank lines (need 15-40)")
        if not (0.30 <= share <= 0.55):
            err(name, f"furniture share {share:.0%} (need 30-55%)")
        if not flags[0]:
            err(name, "no furniture at the top")
        if not flags[-1]:
            err(name, "no furniture at the bottom")
        # interior runs: maximal furniture runs with content before and after
        runs, k = 0, 0
        while k < len(flags):
            if flags[k]:
                s = k
                while k < len(flags) and flags[k]:
                    k += 1
                if s > 0 and k < len(flags):
                    runs += 1
            else:
                k += 1
        if not (2 <= runs <= 5):
            err(name, f"{runs} interior furniture runs (need 2-5)")
        if len(nb_gold) == len(nb_raw):
            err(name, "positive without any deleted line")
        status = f"{len(nb_raw)} lines, {nf} furniture ({share:.0%}), {runs} interior runs"
    # phrase reuse across files
    for l in nb_raw:
        if len(l) > 12:
            if l in line_owner and line_owner[l] != name:
                err(name, f"line reused from {line_owner[l]}: {l[:60]!r}")
            line_owner.setdefault(l, name)
        words = re.findall(r"\w+", l.lower())
        for s in range(len(words) - 6):
            shingles[" ".join(words[s:s + 7])].add(name)
    print(f"{name}: {status}")

# set-level checks
if sorted(numbers) != list(range(1, len(numbers) + 1)):
    err("set", "numbers are not consecutive from 001")
for lang in LANGS:
    c = per_lang[lang]
    if c["pos"] != 4 or c["neg"] != 1:
        err("set", f"{lang}: {c['pos']} positives, {c['neg']} negatives (need 4 and 1)")
for f in FAMILIES:
    if len(fam_langs[f]) < 3:
        err("set", f"family {f!r} in {len(fam_langs[f])} languages {sorted(fam_langs[f])} (need >= 3)")
for sh, owners in shingles.items():
    if len(owners) > 1:
        err("set", f"7-word phrase shared by {sorted(owners)}: {sh!r}")

print(f"{len(numbers)} raw files checked")
if errors:
    print("FAIL")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
