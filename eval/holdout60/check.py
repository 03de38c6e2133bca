#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks: file names, raw/gold pairing, UTF-8 without BOM, LF only, final newline,
no blank lines in raw (the scraper keeps none), gold is a line subsequence of raw,
blank-line rules for gold, negatives byte-identical, positives 15-40 non-blank lines
with 30-55% furniture present at top, bottom and between content lines, per-language
quotas, each family in >= 3 languages, unique lines within a file, no line or 6-word
phrase shared between files, README table covering every file.
"""
import os, re, sys, unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership paywall "
            "comments login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
GOLD_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.gold\.txt$")
SHINGLE = 6

errors = []
def err(msg):
    errors.append(msg)

def read_text(path):
    b = open(path, "rb").read()
    probs = []
    if b.startswith(b"\xef\xbb\xbf"):
        probs.append("BOM")
    if b"\r" in b:
        probs.append("CR characters")
    if not b.endswith(b"\n"):
        probs.append("no final newline")
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError as e:
        probs.append(f"not UTF-8 ({e})")
        t = b.decode("utf-8", "replace")
    return b, t, probs

def lines_of(text):
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")

def subsequence_map(raw, gold):
    """Greedy match of gold lines into raw; returns list of raw indices or None."""
    idx, j = [], 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j); j += 1
    return idx

def words(line):
    return re.findall(r"\w+", unicodedata.normalize("NFC", line).lower())

files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
raws = {f: NAME_RE.match(f) for f in files if not f.endswith(".gold.txt")}
golds = {f: GOLD_RE.match(f) for f in files if f.endswith(".gold.txt")}

for f, m in list(raws.items()) + list(golds.items()):
    if not m:
        err(f"{f}: bad file name")

numbers = defaultdict(list)
per_lang = defaultdict(lambda: {"pos": 0, "neg": 0})
fam_langs = defaultdict(set)
all_lines = defaultdict(set)      # line -> files
all_shingles = defaultdict(set)   # shingle -> files
report = []

for f, m in sorted(raws.items()):
    if not m:
        continue
    num, lang, fams = m.groups()
    numbers[num].append(f)
    gname = f[:-4] + ".gold.txt"
    if gname not in golds:
        err(f"{f}: missing gold file {gname}")
        continue
    famlist = fams.split("-")
    negative = famlist == ["negative"]
    if not negative:
        bad = [x for x in famlist if x not in FAMILIES]
        if bad:
            err(f"{f}: unknown families {bad}")
        if len(set(famlist)) != len(famlist):
            err(f"{f}: repeated family in name")
        if famlist != [x for x in FAMILIES if x in famlist]:
            err(f"{f}: families not in canonical order")
        for x in famlist:
            fam_langs[x].add(lang)
    rb, rt, rp = read_text(os.path.join(HERE, f))
    gb, gt, gp = read_text(os.path.join(HERE, gname))
    for p in rp:
        err(f"{f}: {p}")
    for p in gp:
        err(f"{gname}: {p}")
    raw, gold = lines_of(rt), lines_of(gt)
    # raw: the scraper keeps no blank lines at all
    if any(l.strip() == "" for l in raw):
        err(f"{f}: raw contains blank lines")
    if any(l != l.rstrip() for l in raw):
        err(f"{f}: trailing whitespace")
    nonblank = [l for l in raw if l.strip()]
    if len(set(nonblank)) != len(nonblank):
        err(f"{f}: duplicate lines inside file (alignment would be ambiguous)")
    # gold blank-line rules
    for i in range(1, len(gold)):
        if gold[i] == "" and gold[i - 1] == "":
            err(f"{gname}: consecutive blank lines")
    if gold and gold[0] == "" and raw and raw[0] != "":
        err(f"{gname}: leading blank line not in raw")
    if gold and gold[-1] == "" and raw and raw[-1] != "":
        err(f"{gname}: trailing blank line not in raw")
    idx = subsequence_map(raw, gold)
    if idx is None:
        err(f"{gname}: not a subsequence of raw")
        continue
    kept = set(idx)
    furn = [i for i in range(len(raw)) if i not in kept and raw[i].strip()]
    n = len(nonblank)
    share = len(furn) / n if n else 0
    if negative:
        if rb != gb:
            err(f"{f}: negative but gold differs from raw")
        per_lang[lang]["neg"] += 1
        status = f"negative, {n} lines"
    else:
        per_lang[lang]["pos"] += 1
        if rb == gb:
            err(f"{f}: positive but gold identical to raw")
        if not 15 <= n <= 40:
            err(f"{f}: {n} non-blank lines (need 15-40)")
        if not 0.30 <= share <= 0.55:
            err(f"{f}: furniture share {share:.0%} (need 30-55%)")
        content = [i for i in range(len(raw)) if i in kept and raw[i].strip()]
        if not content:
            err(f"{f}: no content lines")
        else:
            if not any(i < content[0] for i in furn):
                err(f"{f}: no furniture at the top")
            if not any(i > content[-1] for i in furn):
                err(f"{f}: no furniture at the bottom")
            if not any(content[0] < i < content[-1] for i in furn):
                err(f"{f}: no furniture between content lines")
        status = f"{n} lines, {len(furn)} furniture ({share:.0%}), {len(famlist)} families"
    for l in nonblank:
        all_lines[l].add(f)
        w = words(l)
        for k in range(len(w) - SHINGLE + 1):
            all_shingles[" ".join(w[k:k + SHINGLE])].add(f)
    report.append(f"{f}: {status}")

for g, m in golds.items():
    if m and g[:-9] + ".txt" not in raws:
        err(f"{g}: gold without raw file")
for num, fs in numbers.items():
    if len(fs) > 1:
        err(f"number {num} used by several files: {fs}")
nums = sorted(int(n) for n in numbers)
if nums != list(range(1, len(nums) + 1)):
    err(f"numbers are not consecutive from 001: {nums}")
for lang in LANGS:
    c = per_lang[lang]
    if c["pos"] != 3 or c["neg"] != 1:
        err(f"language {lang}: {c['pos']} positives / {c['neg']} negatives (need 3/1)")
for fam in FAMILIES:
    if len(fam_langs[fam]) < 3:
        err(f"family {fam} appears in only {sorted(fam_langs[fam])} (need >= 3 languages)")
for l, fs in all_lines.items():
    if len(fs) > 1:
        err(f"line shared by {sorted(fs)}: {l[:60]!r}")
for s, fs in all_shingles.items():
    if len(fs) > 1:
        err(f"phrase shared by {sorted(fs)}: {s!r}")

readme = os.path.join(HERE, "README.md")
if not os.path.exists(readme):
    err("README.md missing")
else:
    rt = open(readme, encoding="utf-8").read()
    for f, m in raws.items():
        if m and not re.search(r"\|\s*" + m.group(1) + r"\s*\|\s*" + m.group(2) + r"\s*\|.*\|\s*"
                               + re.escape(m.group(3).replace("-", ", ")) + r"\s*\|", rt):
            err(f"README.md: no table row for {m.group(1)} {m.group(2)} with families {m.group(3)}")

for r in report:
    print("OK  " if not any(e.startswith(r.split(":")[0]) for e in errors) else "BAD ", r)
print(f"{len(report)} pairs checked; families covered: {len([f for f in FAMILIES if len(fam_langs[f]) >= 3])}/{len(FAMILIES)} in >= 3 languages")
if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("ALL CHECKS PASSED")
