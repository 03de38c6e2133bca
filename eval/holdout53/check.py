#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks: file names and pairing, UTF-8 without BOM, LF only, final newline,
gold is a line subsequence of raw, blank-line rules, negatives byte-identical,
positive line counts (15-40 non-blank) and furniture share (30-55 %),
furniture at top / middle / bottom of every positive, 4 files and 1 negative
per language, each family present in >= 3 languages, and no line or 6-word
phrase reused across files.
"""
import os, re, sys, collections

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))
SHINGLE = 4

errors = []
def err(name, msg):
    errors.append(f"{name}: {msg}")

def read(path, name):
    b = open(path, "rb").read()
    ok = True
    if b.startswith(b"\xef\xbb\xbf"):
        err(name, "has BOM"); ok = False
    if b"\r" in b:
        err(name, "contains CR"); ok = False
    if not b.endswith(b"\n"):
        err(name, "no final newline"); ok = False
    if b.endswith(b"\n\n"):
        err(name, "blank line at end of file")
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError as e:
        err(name, f"not UTF-8: {e}"); return b, None
    return b, (t[:-1].split("\n") if t.endswith("\n") else t.split("\n"))

def align(raw, gold):
    """Greedy subsequence match of gold's non-blank lines in raw.
    Returns keep mask for raw non-blank lines or None."""
    keep = [False] * len(raw)
    i = 0
    for g in gold:
        if g == "":
            continue
        while i < len(raw) and raw[i] != g:
            i += 1
        if i == len(raw):
            return None
        keep[i] = True
        i += 1
    return keep

def expected_gold(raw, keep):
    out = []
    for ln, k in zip(raw, keep):
        if ln == "":
            if out and out[-1] == "":
                continue          # collapse runs left by deletions
            out.append(ln)
        elif k:
            out.append(ln)
    if raw and raw[0] != "":
        while out and out[0] == "":
            out.pop(0)
    if raw and raw[-1] != "":
        while out and out[-1] == "":
            out.pop()
    return out

def words(s):
    return re.findall(r"\w+", s.lower())

files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
raws = [f for f in files if not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
for g in golds:
    if g[:-9] + ".txt" not in raws:
        err(g, "gold without raw")

per_lang = collections.defaultdict(list)
fam_langs = collections.defaultdict(set)
line_owner = {}
shingle_owner = {}
numbers = collections.Counter()

for name in raws:
    m = NAME_RE.match(name)
    if not m:
        err(name, "bad file name"); continue
    num, lang, fams = m.group(1), m.group(2), m.group(3).split("-")
    numbers[num] += 1
    negative = fams == ["negative"]
    if not negative:
        bad = [f for f in fams if f not in FAMILIES]
        if bad:
            err(name, f"unknown families {bad}")
        if len(set(fams)) != len(fams):
            err(name, "duplicate family in name")
        for f in fams:
            fam_langs[f].add(lang)
    per_lang[lang].append((name, negative))
    gname = name[:-4] + ".gold.txt"
    if gname not in golds:
        err(name, "missing gold file"); continue
    rb, raw = read(os.path.join(HERE, name), name)
    gb, gold = read(os.path.join(HERE, gname), gname)
    if raw is None or gold is None:
        continue
    if raw and raw[0] == "" :
        err(name, "raw starts with a blank line")
    for a, b in zip(raw, raw[1:]):
        if a == "" and b == "":
            err(name, "raw has consecutive blank lines"); break
    nonblank = [l for l in raw if l.strip()]
    dups = [l for l, c in collections.Counter(nonblank).items() if c > 1]
    if dups:
        err(name, f"duplicate lines inside raw (ambiguous labels): {dups[:2]}")
    for l in raw:
        if l != l.strip() and l.strip():
            err(name, f"leading/trailing whitespace: {l[:40]!r}")
        if l and not l.strip():
            err(name, "whitespace-only line")
    for a, b in zip(gold, gold[1:]):
        if a == "" and b == "":
            err(gname, "consecutive blank lines in gold"); break
    if gold and gold[0] == "" and raw[0] != "":
        err(gname, "blank line at start")
    if gold and gold[-1] == "" and raw[-1] != "":
        err(gname, "blank line at end")

    if negative:
        if rb != gb:
            err(name, "negative but gold differs from raw")
        status = f"negative  lines={len(nonblank)}"
    else:
        keep = align(raw, gold)
        if keep is None:
            err(gname, "gold is not a subsequence of raw"); continue
        exp = expected_gold(raw, keep)
        if exp != gold:
            err(gname, "gold does not equal raw minus deleted lines with collapsed blanks")
        idx = [i for i, l in enumerate(raw) if l.strip()]
        kept = [i for i in idx if keep[i]]
        dropped = [i for i in idx if not keep[i]]
        n, d = len(idx), len(dropped)
        share = d / n if n else 0
        if not 15 <= n <= 40:
            err(name, f"{n} non-blank lines (need 15-40)")
        if not 0.30 <= share <= 0.55:
            err(name, f"furniture share {share:.0%} (need 30-55%)")
        if not kept:
            err(name, "nothing kept")
        else:
            if not any(i < kept[0] for i in dropped):
                err(name, "no furniture at the top")
            if not any(i > kept[-1] for i in dropped):
                err(name, "no furniture at the bottom")
            if not any(kept[0] < i < kept[-1] for i in dropped):
                err(name, "no furniture between article paragraphs")
        status = f"positive  lines={n} furniture={d} ({share:.0%})"
    # cross-file reuse
    for l in nonblank:
        if l in line_owner and line_owner[l] != name:
            err(name, f"line reused from {line_owner[l]}: {l[:50]!r}")
        line_owner.setdefault(l, name)
        w = words(l)
        for k in range(len(w) - SHINGLE + 1):
            sh = " ".join(w[k:k + SHINGLE])
            o = shingle_owner.get(sh)
            if o and o != name:
                err(name, f"phrase reused from {o}: {sh!r}")
            shingle_owner.setdefault(sh, name)
    print(f"{name:<100} {status}")

for num, c in numbers.items():
    if c > 1:
        err(num, "number used twice")
for lang in LANGS:
    items = per_lang.get(lang, [])
    if len(items) != 4:
        err(lang, f"{len(items)} files (need 4)")
    if sum(1 for _, neg in items if neg) != 1:
        err(lang, "needs exactly 1 negative")
for f in FAMILIES:
    if len(fam_langs[f]) < 3:
        err(f, f"family in {len(fam_langs[f])} languages (need >= 3): {sorted(fam_langs[f])}")

print(f"\n{len(raws)} raw files, {len(golds)} gold files")
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("PASS")
