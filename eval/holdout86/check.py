#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks: file names and pairing, encoding (UTF-8, no BOM, LF only, final
newline), gold is a line subsequence of raw, blank-line rules, negatives
byte-identical, positive line counts and furniture share, furniture present
at top / middle / bottom of positives, per-language balance, and that no
non-blank line is shared between two different files.
"""
import os, re, sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
PER_LANG, NEG_PER_LANG = 4, 2
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_text(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append("BOM present")
    if b"\r" in data:
        errs.append("CR character present (must be LF only)")
    if not data.endswith(b"\n"):
        errs.append("no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not UTF-8: {e}")
        text = data.decode("utf-8", "replace")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def max_blank_run(lines):
    best = run = 0
    for l in lines:
        run = run + 1 if l.strip() == "" else 0
        best = max(best, run)
    return best


def align(raw, gold):
    """Greedy subsequence match; returns list of raw indices or None."""
    idx, j = [], 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j)
        j += 1
    return idx


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    failed = False
    per_lang = defaultdict(lambda: [0, 0])
    numbers = defaultdict(list)
    line_owner = defaultdict(set)

    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold file without raw")
            failed = True

    for rf in raws:
        errs = []
        m = NAME_RE.match(rf)
        if not m:
            print(f"FAIL {rf}: bad file name")
            failed = True
            continue
        num, lang, fams = m.groups()
        numbers[num].append(rf)
        fam_list = fams.split("-")
        negative = fam_list == ["negative"]
        if not negative:
            bad = [f for f in fam_list if f not in FAMILIES]
            if bad:
                errs.append(f"unknown families {bad}")
            if len(set(fam_list)) != len(fam_list):
                errs.append("duplicate family in name")
        gf = rf[:-4] + ".gold.txt"
        if gf not in golds:
            print(f"FAIL {rf}: missing {gf}")
            failed = True
            continue
        rdata, raw = read_text(os.path.join(HERE, rf), errs)
        gdata, gold = read_text(os.path.join(HERE, gf), errs)
        for l in set(raw):
            if l.strip():
                line_owner[l].add(rf)

        # blank-line rules
        if gold and gold[0].strip() == "" and raw[0].strip() != "":
            errs.append("gold starts with a blank line but raw does not")
        if gold and gold[-1].strip() == "" and raw[-1].strip() != "":
            errs.append("gold ends with a blank line but raw does not")
        if max_blank_run(gold) > max(1, max_blank_run(raw)):
            errs.append("gold has an uncollapsed run of blank lines")
        if not any(l.strip() for l in gold):
            errs.append("gold is empty")

        idx = align(raw, gold)
        if idx is None:
            errs.append("gold is not a line subsequence of raw")

        raw_nb = [i for i, l in enumerate(raw) if l.strip()]
        gold_nb = [l for l in gold if l.strip()]
        n_raw, n_gold = len(raw_nb), len(gold_nb)
        n_furn = n_raw - n_gold
        share = n_furn / n_raw if n_raw else 0.0

        if negative:
            per_lang[lang][1] += 1
            if rdata != gdata:
                errs.append("negative: gold is not byte-identical to raw")
        else:
            if not (MIN_LINES <= n_raw <= MAX_LINES):
                errs.append(f"{n_raw} non-blank lines (need {MIN_LINES}-{MAX_LINES})")
            if not (MIN_SHARE <= share <= MAX_SHARE):
                errs.append(f"furniture share {share:.0%} (need {MIN_SHARE:.0%}-{MAX_SHARE:.0%})")
            if idx is not None:
                kept = {i for i in idx if raw[i].strip()}
                deleted = [i for i in raw_nb if i not in kept]
                if not deleted or raw_nb[0] in kept:
                    errs.append("no furniture at the top")
                if not deleted or raw_nb[-1] in kept:
                    errs.append("no furniture at the bottom")
                if kept:
                    lo, hi = min(kept), max(kept)
                    if not any(lo < d < hi for d in deleted):
                        errs.append("no furniture between article paragraphs")
            if rdata == gdata:
                errs.append("positive: gold identical to raw")
        per_lang[lang][0] += 1

        status = "FAIL" if errs else "ok  "
        failed |= bool(errs)
        kind = "negative" if negative else f"{len(fam_list)} families"
        print(f"{status} {rf}: {n_raw} lines, {n_furn} furniture ({share:.0%}), {kind}"
              + ("" if not errs else " -> " + "; ".join(errs)))

    for num, fs in numbers.items():
        if len(fs) > 1:
            print(f"FAIL number {num} used by {fs}")
            failed = True
    for lang in LANGS:
        tot, neg = per_lang[lang]
        if tot != PER_LANG or neg != NEG_PER_LANG:
            print(f"FAIL language {lang}: {tot} files, {neg} negatives "
                  f"(need {PER_LANG} and {NEG_PER_LANG})")
            failed = True
    shared = {l: fs for l, fs in line_owner.items() if len(fs) > 1}
    for l, fs in sorted(shared.items()):
        print(f"FAIL line reused across files {sorted(fs)}: {l!r}")
        failed = True

    print(f"{len(raws)} pairs checked: " + ("FAILED" if failed else "all OK"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
