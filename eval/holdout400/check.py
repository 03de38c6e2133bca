#!/usr/bin/env python3
"""Validate blind evaluation set 400 (news-furniture removal). Standard library only.

Usage: python3 check.py [directory]      (default: the directory of this script)
Prints one line per file, then "ALL OK"; exits 1 on the first report of errors.
"""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANG_OF = {}
for _lang, _first in (("en", 1), ("ru", 5), ("de", 9), ("fr", 13), ("es", 17)):
    for _n in range(_first, _first + 4):
        LANG_OF[_n] = _lang

STOP = {
    "en": "the and of to in is that for was with on at by it as from has have are said be this".split(),
    "de": "der die das und ist nicht mit von den dem ein eine auf für sich des im zu auch wie".split(),
    "fr": "le la les et des du une est pour dans que qui pas sur au avec par ce il elle".split(),
    "es": "el la los las y de que en del por con una para es se su al lo como más".split(),
}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
GOLD_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.gold\.txt$")
MIN_LINES, MAX_LINES = 25, 90
MIN_SHARE, MAX_SHARE = 0.30, 0.55

errors = []


def err(msg):
    errors.append(msg)


def read_lines(path):
    """Return the list of lines of a file after byte-level checks (or None)."""
    data = open(path, "rb").read()
    name = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        err("%s: has a BOM" % name)
    if b"\r" in data:
        err("%s: contains CR (need LF line endings)" % name)
    if not data.endswith(b"\n"):
        err("%s: no final newline" % name)
    if data.endswith(b"\n\n"):
        err("%s: blank line at end of file" % name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        err("%s: not UTF-8 (%s)" % (name, exc))
        return None
    if "\t" in text or "\ufeff" in text:
        err("%s: tab or stray BOM inside" % name)
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for i, line in enumerate(lines, 1):
        if line != line.rstrip() or (line and line != line.lstrip()):
            err("%s:%d: leading/trailing whitespace" % (name, i))
    if lines and lines[0] == "":
        err("%s: leading blank line" % name)
    if not MIN_LINES <= len(lines) <= MAX_LINES:
        err("%s: %d lines, need %d-%d" % (name, len(lines), MIN_LINES, MAX_LINES))
    return lines


def collapse(lines):
    out = []
    for line in lines:
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return out


def expected_gold(raw, gold):
    """Match gold's non-blank lines to raw in order; rebuild the gold from raw."""
    keep = [False] * len(raw)
    j = 0
    targets = [g for g in gold if g != ""]
    for i, line in enumerate(raw):
        if j < len(targets) and line == targets[j]:
            keep[i] = True
            j += 1
    if j < len(targets):
        return None, targets[j]
    rebuilt = collapse([line for i, line in enumerate(raw) if line == "" or keep[i]])
    return rebuilt, None


def lang_guess(lines):
    text = " ".join(lines)
    letters = [c for c in text if c.isalpha()]
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    if letters and cyr / len(letters) > 0.5:
        return "ru", cyr / len(letters)
    words = re.findall(r"[a-zäöüßàâçéèêëîïôûùüÿñáíóú]+", text.lower())
    scores = {lang: sum(1 for w in words if w in set(sw)) for lang, sw in STOP.items()}
    best = max(scores, key=scores.get)
    return best, scores[best] / max(1, len(words))


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
    names = sorted(os.listdir(root))
    raws, golds = {}, {}
    for name in names:
        path = os.path.join(root, name)
        if os.path.isdir(path) or name in ("README.md", "check.py"):
            continue
        m = GOLD_RE.match(name)
        if m:
            golds[int(m.group(1))] = (name, m)
            continue
        m = NAME_RE.match(name)
        if m:
            n = int(m.group(1))
            if n in raws:
                err("number %03d used twice" % n)
            raws[n] = (name, m)
            continue
        err("unexpected file: %s" % name)

    if sorted(raws) != list(range(1, 21)):
        err("raw files must be numbered 001-020, found %s" % sorted(raws))
    covered, no_blank_langs = set(), []
    neg_per_lang = {}
    for n in sorted(raws):
        name, m = raws[n]
        lang, fams = m.group(2), m.group(3)
        if LANG_OF.get(n) != lang:
            err("%s: number %03d must be language %s" % (name, n, LANG_OF.get(n)))
        if n not in golds or golds[n][0] != name[:-4] + ".gold.txt":
            err("%s: missing or misnamed gold file" % name)
            continue
        negative = fams == "negative"
        neg_per_lang[lang] = neg_per_lang.get(lang, 0) + (1 if negative else 0)
        if not negative:
            parts = fams.split("-")
            bad = [p for p in parts if p not in FAMILIES]
            if bad:
                err("%s: unknown families %s" % (name, bad))
            elif parts != sorted(set(parts), key=FAMILIES.index):
                err("%s: families not unique/in canonical order" % name)
            covered.update(p for p in parts if p in FAMILIES)

        raw_path, gold_path = os.path.join(root, name), os.path.join(root, golds[n][0])
        raw, gold = read_lines(raw_path), read_lines(gold_path)
        if raw is None or gold is None:
            continue
        for label, lines in (("raw", raw), ("gold", gold)):
            for i in range(1, len(lines)):
                if lines[i] == "" and lines[i - 1] == "":
                    err("%s (%s): consecutive blank lines at %d" % (name, label, i + 1))
        guess, score = lang_guess([l for l in raw if l])
        if guess != lang:
            err("%s: language looks like %s, not %s" % (name, guess, lang))
        raw_nb = [l for l in raw if l]
        gold_nb = [l for l in gold if l]
        if negative:
            if open(raw_path, "rb").read() != open(gold_path, "rb").read():
                err("%s: negative but gold differs from raw" % name)
            share = 0.0
        else:
            rebuilt, missing = expected_gold(raw, gold)
            if rebuilt is None:
                err("%s: gold line not found in raw (in order): %r" % (name, missing[:60]))
                continue
            if rebuilt != gold:
                err("%s: gold is not raw-minus-deletions with collapsed blank lines" % name)
            share = (len(raw_nb) - len(gold_nb)) / len(raw_nb)
            if not MIN_SHARE <= share <= MAX_SHARE:
                err("%s: furniture share %.1f%% outside %d-%d%%" % (
                    name, 100 * share, 100 * MIN_SHARE, 100 * MAX_SHARE))
            if "" not in raw:
                no_blank_langs.append(lang)
        kind = "negative" if negative else "positive"
        print("%-95s %s %s lines=%2d nonblank=%2d lang=%s(%.2f)%s" % (
            name, lang, kind, len(raw), len(raw_nb), guess, score,
            "" if "" in raw else " no-blank-lines"))
        print("%-95s %s %s lines=%2d nonblank=%2d furniture=%2d (%4.1f%%) %s" % (
            golds[n][0], lang, kind, len(gold), len(gold_nb), len(raw_nb) - len(gold_nb),
            100 * share, "identical to raw" if negative else "subsequence ok"))

    for lang in ("en", "ru", "de", "fr", "es"):
        if neg_per_lang.get(lang) != 2:
            err("language %s: need exactly 2 negatives, found %s" % (lang, neg_per_lang.get(lang)))
    missing = [f for f in FAMILIES if f not in covered]
    if missing:
        err("families not present in any positive: %s" % missing)
    if len(set(no_blank_langs)) < 2:
        err("need positives without blank lines in at least two languages, found %s" % no_blank_langs)
    extra = sorted(set(golds) - set(raws))
    if extra:
        err("gold files without raw file: %s" % extra)

    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
