#!/usr/bin/env python3
"""Validate blind evaluation set 415 (news-furniture removal). Standard library only.

Usage: python3 check.py [directory]   (default: the directory of this script)
Prints one line per file, then ALL OK (exit 0), or the list of problems (exit 1).
"""
import os
import re
import sys
from functools import lru_cache

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = {1: "en", 2: "en", 3: "en", 4: "en", 5: "ru", 6: "ru", 7: "ru", 8: "ru",
         9: "de", 10: "de", 11: "de", 12: "de", 13: "fr", 14: "fr", 15: "fr", 16: "fr",
         17: "es", 18: "es", 19: "es", 20: "es"}
STOP = {
    "en": "the and of to with is for you in it that are was this from they".split(),
    "de": "der die und das nicht mit ist sie ein eine den für auf sich auch wird".split(),
    "fr": "le les et des est une pour dans du au avec vous sur pas mais qui".split(),
    "es": "el los las y del por una con para muy pero está también más como".split(),
}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+?)(\.gold)?\.txt$")
MIN_LINES, MAX_LINES = 25, 90
MIN_SHARE, MAX_SHARE = 0.30, 0.55

errors = []


def err(msg):
    errors.append(msg)


def read_lines(path):
    """Check the bytes of one file and return its lines (without the final newline)."""
    data = open(path, "rb").read()
    name = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    if b"\r" in data:
        err(f"{name}: contains CR (not LF-only)")
    if not data.endswith(b"\n"):
        err(f"{name}: no final newline")
    if data.endswith(b"\n\n"):
        err(f"{name}: trailing blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    n = len(lines)
    if not MIN_LINES <= n <= MAX_LINES:
        err(f"{name}: {n} lines, expected {MIN_LINES}-{MAX_LINES}")
    if lines and lines[0].strip() == "":
        err(f"{name}: leading blank line")
    for i, ln in enumerate(lines, 1):
        if ln != ln.rstrip() or (ln and ln.strip() == ""):
            err(f"{name}: line {i} has trailing or whitespace-only content")
    for i in range(1, len(lines)):
        if lines[i] == "" and lines[i - 1] == "":
            err(f"{name}: consecutive blank lines at {i}")
            break
    return lines


def gold_fits(raw, gold):
    """True if gold = raw with some lines deleted and blank-line runs collapsed to one.

    Between two kept lines, gold must have one blank line if raw had at least one blank
    line between them, and none otherwise. Duplicated lines are handled by search."""
    g = []  # (text, blank_before)
    blank = False
    for ln in gold:
        if ln == "":
            blank = True
        else:
            g.append((ln, blank))
            blank = False
    r = raw
    blank_prefix = [0]
    for ln in r:
        blank_prefix.append(blank_prefix[-1] + (ln == ""))

    @lru_cache(maxsize=None)
    def match(i, jprev):
        if i == len(g):
            return True
        text, bb = g[i]
        for j in range(jprev + 1, len(r)):
            if r[j] != text:
                continue
            if i > 0:
                had_blank = blank_prefix[j] - blank_prefix[jprev + 1] > 0
                if had_blank != bb:
                    continue
            if match(i + 1, j):
                return True
        return False

    return match(0, -1)


def lang_scores(text):
    words = re.findall(r"[^\W\d_]+", text.lower())
    return {lang: sum(1 for w in words if w in set(sw)) for lang, sw in STOP.items()}


def check_language(name, lang, text):
    letters = [c for c in text if c.isalpha()]
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff") / max(1, len(letters))
    if lang == "ru":
        if cyr < 0.6:
            err(f"{name}: expected Russian, Cyrillic share {cyr:.0%}")
        return f"cyr {cyr:.0%}"
    if cyr > 0.05:
        err(f"{name}: expected {lang}, Cyrillic share {cyr:.0%}")
    sc = lang_scores(text)
    best = max(sc, key=sc.get)
    if best != lang or sc[lang] < 15:
        err(f"{name}: language looks like {best} {sc}, expected {lang}")
    return f"stop-words {lang}={sc[lang]}"


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    files = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
    raws = {}
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            err(f"{f}: bad file name")
            continue
        num, lang, fams, gold = int(m.group(1)), m.group(2), m.group(3), m.group(4)
        if num not in LANGS:
            err(f"{f}: number out of range 001-020")
            continue
        if LANGS[num] != lang:
            err(f"{f}: number {num:03d} must be {LANGS[num]}")
        if not gold:
            if num in raws:
                err(f"{f}: second raw file for number {num:03d}")
            raws[num] = (f, lang, fams)
    for num in LANGS:
        if num not in raws:
            err(f"missing raw file for number {num:03d}")

    seen_families = set()
    noblank_langs = []
    negatives_per_lang = {}
    for num in sorted(raws):
        f, lang, fams = raws[num]
        gf = f[:-4] + ".gold.txt"
        if not os.path.exists(os.path.join(d, gf)):
            err(f"{f}: missing gold file {gf}")
            continue
        raw = read_lines(os.path.join(d, f))
        gold = read_lines(os.path.join(d, gf))
        rawb = open(os.path.join(d, f), "rb").read()
        goldb = open(os.path.join(d, gf), "rb").read()
        lang_note = check_language(f, lang, rawb.decode("utf-8", "replace"))
        check_language(gf, lang, goldb.decode("utf-8", "replace"))
        raw_nb = sum(1 for x in raw if x)
        gold_nb = sum(1 for x in gold if x)
        if fams == "negative":
            negatives_per_lang[lang] = negatives_per_lang.get(lang, 0) + 1
            if rawb != goldb:
                err(f"{f}: negative but gold is not byte-identical")
            print(f"{f}: negative, {len(raw)} lines, identical gold, {lang_note}")
            print(f"{gf}: {'byte-identical to raw' if rawb == goldb else 'DIFFERS from raw'}")
            continue
        flist = fams.split("-")
        for fam in flist:
            if fam not in FAMILIES:
                err(f"{f}: unknown family {fam!r}")
        known = [x for x in flist if x in FAMILIES]
        if known != sorted(set(known), key=FAMILIES.index):
            err(f"{f}: families not unique or not in canonical order")
        seen_families.update(known)
        if not gold_fits(raw, gold):
            err(f"{gf}: not a subsequence of the raw lines with collapsed blank lines")
        share = (raw_nb - gold_nb) / max(1, raw_nb)
        if not MIN_SHARE <= share <= MAX_SHARE:
            err(f"{f}: furniture share {share:.1%} outside {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
        noblank = "" not in raw
        if noblank:
            noblank_langs.append(lang)
            if "" in gold:
                err(f"{gf}: raw has no blank lines but gold has")
        print(f"{f}: positive, {len(raw)} lines -> gold {len(gold)}, furniture "
              f"{raw_nb - gold_nb}/{raw_nb} = {share:.0%}, {len(known)} families"
              f"{', no blank lines' if noblank else ''}, {lang_note}")
        print(f"{gf}: subsequence ok")

    for lang in ("en", "ru", "de", "fr", "es"):
        if negatives_per_lang.get(lang, 0) != 2:
            err(f"{lang}: {negatives_per_lang.get(lang, 0)} negatives, expected 2")
    missing = [x for x in FAMILIES if x not in seen_families]
    if missing:
        err(f"families missing from every positive: {', '.join(missing)}")
    if len(set(noblank_langs)) < 2:
        err(f"need positives without blank lines in at least two languages, have {noblank_langs}")

    if errors:
        print("\nPROBLEMS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
