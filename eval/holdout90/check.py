#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Run: python3 check.py   (exit code 0 = all checks passed)
"""
import os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "ru", "de", "fr", "es"]
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)(\.gold)?\.txt$")
EXPECTED_PAIRS = 20
PER_LANG = 4
NEG_PER_LANG = 1
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
NGRAM = 5  # shared word n-grams of this length across files count as phrase reuse

errors = []
def err(msg):
    errors.append(msg)

def read_text(path):
    """Return list of lines (without the final newline) after format checks."""
    data = open(path, "rb").read()
    name = os.path.basename(path)
    probs = []
    if data.startswith(b"\xef\xbb\xbf"):
        probs.append("BOM")
    if b"\r" in data:
        probs.append("CR characters (need LF only)")
    if not data:
        probs.append("empty file")
    elif not data.endswith(b"\n"):
        probs.append("no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        probs.append(f"not UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for i, l in enumerate(lines, 1):
        if l != l.rstrip():
            probs.append(f"trailing whitespace on line {i}")
        if "\t" in l:
            probs.append(f"tab on line {i}")
    for p in probs:
        err(f"{name}: {p}")
    return data, lines

def align(raw, gold):
    """Greedy alignment of gold lines onto raw lines. Returns list of raw indices or None."""
    idx, j = [], 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j)
        j += 1
    return idx

def align_blank_consistent(raw, gold):
    """Alignment of gold's non-blank lines onto raw such that, between every two kept
    lines, gold has a blank line exactly when the raw span between them had one
    (deleting lines and collapsing blank runs). Needed when a page repeats a line,
    e.g. a table of contents that repeats the sub-headings. Returns indices or None."""
    gi = [i for i, l in enumerate(gold) if l]
    want_blank = [gi[k + 1] - gi[k] > 1 for k in range(len(gi) - 1)]
    g = [gold[i] for i in gi]
    memo = {}
    def solve(k, prev):
        # place g[k] somewhere after raw index prev
        key = (k, prev)
        if key in memo:
            return memo[key]
        res = None
        if k == len(g):
            res = []
        else:
            for j in range(prev + 1, len(raw)):
                if raw[j] != g[k]:
                    continue
                if k > 0:
                    has_blank = any(l == "" for l in raw[prev + 1:j])
                    if has_blank != want_blank[k - 1]:
                        continue
                rest = solve(k + 1, j)
                if rest is not None:
                    res = [j] + rest
                    break
        memo[key] = res
        return res
    return solve(0, -1)

def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws, golds = {}, {}
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            err(f"{f}: bad file name")
            continue
        num, lang, fams, is_gold = m.groups()
        if lang not in LANGS:
            err(f"{f}: unknown language '{lang}'")
        if fams != "negative":
            parts = fams.split("-")
            bad = [p for p in parts if p not in FAMILIES]
            if bad:
                err(f"{f}: unknown families {bad}")
            if len(set(parts)) != len(parts):
                err(f"{f}: repeated family in name")
        stem = f[:-len(".gold.txt")] if is_gold else f[:-len(".txt")]
        (golds if is_gold else raws)[stem] = f
    for stem in sorted(set(raws) | set(golds)):
        if stem not in raws: err(f"{stem}: gold without raw")
        if stem not in golds: err(f"{stem}: raw without gold")
    nums = Counter(s[:3] for s in raws)
    for n, c in nums.items():
        if c > 1: err(f"number {n} used by {c} raw files")

    lang_count, neg_count = Counter(), Counter()
    ngram_owner = defaultdict(set)
    fulllines = defaultdict(set)

    for stem in sorted(raws):
        if stem not in golds:
            continue
        num, lang, fams = NAME_RE.match(raws[stem]).groups()[:3]
        negative = fams == "negative"
        lang_count[lang] += 1
        if negative: neg_count[lang] += 1
        n_err_before = len(errors)
        rdata, raw = read_text(os.path.join(HERE, raws[stem]))
        gdata, gold = read_text(os.path.join(HERE, golds[stem]))

        # phrase-reuse bookkeeping
        for l in raw:
            if len(l) >= 20:
                fulllines[l].add(stem)
            words = re.findall(r"\w+", l.lower())
            for i in range(len(words) - NGRAM + 1):
                ngram_owner[tuple(words[i:i + NGRAM])].add(stem)

        raw_nb = [l for l in raw if l]
        gold_nb = [l for l in gold if l]
        dup = [l for l, c in Counter(raw_nb).items() if c > 1]
        if dup:
            print(f"note {stem}: repeated raw lines {dup[:3]} (alignment resolved by blank-line rule)")

        # gold is a subsequence of raw (non-blank lines carry the alignment)
        if align(raw, gold) is None or align(raw, gold_nb) is None:
            err(f"{stem}: gold is not an in-order subsequence of raw")
            print(f"FAIL {stem}")
            continue
        idx = align_blank_consistent(raw, gold)
        if idx is None:
            err(f"{stem}: no alignment of gold onto raw explains its blank lines "
                f"(deleted lines must leave exactly one blank where raw had one)")
            print(f"FAIL {stem}")
            continue

        # blank-line rules
        if gold and gold[0] == "" and not (raw and raw[0] == ""):
            err(f"{stem}: gold starts with a blank line, raw does not")
        if gold and gold[-1] == "" and not (raw and raw[-1] == ""):
            err(f"{stem}: gold ends with a blank line, raw does not")
        # runs of blank lines left by a deletion must collapse to one
        for k in range(len(gold) - 1):
            if gold[k] == "" and gold[k + 1] == "":
                err(f"{stem}: uncollapsed blank lines at gold line {k + 1}")
                break

        n_raw, n_gold = len(raw_nb), len(gold_nb)
        n_furn = n_raw - n_gold
        share = n_furn / n_raw if n_raw else 0
        if negative:
            if rdata != gdata:
                err(f"{stem}: negative but gold is not byte-identical to raw")
        else:
            if not (MIN_LINES <= n_raw <= MAX_LINES):
                err(f"{stem}: {n_raw} non-blank lines, need {MIN_LINES}-{MAX_LINES}")
            if not (MIN_SHARE <= share <= MAX_SHARE):
                err(f"{stem}: furniture share {share:.0%}, need {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
            nb_positions = [i for i, l in enumerate(raw) if l]
            kept = set(idx)
            if nb_positions[0] in kept:
                err(f"{stem}: no furniture at the top (first raw line is content)")
            if nb_positions[-1] in kept:
                err(f"{stem}: no furniture at the bottom (last raw line is content)")
            first_k, last_k = min(kept), max(kept)
            middle = [i for i in nb_positions if first_k < i < last_k and i not in kept]
            if not middle:
                err(f"{stem}: no furniture between content lines")
        status = "ok  " if len(errors) == n_err_before else "FAIL"
        kind = "negative" if negative else f"furniture {n_furn}/{n_raw} = {share:.0%}"
        print(f"{status} {stem}: {n_raw} raw / {n_gold} gold non-blank lines, {kind}")

    # set-level counts
    total = len([s for s in raws if s in golds])
    if total != EXPECTED_PAIRS:
        err(f"expected {EXPECTED_PAIRS} pairs, found {total}")
    for lang in LANGS:
        if lang_count[lang] != PER_LANG:
            err(f"language {lang}: {lang_count[lang]} pairs, expected {PER_LANG}")
        if neg_count[lang] != NEG_PER_LANG:
            err(f"language {lang}: {neg_count[lang]} negatives, expected {NEG_PER_LANG}")

    # phrase reuse across files
    for l, owners in fulllines.items():
        if len(owners) > 1:
            err(f"line reused across files {sorted(owners)}: {l[:60]!r}")
    for g, owners in ngram_owner.items():
        if len(owners) > 1:
            err(f"phrase reused across files {sorted(owners)}: {' '.join(g)!r}")

    print()
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"\n{len(errors)} error(s)")
        return 1
    print(f"All checks passed: {total} pairs.")
    return 0

if __name__ == "__main__":
    sys.exit(main())
