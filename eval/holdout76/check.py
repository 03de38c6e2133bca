#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory."""
import os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
SHINGLE = 6  # a run of this many words may not appear in two different files

errors = []
def err(fname, msg):
    errors.append(f"{fname}: {msg}")

def read(path, fname):
    b = open(path, "rb").read()
    ok = True
    if b.startswith(b"\xef\xbb\xbf"):
        err(fname, "BOM"); ok = False
    if b"\r" in b:
        err(fname, "CR characters (need LF line endings)"); ok = False
    if not b.endswith(b"\n"):
        err(fname, "no final newline"); ok = False
    if b.endswith(b"\n\n"):
        err(fname, "blank line at end of file")
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError as e:
        err(fname, f"not UTF-8: {e}"); return b, None
    return b, t

def align(raw, gold):
    """Greedy subsequence match of gold's non-blank lines into raw. Returns kept raw indices or None."""
    kept, i = [], 0
    for g in gold:
        if g == "":
            continue
        while i < len(raw) and raw[i] != g:
            i += 1
        if i == len(raw):
            return None
        kept.append(i); i += 1
    return kept

def expected_gold(raw, kept):
    keep = set(kept)
    out = []
    for i, l in enumerate(raw):
        if l == "":
            if out and out[-1] == "":
                continue
            out.append("")
        elif i in keep:
            out.append(l)
    # strip leading/trailing blanks not present in raw
    while out and out[0] == "" and raw[0] != "":
        out.pop(0)
    while out and out[-1] == "" and raw[-1] != "":
        out.pop()
    return out

files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
for f in files:
    if not NAME_RE.match(f):
        err(f, "bad file name")
raws = [f for f in files if NAME_RE.match(f) and not f.endswith(".gold.txt")]
golds = {f for f in files if f.endswith(".gold.txt")}

nums = Counter()
per_lang = defaultdict(lambda: [0, 0])  # positives, negatives
blank_files = 0
texts = {}
for f in raws:
    m = NAME_RE.match(f)
    num, lang, fams = m.group(1), m.group(2), m.group(3)
    nums[num] += 1
    gname = f[:-4] + ".gold.txt"
    if gname not in golds:
        err(f, "missing gold file"); continue
    golds.discard(gname)
    famlist = fams.split("-")
    negative = famlist == ["negative"]
    if not negative:
        bad = [x for x in famlist if x not in FAMILIES]
        if bad:
            err(f, f"unknown families {bad}")
        if len(set(famlist)) != len(famlist):
            err(f, "duplicate family in name")
    elif len(famlist) != 1:
        err(f, "negative mixed with families")
    rb, rt = read(os.path.join(HERE, f), f)
    gb, gt = read(os.path.join(HERE, gname), gname)
    if rt is None or gt is None:
        continue
    texts[f] = rt
    raw = rt[:-1].split("\n") if rt.endswith("\n") else rt.split("\n")
    gold = gt[:-1].split("\n") if gt.endswith("\n") else gt.split("\n")
    if any(l.strip() == "" and l != "" for l in raw):
        err(f, "whitespace-only line")
    if any(l != l.rstrip() for l in raw):
        err(f, "trailing whitespace")
    for i in range(1, len(raw)):
        if raw[i] == "" and raw[i - 1] == "":
            err(f, "raw has consecutive blank lines")
            break
    for i in range(1, len(gold)):
        if gold[i] == "" and gold[i - 1] == "":
            err(gname, "gold has consecutive blank lines")
            break
    if gold and gold[0] == "" and raw[0] != "":
        err(gname, "gold starts with a blank line")
    if gold and gold[-1] == "" and raw[-1] != "":
        err(gname, "gold ends with a blank line")
    if "" in raw:
        blank_files += 1
    kept = align(raw, gold)
    if kept is None:
        err(gname, "gold is not a subsequence of raw"); continue
    if expected_gold(raw, kept) != gold:
        err(gname, "gold differs from raw-minus-deletions with collapsed blank runs")
    nb = [i for i, l in enumerate(raw) if l != ""]
    n_raw = len(nb)
    n_furn = n_raw - len(kept)
    share = n_furn / n_raw if n_raw else 0
    if negative:
        per_lang[lang][1] += 1
        if rb != gb:
            err(f, "negative but gold is not byte-identical")
        status = "negative"
    else:
        per_lang[lang][0] += 1
        if not 15 <= n_raw <= 40:
            err(f, f"{n_raw} non-blank lines (need 15-40)")
        if not 0.30 <= share <= 0.55:
            err(f, f"furniture share {share:.0%} (need 30-55%)")
        keep = set(kept)
        if nb[0] in keep:
            err(f, "no furniture at the top")
        if nb[-1] in keep:
            err(f, "no furniture at the bottom")
        first_c, last_c = min(kept), max(kept)
        if not any(first_c < i < last_c and i not in keep for i in nb):
            err(f, "no furniture between article paragraphs")
        status = f"positive furniture={n_furn}/{n_raw} ({share:.0%})"
    print(f"{f}: lines={n_raw} kept={len(kept)} blanks={'yes' if '' in raw else 'no'} {status}")

for g in sorted(golds):
    err(g, "gold without raw file")
for n, c in nums.items():
    if c > 1:
        err(n, "number used more than once")
for lang in LANGS:
    p, n = per_lang[lang]
    if (p, n) != (3, 1):
        err(lang, f"{p} positives / {n} negatives (need 3/1)")

# no phrase reused across files
owner = {}
for f, t in texts.items():
    for line in t.split("\n"):
        words = line.lower().split()
        for i in range(len(words) - SHINGLE + 1):
            sh = " ".join(words[i:i + SHINGLE])
            if sh in owner and owner[sh] != f:
                err(f, f"phrase also in {owner[sh]}: '{sh}'")
            owner.setdefault(sh, f)

print(f"files with blank lines between blocks: {blank_files}/{len(raws)}")
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print(f"OK: {len(raws)} pairs")
