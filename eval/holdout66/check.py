#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Prints one line per pair and a summary; exits non-zero on any error."""
import os, re, sys
from collections import defaultdict, Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
NGRAM = 5  # shared word n-grams of this length across files count as phrase reuse

errors = []
def err(fname, msg):
    errors.append(f"{fname}: {msg}")

def read_text(path):
    fname = os.path.basename(path)
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        err(fname, "starts with a BOM")
    if b"\r" in data:
        err(fname, "contains CR (line endings must be LF)")
    if not data.endswith(b"\n"):
        err(fname, "no final newline")
    if data.endswith(b"\n\n"):
        err(fname, "ends with a blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(fname, f"not valid UTF-8: {e}")
        text = data.decode("utf-8", "replace")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")

def collapse(lines, raw):
    out = []
    for l in lines:
        if l == "" and out and out[-1] == "":
            continue
        out.append(l)
    if raw and raw[0] != "":
        while out and out[0] == "":
            out.pop(0)
    if raw and raw[-1] != "":
        while out and out[-1] == "":
            out.pop()
    return out

files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
pairs = {}
for f in files:
    m = NAME.match(f)
    if not m:
        err(f, "bad file name")
        continue
    num, lang, fams, gold = m.groups()
    key = (num, lang, fams)
    pairs.setdefault(key, {})["gold" if gold else "raw"] = f

nums = Counter(k[0] for k in pairs)
for n, c in nums.items():
    if c > 1:
        err(n, "number used by more than one pair")

per_lang = defaultdict(lambda: [0, 0])
texts = {}
for (num, lang, fams), pr in sorted(pairs.items()):
    if "raw" not in pr or "gold" not in pr:
        err(pr.get("raw") or pr.get("gold"), "missing partner (.txt/.gold.txt)")
        continue
    rf, gf = pr["raw"], pr["gold"]
    famlist = fams.split("-")
    negative = famlist == ["negative"]
    if not negative:
        bad = [x for x in famlist if x not in FAMILIES]
        if bad:
            err(rf, f"unknown families {bad}")
        if len(set(famlist)) != len(famlist):
            err(rf, "family listed twice")
        if [x for x in FAMILIES if x in famlist] != famlist:
            err(rf, "families not in canonical order")
    rdata, raw = read_text(os.path.join(HERE, rf))
    gdata, gold = read_text(os.path.join(HERE, gf))
    texts[rf] = raw
    if raw and raw[0] == "":
        err(rf, "raw starts with a blank line")
    nb_raw = [i for i, l in enumerate(raw) if l.strip()]
    for i, l in enumerate(raw):
        if l != l.rstrip() or (l and not l.strip()):
            err(rf, f"line {i+1} has trailing/whitespace-only content")
    dup = [l for l, c in Counter(raw[i] for i in nb_raw).items() if c > 1]
    if dup:
        err(rf, f"duplicate non-blank lines make alignment ambiguous: {dup[:2]}")
    # gold must be a subsequence of raw (line by line)
    kept, j = set(), 0
    ok = True
    for gi, gl in enumerate(gold):
        if gl == "":
            continue
        while j < len(raw) and raw[j] != gl:
            j += 1
        if j == len(raw):
            err(gf, f"gold line {gi+1} not found in raw in order: {gl[:60]!r}")
            ok = False
            break
        kept.add(j)
        j += 1
    if not ok:
        continue
    # gold must equal raw minus deleted lines, blank runs collapsed, no new edge blanks
    expected = collapse([l for i, l in enumerate(raw) if l == "" or i in kept], raw)
    if expected != gold:
        err(gf, "blank-line layout differs from raw-with-deletions (runs collapse to one, no edge blanks)")
    for a, b in zip(gold, gold[1:]):
        if a == "" and b == "":
            err(gf, "two blank lines in a row")
            break
    n_raw = len(nb_raw)
    n_gold = sum(1 for l in gold if l.strip())
    n_furn = n_raw - n_gold
    share = n_furn / n_raw if n_raw else 0
    per_lang[lang][1 if negative else 0] += 1
    if not (MIN_LINES <= n_raw <= MAX_LINES):
        err(rf, f"{n_raw} non-blank lines, want {MIN_LINES}-{MAX_LINES}")
    if negative:
        if rdata != gdata:
            err(gf, "negative gold is not byte-identical to raw")
        where = "-"
    else:
        if not (MIN_SHARE <= share <= MAX_SHARE):
            err(rf, f"furniture share {share:.2f}, want {MIN_SHARE}-{MAX_SHARE}")
        deleted = [i for i in nb_raw if i not in kept]
        top = nb_raw[0] in deleted
        bottom = nb_raw[-1] in deleted
        kept_nb = sorted(kept)
        middle = any(kept_nb and kept_nb[1] < d < kept_nb[-1] for d in deleted) if len(kept_nb) > 2 else False
        where = "".join(c for c, f in (("T", top), ("M", middle), ("B", bottom)) if f)
        if where != "TMB":
            err(rf, f"furniture must be at top, middle and bottom (found {where or 'none'})")
    print(f"{'NEG' if negative else 'POS'} {num} {lang} lines={n_raw:2d} furniture={n_furn:2d} "
          f"share={share:.2f} where={where} {fams}")

# set composition: 4 pairs per language, exactly 1 negative per language
for lang in LANGS:
    pos, neg = per_lang[lang]
    if pos + neg != 4 or neg != 1:
        err(lang, f"{pos} positives and {neg} negatives, want 3 + 1")

# phrase reuse across files: identical non-blank lines and shared word n-grams
line_owner = {}
gram_owner = defaultdict(set)
for f, lines in texts.items():
    for l in set(x for x in lines if x.strip()):
        if l in line_owner and line_owner[l] != f:
            err(f, f"line also in {line_owner[l]}: {l[:60]!r}")
        line_owner.setdefault(l, f)
        words = re.findall(r"\w+", l.lower())
        for k in range(len(words) - NGRAM + 1):
            gram_owner[" ".join(words[k:k + NGRAM])].add(f)
for g, owners in sorted(gram_owner.items()):
    if len(owners) > 1:
        err(", ".join(sorted(owners)), f"shared {NGRAM}-word phrase {g!r}")

print(f"{len(pairs)} pairs checked")
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
