#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Prints one line per file and a few set-level lines, then `ALL OK` when
everything passes (exit code 0), otherwise `FAILED` (exit code 1).
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANG_OF = {}
for _n in range(1, 21):
    LANG_OF[_n] = ["en", "ru", "de", "fr", "es"][(_n - 1) // 4]

MIN_LINES, MAX_LINES = 25, 90
MIN_SHARE, MAX_SHARE = 0.30, 0.55

NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")

# crude language identification: stopword hits per language
STOP = {
    "en": "the and of to in for with that is was said on by from at has its".split(),
    "de": "der die das und mit den von ist nicht auf für sich dem eine des im".split(),
    "fr": "le la les des et du une pour dans est qui sur au par aux avec".split(),
    "es": "el la los las del y en que por con una para se al sus como".split(),
}

errors = []


def fail(msg):
    errors.append(msg)
    print("FAIL " + msg)


def detect_lang(text):
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    if cyr / len(letters) > 0.5:
        return "ru"
    words = re.findall(r"[^\W\d_]+", text.lower())
    scores = {lang: sum(1 for w in words if w in sw) for lang, sw in STOP.items()}
    return max(scores, key=scores.get)


def read_lines(path, label):
    """Return list of lines (without newline) or None after reporting problems."""
    data = open(path, "rb").read()
    ok = True
    if data.startswith(b"\xef\xbb\xbf"):
        fail(f"{label}: has a BOM"); ok = False
    if b"\r" in data:
        fail(f"{label}: contains CR (line endings must be LF)"); ok = False
    if not data.endswith(b"\n"):
        fail(f"{label}: no final newline"); ok = False
    if data.endswith(b"\n\n"):
        fail(f"{label}: trailing blank line"); ok = False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(f"{label}: not UTF-8 ({e})")
        return None
    if not ok:
        return None
    return text[:-1].split("\n")


def blank(s):
    return s.strip() == ""


def gold_matches(raw, gold):
    """True if gold = raw minus some non-blank lines, with the blank runs that
    the deletions leave collapsed to one and no leading/trailing blanks.

    Equivalently: the non-blank gold lines embed, in order, into the non-blank raw
    lines, and between two consecutive kept lines gold has exactly one blank line
    iff raw has at least one blank line between them (none otherwise)."""
    if gold and (blank(gold[0]) or blank(gold[-1])):
        return False, "leading or trailing blank line in gold"
    # gold: non-blank lines + flag "preceded by a blank line"
    g, flags, prev_blank = [], [], False
    for i, ln in enumerate(gold):
        if blank(ln):
            if prev_blank:
                return False, f"gold line {i + 1}: run of blank lines not collapsed"
            prev_blank = True
            continue
        g.append(ln)
        flags.append(prev_blank)
        prev_blank = False
    for i, ln in enumerate(gold):
        if blank(ln) and ln != "":
            return False, f"gold line {i + 1}: blank line with whitespace"
    # raw: non-blank lines with their raw index
    r = [(i, ln) for i, ln in enumerate(raw) if not blank(ln)]
    # blanks_before[k] = number of blank raw lines before r[k] (prefix count)
    pref = [0]
    for ln in raw:
        pref.append(pref[-1] + (1 if blank(ln) else 0))

    def has_blank_between(a, b):  # raw indices a < b
        return pref[b] - pref[a + 1] > 0

    if not g:
        return False, "gold is empty"
    # DP: reach[k] = True if g[0..j] can be embedded with g[j] at r[k]
    reach = [r[k][1] == g[0] for k in range(len(r))]
    for j in range(1, len(g)):
        new = [False] * len(r)
        for k in range(len(r)):
            if r[k][1] != g[j]:
                continue
            for k0 in range(k):
                if reach[k0] and has_blank_between(r[k0][0], r[k][0]) == flags[j]:
                    new[k] = True
                    break
        reach = new
        if not any(reach):
            return False, f"gold line '{g[j][:50]}' cannot follow the previous gold line in raw " \
                          f"(not a subsequence, or blank-line structure differs)"
    return True, ""


def main():
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    extra = sorted(f for f in os.listdir(HERE)
                   if not f.endswith(".txt") and f not in ("check.py", "README.md")
                   and not f.startswith("."))
    for f in extra:
        fail(f"unexpected file in set directory: {f}")
    pairs = {}
    for f in names:
        m = NAME_RE.match(f)
        if not m:
            fail(f"{f}: bad file name")
            continue
        num, lang, fams, is_gold = m.group(1), m.group(2), m.group(3), bool(m.group(4))
        pairs.setdefault(num, {})["gold" if is_gold else "raw"] = f
        pairs[num].setdefault("meta", set()).add((lang, fams))

    expected = {f"{n:03d}" for n in range(1, 21)}
    for num in sorted(expected - set(pairs)):
        fail(f"{num}: pair missing")
    for num in sorted(set(pairs) - expected):
        fail(f"{num}: unexpected number")

    per_lang = {}
    fams_used = set()
    no_blank_positives = []
    for num in sorted(set(pairs) & expected):
        p = pairs[num]
        if "raw" not in p or "gold" not in p:
            fail(f"{num}: raw or gold file missing")
            continue
        if len(p["meta"]) != 1:
            fail(f"{num}: raw and gold names disagree")
            continue
        lang, fams = next(iter(p["meta"]))
        rawf, goldf = p["raw"], p["gold"]
        if lang != LANG_OF[int(num)]:
            fail(f"{rawf}: language code {lang}, expected {LANG_OF[int(num)]}")
        negative = fams == "negative"
        flist = [] if negative else fams.split("-")
        if not negative:
            bad = [x for x in flist if x not in FAMILIES]
            if bad:
                fail(f"{rawf}: unknown families {bad}")
            elif len(set(flist)) != len(flist) or flist != sorted(flist, key=FAMILIES.index):
                fail(f"{rawf}: families not unique / not in canonical order")
            fams_used.update(x for x in flist if x in FAMILIES)
        per_lang.setdefault(lang, []).append("neg" if negative else "pos")

        raw = read_lines(os.path.join(HERE, rawf), rawf)
        gold = read_lines(os.path.join(HERE, goldf), goldf)
        n_err = len(errors)
        if raw is not None:
            if not (MIN_LINES <= len(raw) <= MAX_LINES):
                fail(f"{rawf}: {len(raw)} lines, expected {MIN_LINES}-{MAX_LINES}")
            if raw and blank(raw[0]):
                fail(f"{rawf}: leading blank line")
            det = detect_lang("\n".join(raw))
            if det != lang:
                fail(f"{rawf}: text looks like '{det}', name says '{lang}'")
        if raw is None or gold is None:
            continue
        nb_raw = sum(1 for ln in raw if not blank(ln))
        nb_gold = sum(1 for ln in gold if not blank(ln))
        share = (nb_raw - nb_gold) / nb_raw if nb_raw else 0.0
        if negative:
            a = open(os.path.join(HERE, rawf), "rb").read()
            b = open(os.path.join(HERE, goldf), "rb").read()
            if a != b:
                fail(f"{goldf}: negative gold not byte-identical to raw")
        else:
            ok, why = gold_matches(raw, gold)
            if not ok:
                fail(f"{goldf}: {why}")
            if not (MIN_SHARE <= share <= MAX_SHARE):
                fail(f"{rawf}: furniture share {share:.1%}, expected "
                     f"{MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
            if not any(blank(ln) for ln in raw):
                no_blank_positives.append(num)
        status = "OK  " if len(errors) == n_err else "FAIL"
        kind = "negative" if negative else f"positive, furniture {nb_raw - nb_gold}/{nb_raw} = {share:.0%}"
        print(f"{status} {rawf}: {len(raw)} lines, {kind}")
        print(f"{status} {goldf}: {len(gold)} lines, "
              + ("identical to raw" if negative else "subsequence of raw, blank runs collapsed"))

    for lang in ["en", "ru", "de", "fr", "es"]:
        kinds = per_lang.get(lang, [])
        if kinds.count("pos") != 2 or kinds.count("neg") != 2:
            fail(f"language {lang}: {kinds.count('pos')} positives, {kinds.count('neg')} negatives "
                 f"(expected 2 and 2)")
    missing = [f for f in FAMILIES if f not in fams_used]
    if missing:
        fail(f"families never used in a positive: {missing}")
    else:
        print(f"OK   all {len(FAMILIES)} families used across the positives")
    if len(no_blank_positives) < 2:
        fail(f"only {len(no_blank_positives)} positives without blank lines (need 2)")
    else:
        print(f"OK   positives without blank lines: {', '.join(no_blank_positives)}")

    if errors:
        print(f"FAILED ({len(errors)} problems)")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
