#!/usr/bin/env python3
"""Validate blind evaluation set 407 (news-furniture removal). Standard library only.

Usage: python3 check.py [directory]   (default: the directory of this script)
Prints one line per file pair, then ALL OK (exit 0) or the list of errors (exit 1).
"""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]
LANG_OF = {i * 4 + k + 1: lang for i, lang in enumerate(LANGS) for k in range(4)}
MIN_LINES, MAX_LINES = 25, 90
MIN_SHARE, MAX_SHARE = 30.0, 55.0

STOPWORDS = {
    "en": "the and of to is in that with for was on are from by said has have it its this will".split(),
    "de": "der die das und nicht mit ist auf den sich des ein eine im für von zu dem auch wird sind".split(),
    "fr": "le les et des est une pour dans qui au du sur pas il elle ce sont avec plus aux".split(),
    "es": "el los las y que por una del con para se es al su como más pero sus ha este".split(),
}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: starts with a BOM")
    if b"\r" in data:
        err(f"{name}: contains CR (line endings must be LF)")
    if not data.endswith(b"\n"):
        err(f"{name}: no final newline")
    elif data.endswith(b"\n\n"):
        err(f"{name}: trailing blank line(s)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not valid UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    if "\t" in text:
        err(f"{name}: contains a tab character")
    return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")


def check_blank_structure(name, lines, is_gold):
    if lines and not lines[0].strip():
        err(f"{name}: leading blank line")
    if lines and not lines[-1].strip():
        err(f"{name}: trailing blank line")
    for i in range(1, len(lines)):
        if not lines[i].strip() and not lines[i - 1].strip():
            err(f"{name}: run of blank lines at line {i + 1}"
                + (" (gold must collapse runs)" if is_gold else ""))
            break
    for i, ln in enumerate(lines):
        if ln and ln != ln.strip() and ln.strip():
            err(f"{name}: line {i + 1} has leading/trailing whitespace")
            break
        if ln and not ln.strip():
            err(f"{name}: line {i + 1} is whitespace-only (blank lines must be empty)")
            break


def is_subsequence(gold, raw):
    """Greedy: every gold line (blank lines included) must match a raw line, in order, byte for byte."""
    j = 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return False, g
        j += 1
    return True, None


def language_scores(text):
    words = re.findall(r"[^\W\d_]+", text.lower())
    scores = {}
    for lang, sw in STOPWORDS.items():
        s = set(sw)
        scores[lang] = sum(1 for w in words if w in s) / max(1, len(words))
    return scores


def check_language(name, lang, lines):
    text = "\n".join(lines)
    letters = [c for c in text if c.isalpha()]
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    share_cyr = cyr / max(1, len(letters))
    if lang == "ru":
        if share_cyr < 0.6:
            err(f"{name}: declared ru but only {share_cyr:.0%} of letters are Cyrillic")
        return f"cyrillic={share_cyr:.0%}"
    if share_cyr > 0.02:
        err(f"{name}: declared {lang} but {share_cyr:.0%} of letters are Cyrillic")
    scores = language_scores(text)
    best = max(scores, key=scores.get)
    if best != lang:
        err(f"{name}: declared {lang} but stop words look like {best} ({scores})")
    return f"stopwords {lang}={scores[lang]:.2f} (next {sorted(scores.values())[-2]:.2f})"


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    entries = sorted(os.listdir(root))
    raws = [e for e in entries if e.endswith(".txt") and not e.endswith(".gold.txt")]
    golds = [e for e in entries if e.endswith(".gold.txt")]

    by_num = {}
    for r in raws:
        m = NAME_RE.match(r)
        if not m:
            err(f"{r}: bad file name")
            continue
        num = int(m.group(1))
        if num in by_num:
            err(f"{r}: number {num:03d} used twice")
        by_num[num] = (r, m.group(2), m.group(3))
    for g in golds:
        if g[: -len(".gold.txt")] + ".txt" not in raws:
            err(f"{g}: gold file without raw file")
    if sorted(by_num) != list(range(1, 21)):
        err(f"numbering must be 001-020, found {sorted(by_num)}")

    present = set()
    negatives_per_lang = {lang: 0 for lang in LANGS}
    positives_per_lang = {lang: 0 for lang in LANGS}
    noblank_langs = []

    for num in sorted(by_num):
        raw_name, lang, fams = by_num[num]
        gold_name = raw_name[: -len(".txt")] + ".gold.txt"
        if LANG_OF.get(num) != lang:
            err(f"{raw_name}: number {num:03d} must be language {LANG_OF.get(num)}")
        negative = fams == "negative"
        if not negative:
            fl = fams.split("-")
            unknown = [f for f in fl if f not in FAMILIES]
            if unknown:
                err(f"{raw_name}: unknown families {unknown}")
            elif fl != sorted(set(fl), key=FAMILIES.index):
                err(f"{raw_name}: families not unique / not in canonical order")
            present.update(fl)
        if lang in negatives_per_lang:
            (negatives_per_lang if negative else positives_per_lang)[lang] += 1

        raw = read_text(os.path.join(root, raw_name))
        if gold_name not in golds:
            err(f"{raw_name}: gold file missing")
            continue
        gold = read_text(os.path.join(root, gold_name))

        if not MIN_LINES <= len(raw) <= MAX_LINES:
            err(f"{raw_name}: {len(raw)} lines (must be {MIN_LINES}-{MAX_LINES})")
        check_blank_structure(raw_name, raw, False)
        check_blank_structure(gold_name, gold, True)
        ok, missing = is_subsequence(gold, raw)
        if not ok:
            err(f"{gold_name}: not a subsequence of the raw lines (first unmatched: {missing[:60]!r})")

        raw_nb = [ln for ln in raw if ln.strip()]
        gold_nb = [ln for ln in gold if ln.strip()]
        removed = len(raw_nb) - len(gold_nb)
        share = 100.0 * removed / max(1, len(raw_nb))
        has_blank = any(not ln.strip() for ln in raw)

        if negative:
            a = open(os.path.join(root, raw_name), "rb").read()
            b = open(os.path.join(root, gold_name), "rb").read()
            if a != b:
                err(f"{gold_name}: negative gold must be byte-identical to the raw file")
        else:
            if not MIN_SHARE <= share <= MAX_SHARE:
                err(f"{raw_name}: furniture share {share:.1f}% (must be {MIN_SHARE:.0f}-{MAX_SHARE:.0f}%)")
            if not has_blank:
                noblank_langs.append(lang)
            if removed == 0:
                err(f"{raw_name}: positive without any deleted line")

        lang_info = check_language(raw_name, lang, raw)
        kind = "negative" if negative else f"positive furniture={removed}/{len(raw_nb)}={share:.1f}%"
        print(f"{raw_name}: {len(raw)} lines, gold {len(gold)} lines, "
              f"{'blank-separated' if has_blank else 'no blank lines'}, {kind}, {lang_info}")

    for lang in LANGS:
        if negatives_per_lang[lang] != 2 or positives_per_lang[lang] != 2:
            err(f"language {lang}: {positives_per_lang[lang]} positives / {negatives_per_lang[lang]} negatives (need 2/2)")
    missing = [f for f in FAMILIES if f not in present]
    if missing:
        err(f"families missing from every positive: {missing}")
    if len(noblank_langs) < 2 or len(set(noblank_langs)) < 2:
        err(f"need at least two positives without blank lines in different languages, got {noblank_langs}")

    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
