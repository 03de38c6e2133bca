#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks: file names, raw/gold pairing, UTF-8 without BOM, LF endings, final
newline, gold lines a subsequence of raw lines, blank-line collapsing rule,
negatives byte-identical, 15-40 non-blank lines and 30-55 % furniture for
positives, furniture at top / bottom / 2-5 places in between, language and
negative quotas, every family in >= 3 languages, no line and no 6-word
phrase shared between files.  Prints one line per file; exit code 1 on failure.
"""
import os, re, sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]
HERE = os.path.dirname(os.path.abspath(__file__))
NAME = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")

errors = []
def err(fn, msg):
    errors.append(f"{fn}: {msg}")

def read_text(fn):
    b = open(os.path.join(HERE, fn), "rb").read()
    if b.startswith(b"\xef\xbb\xbf"):
        err(fn, "BOM present")
    if b"\r" in b:
        err(fn, "CR character (not LF-only)")
    if not b.endswith(b"\n"):
        err(fn, "no final newline")
    if b.endswith(b"\n\n"):
        err(fn, "trailing blank line")
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError as e:
        err(fn, f"not UTF-8: {e}")
        t = b.decode("utf-8", "replace")
    return b, t[:-1].split("\n") if t.endswith("\n") else t.split("\n")

def expected_gold(raw, gold, fn):
    """Match gold non-blank lines to raw non-blank lines in order; return the
    gold implied by deleting the unmatched raw lines, and the keep mask."""
    gl = [g for g in gold if g != ""]
    keep = [False] * len(raw)
    j = 0
    for i, r in enumerate(raw):
        if r != "" and j < len(gl) and r == gl[j]:
            keep[i] = True
            j += 1
    if j < len(gl):
        err(fn, f"gold line not found in raw order: {gl[j][:60]!r}")
        return None, keep
    out = []
    for i, r in enumerate(raw):
        if r == "":
            # a blank survives unless it would double a blank (collapse)
            if out and out[-1] == "":
                # keep a genuine double blank only if raw itself had it with no deletion between
                if raw[i - 1] == "":
                    out.append("")
                continue
            out.append("")
        elif keep[i]:
            out.append(r)
    if raw and raw[0] != "":
        while out and out[0] == "":
            out.pop(0)
    if raw and raw[-1] != "":
        while out and out[-1] == "":
            out.pop()
    return out, keep

files = sorted(os.listdir(HERE))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
for g in golds:
    if g[:-9] + ".txt" not in raws:
        err(g, "gold without raw")

per_lang = defaultdict(list)
fam_langs = defaultdict(set)
all_lines = defaultdict(set)
ngram_owner = defaultdict(set)
numbers = set()

for fn in raws:
    m = NAME.match(fn)
    if not m:
        err(fn, "bad file name")
        continue
    num, lang, fams = m.group(1), m.group(2), m.group(3).split("-")
    if num in numbers:
        err(fn, "duplicate number")
    numbers.add(num)
    negative = fams == ["negative"]
    if not negative:
        for f in fams:
            if f not in FAMILIES:
                err(fn, f"unknown family {f!r}")
            fam_langs[f].add(lang)
        if len(set(fams)) != len(fams):
            err(fn, "family listed twice")
        if "negative" in fams:
            err(fn, "'negative' mixed with families")
    per_lang[lang].append(negative)
    gfn = fn[:-4] + ".gold.txt"
    if gfn not in golds:
        err(fn, "missing gold file")
        continue
    rb, raw = read_text(fn)
    gb, gold = read_text(gfn)
    for i in range(1, len(gold)):
        if gold[i] == "" and gold[i - 1] == "" and not any(
                raw[k] == "" and raw[k + 1] == "" for k in range(len(raw) - 1)):
            err(gfn, "double blank line in gold")
            break
    if gold and gold[0] == "" and raw[0] != "":
        err(gfn, "leading blank line")
    exp, keep = expected_gold(raw, gold, gfn)
    if exp is not None and exp != gold:
        err(gfn, "gold differs from raw-minus-deleted-lines with collapsed blanks")
    nb = [i for i, r in enumerate(raw) if r != ""]
    deleted = [i for i in nb if not keep[i]]
    for i in nb:
        all_lines[raw[i]].add(fn)
        w = re.findall(r"\w+", raw[i].lower())
        for k in range(len(w) - 5):
            ngram_owner[" ".join(w[k:k + 6])].add(fn)
    share = len(deleted) / len(nb) if nb else 0
    if negative:
        if rb != gb:
            err(fn, "negative: gold not byte-identical to raw")
        print(f"{fn}: negative, {len(nb)} lines, identical={rb == gb}")
        continue
    if not 15 <= len(nb) <= 40:
        err(fn, f"{len(nb)} non-blank lines (want 15-40)")
    if not 0.30 <= share <= 0.55:
        err(fn, f"furniture share {share:.0%} (want 30-55%)")
    kept = [i for i in nb if keep[i]]
    top = any(i < kept[0] for i in deleted) if kept else False
    bottom = any(i > kept[-1] for i in deleted) if kept else False
    # runs of deleted lines strictly between kept lines (blank lines don't break a run)
    seq = [keep[i] for i in nb if kept[0] < i < kept[-1]]
    mid_runs = sum(1 for k, v in enumerate(seq) if not v and (k == 0 or seq[k - 1]))
    if not top:
        err(fn, "no furniture at the top")
    if not bottom:
        err(fn, "no furniture at the bottom")
    if not 2 <= mid_runs <= 5:
        err(fn, f"{mid_runs} furniture places between paragraphs (want 2-5)")
    print(f"{fn}: {len(nb)} lines, {len(deleted)} furniture ({share:.0%}), "
          f"top={top} bottom={bottom} middle={mid_runs}")

for lang in LANGS:
    v = per_lang.get(lang, [])
    if len(v) != 5 or sum(v) != 1:
        errors.append(f"language {lang}: {len(v)} files, {sum(v)} negatives (want 5 and 1)")
for f in FAMILIES:
    if len(fam_langs[f]) < 3:
        errors.append(f"family {f}: only in {sorted(fam_langs[f])}")
for line, fs in all_lines.items():
    if len(fs) > 1:
        errors.append(f"line shared by {sorted(fs)}: {line[:60]!r}")
for g, fs in ngram_owner.items():
    if len(fs) > 1:
        errors.append(f"phrase shared by {sorted(fs)}: {g!r}")

print(f"{len(raws)} raw files, {len(golds)} gold files")
if errors:
    print("FAIL")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: all checks passed")
