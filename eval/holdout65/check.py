#!/usr/bin/env python3
"""Validate the boilerplate-removal evaluation set in this directory.

For every NNN_<lang>_<families>.txt there must be a NNN_<lang>_<families>.gold.txt.
Checks: naming, pairing, UTF-8 without BOM, LF only, final newline, gold is a
subsequence of raw (line by line, byte-identical), blank-line collapsing,
negatives byte-identical, positive line counts (15-40 non-blank) and furniture
share (30-55 %), furniture placement (top, bottom, between paragraphs), the
language/negative quota, and that no line or 5-word phrase is reused across files.
"""
import os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "ru", "de", "fr", "es"]
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
PARA_LEN = 120  # a kept line at least this long counts as an article paragraph

errors = []

def err(name, msg):
    errors.append(f"{name}: {msg}")

def read_lines(path, name):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        err(name, "has a BOM")
    if b"\r" in data:
        err(name, "contains CR (not LF-only)")
    if not data.endswith(b"\n"):
        err(name, "no final newline")
    if data.endswith(b"\n\n"):
        err(name, "blank line at end of file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(name, f"not UTF-8: {e}")
        return []
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")

def align(raw, gold):
    """Greedy subsequence match; returns set of kept raw indices or None."""
    kept, j = set(), 0
    for i, line in enumerate(raw):
        if j < len(gold) and line == gold[j]:
            kept.add(i); j += 1
    return kept if j == len(gold) else None

def collapse(lines):
    out = []
    for l in lines:
        if l == "" and (not out or out[-1] == ""):
            continue
        out.append(l)
    while out and out[-1] == "":
        out.pop()
    return out

files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
raws = [f for f in files if not f.endswith(".gold.txt")]
golds = {f for f in files if f.endswith(".gold.txt")}
for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        err(g, "gold file without raw file")

per_lang = Counter(); neg_lang = Counter(); numbers = []
line_owner = defaultdict(set)
shingles = defaultdict(set)
SHINGLE = 5  # a run of 5 words shared by two files counts as a reused phrase

for name in raws:
    m = NAME_RE.match(name)
    if not m:
        err(name, "bad file name"); continue
    num, lang, fams = m.groups()
    numbers.append(int(num))
    fam_list = fams.split("-")
    negative = fam_list == ["negative"]
    if not negative:
        bad = [f for f in fam_list if f not in FAMILIES]
        if bad:
            err(name, f"unknown families {bad}")
        if len(set(fam_list)) != len(fam_list):
            err(name, "duplicate family in name")
    per_lang[lang] += 1
    neg_lang[lang] += negative
    gname = name[:-4] + ".gold.txt"
    if gname not in golds:
        err(name, "missing gold file"); continue
    raw = read_lines(os.path.join(HERE, name), name)
    gold = read_lines(os.path.join(HERE, gname), gname)
    if raw and raw[0] == "":
        err(name, "raw starts with a blank line")
    if gold and gold[0] == "" and not (raw and raw[0] == ""):
        err(gname, "gold starts with a blank line")
    for a, b in zip(gold, gold[1:]):
        if a == "" and b == "":
            err(gname, "run of blank lines not collapsed"); break
    nb_raw = [l for l in raw if l.strip()]
    for l in nb_raw:
        line_owner[l].add(name)
    words = re.findall(r"\w+", "\n".join(raw).lower())
    for k in range(len(words) - SHINGLE + 1):
        shingles[tuple(words[k:k + SHINGLE])].add(name)
    if negative:
        if open(os.path.join(HERE, name), "rb").read() != open(os.path.join(HERE, gname), "rb").read():
            err(name, "negative but gold differs from raw")
        print(f"{name:<100} negative  lines={len(nb_raw)}  OK" if not any(e.startswith(name) for e in errors) else f"{name} FAIL")
        continue
    dup = [l for l, c in Counter(nb_raw).items() if c > 1]
    if dup:
        err(name, f"repeated line inside positive file: {dup[0][:60]!r}")
    kept = align(raw, gold)
    if kept is None:
        err(gname, "gold is not a subsequence of raw"); continue
    removed_nb = [i for i, l in enumerate(raw) if l.strip() and i not in kept]
    # blank lines: gold must equal raw minus removed lines, with blanks collapsed
    expected = collapse([l for i, l in enumerate(raw) if not (l.strip() and i not in kept)])
    if expected and expected[0] == "" and not raw[0] == "":
        expected = expected[1:]
    if expected != gold:
        err(gname, "blank lines do not match the collapse rule")
    n = len(nb_raw); share = len(removed_nb) / n if n else 0
    if not 15 <= n <= 40:
        err(name, f"{n} non-blank lines (need 15-40)")
    if not 0.30 <= share <= 0.55:
        err(name, f"furniture share {share:.2f} (need 0.30-0.55)")
    nb_idx = [i for i, l in enumerate(raw) if l.strip()]
    q = max(1, len(nb_idx) // 4)
    top = any(i not in kept for i in nb_idx[:q])
    bottom = any(i not in kept for i in nb_idx[-q:])
    long_kept = [i for i in kept if len(raw[i]) >= PARA_LEN]
    middle = any(min(long_kept, default=10**9) < i < max(long_kept, default=-1) for i in removed_nb)
    for ok, where in ((top, "top"), (bottom, "bottom"), (middle, "between paragraphs")):
        if not ok:
            err(name, f"no furniture at the {where}")
    status = "OK" if not any(e.startswith(name) or e.startswith(gname) for e in errors) else "FAIL"
    print(f"{name:<100} lines={n:>2} furniture={len(removed_nb):>2} share={share:.2f}  {status}")

for gram, owners in shingles.items():
    if len(owners) > 1:
        err(", ".join(sorted(owners)), f"phrase reused across files: {' '.join(gram)!r}")
for l, owners in line_owner.items():
    if len(owners) > 1:
        err(", ".join(sorted(owners)), f"line reused across files: {l[:60]!r}")
if sorted(numbers) != list(range(1, len(numbers) + 1)):
    err("set", f"numbers not consecutive from 001: {sorted(numbers)}")
if len(numbers) != len(set(numbers)):
    err("set", "duplicate numbers")
for lang in LANGS:
    if per_lang[lang] != 4 or neg_lang[lang] != 1:
        err("set", f"{lang}: {per_lang[lang]} files, {neg_lang[lang]} negatives (need 4 and 1)")

print()
if errors:
    print(f"FAILED: {len(errors)} problem(s)")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print(f"PASSED: {len(raws)} pairs")
