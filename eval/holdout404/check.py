#!/usr/bin/env python3
"""Validate blind evaluation set 404 (standard library only).

Checks: names, numbering and language per number; UTF-8, no BOM, LF only,
final newline; 25-90 lines per file; gold derivable from raw by deleting
non-blank lines and collapsing blank runs; negatives byte-identical;
furniture share 30-55 % per positive; every family in some positive;
at least two blank-free positives in different languages; rough language check.
Prints one line per file, then ALL OK (exit 0) or the list of problems (exit 1).
"""
import os
import re
import sys
from functools import lru_cache

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANG_BY_NUM = {}
for i, lg in enumerate(["en", "ru", "de", "fr", "es"]):
    for k in range(4):
        LANG_BY_NUM[i * 4 + k + 1] = lg

STOP = {
    "en": set("the and of to is for with that are was will from this have has their".split()),
    "de": set("der die das und ist nicht mit für auf ein eine sich von zu den dem wird auch".split()),
    "fr": set("le les et des est une pour dans du qui pas sur au aux leur ce cette".split()),
    "es": set("el los las y es por para una con del se al lo su sus como más".split()),
}

NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))
problems = []


def bad(msg):
    problems.append(msg)


def read_lines(path, name):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        bad("%s: BOM" % name)
    if b"\r" in data:
        bad("%s: CR characters (not LF-only)" % name)
    if not data.endswith(b"\n"):
        bad("%s: no final newline" % name)
    if data.endswith(b"\n\n"):
        bad("%s: trailing blank line" % name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        bad("%s: not UTF-8 (%s)" % (name, e))
        text = data.decode("utf-8", "replace")
    lines = text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")
    if not 25 <= len(lines) <= 90:
        bad("%s: %d lines (need 25-90)" % (name, len(lines)))
    if lines and (lines[0].strip() == "" or lines[-1].strip() == ""):
        bad("%s: leading or trailing blank line" % name)
    for n, ln in enumerate(lines, 1):
        if ln != ln.strip() and ln.strip():
            bad("%s:%d: leading/trailing whitespace" % (name, n))
        if ln.strip() == "" and ln != "":
            bad("%s:%d: whitespace-only line" % (name, n))
    return lines


def derivable(raw, gold):
    """True if gold = raw minus some non-blank lines, blank runs collapsed, ends stripped."""
    R, G = len(raw), len(gold)

    @lru_cache(maxsize=None)
    def f(i, j, pending, started):
        if i == R:
            return j == G
        line = raw[i]
        if line == "":
            return f(i + 1, j, pending or started, started)
        if f(i + 1, j, pending, started):          # delete this line
            return True
        if pending:                                 # keep it after a blank
            return j + 1 < G and gold[j] == "" and gold[j + 1] == line and f(i + 1, j + 2, False, True)
        return j < G and gold[j] == line and f(i + 1, j + 1, False, True)

    return f(0, 0, False, False)


def lang_check(name, lang, lines):
    text = " ".join(lines)
    letters = [c for c in text if c.isalpha()]
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    share = cyr / max(1, len(letters))
    if lang == "ru":
        if share < 0.6:
            bad("%s: Cyrillic share %.2f too low for ru" % (name, share))
        return "cyr=%.2f" % share
    if share > 0.05:
        bad("%s: Cyrillic share %.2f too high for %s" % (name, share, lang))
    words = re.findall(r"[^\W\d_]+", text.lower())
    scores = {lg: sum(1 for w in words if w in sw) for lg, sw in STOP.items()}
    best = max(scores, key=scores.get)
    if best != lang or scores[lang] < 10:
        bad("%s: language looks like %s, not %s (%s)" % (name, best, lang, scores))
    return "stop=%d/%s" % (scores[lang], best)


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws, golds = {}, {}
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            bad("%s: bad file name" % f)
            continue
        num = int(m.group(1))
        (golds if m.group(4) else raws)[num] = (f, m.group(2), m.group(3))
    if sorted(raws) != list(range(1, 21)) or sorted(golds) != list(range(1, 21)):
        bad("numbering: need raw and gold for 001-020, have raw %s gold %s" % (sorted(raws), sorted(golds)))

    covered = set()
    flat_langs = set()
    neg_per_lang = {}
    for num in sorted(raws):
        rf, lang, fams = raws[num]
        if LANG_BY_NUM.get(num) != lang:
            bad("%s: language %s not expected for number %03d" % (rf, lang, num))
        if num not in golds:
            continue
        gf, glang, gfams = golds[num]
        if (glang, gfams) != (lang, fams):
            bad("%s: gold name does not match raw name" % gf)
        raw = read_lines(os.path.join(HERE, rf), rf)
        gold = read_lines(os.path.join(HERE, gf), gf)
        info = lang_check(rf, lang, raw)
        negative = fams == "negative"
        nb_raw = [l for l in raw if l]
        nb_gold = [l for l in gold if l]
        if negative:
            neg_per_lang[lang] = neg_per_lang.get(lang, 0) + 1
            if open(os.path.join(HERE, rf), "rb").read() != open(os.path.join(HERE, gf), "rb").read():
                bad("%s: negative gold not byte-identical" % gf)
            print("%s  OK  lines=%d negative %s" % (rf, len(raw), info))
            print("%s  OK  identical to raw" % gf)
            continue
        fl = fams.split("-")
        for x in fl:
            if x not in FAMILIES:
                bad("%s: unknown family %s" % (rf, x))
        known = [x for x in fl if x in FAMILIES]
        if known != sorted(known, key=FAMILIES.index) or len(set(known)) != len(known):
            bad("%s: families not in canonical order or repeated" % rf)
        covered.update(known)
        for k in range(1, len(gold)):
            if gold[k] == "" and gold[k - 1] == "":
                bad("%s: uncollapsed blank lines at line %d" % (gf, k + 1))
        if not derivable(tuple(raw), tuple(gold)):
            bad("%s: gold is not the raw file with whole lines deleted" % gf)
        furn = len(nb_raw) - len(nb_gold)
        share = furn / max(1, len(nb_raw))
        if not 0.30 <= share <= 0.55:
            bad("%s: furniture share %.1f %% outside 30-55 %%" % (rf, 100 * share))
        if "" not in raw:
            flat_langs.add(lang)
        print("%s  OK  lines=%d furniture=%d/%d (%.1f %%) %s%s" % (
            rf, len(raw), furn, len(nb_raw), 100 * share, info, " no-blank-lines" if "" not in raw else ""))
        print("%s  OK  lines=%d derivable" % (gf, len(gold)))

    for lg in ["en", "ru", "de", "fr", "es"]:
        if neg_per_lang.get(lg, 0) != 2:
            bad("language %s: %d negatives (need 2)" % (lg, neg_per_lang.get(lg, 0)))
    missing = [f for f in FAMILIES if f not in covered]
    if missing:
        bad("families never present in a positive: %s" % ", ".join(missing))
    if len(flat_langs) < 2:
        bad("need blank-free positives in at least two languages, have %s" % sorted(flat_langs))

    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
