#!/usr/bin/env python3
"""Validate blind evaluation set 405 (news-furniture removal). Standard library only.

Run from anywhere:  python3 check.py
Prints one line per file and "ALL OK" at the end, or the list of problems.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]
LANG_OF = {n: LANGS[(n - 1) // 4] for n in range(1, 21)}
NAME = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
MIN_LINES, MAX_LINES = 25, 90
SHARE_MIN, SHARE_MAX = 0.30, 0.55

STOP = {
    "en": "the and of to is that it for was on with you are this have they not but from".split(),
    "de": "der die das und nicht ist ein eine mit den sich auf für von zu im dem wir ich auch".split(),
    "fr": "le les et des est une du pour dans pas au il elle sur ce qui avec nous je ne".split(),
    "es": "el los las y del por para se con lo al una pero como muy su más ya yo".split(),
}
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

errors = []


def err(msg):
    errors.append(msg)


def read_lines(path):
    """Return list of lines after byte-level checks, or None."""
    data = open(path, "rb").read()
    name = os.path.basename(path)
    ok = True
    if data.startswith(b"\xef\xbb\xbf"):
        err("%s: BOM" % name); ok = False
    if b"\r" in data:
        err("%s: CR characters (need LF only)" % name); ok = False
    if not data.endswith(b"\n"):
        err("%s: no final newline" % name); ok = False
    if data.endswith(b"\n\n"):
        err("%s: trailing blank line" % name); ok = False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err("%s: not UTF-8 (%s)" % (name, e)); return None
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if lines and lines[0].strip() == "":
        err("%s: leading blank line" % name); ok = False
    if not (MIN_LINES <= len(lines) <= MAX_LINES):
        err("%s: %d lines, need %d-%d" % (name, len(lines), MIN_LINES, MAX_LINES)); ok = False
    for i in range(1, len(lines)):
        if lines[i].strip() == "" and lines[i - 1].strip() == "":
            # raw files may not have them either in this set; gold must not
            err("%s: consecutive blank lines at %d" % (name, i + 1)); ok = False
            break
    for i, ln in enumerate(lines, 1):
        if ln != ln.rstrip() and ln.strip():
            err("%s: trailing whitespace on line %d" % (name, i)); ok = False
            break
    return lines


def gold_matches(raw, gold):
    """True if gold == collapse(raw minus some non-blank lines).

    Blank lines of raw are never deleted on their own; they only collapse.
    Equivalently: gold's non-blank lines g_1..g_m map to increasing raw
    indices p_1..p_m with equal text, and gold has a blank between g_k and
    g_k+1 exactly when raw has at least one blank line between p_k and p_k+1.
    """
    g = []       # non-blank gold lines
    gap = []     # gap[k]: blank between g[k] and g[k+1] in gold
    for ln in gold:
        if ln.strip() == "":
            if gap:
                gap[-1] = True
        else:
            g.append(ln)
            gap.append(False)
    n = len(raw)
    blanks_before = [0] * (n + 1)
    for i, ln in enumerate(raw):
        blanks_before[i + 1] = blanks_before[i] + (1 if ln.strip() == "" else 0)
    positions = {}
    for i, ln in enumerate(raw):
        if ln.strip():
            positions.setdefault(ln, []).append(i)
    memo = {}

    def feasible(k, p):  # g[k] matched at raw index p; can the rest follow?
        if k == len(g) - 1:
            return True
        key = (k, p)
        if key in memo:
            return memo[key]
        res = False
        for q in positions.get(g[k + 1], []):
            if q <= p:
                continue
            has_blank = blanks_before[q] - blanks_before[p + 1] > 0
            if has_blank == gap[k] and feasible(k + 1, q):
                res = True
                break
        memo[key] = res
        return res

    if not g:
        return False
    sys.setrecursionlimit(10000)
    return any(feasible(0, p) for p in positions.get(g[0], []))


def language_problem(lang, lines):
    text = "\n".join(lines)
    letters = [c for c in text if c.isalpha()]
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    ratio = cyr / max(1, len(letters))
    if lang == "ru":
        return None if ratio > 0.6 else "Cyrillic share %.2f" % ratio
    if ratio > 0.02:
        return "Cyrillic share %.2f in a Latin-script language" % ratio
    words = [w.lower() for w in WORD.findall(text)]
    scores = {l: sum(1 for w in words if w in set(s)) for l, s in STOP.items()}
    best = max(scores, key=scores.get)
    if best != lang or scores[lang] < 10:
        return "stop-word scores %s" % scores
    return None


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws, golds = {}, {}
    for f in files:
        m = NAME.match(f)
        if not m:
            err("%s: bad file name" % f)
            continue
        num, lang, fams, is_gold = int(m.group(1)), m.group(2), m.group(3), bool(m.group(4))
        if LANG_OF.get(num) != lang:
            err("%s: number %03d must be language %s" % (f, num, LANG_OF.get(num)))
        if fams != "negative":
            parts = fams.split("-")
            bad = [p for p in parts if p not in FAMILIES]
            if bad:
                err("%s: unknown families %s" % (f, bad))
            elif parts != [x for x in FAMILIES if x in parts] or len(set(parts)) != len(parts):
                err("%s: families not in canonical order or repeated" % f)
        (golds if is_gold else raws)[num] = (f, fams)
    if sorted(raws) != list(range(1, 21)):
        err("raw files: numbers %s, need 001-020" % sorted(raws))
    for num, (f, fams) in raws.items():
        if num not in golds or golds[num][1] != fams:
            err("%s: no matching gold file" % f)
    for num, (f, fams) in golds.items():
        if num not in raws:
            err("%s: gold without raw file" % f)

    neg_per_lang = {l: 0 for l in LANGS}
    fam_seen = set()
    noblank_langs = []
    for num in sorted(raws):
        f, fams = raws[num]
        lang = LANG_OF[num]
        if num not in golds:
            continue
        gf = golds[num][0]
        raw = read_lines(os.path.join(HERE, f))
        gold = read_lines(os.path.join(HERE, gf))
        if raw is None or gold is None:
            continue
        status = []
        lp = language_problem(lang, raw)
        if lp:
            err("%s: language check failed (%s)" % (f, lp))
        raw_nb = [x for x in raw if x.strip()]
        gold_nb = [x for x in gold if x.strip()]
        if fams == "negative":
            neg_per_lang[lang] += 1
            if open(os.path.join(HERE, f), "rb").read() != open(os.path.join(HERE, gf), "rb").read():
                err("%s: negative but gold differs from raw" % f)
            status.append("negative, gold identical")
        else:
            fam_seen.update(fams.split("-"))
            if not gold_matches(raw, gold):
                err("%s: gold is not raw minus deleted lines (with collapsed blanks)" % gf)
            share = (len(raw_nb) - len(gold_nb)) / len(raw_nb)
            if not (SHARE_MIN <= share <= SHARE_MAX):
                err("%s: furniture share %.2f outside %.2f-%.2f" % (f, share, SHARE_MIN, SHARE_MAX))
            if len(raw) == len(raw_nb):
                noblank_langs.append(lang)
                status.append("no blank lines")
            status.append("furniture %d/%d = %.0f%%" % (len(raw_nb) - len(gold_nb), len(raw_nb), 100 * share))
        status.insert(0, "raw %d lines, gold %d lines" % (len(raw), len(gold)))
        print("%-100s %s" % (f, "; ".join(status)))

    for l, n in neg_per_lang.items():
        if n != 2:
            err("language %s: %d negatives, need exactly 2" % (l, n))
    missing = [x for x in FAMILIES if x not in fam_seen]
    if missing:
        err("families never used in a positive: %s" % missing)
    if len(set(noblank_langs)) < 2:
        err("need positives without blank lines in at least two languages, have %s" % noblank_langs)

    # Optional: the labelled sources in src/ must reproduce the files exactly.
    srcdir = os.path.join(HERE, "src")
    if os.path.isdir(srcdir):
        sys.path.insert(0, HERE)
        import build  # noqa: E402
        for fn in sorted(os.listdir(srcdir)):
            if not fn.endswith(".src"):
                continue
            lab = build.parse(os.path.join(srcdir, fn))
            base = build.name_for(fn[:-4], lab)
            rawp = os.path.join(HERE, base + ".txt")
            goldp = os.path.join(HERE, base + ".gold.txt")
            if not (os.path.exists(rawp) and os.path.exists(goldp)):
                err("src/%s: expected %s(.gold).txt" % (fn, base))
                continue
            want_raw = "\n".join(t for _, t in lab) + "\n"
            want_gold = "\n".join(build.collapse([t for f_, t in lab if f_ is None])) + "\n"
            if open(rawp, encoding="utf-8").read() != want_raw or open(goldp, encoding="utf-8").read() != want_gold:
                err("src/%s: files are out of date with the labelled source (run build.py)" % fn)

    if errors:
        for e in errors:
            print("ERROR:", e)
        print("FAILED (%d problems)" % len(errors))
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
