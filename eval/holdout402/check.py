#!/usr/bin/env python3
"""Validate blind evaluation set 402 (news-furniture removal). Standard library only.

Usage: python3 check.py [directory]   (default: the directory of this script)
Prints one line per file, then ALL OK; exits 1 on any failure.
"""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]          # 4 numbers each, in this order
MIN_LINES, MAX_LINES = 25, 90
MIN_SHARE, MAX_SHARE = 0.30, 0.55
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")

STOP = {
    "en": "the and of to a in that was is for with his her he she by on at it from has had were said".split(),
    "de": "der die das und ist nicht mit den dem ein eine sich auf für von zu im auch wurde hat sie".split(),
    "fr": "le la les et des est une un du dans pour qui au sur pas par avec il elle a été ont".split(),
    "es": "el la los las y que del en una un por con para se su al es fue ha lo como".split(),
}

errors = []


def fail(msg):
    errors.append(msg)
    print("FAIL  " + msg)


def expected_lang(num):
    return LANGS[(num - 1) // 4]


def read_text(path):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    ok = True
    if data.startswith(b"\xef\xbb\xbf"):
        fail(f"{name}: BOM"); ok = False
    if b"\r" in data:
        fail(f"{name}: CR characters (need LF only)"); ok = False
    if not data.endswith(b"\n"):
        fail(f"{name}: no final newline"); ok = False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(f"{name}: not UTF-8 ({e})")
        return None, False
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if not (MIN_LINES <= len(lines) <= MAX_LINES):
        fail(f"{name}: {len(lines)} lines, need {MIN_LINES}-{MAX_LINES}"); ok = False
    if lines and (lines[0].strip() == "" or lines[-1].strip() == ""):
        fail(f"{name}: leading or trailing blank line"); ok = False
    for i in range(1, len(lines)):
        if lines[i] == "" and lines[i - 1] == "":
            fail(f"{name}: consecutive blank lines at line {i + 1}"); ok = False
            break
    for i, l in enumerate(lines, 1):
        if l != "" and l.strip() == "":
            fail(f"{name}: whitespace-only line {i}"); ok = False
    return lines, ok


def is_subsequence(small, big):
    it = iter(big)
    return all(any(s == b for b in it) for s in small)


def lang_check(name, lang, lines):
    text = " ".join(lines)
    letters = [c for c in text if c.isalpha()]
    if not letters:
        fail(f"{name}: no letters"); return
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff") / len(letters)
    if lang == "ru":
        if cyr < 0.6:
            fail(f"{name}: only {cyr:.0%} Cyrillic letters for ru")
        return
    if cyr > 0.01:
        fail(f"{name}: {cyr:.1%} Cyrillic letters for {lang}")
    words = re.findall(r"[a-zà-ÿäöüßñ]+", text.lower())
    scores = {l: sum(1 for w in words if w in set(s)) / max(1, len(words)) for l, s in STOP.items()}
    best = max(scores, key=scores.get)
    if best != lang:
        fail(f"{name}: stop words look like {best} ({scores[best]:.2f}) not {lang} ({scores[lang]:.2f})")


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    files = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
    pairs = {}
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            fail(f"{f}: bad file name"); continue
        num, lang, fams, gold = int(m.group(1)), m.group(2), m.group(3), bool(m.group(4))
        pairs.setdefault(num, {})["gold" if gold else "raw"] = (f, lang, fams)
    if sorted(pairs) != list(range(1, 21)):
        fail(f"numbers present: {sorted(pairs)}; need 001-020")

    covered, no_blank_langs = set(), []
    neg_per_lang = {l: 0 for l in LANGS}
    for num in sorted(pairs):
        p = pairs[num]
        if "raw" not in p or "gold" not in p:
            fail(f"{num:03d}: missing raw or gold file"); continue
        (rf, lang, fams), (gf, glang, gfams) = p["raw"], p["gold"]
        if (lang, fams) != (glang, gfams):
            fail(f"{num:03d}: raw and gold names differ")
        if not 1 <= num <= 20 or lang != expected_lang(num):
            fail(f"{rf}: language {lang} but number {num:03d} needs {expected_lang(num) if 1 <= num <= 20 else '?'}")
        negative = fams == "negative"
        if not negative:
            fl = fams.split("-")
            unknown = [x for x in fl if x not in FAMILIES]
            if unknown:
                fail(f"{rf}: unknown families {unknown}")
            elif fl != sorted(set(fl), key=FAMILIES.index):
                fail(f"{rf}: families not unique/in canonical order")
        raw, ok1 = read_text(os.path.join(d, rf))
        gold, ok2 = read_text(os.path.join(d, gf))
        if raw is None or gold is None:
            continue
        if not is_subsequence(gold, raw):
            fail(f"{gf}: not a subsequence of the raw lines")
        lang_check(rf, lang, raw)
        rn = [l for l in raw if l]
        gn = [l for l in gold if l]
        share = (len(rn) - len(gn)) / len(rn)
        if negative:
            neg_per_lang[lang] = neg_per_lang.get(lang, 0) + 1
            if open(os.path.join(d, rf), "rb").read() != open(os.path.join(d, gf), "rb").read():
                fail(f"{gf}: negative gold not byte-identical to raw")
            status = "negative, gold identical"
        else:
            covered.update(fams.split("-"))
            if not (MIN_SHARE <= share <= MAX_SHARE):
                fail(f"{rf}: furniture share {share:.1%} outside {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
            if "" not in raw:
                no_blank_langs.append(lang)
                if "" in gold:
                    fail(f"{gf}: blank line in gold of a no-blank page")
            status = (f"positive, {len(rn) - len(gn)}/{len(rn)} furniture lines ({share:.0%})"
                      + (", no blank lines" if "" not in raw else ""))
        print(f"{rf}: {len(raw)} raw / {len(gold)} gold lines, {lang}, {status}")

    for l in LANGS:
        if neg_per_lang.get(l, 0) != 2:
            fail(f"language {l}: {neg_per_lang.get(l, 0)} negatives, need 2")
    missing = [f for f in FAMILIES if f not in covered]
    if missing:
        fail(f"families not present in any positive: {missing}")
    if len(set(no_blank_langs)) < 2:
        fail(f"positives without blank lines only in languages {sorted(set(no_blank_langs))}; need 2 languages")

    if errors:
        print(f"{len(errors)} ERROR(S)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
