#!/usr/bin/env python3
"""Validate blind evaluation set 417 (news-furniture removal). Standard library only.

Run from anywhere:  python3 check.py
Prints one line per file, then ALL OK (exit 0) or the list of problems (exit 1).
"""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]
LANG_OF = {n: LANGS[(n - 1) // 4] for n in range(1, 21)}
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z-]+)(\.gold)?\.txt$")

STOP = {
    "en": "the and of to in a is that for was with said are it on by be from at this".split(),
    "de": "der die das und ist nicht ein eine mit von zu den im auf für sich es dem des sie".split(),
    "fr": "le la les et des du un une est pour dans que qui sur pas au aux ce il elle nous".split(),
    "es": "el la los las y de que en un una por con para del se es al su lo como".split(),
}

problems = []


def bad(msg):
    problems.append(msg)


def nonblank(lines):
    return [l for l in lines if l.strip()]


def collapse(lines):
    out = []
    for l in lines:
        if not l.strip():
            if out and out[-1] == "":
                continue
            out.append("")
        else:
            out.append(l)
    while out and out[0] == "":
        out.pop(0)
    while out and out[-1] == "":
        out.pop()
    return out


def is_subsequence(small, big):
    it = iter(big)
    return all(any(s == b for b in it) for s in small)


def read_checked(path):
    name = os.path.basename(path)
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        bad(f"{name}: BOM")
    if b"\r" in data:
        bad(f"{name}: CR characters (not LF-only)")
    if not data.endswith(b"\n"):
        bad(f"{name}: no final newline")
    if data.endswith(b"\n\n"):
        bad(f"{name}: trailing blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        bad(f"{name}: not UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    if any(ord(c) < 32 and c not in "\n\t" for c in text):
        bad(f"{name}: control characters")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def language_guess(lines):
    text = " ".join(lines)
    letters = [c for c in text if c.isalpha()]
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    if letters and cyr / len(letters) > 0.5:
        return "ru", {}
    words = re.findall(r"[a-zà-ÿßñ]+", text.lower())
    scores = {lg: sum(1 for w in words if w in set(sw)) for lg, sw in STOP.items()}
    return max(scores, key=scores.get), scores


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = {}
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            bad(f"{f}: bad file name")
            continue
        num, lang, fams, gold = m.groups()
        n = int(num)
        if n not in LANG_OF:
            bad(f"{f}: number out of range")
            continue
        if LANG_OF[n] != lang:
            bad(f"{f}: language {lang} but number {num} belongs to {LANG_OF[n]}")
        if not gold:
            if n in raws:
                bad(f"{f}: duplicate number {num}")
            raws[n] = (f, lang, fams)
    if sorted(raws) != list(range(1, 21)):
        bad(f"numbers present: {sorted(raws)}; expected 1..20")

    seen_families = set()
    noblank_pos_langs = []
    neg_count = {lg: 0 for lg in LANGS}
    for n in sorted(raws):
        f, lang, fams = raws[n]
        stem = f[:-4]
        gold_name = stem + ".gold.txt"
        if gold_name not in files:
            bad(f"{f}: gold file {gold_name} missing")
            continue
        raw = read_checked(os.path.join(HERE, f))
        gold = read_checked(os.path.join(HERE, gold_name))
        if not 25 <= len(raw) <= 90:
            bad(f"{f}: {len(raw)} lines, expected 25-90")
        if not 25 <= len(gold) <= 90:
            bad(f"{gold_name}: {len(gold)} lines, expected 25-90")
        for name, ls in ((f, raw), (gold_name, gold)):
            if ls and (not ls[0].strip() or not ls[-1].strip()):
                bad(f"{name}: leading or trailing blank line")
            if any(l != l.rstrip() or (l.strip() == "" and l != "") for l in ls):
                bad(f"{name}: trailing whitespace or whitespace-only line")
        if gold != collapse(gold):
            bad(f"{gold_name}: blank lines not collapsed")
        if not is_subsequence(gold, collapse(raw)) or not is_subsequence(nonblank(gold), nonblank(raw)):
            bad(f"{gold_name}: not a subsequence of the raw file")
        g_lang, scores = language_guess(nonblank(raw))
        if g_lang != lang:
            bad(f"{f}: language looks like {g_lang}, not {lang} {scores}")

        nb_raw, nb_gold = len(nonblank(raw)), len(nonblank(gold))
        if fams == "negative":
            neg_count[lang] += 1
            ok = open(os.path.join(HERE, f), "rb").read() == open(os.path.join(HERE, gold_name), "rb").read()
            if not ok:
                bad(f"{f}: negative but gold differs from raw")
            info = "negative, gold identical" if ok else "negative, GOLD DIFFERS"
        else:
            fl = fams.split("-")
            unknown = [x for x in fl if x not in FAMILIES]
            if unknown:
                bad(f"{f}: unknown families {unknown}")
            known = [x for x in fl if x in FAMILIES]
            if known != sorted(known, key=FAMILIES.index) or len(set(known)) != len(known):
                bad(f"{f}: families not in canonical order or repeated")
            seen_families.update(known)
            share = (nb_raw - nb_gold) / nb_raw if nb_raw else 0
            if not 0.30 <= share <= 0.55:
                bad(f"{f}: furniture share {share:.1%} outside 30-55 %")
            blank = any(not l.strip() for l in raw)
            if not blank:
                noblank_pos_langs.append(lang)
            if raw == gold:
                bad(f"{f}: positive but gold equals raw")
            info = (f"positive, {len(known)} families, furniture {nb_raw - nb_gold}/{nb_raw} = {share:.1%}"
                    + ("" if blank else ", no blank lines"))
        print(f"{f}: {len(raw)} lines, lang {g_lang}, {info}")
        print(f"{gold_name}: {len(gold)} lines, {nb_gold} kept non-blank lines, subsequence of raw")

    for lg, c in neg_count.items():
        if c != 2:
            bad(f"language {lg}: {c} negatives, expected 2")
    missing = [x for x in FAMILIES if x not in seen_families]
    if missing:
        bad(f"families never used in a positive: {missing}")
    if len(set(noblank_pos_langs)) < 2:
        bad(f"positives without blank lines in languages {noblank_pos_langs}; need two languages")
    extra = [f for f in os.listdir(HERE) if f not in files and f not in ("check.py", "README.md", "src")]
    if extra:
        bad(f"unexpected entries in output directory: {extra}")

    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        print(f"{len(problems)} problem(s)")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
