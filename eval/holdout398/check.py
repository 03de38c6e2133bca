#!/usr/bin/env python3
"""Validate blind evaluation set 398 (news-furniture removal). Standard library only.

Run from anywhere:  python3 check.py
Prints one line per file (raw and gold) and `ALL OK` as the last line when every check passes.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANG_OF = {}
for n in range(1, 21):
    LANG_OF[n] = ["en", "ru", "de", "fr", "es"][(n - 1) // 4]
MIN_LINES, MAX_LINES = 25, 90
MIN_SHARE, MAX_SHARE = 0.30, 0.55
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)(\.gold)?\.txt$")

STOP = {
    "en": "the and of to in is that was for with on said it are by from this have which".split(),
    "de": "der die das und ist nicht mit sich den von auf ein eine für dem zu im werden sie".split(),
    "fr": "le la les des et est une un du dans pour que qui sur pas au aux ne ce avec".split(),
    "es": "el la los las de y que en un una por con para del se es al lo no su".split(),
}


def guess_language(text):
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    if cyr / len(letters) > 0.5:
        return "ru"
    words = re.findall(r"[a-zà-öø-ÿœ']+", text.lower())
    scores = {lang: sum(1 for w in words if w in set(sw)) for lang, sw in STOP.items()}
    return max(scores, key=scores.get)


def read_checked(path, errors):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append("has a BOM")
    if b"\r" in data:
        errors.append("contains CR (not LF-only)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append("not valid UTF-8: %s" % e)
        return None
    if not text.endswith("\n"):
        errors.append("no final newline")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if lines and lines[0].strip() == "":
        errors.append("leading blank line")
    if lines and lines[-1].strip() == "":
        errors.append("trailing blank line(s)")
    if "\ufeff" in text:
        errors.append("stray U+FEFF")
    return lines


def is_blank(s):
    return s.strip() == ""


def deletion_explains(raw, gold):
    """True if gold == collapse(raw with some non-blank lines deleted).

    collapse: runs of blank lines become one blank line; leading/trailing blanks removed.
    Dynamic programme over (raw index, gold index, pending blank)."""
    sys.setrecursionlimit(10000)
    memo = {}

    def go(i, j, pending):
        key = (i, j, pending)
        if key in memo:
            return memo[key]
        if i == len(raw):
            res = j == len(gold)
        elif is_blank(raw[i]):
            res = go(i + 1, j, True)
        else:
            res = go(i + 1, j, pending)  # delete raw[i]
            if not res:  # keep raw[i]; a pending blank is emitted first unless nothing was output yet
                if pending and j > 0:
                    if j + 1 < len(gold) and gold[j] == "" and gold[j + 1] == raw[i]:
                        res = go(i + 1, j + 2, False)
                elif j < len(gold) and gold[j] == raw[i]:
                    res = go(i + 1, j + 1, False)
        memo[key] = res
        return res

    return go(0, 0, False)


def is_subsequence(small, big):
    it = iter(big)
    return all(any(x == y for y in it) for x in small)


def main():
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    problems = 0
    pairs = {}
    for f in names:
        m = NAME_RE.match(f)
        if not m:
            print("FAIL %s: file name does not match NNN_<lang>_<families>[.gold].txt" % f)
            problems += 1
            continue
        num, lang, fam, gold = m.groups()
        pairs.setdefault((num, lang, fam), {})["gold" if gold else "raw"] = f

    seen_numbers = {}
    positives_by_lang = {}
    negatives_by_lang = {}
    used_families = set()
    no_blank_positives = 0

    for (num, lang, fam), d in sorted(pairs.items()):
        n = int(num)
        errs = []
        if n < 1 or n > 20:
            errs.append("number out of range 001-020")
        elif LANG_OF[n] != lang:
            errs.append("language %s but %s expected for %s" % (lang, LANG_OF[n], num))
        if num in seen_numbers:
            errs.append("number %s used twice" % num)
        seen_numbers[num] = True
        if "raw" not in d or "gold" not in d:
            errs.append("raw or gold file missing")
            print("FAIL %s_%s_%s: %s" % (num, lang, fam, "; ".join(errs)))
            problems += 1
            continue
        negative = fam == "negative"
        fam_list = [] if negative else fam.split("-")
        if not negative:
            bad = [x for x in fam_list if x not in FAMILIES]
            if bad:
                errs.append("unknown families %s" % bad)
            elif fam_list != sorted(set(fam_list), key=FAMILIES.index):
                errs.append("families not unique or not in canonical order")
        raw_errs, gold_errs = [], []
        raw = read_checked(os.path.join(HERE, d["raw"]), raw_errs)
        gold = read_checked(os.path.join(HERE, d["gold"]), gold_errs)
        if raw is not None:
            if not (MIN_LINES <= len(raw) <= MAX_LINES):
                raw_errs.append("%d lines, outside %d-%d" % (len(raw), MIN_LINES, MAX_LINES))
            guess = guess_language("\n".join(raw))
            if guess != lang:
                raw_errs.append("text looks like %s, not %s" % (guess, lang))
        share = None
        if raw is not None and gold is not None:
            for k in range(1, len(gold)):
                if is_blank(gold[k]) and is_blank(gold[k - 1]):
                    gold_errs.append("run of blank lines at line %d not collapsed" % (k + 1))
                    break
            if not is_subsequence(gold, raw):
                gold_errs.append("gold is not a subsequence of raw")
            elif not deletion_explains(raw, gold):
                gold_errs.append("gold is not raw minus whole non-blank lines with blank runs collapsed")
            raw_nb = sum(1 for x in raw if not is_blank(x))
            gold_nb = sum(1 for x in gold if not is_blank(x))
            share = (raw_nb - gold_nb) / raw_nb if raw_nb else 0.0
            if negative:
                a = open(os.path.join(HERE, d["raw"]), "rb").read()
                b = open(os.path.join(HERE, d["gold"]), "rb").read()
                if a != b:
                    gold_errs.append("negative gold is not byte-identical to raw")
                negatives_by_lang.setdefault(lang, []).append(num)
            else:
                if not (MIN_SHARE <= share <= MAX_SHARE):
                    gold_errs.append("furniture share %.1f%% outside 30-55%%" % (100 * share))
                positives_by_lang.setdefault(lang, []).append(num)
                used_families.update(fam_list)
                if not any(is_blank(x) for x in raw):
                    no_blank_positives += 1
        for which, fname, e, lines in (("raw", d["raw"], raw_errs + errs, raw),
                                       ("gold", d["gold"], gold_errs, gold)):
            if e:
                problems += 1
                print("FAIL %s: %s" % (fname, "; ".join(e)))
            else:
                extra = ""
                if which == "gold" and share is not None:
                    extra = ", furniture %.1f%%" % (100 * share) if not negative else ", identical to raw"
                print("ok   %s (%d lines%s)" % (fname, len(lines), extra))

    # set-level checks
    set_errs = []
    missing = ["%03d" % n for n in range(1, 21) if "%03d" % n not in seen_numbers]
    if missing:
        set_errs.append("missing numbers: %s" % ", ".join(missing))
    for lang in ["en", "ru", "de", "fr", "es"]:
        p = len(positives_by_lang.get(lang, []))
        q = len(negatives_by_lang.get(lang, []))
        if p != 2 or q != 2:
            set_errs.append("%s has %d positives and %d negatives (2 and 2 expected)" % (lang, p, q))
    unused = [f for f in FAMILIES if f not in used_families]
    if unused:
        set_errs.append("families never used in a positive: %s" % ", ".join(unused))
    if no_blank_positives < 2:
        set_errs.append("only %d positives without any blank line (2 needed)" % no_blank_positives)
    for extra in ("README.md",):
        if not os.path.exists(os.path.join(HERE, extra)):
            set_errs.append("%s missing" % extra)
    if len(pairs) != 20:
        set_errs.append("%d pairs found, 20 expected" % len(pairs))
    for e in set_errs:
        print("FAIL set: %s" % e)
    problems += len(set_errs)
    if not set_errs:
        print("ok   set: 20 pairs, 2+2 per language, all %d families used, %d positives without blank lines"
              % (len(FAMILIES), no_blank_positives))
    if problems:
        print("%d problem(s)" % problems)
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
