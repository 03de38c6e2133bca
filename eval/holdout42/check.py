#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks: file names and pairing, UTF-8 without BOM, LF line endings, single
final newline, gold is a line subsequence of raw, blank-line collapsing,
negatives byte-identical, positives' size and furniture share, furniture at
top / bottom / between paragraphs, language and family coverage, and that no
line or 5-word phrase is reused across files.
"""
import os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "ru", "de", "fr", "es"]
FAMS = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
        "credit copyright wire share counter newsletter subscribe donation membership "
        "paywall comments login authorbox tags footer app live notes").split()
NAME = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
SHINGLE = 5

errors = []
def err(fname, msg):
    errors.append(f"{fname}: {msg}")

def read_text(path, fname):
    b = open(path, "rb").read()
    if b.startswith(b"\xef\xbb\xbf"):
        err(fname, "has a BOM")
    if b"\r" in b:
        err(fname, "contains CR (not LF-only)")
    if not b.endswith(b"\n"):
        err(fname, "no final newline")
    elif b.endswith(b"\n\n"):
        err(fname, "ends with a blank line")
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError as e:
        err(fname, f"not UTF-8: {e}")
        t = b.decode("utf-8", "replace")
    return b, t[:-1].split("\n") if t.endswith("\n") else t.split("\n")

def expected_gold(raw, keep):
    out = []
    for line, k in zip(raw, keep):
        if not k:
            continue
        if line == "" and out and out[-1] == "":
            continue
        out.append(line)
    if raw and raw[0] != "":
        while out and out[0] == "":
            out.pop(0)
    if raw and raw[-1] != "":
        while out and out[-1] == "":
            out.pop()
    return out

def words(s):
    return re.findall(r"\w+", s.lower())

files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt") and not f.endswith(".gold.txt"))
golds = sorted(f for f in os.listdir(HERE) if f.endswith(".gold.txt"))
for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in files:
        err(g, "gold without raw")

per_lang = collections.Counter()
neg_lang = collections.Counter()
fam_langs = collections.defaultdict(set)
numbers = []
line_owner = {}
shingle_owner = {}
rows = []

for f in files:
    m = NAME.match(f)
    if not m:
        err(f, "bad file name")
        continue
    num, lang, fams = m.group(1), m.group(2), m.group(3).split("-")
    numbers.append(int(num))
    per_lang[lang] += 1
    negative = fams == ["negative"]
    if negative:
        neg_lang[lang] += 1
    else:
        for fam in fams:
            if fam not in FAMS:
                err(f, f"unknown family {fam!r}")
            fam_langs[fam].add(lang)
        if len(set(fams)) != len(fams):
            err(f, "family listed twice")
    gname = f[:-4] + ".gold.txt"
    if gname not in golds:
        err(f, "missing gold file")
        continue
    rb, raw = read_text(os.path.join(HERE, f), f)
    gb, gold = read_text(os.path.join(HERE, gname), gname)

    nonblank = [l for l in raw if l.strip()]
    for l in raw:
        if l != l.strip() and l.strip():
            err(f, f"leading/trailing whitespace: {l[:40]!r}")
        if l.strip() == "" and l != "":
            err(f, "whitespace-only line")
    dup = [l for l, c in collections.Counter(nonblank).items() if c > 1]
    if dup:
        err(f, f"non-blank line repeated inside file: {dup[0][:50]!r}")

    # gold must be a subsequence of raw (line by line)
    keep = [False] * len(raw)
    i = 0
    ok = True
    for gl in gold:
        if gl == "":
            continue
        while i < len(raw) and raw[i] != gl:
            i += 1
        if i == len(raw):
            err(gname, f"line not found in order in raw: {gl[:60]!r}")
            ok = False
            break
        keep[i] = True
        i += 1
    if ok:
        for j, l in enumerate(raw):
            if l == "":
                keep[j] = True
        if expected_gold(raw, keep) != gold:
            err(gname, "blank lines differ from raw-minus-furniture with runs collapsed")

    furn_idx = [j for j, l in enumerate(raw) if l and not keep[j]]
    content_idx = [j for j, l in enumerate(raw) if l and keep[j]]
    n, nf = len(nonblank), len(furn_idx)
    share = nf / n if n else 0
    runs_mid = 0
    if negative:
        if rb != gb:
            err(f, "negative but gold is not byte-identical")
        status = f"negative, {n} lines"
    else:
        if not 15 <= n <= 40:
            err(f, f"{n} non-blank lines (need 15-40)")
        if not 0.30 <= share <= 0.55:
            err(f, f"furniture share {share:.0%} (need 30-55%)")
        if content_idx and furn_idx:
            if furn_idx[0] > content_idx[0]:
                err(f, "no furniture at the top")
            if furn_idx[-1] < content_idx[-1]:
                err(f, "no furniture at the bottom")
            prev = None
            for j in range(content_idx[0], content_idx[-1] + 1):
                if not raw[j]:
                    continue
                if not keep[j] and prev != "f":
                    runs_mid += 1
                prev = "c" if keep[j] else "f"
            if not 2 <= runs_mid <= 5:
                err(f, f"{runs_mid} furniture places between paragraphs (need 2-5)")
        else:
            err(f, "positive without furniture or without content")
        status = f"{n} lines, {nf} furniture ({share:.0%}), {runs_mid} places in the body"

    # cross-file reuse of whole lines and of 5-word phrases
    seen_here = set()
    for l in nonblank:
        key = l.lower()
        if key in line_owner and line_owner[key] != f:
            err(f, f"line also in {line_owner[key]}: {l[:50]!r}")
        line_owner.setdefault(key, f)
        w = words(l)
        for k in range(len(w) - SHINGLE + 1):
            sh = " ".join(w[k:k + SHINGLE])
            if sh in seen_here:
                continue
            seen_here.add(sh)
            if sh in shingle_owner and shingle_owner[sh] != f:
                err(f, f"phrase also in {shingle_owner[sh]}: {sh!r}")
            shingle_owner.setdefault(sh, f)
    rows.append(f"{'FAIL' if any(e.startswith(f) or e.startswith(gname) for e in errors) else 'ok  '} {f}: {status}")

for r in rows:
    print(r)

if sorted(numbers) != list(range(1, len(numbers) + 1)):
    err("set", "file numbers are not 001..N without gaps")
if len(numbers) != 25:
    err("set", f"{len(numbers)} pairs (need 25)")
for lang in LANGS:
    if per_lang[lang] != 5:
        err("set", f"{lang}: {per_lang[lang]} files (need 5)")
    if neg_lang[lang] != 1:
        err("set", f"{lang}: {neg_lang[lang]} negatives (need 1)")
for fam in FAMS:
    if len(fam_langs[fam]) < 3:
        err("set", f"family {fam} in {len(fam_langs[fam])} languages (need 3)")
print("families:", ", ".join(f"{fam}={len(fam_langs[fam])}" for fam in FAMS))

if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nall checks passed")
