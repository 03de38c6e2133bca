#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks: file names, raw/gold pairing, UTF-8 without BOM, LF endings, final
newline, gold is an in-order subsequence of raw, blank-line collapsing,
negatives byte-identical, positives 15-40 non-blank lines with 30-55 %
furniture at the top, the bottom and between content lines, language and
family coverage, and no line or 8-word phrase shared between files.
"""
import os, re, sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))

errors = []
def err(msg):
    errors.append(msg)

def read(path):
    b = open(path, "rb").read()
    problems = []
    if b.startswith(b"\xef\xbb\xbf"): problems.append("BOM")
    if b"\r" in b: problems.append("CR characters")
    if not b.endswith(b"\n"): problems.append("no final newline")
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError:
        return None, problems + ["not UTF-8"]
    return t[:-1].split("\n") if t.endswith("\n") else t.split("\n"), problems

def expected_gold(raw, kept):
    out, deleted_since = [], False
    for line, k in zip(raw, kept):
        if not k:
            deleted_since = True
            continue
        if line == "" and out and out[-1] == "" and deleted_since:
            continue
        if line != "":
            deleted_since = False
        out.append(line)
    while out and out[0] == "" and raw[0] != "": out.pop(0)
    while out and out[-1] == "" and raw[-1] != "": out.pop()
    return out

files = sorted(os.listdir(HERE))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
for g in golds:
    if g[:-9] + ".txt" not in raws: err(f"{g}: gold without raw")

per_lang = defaultdict(lambda: [0, 0])
fam_langs = defaultdict(set)
numbers = set()
lines_by_file = {}

for f in raws:
    m = NAME.match(f)
    if not m:
        err(f"{f}: bad file name"); continue
    num, lang, fams = m.group(1), m.group(2), m.group(3).split("-")
    if num in numbers: err(f"{f}: duplicate number {num}")
    numbers.add(num)
    negative = fams == ["negative"]
    if not negative:
        bad = [x for x in fams if x not in FAMILIES]
        if bad: err(f"{f}: unknown families {bad}")
        if len(set(fams)) != len(fams): err(f"{f}: repeated family")
        for x in fams: fam_langs[x].add(lang)
    per_lang[lang][1 if negative else 0] += 1
    gname = f[:-4] + ".gold.txt"
    if gname not in golds:
        err(f"{f}: missing gold"); continue
    raw, p1 = read(os.path.join(HERE, f))
    gold, p2 = read(os.path.join(HERE, gname))
    for p in p1: err(f"{f}: {p}")
    for p in p2: err(f"{gname}: {p}")
    if raw is None or gold is None: continue
    lines_by_file[f] = raw
    for i, l in enumerate(raw):
        if l != l.strip(): err(f"{f}:{i+1}: leading/trailing whitespace")
    # subsequence match on non-blank lines (greedy)
    kept, gi = [False] * len(raw), 0
    gnb = [l for l in gold if l != ""]
    for i, l in enumerate(raw):
        if l != "" and gi < len(gnb) and l == gnb[gi]:
            kept[i] = True; gi += 1
    if gi != len(gnb):
        err(f"{f}: gold is not a subsequence of raw (stuck at gold line {gnb[gi]!r})"); continue
    for i, l in enumerate(raw):
        if l == "": kept[i] = True
    exp = expected_gold(raw, kept)
    if exp != gold:
        err(f"{f}: blank lines in gold do not follow the collapsing rules")
    nb = sum(1 for l in raw if l != "")
    furn = sum(1 for l, k in zip(raw, kept) if l != "" and not k)
    share = furn / nb if nb else 0
    if negative:
        if open(os.path.join(HERE, f), "rb").read() != open(os.path.join(HERE, gname), "rb").read():
            err(f"{f}: negative but gold differs from raw")
        status = "negative, identical"
    else:
        if not 15 <= nb <= 40: err(f"{f}: {nb} non-blank lines (need 15-40)")
        if not 0.30 <= share <= 0.55: err(f"{f}: furniture share {share:.0%} (need 30-55%)")
        idx = [i for i, l in enumerate(raw) if l != ""]
        content = [i for i in idx if kept[i]]
        furniture = [i for i in idx if not kept[i]]
        if not content: err(f"{f}: no content")
        else:
            if not any(i < content[0] for i in furniture): err(f"{f}: no furniture at top")
            if not any(i > content[-1] for i in furniture): err(f"{f}: no furniture at bottom")
            if not any(content[0] < i < content[-1] for i in furniture): err(f"{f}: no furniture inside the article")
        status = f"positive, {furn}/{nb} furniture lines ({share:.0%})"
    print(f"{f}: {status}")

for lang in LANGS:
    pos, neg = per_lang[lang]
    if (pos, neg) != (3, 1): err(f"language {lang}: {pos} positives, {neg} negatives (need 3 + 1)")
for fam in FAMILIES:
    if len(fam_langs[fam]) < 3:
        err(f"family {fam} appears in {len(fam_langs[fam])} languages (need 3)")

# no reuse across files: identical lines, or shared 8-word phrases
seen_line, seen_gram = {}, {}
for f, raw in sorted(lines_by_file.items()):
    for l in set(x for x in raw if x.strip()):
        if l in seen_line and seen_line[l] != f:
            err(f"line reused in {seen_line[l]} and {f}: {l!r}")
        seen_line.setdefault(l, f)
    words = re.findall(r"\w+", " ".join(raw).lower())
    for g in set(tuple(words[i:i + 8]) for i in range(len(words) - 7)):
        if g in seen_gram and seen_gram[g] != f:
            err(f"phrase reused in {seen_gram[g]} and {f}: {' '.join(g)!r}")
        seen_gram.setdefault(g, f)

print(f"{len(raws)} raw files, {len(golds)} gold files; family coverage: " +
      ", ".join(f"{k}={len(fam_langs[k])}" for k in FAMILIES))
if errors:
    print("\nFAIL")
    for e in errors: print("  " + e)
    sys.exit(1)
print("OK")
