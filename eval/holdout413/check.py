#!/usr/bin/env python3
"""Validate blind evaluation set 413 (news-furniture removal). Standard library only.

Usage: python3 check.py [directory]   (default: the directory of this script)
Prints one line per file, then ALL OK (exit 0) or the list of problems (exit 1).
"""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]          # 4 numbers each, in this order
MIN_LINES, MAX_LINES = 25, 90
MIN_SHARE, MAX_SHARE = 0.30, 0.55
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+?)(\.gold)?\.txt$")

STOPWORDS = {
    "en": "the and of to in is was that for with on by said from has have are were it as at".split(),
    "de": "der die das und nicht ist mit den von sich auf ein eine des dem im für zu wird sagt auch".split(),
    "fr": "le la les et des une un du est dans pour que qui sur pas au aux a été avec ses".split(),
    "es": "el la los las y que del en por con una para se su al es han sus lo como".split(),
    "ru": "и в не на что с по как это из за о от для но он она к все".split(),
}

problems = []


def fail(msg):
    problems.append(msg)


def expected_lang(num):
    return LANGS[(num - 1) // 4] if 1 <= num <= 20 else None


def read_text(path):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        fail(f"{name}: has a BOM")
    if b"\r" in data:
        fail(f"{name}: contains CR (not pure LF)")
    if not data.endswith(b"\n"):
        fail(f"{name}: no final newline")
    if data.endswith(b"\n\n"):
        fail(f"{name}: trailing blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(f"{name}: not UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    return text


def lines_of(text):
    # text ends with exactly one "\n"; split without the final empty element
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(sub, full):
    it = iter(full)
    return all(any(x == y for y in it) for x in sub)


def language_scores(text):
    words = re.findall(r"[^\W\d_]+", text.lower())
    letters = [c for c in text if c.isalpha()]
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    cyr_share = cyr / max(1, len(letters))
    scores = {}
    for lang, sw in STOPWORDS.items():
        s = set(sw)
        scores[lang] = sum(1 for w in words if w in s) / max(1, len(words))
    return cyr_share, scores


def check_language(name, lang, text):
    cyr_share, scores = language_scores(text)
    if lang == "ru":
        if cyr_share < 0.6:
            fail(f"{name}: Cyrillic share {cyr_share:.0%} too low for ru")
        return f"cyr={cyr_share:.0%}"
    if cyr_share > 0.05:
        fail(f"{name}: Cyrillic share {cyr_share:.0%} too high for {lang}")
    latin = {k: v for k, v in scores.items() if k != "ru"}
    best = max(latin, key=latin.get)
    if best != lang:
        fail(f"{name}: stop words look like {best}, expected {lang} ({latin})")
    if latin[lang] < 0.10:
        fail(f"{name}: too few {lang} stop words ({latin[lang]:.0%})")
    return f"sw={latin[lang]:.0%}"


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
    txts = sorted(f for f in os.listdir(root) if f.endswith(".txt"))
    pairs = {}
    for f in txts:
        m = NAME_RE.match(f)
        if not m:
            fail(f"{f}: bad file name")
            continue
        num, lang, fams, gold = m.groups()
        key = (num, lang, fams)
        pairs.setdefault(key, {})["gold" if gold else "raw"] = f

    # numbering, languages, pairing
    nums = sorted(int(k[0]) for k in pairs)
    if nums != list(range(1, 21)):
        fail(f"numbering must be exactly 001-020 once each, got {nums}")
    neg_per_lang = {l: 0 for l in LANGS}
    pos_per_lang = {l: 0 for l in LANGS}
    seen_families = set()
    noblank_positive_langs = []

    for (num, lang, fams), files in sorted(pairs.items()):
        n = int(num)
        if expected_lang(n) != lang:
            fail(f"{num}: language {lang}, expected {expected_lang(n)}")
        if set(files) != {"raw", "gold"}:
            fail(f"{num}_{lang}_{fams}: missing raw or gold file")
            continue
        negative = fams == "negative"
        if negative:
            neg_per_lang[lang] = neg_per_lang.get(lang, 0) + 1
            famlist = []
        else:
            pos_per_lang[lang] = pos_per_lang.get(lang, 0) + 1
            famlist = fams.split("-")
            unknown = [x for x in famlist if x not in FAMILIES]
            if unknown:
                fail(f"{files['raw']}: unknown families {unknown}")
            else:
                idx = [FAMILIES.index(x) for x in famlist]
                if idx != sorted(set(idx)):
                    fail(f"{files['raw']}: families not in canonical order or duplicated")
            seen_families.update(famlist)

        raw_t = read_text(os.path.join(root, files["raw"]))
        gold_t = read_text(os.path.join(root, files["gold"]))
        raw, gold = lines_of(raw_t), lines_of(gold_t)

        for nm, ls in ((files["raw"], raw), (files["gold"], gold)):
            if not MIN_LINES <= len(ls) <= MAX_LINES:
                fail(f"{nm}: {len(ls)} lines, must be {MIN_LINES}-{MAX_LINES}")
            if ls and (ls[0] == "" or ls[-1] == ""):
                fail(f"{nm}: leading or trailing blank line")
            if any(x.strip() == "" and x != "" for x in ls):
                fail(f"{nm}: whitespace-only line")
            if any(a == "" and b == "" for a, b in zip(ls, ls[1:])):
                fail(f"{nm}: consecutive blank lines")
            if any(x != x.rstrip() for x in ls):
                fail(f"{nm}: trailing whitespace")

        if not is_subsequence(gold, raw):
            fail(f"{files['gold']}: not a subsequence of the raw lines")
        raw_has_blank = "" in raw
        if not raw_has_blank and "" in gold:
            fail(f"{files['gold']}: blank line although raw has none")

        raw_nb = [x for x in raw if x]
        gold_nb = [x for x in gold if x]
        deleted = len(raw_nb) - len(gold_nb)
        share = deleted / max(1, len(raw_nb))
        if negative:
            if raw_t != gold_t:
                fail(f"{files['gold']}: negative gold differs from raw")
        else:
            if not MIN_SHARE <= share <= MAX_SHARE:
                fail(f"{files['raw']}: furniture share {share:.0%} outside 30-55 %")
            if not raw_has_blank:
                noblank_positive_langs.append(lang)

        lang_info = check_language(files["raw"], lang, raw_t)
        check_language(files["gold"], lang, gold_t)
        kind = "negative" if negative else f"positive, {len(famlist)} families, furniture {deleted}/{len(raw_nb)} = {share:.0%}"
        layout = "blank-separated" if raw_has_blank else "no blank lines"
        print(f"{files['raw']}: {len(raw)} lines -> gold {len(gold)} lines; {kind}; {layout}; {lang_info}")

    for l in LANGS:
        if neg_per_lang.get(l) != 2 or pos_per_lang.get(l) != 2:
            fail(f"language {l}: {pos_per_lang.get(l)} positives / {neg_per_lang.get(l)} negatives, need 2/2")
    missing = [f for f in FAMILIES if f not in seen_families]
    if missing:
        fail(f"families never present in a positive: {missing}")
    if len(noblank_positive_langs) < 2 or len(set(noblank_positive_langs)) < 2:
        fail(f"need >=2 positives without blank lines in different languages, got {noblank_positive_langs}")

    if problems:
        for p in problems:
            print("FAIL:", p)
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
