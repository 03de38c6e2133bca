#!/usr/bin/env python3
"""Validate blind evaluation set 406 (news-furniture removal). Standard library only.

Usage: python3 check.py [directory]   (default: the directory of this script)
Prints one line per file, then ALL OK (exit 0), or the list of problems (exit 1).
"""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
LANG_OF = {}
for _n in range(1, 21):
    LANG_OF[_n] = ["en", "ru", "de", "fr", "es"][(_n - 1) // 4]

NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
MIN_LINES, MAX_LINES = 25, 90
MIN_SHARE, MAX_SHARE = 0.30, 0.55

STOPWORDS = {
    "en": "the and of to in is that for was with on it at by from this have are be".split(),
    "de": "der die das und nicht ist mit sich den dem ein eine auch für auf im von zu".split(),
    "fr": "le la les des et est une dans du pour que qui pas sur au aux avec ce cette".split(),
    "es": "el la los las y que del en por con una para se su al lo como más".split(),
}

problems = []


def fail(msg):
    problems.append(msg)


def read_text(path):
    """Return the decoded text, or None after recording problems."""
    data = open(path, "rb").read()
    name = os.path.basename(path)
    ok = True
    if data.startswith(b"\xef\xbb\xbf"):
        fail(f"{name}: starts with a UTF-8 BOM")
        ok = False
    if b"\r" in data:
        fail(f"{name}: contains CR characters (LF line endings required)")
        ok = False
    if not data.endswith(b"\n"):
        fail(f"{name}: no final newline")
        ok = False
    if data.endswith(b"\n\n"):
        fail(f"{name}: trailing blank line(s)")
        ok = False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(f"{name}: not valid UTF-8 ({e})")
        return None
    if "\t" in text:
        fail(f"{name}: contains tab characters")
    return text if ok else text


def split_lines(text):
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def guess_language(text):
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None, {}
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    if cyr / len(letters) > 0.5:
        return "ru", {"cyrillic": round(cyr / len(letters), 2)}
    words = re.findall(r"[a-zäöüßàâçéèêëîïôûùüÿœæáíóúñ]+", text.lower())
    scores = {}
    for lang, sw in STOPWORDS.items():
        s = set(sw)
        scores[lang] = sum(1 for w in words if w in s)
    best = max(scores, key=scores.get)
    return best, scores


def gold_subsequence_problems(raw_lines, gold_lines):
    """Gold must be raw with lines deleted, blank runs collapsed, no leading/trailing blanks."""
    errs = []
    if gold_lines and gold_lines[0] == "":
        errs.append("gold starts with a blank line")
    if gold_lines and gold_lines[-1] == "":
        errs.append("gold ends with a blank line")
    for a, b in zip(gold_lines, gold_lines[1:]):
        if a == "" and b == "":
            errs.append("gold has consecutive blank lines")
            break
    # byte-for-byte subsequence (greedy), mapping non-blank gold lines to raw positions
    pos = []
    i = 0
    for g in gold_lines:
        while i < len(raw_lines) and raw_lines[i] != g:
            i += 1
        if i == len(raw_lines):
            errs.append(f"gold line not found in order in raw: {g[:70]!r}")
            return errs
        if g != "":
            pos.append(i)
        i += 1
    # blank-line structure: a blank between two kept lines in raw <=> a blank between them in gold
    nonblank_idx = [k for k, g in enumerate(gold_lines) if g != ""]
    for (ga, gb), (ra, rb) in zip(zip(nonblank_idx, nonblank_idx[1:]), zip(pos, pos[1:])):
        gold_blank = gb - ga > 1
        raw_blank = any(raw_lines[k] == "" for k in range(ra + 1, rb))
        if gold_blank != raw_blank:
            errs.append(f"blank-line collapse mismatch before gold line {gb + 1}: {gold_lines[gb][:50]!r}")
            break
    return errs


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    txt = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
    pairs = {}
    for f in txt:
        m = NAME_RE.match(f)
        if not m:
            fail(f"{f}: file name does not match NNN_<lang>_<families>[.gold].txt")
            continue
        num, lang, fams, gold = m.groups()
        pairs.setdefault(num, {})["gold" if gold else "raw"] = f
        pairs[num].setdefault("meta", set()).add((lang, fams))

    expected = {f"{n:03d}" for n in range(1, 21)}
    if set(pairs) != expected:
        fail(f"numbers present {sorted(pairs)} != 001..020")

    negatives_per_lang = {}
    family_seen = set()
    noblank_positive_langs = []
    lines_out = []

    for num in sorted(pairs):
        p = pairs[num]
        if len(p["meta"]) != 1:
            fail(f"{num}: raw and gold names disagree: {sorted(p['meta'])}")
            continue
        lang, fams = next(iter(p["meta"]))
        n = int(num)
        if n in LANG_OF and LANG_OF[n] != lang:
            fail(f"{num}: language {lang}, expected {LANG_OF[n]}")
        if "raw" not in p or "gold" not in p:
            fail(f"{num}: missing raw or gold file")
            continue
        negative = fams == "negative"
        if negative:
            negatives_per_lang[lang] = negatives_per_lang.get(lang, 0) + 1
            famlist = []
        else:
            famlist = fams.split("-")
            unknown = [x for x in famlist if x not in FAMILIES]
            if unknown:
                fail(f"{num}: unknown families {unknown}")
            elif famlist != sorted(set(famlist), key=FAMILIES.index):
                fail(f"{num}: families not unique / not in canonical order: {fams}")
            family_seen.update(famlist)

        raw_text = read_text(os.path.join(d, p["raw"]))
        gold_text = read_text(os.path.join(d, p["gold"]))
        if raw_text is None or gold_text is None:
            continue
        raw_lines, gold_lines = split_lines(raw_text), split_lines(gold_text)
        for fname, ls in ((p["raw"], raw_lines), (p["gold"], gold_lines)):
            if not MIN_LINES <= len(ls) <= MAX_LINES:
                fail(f"{fname}: {len(ls)} lines, must be {MIN_LINES}-{MAX_LINES}")
            if ls and ls[0] == "":
                fail(f"{fname}: starts with a blank line")
            if any(x != x.strip() for x in ls):
                fail(f"{fname}: line(s) with leading/trailing whitespace")
        for e in gold_subsequence_problems(raw_lines, gold_lines):
            fail(f"{p['gold']}: {e}")

        raw_nb = [x for x in raw_lines if x != ""]
        gold_nb = [x for x in gold_lines if x != ""]
        share = (len(raw_nb) - len(gold_nb)) / len(raw_nb) if raw_nb else 0.0
        has_blank = "" in raw_lines
        if negative:
            if raw_text != gold_text:
                fail(f"{num}: negative but gold differs from raw")
        else:
            if not MIN_SHARE <= share <= MAX_SHARE:
                fail(f"{num}: furniture share {share:.1%} outside {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
            if not has_blank:
                noblank_positive_langs.append(lang)

        guessed, scores = guess_language(raw_text)
        if guessed != lang:
            fail(f"{p['raw']}: language check guessed {guessed} {scores}")
        gguessed, _ = guess_language(gold_text)
        if gguessed != lang:
            fail(f"{p['gold']}: language check guessed {gguessed}")

        kind = "negative" if negative else f"positive furniture={len(raw_nb) - len(gold_nb)}/{len(raw_nb)} ({share:.0%})"
        lines_out.append(f"{p['raw']}: {len(raw_lines)} lines, {'blank-separated' if has_blank else 'no blank lines'}, lang={lang} ok, {kind}")
        lines_out.append(f"{p['gold']}: {len(gold_lines)} lines, subsequence ok{', identical to raw' if negative else ''}")

    for lang in ["en", "ru", "de", "fr", "es"]:
        if negatives_per_lang.get(lang, 0) != 2:
            fail(f"{lang}: {negatives_per_lang.get(lang, 0)} negatives, expected exactly 2")
    missing = [f for f in FAMILIES if f not in family_seen]
    if missing:
        fail(f"families never used in a positive: {missing}")
    if len(set(noblank_positive_langs)) < 2:
        fail(f"need >=2 positives without blank lines in different languages, got {noblank_positive_langs}")
    extra = sorted(f for f in os.listdir(d) if not f.endswith(".txt") and f not in ("check.py", "README.md") and not f.startswith("."))
    if extra:
        fail(f"unexpected entries in directory: {extra}")

    for line in lines_out:
        print(line)
    if problems:
        print(f"{len(problems)} PROBLEM(S):")
        for pr in problems:
            print("  " + pr)
        sys.exit(1)
    print(f"families covered: {len(family_seen)}/{len(FAMILIES)}; positives without blank lines: {', '.join(noblank_positive_langs)}")
    print("ALL OK")


if __name__ == "__main__":
    main()
