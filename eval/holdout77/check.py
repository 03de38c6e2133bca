#!/usr/bin/env python3
"""Validate the boilerplate-removal evaluation set in this directory.

Usage: python3 check.py [DIR]

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * file names, language code, family names (known, unique, not mixed with
    "negative"), every raw file has exactly one gold file and vice versa;
  * UTF-8, no BOM, LF only, final newline, no NUL / other control chars;
  * gold is a line-wise subsequence of raw (byte-identical lines, same order);
  * blank-line rules: no leading/trailing blank line unless raw has one there,
    no runs of blank lines that raw did not have, a blank in gold only where
    raw had a blank between the two kept lines;
  * negatives: gold byte-identical to raw;
  * positives: 15-40 non-blank lines, 30-55 % furniture (this set: 45-55 %),
    furniture at the top, between article lines and at the bottom,
    no blank lines at all (this set is "saved without blank lines");
  * set level: 4 files per language, 1 negative per language, consecutive
    numbering, and no line / 6-word phrase shared between two files.
Prints one line per file and exits non-zero on any failure.
"""
import os
import re
import sys
import unicodedata
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad "
            "promo caption credit copyright wire share counter newsletter "
            "subscribe donation membership paywall comments login authorbox "
            "tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")

MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55          # general policy
SET_MIN_SHARE, SET_MAX_SHARE = 0.45, 0.55  # this set: heavily furnished
SET_NO_BLANKS = True                       # this set: saved without blank lines
PER_LANG, NEG_PER_LANG = 4, 1
SHINGLE = 6                                # words in a "phrase" for the reuse check
ALLOWED_EXTRA = {"check.py", "README.md"}


def read_text(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append("BOM")
    if b"\r" in data:
        errs.append("CR found (LF only)")
    if not data.endswith(b"\n"):
        errs.append("no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append("not UTF-8: %s" % e)
        text = data.decode("utf-8", "replace")
    for ch in set(text):
        if ch not in "\n\t" and unicodedata.category(ch) == "Cc":
            errs.append("control character U+%04X" % ord(ch))
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def align(raw, gold):
    """Greedy subsequence alignment; returns raw index for each gold line or None."""
    idx, j = [], 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j)
        j += 1
    return idx


def blank_rules(raw, gold, idx, errs):
    if gold and gold[0] == "" and raw[0] != "":
        errs.append("gold starts with a blank line, raw does not")
    if gold and gold[-1] == "" and raw[-1] != "":
        errs.append("gold ends with a blank line, raw does not")
    if gold and gold[0] != "" and raw[0] == "" and idx[0] == 0:
        pass
    # blanks between consecutive kept non-blank lines
    kept = [(gi, ri) for gi, ri in enumerate(idx) if gold[gi] != ""]
    for (g1, r1), (g2, r2) in zip(kept, kept[1:]):
        gb = g2 - g1 - 1
        raw_between = raw[r1 + 1:r2]
        rb = sum(1 for x in raw_between if x == "")
        run, longest = 0, 0
        for x in raw_between:
            run = run + 1 if x == "" else 0
            longest = max(longest, run)
        if rb == 0 and gb:
            errs.append("blank line in gold after %r where raw has none" % gold[g1][:40])
        elif rb and gb not in (1, longest):
            errs.append("blank run of %d in gold after %r (expected 1)" % (gb, gold[g1][:40]))
        elif rb and gb == 0:
            errs.append("blank line lost after %r" % gold[g1][:40])


def main(d):
    ok = True
    names = sorted(os.listdir(d))
    pairs = {}
    for n in names:
        p = os.path.join(d, n)
        if os.path.isdir(p) or n in ALLOWED_EXTRA:
            continue
        m = NAME_RE.match(n)
        if not m:
            print("FAIL %s: unexpected file name" % n)
            ok = False
            continue
        key = n[:-9] if m.group(4) else n[:-4]
        pairs.setdefault(key, {})["gold" if m.group(4) else "raw"] = n

    nums, by_lang, neg_by_lang = [], defaultdict(int), defaultdict(int)
    all_lines = defaultdict(set)
    all_shingles = defaultdict(set)

    for key in sorted(pairs):
        errs = []
        num, lang, fams = NAME_RE.match(key + ".txt").group(1, 2, 3)
        nums.append(int(num))
        by_lang[lang] += 1
        famlist = fams.split("-")
        negative = famlist == ["negative"]
        if negative:
            neg_by_lang[lang] += 1
        else:
            bad = [f for f in famlist if f not in FAMILIES]
            if bad:
                errs.append("unknown families %s" % bad)
            if len(set(famlist)) != len(famlist):
                errs.append("duplicate family in name")
        if set(pairs[key]) != {"raw", "gold"}:
            print("FAIL %s: missing %s file" % (key, ({"raw", "gold"} - set(pairs[key])).pop()))
            ok = False
            continue
        rawb, raw = read_text(os.path.join(d, pairs[key]["raw"]), errs)
        goldb, gold = read_text(os.path.join(d, pairs[key]["gold"]), errs)
        nb_raw = [x for x in raw if x.strip()]
        nb_gold = [x for x in gold if x.strip()]
        for x in raw:
            if x != x.strip() and x.strip():
                errs.append("leading/trailing whitespace: %r" % x[:40])
                break
            if x and not x.strip():
                errs.append("whitespace-only line")
                break
        idx = align(raw, gold)
        if idx is None:
            errs.append("gold is not a subsequence of raw")
        else:
            blank_rules(raw, gold, idx, errs)
        share = 1 - len(nb_gold) / len(nb_raw) if nb_raw else 0
        if negative:
            if rawb != goldb:
                errs.append("negative: gold differs from raw")
        else:
            if not MIN_LINES <= len(nb_raw) <= MAX_LINES:
                errs.append("%d non-blank lines (need %d-%d)" % (len(nb_raw), MIN_LINES, MAX_LINES))
            lo, hi = max(MIN_SHARE, SET_MIN_SHARE), min(MAX_SHARE, SET_MAX_SHARE)
            if not lo - 1e-9 <= share <= hi + 1e-9:
                errs.append("furniture share %.2f outside %.2f-%.2f" % (share, lo, hi))
            if SET_NO_BLANKS and "" in raw:
                errs.append("blank line in raw (this set is saved without blank lines)")
            if idx is not None:
                keep = set(i for i, g in zip(idx, gold) if g.strip())
                nb_idx = [i for i, x in enumerate(raw) if x.strip()]
                furn = [i for i in nb_idx if i not in keep]
                if keep:
                    first, last = min(keep), max(keep)
                    if not any(i < first for i in furn):
                        errs.append("no furniture above the article")
                    if not any(i > last for i in furn):
                        errs.append("no furniture below the article")
                    if not any(first < i < last for i in furn):
                        errs.append("no furniture between article lines")
                else:
                    errs.append("gold is empty")
        for x in nb_raw:
            all_lines[x].add(key)
            words = re.findall(r"\w+", x.lower())
            for k in range(len(words) - SHINGLE + 1):
                all_shingles[" ".join(words[k:k + SHINGLE])].add(key)
        status = "FAIL" if errs else "ok  "
        ok &= not errs
        print("%s %s  lines=%d kept=%d furniture=%.0f%%%s" % (
            status, key, len(nb_raw), len(nb_gold), 100 * share,
            "".join("\n     - " + e for e in errs)))

    # set-level checks
    set_errs = []
    for lang in LANGS:
        if by_lang[lang] != PER_LANG:
            set_errs.append("%s: %d files (want %d)" % (lang, by_lang[lang], PER_LANG))
        if neg_by_lang[lang] != NEG_PER_LANG:
            set_errs.append("%s: %d negatives (want %d)" % (lang, neg_by_lang[lang], NEG_PER_LANG))
    if sorted(nums) != list(range(1, len(nums) + 1)):
        set_errs.append("numbering is not 001..%03d without gaps/duplicates" % len(nums))
    for line, keys in all_lines.items():
        if len(keys) > 1 and len(line) > 3:
            set_errs.append("line reused in %s: %r" % (sorted(keys), line[:60]))
    for sh, keys in all_shingles.items():
        if len(keys) > 1:
            set_errs.append("phrase reused in %s: %r" % (sorted(keys), sh))
    for e in set_errs:
        print("FAIL set: " + e)
    ok &= not set_errs
    print("%s: %d pairs checked" % ("PASS" if ok else "FAIL", len(pairs)))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
