#!/usr/bin/env python3
"""Validate blind evaluation set 412 (news-furniture removal). Standard library only.

Usage: python3 check.py [directory]   (default: the directory of this script)
Prints one line per file, then ALL OK; on any problem prints FAIL lines and exits 1.
"""
import os
import re
import sys
import unicodedata

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]          # 4 numbers each, in this order
MIN_LINES, MAX_LINES = 25, 90
MIN_SHARE, MAX_SHARE = 0.30, 0.55

STOP = {
    "en": "the and of to in is was for that with on by at from has have are said".split(),
    "de": "der die das und den dem des nicht mit ist sich für auf ein eine im von zu".split(),
    "fr": "le la les et des du une un est pour que dans au aux sur pas qui".split(),
    "es": "el la los las y que del en por con una un se al es para su".split(),
}

NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")

errors = []


def fail(msg):
    errors.append(msg)
    print("FAIL: " + msg)


def read_lines(path):
    """Return the list of lines or None; checks encoding, BOM, LF, final newline."""
    data = open(path, "rb").read()
    name = os.path.basename(path)
    ok = True
    if data.startswith(b"\xef\xbb\xbf"):
        fail(f"{name}: BOM"); ok = False
    if b"\r" in data:
        fail(f"{name}: CR characters (need LF only)"); ok = False
    if not data.endswith(b"\n"):
        fail(f"{name}: no final newline"); ok = False
    if data.endswith(b"\n\n"):
        fail(f"{name}: trailing blank line"); ok = False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(f"{name}: not UTF-8 ({e})")
        return None
    for ch in text:
        if ch != "\n" and unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\u00ad":
            fail(f"{name}: control/format character U+{ord(ch):04X}"); ok = False
            break
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for i, l in enumerate(lines, 1):
        if l != l.rstrip():
            fail(f"{name}:{i}: trailing whitespace"); ok = False
        if l and not l.strip():
            fail(f"{name}:{i}: whitespace-only line"); ok = False
    return lines if ok else lines


def blank_structure(name, lines):
    ok = True
    if lines and not lines[0]:
        fail(f"{name}: leading blank line"); ok = False
    if lines and not lines[-1]:
        fail(f"{name}: trailing blank line"); ok = False
    for i in range(1, len(lines)):
        if not lines[i] and not lines[i - 1]:
            fail(f"{name}:{i + 1}: run of blank lines"); ok = False
            break
    return ok


def is_subsequence(sub, seq):
    it = iter(seq)
    return all(any(x == y for y in it) for x in sub)


def language_of(lines):
    text = " ".join(lines)
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None, {}
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff") / len(letters)
    if cyr > 0.6:
        return "ru", {"cyrillic": round(cyr, 2)}
    if cyr > 0.05:
        return None, {"cyrillic": round(cyr, 2)}
    words = re.findall(r"[^\W\d_]+", text.lower())
    scores = {lang: sum(1 for w in words if w in set(sw)) / max(1, len(words))
              for lang, sw in STOP.items()}
    best = max(scores, key=scores.get)
    return best, {k: round(v, 3) for k, v in scores.items()}


def main():
    base = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
    names = sorted(n for n in os.listdir(base) if n.endswith(".txt"))
    pairs = {}
    for n in names:
        m = NAME_RE.match(n)
        if not m:
            fail(f"{n}: bad file name")
            continue
        num, lang, fams, gold = m.groups()
        key = (num, lang, fams)
        pairs.setdefault(key, {})["gold" if gold else "raw"] = n

    nums = sorted(k[0] for k in pairs)
    if nums != [f"{i:03d}" for i in range(1, 21)]:
        fail(f"numbering must be 001..020 exactly once each, got {nums}")

    families_seen = set()
    noblank_langs = []
    per_lang = {l: {"neg": 0, "pos": 0} for l in LANGS}

    for key in sorted(pairs):
        num, lang, fams = key
        p = pairs[key]
        if "raw" not in p or "gold" not in p:
            fail(f"{num}: raw or gold file missing ({p})")
            continue
        # language per number
        try:
            want = LANGS[(int(num) - 1) // 4]
        except IndexError:
            want = None
        if lang != want:
            fail(f"{num}: language code {lang}, expected {want}")
        negative = fams == "negative"
        flist = [] if negative else fams.split("-")
        if not negative:
            bad = [f for f in flist if f not in FAMILIES]
            if bad:
                fail(f"{num}: unknown families {bad}")
            elif flist != sorted(set(flist), key=FAMILIES.index):
                fail(f"{num}: families not in canonical order or duplicated: {fams}")
            families_seen.update(flist)
        if lang in per_lang:
            per_lang[lang]["neg" if negative else "pos"] += 1

        raw_path, gold_path = os.path.join(base, p["raw"]), os.path.join(base, p["gold"])
        raw = read_lines(raw_path)
        gold = read_lines(gold_path)
        if raw is None or gold is None:
            continue
        for fname, ls in ((p["raw"], raw), (p["gold"], gold)):
            if not MIN_LINES <= len(ls) <= MAX_LINES:
                fail(f"{fname}: {len(ls)} lines, need {MIN_LINES}-{MAX_LINES}")
            blank_structure(fname, ls)

        if not is_subsequence(gold, raw):
            fail(f"{p['gold']}: not a subsequence of the raw file's lines")

        raw_nb = [l for l in raw if l]
        gold_nb = [l for l in gold if l]
        removed = len(raw_nb) - len(gold_nb)
        share = removed / len(raw_nb) if raw_nb else 0.0
        has_blank = any(not l for l in raw)

        if negative:
            if open(raw_path, "rb").read() != open(gold_path, "rb").read():
                fail(f"{num}: negative but gold differs from raw")
        else:
            if not MIN_SHARE <= share <= MAX_SHARE:
                fail(f"{p['raw']}: furniture share {share:.1%} outside {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
            if not has_blank:
                noblank_langs.append(lang)
            if not has_blank and any(not l for l in gold):
                fail(f"{p['gold']}: blank lines in gold of a raw file without blank lines")

        detected, info = language_of(raw_nb)
        if detected != lang:
            fail(f"{p['raw']}: language check says {detected} {info}, expected {lang}")

        kind = "negative" if negative else f"positive {len(flist):2d} families"
        print(f"{p['raw']}: {len(raw)} lines, {len(raw_nb)} non-blank, "
              f"{'blank-separated' if has_blank else 'no blank lines'}, lang {detected}, {kind}, "
              f"furniture {removed}/{len(raw_nb)} = {share:.1%}")
        print(f"{p['gold']}: {len(gold)} lines, {len(gold_nb)} non-blank, subsequence ok, "
              f"{'identical to raw' if negative else 'blank runs collapsed'}")

    for l, c in per_lang.items():
        if c != {"neg": 2, "pos": 2}:
            fail(f"language {l}: need 2 negatives and 2 positives, got {c}")
    missing = [f for f in FAMILIES if f not in families_seen]
    if missing:
        fail(f"families not present in any positive: {missing}")
    if len(set(noblank_langs)) < 2:
        fail(f"need positives without blank lines in at least two languages, got {noblank_langs}")

    if errors:
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
