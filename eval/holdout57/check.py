#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Prints one line per file pair and a summary; exits non-zero on any failure.
"""
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "ru", "de", "fr", "es"]
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
PER_LANG, NEG_PER_LANG, MIN_LANGS_PER_FAMILY = 4, 1, 3
MIN_LINES, MAX_LINES, MIN_SHARE, MAX_SHARE = 15, 40, 0.30, 0.55
SHINGLE = 6  # word n-gram length that may not be shared between two files

errors = []


def fail(where, msg):
    errors.append(f"{where}: {msg}")


def read_text(path, where):
    data = open(path, "rb").read()
    ok = True
    if data.startswith(b"\xef\xbb\xbf"):
        fail(where, "starts with a BOM"); ok = False
    if b"\r" in data:
        fail(where, "contains CR (line endings must be LF)"); ok = False
    if not data.endswith(b"\n"):
        fail(where, "no final newline"); ok = False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(where, f"not valid UTF-8: {e}")
        return None
    return text if ok or text else text


def lines_of(text):
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def rebuild(raw, kept):
    """Gold text implied by keeping raw non-blank lines at indices `kept`."""
    out = []
    prev = None
    for k in kept:
        if prev is None:
            # blank lines at the very start survive only if the raw starts with them
            if k > 0 and all(l == "" for l in raw[:k]) and raw[0] == "":
                out.append("")
        else:
            if any(l == "" for l in raw[prev + 1:k]):
                out.append("")
        out.append(raw[k])
        prev = k
    if prev is not None and prev < len(raw) - 1 and all(l == "" for l in raw[prev + 1:]):
        out.append("")  # raw itself ends with a blank line right after the last kept line
    return out


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    pairs = defaultdict(dict)
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            fail(f, "bad file name")
            continue
        stem = f[: -len(".gold.txt")] if m.group(4) else f[: -len(".txt")]
        pairs[stem]["gold" if m.group(4) else "raw"] = f

    numbers = []
    lang_count = defaultdict(int)
    lang_neg = defaultdict(int)
    fam_langs = defaultdict(set)
    texts = {}

    for stem in sorted(pairs):
        p = pairs[stem]
        if "raw" not in p or "gold" not in p:
            fail(stem, "missing raw or gold partner")
            continue
        num, lang, fams = NAME_RE.match(p["raw"]).group(1, 2, 3)
        numbers.append(num)
        fam_list = fams.split("-")
        negative = fam_list == ["negative"]
        if not negative:
            bad = [x for x in fam_list if x not in FAMILIES]
            if bad:
                fail(stem, f"unknown families {bad}")
            if len(set(fam_list)) != len(fam_list):
                fail(stem, "duplicate family in name")
            if "negative" in fam_list:
                fail(stem, "'negative' mixed with families")
        lang_count[lang] += 1
        if negative:
            lang_neg[lang] += 1
        else:
            for x in fam_list:
                fam_langs[x].add(lang)

        raw_t = read_text(os.path.join(HERE, p["raw"]), p["raw"])
        gold_t = read_text(os.path.join(HERE, p["gold"]), p["gold"])
        if raw_t is None or gold_t is None:
            continue
        raw, gold = lines_of(raw_t), lines_of(gold_t)
        texts[stem] = raw

        raw_nb = [i for i, l in enumerate(raw) if l.strip()]
        if len(raw_nb) != len(set(raw[i] for i in raw_nb)):
            fail(stem, "raw has duplicate non-blank lines (ambiguous alignment)")
        for i in range(1, len(raw)):
            if raw[i] == "" and raw[i - 1] == "":
                fail(stem, f"raw has a run of blank lines at line {i + 1}")
                break
        if any(l != l.rstrip(" \t") for l in raw):
            fail(stem, "raw has trailing whitespace")

        # gold must be a subsequence of raw; align non-blank lines greedily
        kept, j = [], 0
        ok = True
        for g in gold:
            if g == "":
                continue
            while j < len(raw) and raw[j] != g:
                j += 1
            if j == len(raw):
                fail(stem, f"gold line not found in order in raw: {g[:60]!r}")
                ok = False
                break
            kept.append(j)
            j += 1
        if not ok:
            continue
        if rebuild(raw, kept) != gold:
            fail(stem, "gold blank lines do not follow the collapse rules")

        n_raw = len(raw_nb)
        n_gold = len(kept)
        n_furn = n_raw - n_gold
        share = n_furn / n_raw if n_raw else 0.0
        if negative:
            if raw_t != gold_t:
                fail(stem, "negative gold is not byte-identical to raw")
            status = f"negative, {n_raw} lines, gold identical"
        else:
            if not (MIN_LINES <= n_raw <= MAX_LINES):
                fail(stem, f"{n_raw} non-blank lines (need {MIN_LINES}-{MAX_LINES})")
            if not (MIN_SHARE <= share <= MAX_SHARE):
                fail(stem, f"furniture share {share:.0%} outside {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
            if not kept:
                fail(stem, "gold is empty")
            else:
                deleted = sorted(set(raw_nb) - set(kept))
                top = any(d < kept[0] for d in deleted)
                bottom = any(d > kept[-1] for d in deleted)
                middle = any(kept[0] < d < kept[-1] for d in deleted)
                if not (top and bottom and middle):
                    fail(stem, f"furniture must be at top/middle/bottom (top={top}, middle={middle}, bottom={bottom})")
                if n_furn < len(fam_list):
                    fail(stem, f"only {n_furn} furniture lines for {len(fam_list)} families")
            status = f"{n_raw} lines, {n_furn} furniture ({share:.0%}), {len(fam_list)} families"
        print(f"{stem}: {status}")

    # collection-level checks
    if len(pairs) != PER_LANG * len(LANGS):
        fail("set", f"{len(pairs)} pairs, expected {PER_LANG * len(LANGS)}")
    if len(set(numbers)) != len(numbers):
        fail("set", "duplicate file numbers")
    for lang in LANGS:
        if lang_count[lang] != PER_LANG:
            fail("set", f"{lang}: {lang_count[lang]} files, expected {PER_LANG}")
        if lang_neg[lang] != NEG_PER_LANG:
            fail("set", f"{lang}: {lang_neg[lang]} negatives, expected {NEG_PER_LANG}")
    for fam in FAMILIES:
        if len(fam_langs[fam]) < MIN_LANGS_PER_FAMILY:
            fail("set", f"family {fam!r} in {sorted(fam_langs[fam])}, needs {MIN_LANGS_PER_FAMILY} languages")

    # no phrase reused across files: identical lines or shared word n-grams
    seen_line, seen_gram = {}, {}
    for stem, raw in texts.items():
        grams_here = set()
        for l in raw:
            if not l.strip():
                continue
            if l in seen_line and seen_line[l] != stem:
                fail(stem, f"line also in {seen_line[l]}: {l[:60]!r}")
            seen_line.setdefault(l, stem)
            words = re.findall(r"\w+", l.lower())
            for i in range(len(words) - SHINGLE + 1):
                grams_here.add(" ".join(words[i:i + SHINGLE]))
        for g in grams_here:
            if g in seen_gram:
                fail(stem, f"phrase also in {seen_gram[g]}: {g!r}")
            else:
                seen_gram[g] = stem

    print("families per language count: " + ", ".join(
        f"{f}={len(fam_langs[f])}" for f in FAMILIES))
    if errors:
        print(f"\nFAILED with {len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print(f"\nOK: {len(pairs)} pairs pass all checks")


if __name__ == "__main__":
    main()
