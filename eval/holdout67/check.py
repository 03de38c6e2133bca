#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks: file names and family lists, raw/gold pairing, UTF-8 without BOM, LF line
endings and a final newline, gold being an in-order subsequence of raw lines,
blank-line rules, negatives byte-identical, per-file line counts and furniture
shares, furniture at top/middle/bottom of positives, the language/negative mix,
and that no line or 6-word phrase is reused across files.
Prints one line per file and exits non-zero on any failure.
"""
import os, re, sys, collections

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
NGRAM = 6

here = os.path.dirname(os.path.abspath(__file__))
errors_total = 0


def read_text(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append("BOM present")
    if b"\r" in data:
        errs.append("CR characters (line endings must be LF)")
    if not data.endswith(b"\n"):
        errs.append("no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not UTF-8: {e}")
        text = data.decode("utf-8", "replace")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def align(gold, raw):
    """Greedy in-order match of gold lines to raw lines; returns raw indices or None."""
    idx, j = [], 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j)
        j += 1
    return idx


def has_double_blank(lines):
    return any(a == "" and b == "" for a, b in zip(lines, lines[1:]))


def words(line):
    return re.findall(r"\w+", line.lower())


files = sorted(f for f in os.listdir(here) if f.endswith(".txt"))
pairs = collections.OrderedDict()
for f in files:
    m = NAME_RE.match(f)
    if not m:
        print(f"FAIL {f}: bad file name")
        errors_total += 1
        continue
    stem = f[: -len(".gold.txt")] if m.group(4) else f[: -len(".txt")]
    pairs.setdefault(stem, {})["gold" if m.group(4) else "raw"] = f

numbers = collections.Counter()
per_lang = collections.Counter()
neg_lang = collections.Counter()
line_owner = collections.defaultdict(set)
ngram_owner = collections.defaultdict(set)

for stem, pf in pairs.items():
    errs = []
    num, lang, fams = NAME_RE.match(stem + ".txt").group(1, 2, 3)
    numbers[num] += 1
    per_lang[lang] += 1
    famlist = fams.split("-")
    negative = famlist == ["negative"]
    if negative:
        neg_lang[lang] += 1
    else:
        bad = [x for x in famlist if x not in FAMILIES]
        if bad:
            errs.append(f"unknown families {bad}")
        if len(set(famlist)) != len(famlist):
            errs.append("duplicate family in name")
    if "raw" not in pf or "gold" not in pf:
        errs.append("missing " + ("gold" if "raw" in pf else "raw") + " file")
        print(f"FAIL {stem}: " + "; ".join(errs))
        errors_total += 1
        continue
    rbytes, raw = read_text(os.path.join(here, pf["raw"]), errs)
    gbytes, gold = read_text(os.path.join(here, pf["gold"]), errs)
    for name, lines in (("raw", raw), ("gold", gold)):
        for i, ln in enumerate(lines, 1):
            if ln != ln.rstrip() or ln.startswith("\ufeff"):
                errs.append(f"{name} line {i}: trailing whitespace")
    raw_nb = [l for l in raw if l.strip()]
    gold_nb = [l for l in gold if l.strip()]
    share = (len(raw_nb) - len(gold_nb)) / len(raw_nb) if raw_nb else 0.0

    idx = align(gold, raw)
    if idx is None:
        errs.append("gold is not a subsequence of raw")
    # blank-line rules
    if gold and gold[0] == "" and raw[0] != "":
        errs.append("gold starts with a blank line, raw does not")
    if gold and gold[-1] == "" and raw[-1] != "":
        errs.append("gold ends with a blank line, raw does not")
    if has_double_blank(gold) and not has_double_blank(raw):
        errs.append("gold has a run of blank lines not present in raw")
    if any(l.strip() == "" and l != "" for l in raw + gold):
        errs.append("whitespace-only line")

    if negative:
        if rbytes != gbytes:
            errs.append("negative: gold not byte-identical to raw")
    else:
        if not (MIN_LINES <= len(raw_nb) <= MAX_LINES):
            errs.append(f"{len(raw_nb)} non-blank lines (need {MIN_LINES}-{MAX_LINES})")
        if not (MIN_SHARE <= share <= MAX_SHARE):
            errs.append(f"furniture share {share:.0%} (need {MIN_SHARE:.0%}-{MAX_SHARE:.0%})")
        if idx is not None:
            kept = {i for i, g in zip(idx, gold) if g.strip()}
            deleted = [i for i, l in enumerate(raw) if l.strip() and i not in kept]
            if kept:
                first, last = min(kept), max(kept)
                if not any(i < first for i in deleted):
                    errs.append("no furniture above the article")
                if not any(i > last for i in deleted):
                    errs.append("no furniture below the article")
                if not any(first < i < last for i in deleted):
                    errs.append("no furniture between article paragraphs")
            else:
                errs.append("gold has no content")

    for l in set(raw_nb):
        line_owner[l].add(stem)
        w = words(l)
        for k in range(len(w) - NGRAM + 1):
            ngram_owner[" ".join(w[k:k + NGRAM])].add(stem)

    status = "FAIL" if errs else "ok  "
    kind = "negative" if negative else f"furniture {len(raw_nb) - len(gold_nb):2d}/{len(raw_nb):2d} ({share:.0%})"
    blanks = "blank-lines" if "" in raw else "no-blanks"
    print(f"{status} {stem}: {lang} {kind} {blanks}" + ("" if not errs else " -- " + "; ".join(errs)))
    errors_total += bool(errs)

# set-level checks
set_errs = []
dups = [n for n, c in numbers.items() if c > 1]
if dups:
    set_errs.append(f"duplicate numbers {dups}")
for lang in LANGS:
    if per_lang[lang] != 4:
        set_errs.append(f"{lang}: {per_lang[lang]} pairs (want 4)")
    if neg_lang[lang] != 1:
        set_errs.append(f"{lang}: {neg_lang[lang]} negatives (want 1)")
for l, owners in line_owner.items():
    if len(owners) > 1:
        set_errs.append(f"line reused in {sorted(owners)}: {l!r}")
for g, owners in ngram_owner.items():
    if len(owners) > 1:
        set_errs.append(f"phrase reused in {sorted(owners)}: {g!r}")
for e in set_errs:
    print("FAIL set: " + e)
errors_total += len(set_errs)
print(f"{len(pairs)} pairs checked, {errors_total} problem(s)")
sys.exit(1 if errors_total else 0)
