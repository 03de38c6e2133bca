#!/usr/bin/env python3
"""Validate the blind29 furniture-removal evaluation set."""
import os, re, sys
from collections import defaultdict

FAM = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
       "copyright wire share counter newsletter subscribe donation membership paywall comments "
       "login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]
HERE = os.path.dirname(os.path.abspath(__file__))
NAME = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z-]+)\.txt$")
SHINGLE = 7  # words; a shared run this long across files counts as a reused phrase

errors = []
def err(msg):
    errors.append(msg)

def read(path):
    b = open(path, "rb").read()
    if b.startswith(b"\xef\xbb\xbf"):
        err(f"{os.path.basename(path)}: BOM")
    if b"\r" in b:
        err(f"{os.path.basename(path)}: CR found")
    if not b.endswith(b"\n"):
        err(f"{os.path.basename(path)}: no final newline")
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        err(f"{os.path.basename(path)}: not UTF-8"); return b, []
    return b, t[:-1].split("\n") if t.endswith("\n") else t.split("\n")

def align(raw, gold):
    """Greedy subsequence alignment; returns set of kept raw indices or None."""
    kept, j = [], 0
    for i, line in enumerate(raw):
        if j < len(gold) and raw[i] == gold[j]:
            kept.append(i); j += 1
    return kept if j == len(gold) else None

def expected_gold(raw, kept_nonblank):
    out = []
    for i, line in enumerate(raw):
        if line == "":
            out.append("")
        elif i in kept_nonblank:
            out.append(line)
    res = []
    for x in out:
        if x == "" and res and res[-1] == "":
            continue
        res.append(x)
    # strip blanks at edges unless the raw has them there
    if raw and raw[0] != "":
        while res and res[0] == "": res.pop(0)
    if raw and raw[-1] != "":
        while res and res[-1] == "": res.pop()
    return res

allowed_extra = {"check.py", "README.md", "PROMPT.md"}
files = sorted(os.listdir(HERE))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
for f in files:
    if f in allowed_extra or f.endswith(".txt"):
        continue
    err(f"unexpected file {f}")
for g in golds:
    if g.replace(".gold.txt", ".txt") not in raws:
        err(f"{g}: gold without raw")

per_lang = defaultdict(lambda: [0, 0])
fam_langs = defaultdict(set)
nums = set()
texts = {}
for f in raws:
    m = NAME.match(f)
    if not m:
        err(f"{f}: bad name"); continue
    num, lang, fams = m.groups()
    if num in nums: err(f"{f}: duplicate number {num}")
    nums.add(num)
    neg = fams == "negative"
    famlist = [] if neg else fams.split("-")
    for x in famlist:
        if x not in FAM: err(f"{f}: unknown family {x}")
    if len(set(famlist)) != len(famlist): err(f"{f}: repeated family")
    gpath = os.path.join(HERE, f.replace(".txt", ".gold.txt"))
    if not os.path.exists(gpath):
        err(f"{f}: missing gold"); continue
    rb, raw = read(os.path.join(HERE, f))
    gb, gold = read(gpath)
    texts[f] = [l for l in raw if l.strip()]
    per_lang[lang][0] += 1
    nonblank = [i for i, l in enumerate(raw) if l.strip()]
    for i, l in enumerate(raw):
        if l != "" and l.strip() == "": err(f"{f}: whitespace-only line {i+1}")
        if l != l.rstrip(): err(f"{f}: trailing whitespace line {i+1}")
    if raw and (raw[0] == "" or raw[-1] == ""):
        err(f"{f}: raw starts/ends with blank line")
    for i in range(1, len(raw)):
        if raw[i] == "" and raw[i-1] == "": err(f"{f}: double blank in raw at {i+1}")
    if neg:
        per_lang[lang][1] += 1
        if rb != gb: err(f"{f}: negative gold not byte-identical")
        print(f"{f}: negative, {len(nonblank)} lines OK" if rb == gb else f"{f}: FAIL")
        continue
    kept = align(raw, gold)
    if kept is None:
        err(f"{f}: gold is not a subsequence of raw"); continue
    kept_nb = {i for i in kept if raw[i] != ""}
    if expected_gold(raw, kept_nb) != gold:
        err(f"{f}: gold blank lines not collapsed as required")
    furn = [i for i in nonblank if i not in kept_nb]
    cont = [i for i in nonblank if i in kept_nb]
    n, k = len(nonblank), len(furn)
    share = k / n if n else 0
    if not 15 <= n <= 40: err(f"{f}: {n} non-blank lines (need 15-40)")
    if not 0.30 <= share <= 0.55: err(f"{f}: furniture share {share:.2f} (need 0.30-0.55)")
    if not cont:
        err(f"{f}: no content"); continue
    top = any(i < cont[0] for i in furn)
    bottom = any(i > cont[-1] for i in furn)
    middle = any(cont[0] < i < cont[-1] for i in furn)
    if not (top and bottom and middle):
        err(f"{f}: furniture not at top/bottom/middle ({top}/{bottom}/{middle})")
    for x in famlist: fam_langs[x].add(lang)
    print(f"{f}: {n} lines, {k} furniture ({share:.0%}), top/mid/bottom OK")

if len(raws) != 20: err(f"{len(raws)} pairs, need 20")
for lang in LANGS:
    tot, neg = per_lang[lang]
    if tot != 4 or neg != 1: err(f"{lang}: {tot} files, {neg} negatives (need 4/1)")
for x in FAM:
    if len(fam_langs[x]) < 3:
        err(f"family {x} appears in {sorted(fam_langs[x])} (need >=3 languages)")

# phrase reuse across files: identical lines, or shared word runs of SHINGLE words
seen_line, seen_sh = {}, {}
for f, lines in texts.items():
    for l in set(lines):
        if l in seen_line and seen_line[l] != f:
            err(f"line reused in {seen_line[l]} and {f}: {l!r}")
        seen_line.setdefault(l, f)
    words = re.findall(r"\w+", " ".join(lines).lower())
    for i in range(len(words) - SHINGLE + 1):
        sh = " ".join(words[i:i+SHINGLE])
        if sh in seen_sh and seen_sh[sh] != f:
            err(f"phrase reused in {seen_sh[sh]} and {f}: {sh!r}")
        seen_sh.setdefault(sh, f)

if errors:
    print("\nFAILED:")
    for e in errors: print("  " + e)
    sys.exit(1)
print(f"\nALL OK: {len(raws)} pairs, families cover >=3 languages each")
