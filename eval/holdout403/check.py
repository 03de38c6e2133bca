#!/usr/bin/env python3
"""Validate blind evaluation set 403 (news-furniture removal). Standard library only.

Usage: python3 check.py [directory]   (default: the directory of this script)
Prints one line per file, then ALL OK; exits 1 on the first batch of errors.
"""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]          # 001-004 en, 005-008 ru, ...
MIN_LINES, MAX_LINES = 25, 90
MIN_SHARE, MAX_SHARE = 0.30, 0.55

STOP = {
    "en": "the and of to is for with that was said are from has will on at by".split(),
    "de": "der die das und mit ist nicht von den auf sich wird ein eine im zu für".split(),
    "fr": "les des et est une du pour dans qui sur au aux le la pas avec".split(),
    "es": "los las el y del por con una para que se al lo es su".split(),
}

NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")
GOLD_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.gold\.txt$")

errors = []


def err(msg):
    errors.append(msg)


def read_lines(path):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        err("%s: BOM present" % name)
    if b"\r" in data:
        err("%s: CR characters (need LF line endings)" % name)
    if not data.endswith(b"\n"):
        err("%s: no final newline" % name)
    if data.endswith(b"\n\n"):
        err("%s: trailing blank line" % name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err("%s: not UTF-8 (%s)" % (name, e))
        text = data.decode("utf-8", "replace")
    return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")


def expected_gold(raw, gold_nonblank):
    """Greedily map gold's non-blank lines onto raw; rebuild gold by the deletion rule."""
    kept = []
    j = 0
    for i, line in enumerate(raw):
        if j < len(gold_nonblank) and line.strip() and line == gold_nonblank[j]:
            kept.append(i)
            j += 1
    if j != len(gold_nonblank):
        return None, "gold line %d not found in order in raw: %r" % (j + 1, gold_nonblank[j][:70])
    out = []
    for k, i in enumerate(kept):
        if k and any(not raw[x].strip() for x in range(kept[k - 1] + 1, i)):
            out.append("")
        out.append(raw[i])
    return out, None


def lang_ok(lang, text):
    letters = [c for c in text if c.isalpha()]
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    ratio = cyr / max(1, len(letters))
    if lang == "ru":
        return ratio > 0.6, "cyrillic=%.2f" % ratio
    if ratio > 0.05:
        return False, "cyrillic=%.2f" % ratio
    words = re.findall(r"[^\W\d_]+", text.lower())
    scores = {l: sum(1 for w in words if w in set(ws)) for l, ws in STOP.items()}
    best = max(scores, key=scores.get)
    return best == lang, "stopwords " + " ".join("%s=%d" % (l, scores[l]) for l in STOP)


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    names = sorted(n for n in os.listdir(d) if re.match(r"^\d{3}_", n))
    raws = {}
    golds = {}
    for n in names:
        m = GOLD_RE.match(n)
        if m:
            golds[m.group(1)] = (n, m)
            continue
        m = NAME_RE.match(n)
        if m:
            raws[m.group(1)] = (n, m)
        else:
            err("%s: bad file name" % n)
    wanted = ["%03d" % i for i in range(1, 21)]
    if sorted(raws) != wanted:
        err("raw numbering is %s, want 001-020" % sorted(raws))
    if sorted(golds) != wanted:
        err("gold numbering is %s, want 001-020" % sorted(golds))

    fam_seen = set()
    noblank_langs = set()
    negatives = {l: 0 for l in LANGS}
    report = []
    for num in wanted:
        if num not in raws or num not in golds:
            continue
        rname, rm = raws[num]
        gname, gm = golds[num]
        lang = rm.group(2)
        want_lang = LANGS[(int(num) - 1) // 4]
        if lang != want_lang:
            err("%s: language %s, want %s" % (rname, lang, want_lang))
        if rname[:-4] != gname[:-9]:
            err("%s: gold name %s does not match" % (rname, gname))
        tag = rm.group(3)
        negative = tag == "negative"
        fams = [] if negative else tag.split("-")
        for f in fams:
            if f not in FAMILIES:
                err("%s: unknown family %r" % (rname, f))
        if not negative:
            idx = [FAMILIES.index(f) for f in fams if f in FAMILIES]
            if idx != sorted(set(idx)):
                err("%s: families not unique / not in canonical order" % rname)
            fam_seen.update(fams)
        else:
            negatives[lang] = negatives.get(lang, 0) + 1

        raw = read_lines(os.path.join(d, rname))
        gold = read_lines(os.path.join(d, gname))
        for which, lines in ((rname, raw), (gname, gold)):
            if not MIN_LINES <= len(lines) <= MAX_LINES:
                err("%s: %d lines, want %d-%d" % (which, len(lines), MIN_LINES, MAX_LINES))
            if lines and (not lines[0].strip() or not lines[-1].strip()):
                err("%s: leading or trailing blank line" % which)
            for a, b in zip(lines, lines[1:]):
                if not a.strip() and not b.strip():
                    err("%s: consecutive blank lines" % which)
                    break
        raw_nb = [l for l in raw if l.strip()]
        gold_nb = [l for l in gold if l.strip()]
        rebuilt, why = expected_gold(raw, gold_nb)
        if rebuilt is None:
            err("%s: %s" % (gname, why))
        elif rebuilt != gold:
            err("%s: not raw minus deleted lines with collapsed blanks" % gname)
        share = 1.0 - len(gold_nb) / max(1, len(raw_nb))
        blanks = len(raw) - len(raw_nb)
        if negative:
            if open(os.path.join(d, rname), "rb").read() != open(os.path.join(d, gname), "rb").read():
                err("%s: negative but gold differs from raw" % rname)
        else:
            if not MIN_SHARE <= share <= MAX_SHARE:
                err("%s: furniture share %.1f%%, want 30-55%%" % (rname, 100 * share))
            if blanks == 0:
                noblank_langs.add(lang)
        ok, info = lang_ok(lang, "\n".join(raw))
        if not ok:
            err("%s: language check failed (%s)" % (rname, info))
        report.append("%s  %s lines=%2d nonblank=%2d blanks=%-3s %s" % (
            rname, "neg" if negative else "pos", len(raw), len(raw_nb),
            "yes" if blanks else "no", info))
        report.append("%s  %s lines=%2d nonblank=%2d furniture=%4.1f%% %s" % (
            gname, "neg" if negative else "pos", len(gold), len(gold_nb), 100 * share,
            "identical" if negative else "subsequence ok" if rebuilt == gold else "BAD"))

    for l in LANGS:
        if negatives.get(l) != 2:
            err("language %s has %d negatives, want 2" % (l, negatives.get(l, 0)))
    missing = [f for f in FAMILIES if f not in fam_seen]
    if missing:
        err("families never present in a positive: %s" % ", ".join(missing))
    if len(noblank_langs) < 2:
        err("need positives without blank lines in at least two languages, have %s" % sorted(noblank_langs))

    for line in report:
        print(line)
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("positives without blank lines: %s; families covered: %d/%d" % (
        ", ".join(sorted(noblank_langs)), len(fam_seen), len(FAMILIES)))
    print("ALL OK")


if __name__ == "__main__":
    main()
