#!/usr/bin/env python3
"""Validate blind evaluation set 414 (news-furniture removal). Standard library only."""
import os
import re
import sys
from functools import lru_cache

HERE = os.path.dirname(os.path.abspath(__file__))
CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
LANGS = {n: ("en", "ru", "de", "fr", "es")[(n - 1) // 4] for n in range(1, 21)}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)(\.gold)?\.txt$")
STOP = {
    "en": set("the and of to is was were for that with said by at from has have are it this".split()),
    "de": set("der die das und ist nicht mit von den dem im auf für sich ein eine auch wird bei zu".split()),
    "fr": set("le les et des du est dans pour qui au sur pas avec ont une aux ce il".split()),
    "es": set("el los las y del por con una ha han para al su es está desde más".split()),
}
MIN_LINES, MAX_LINES = 25, 90
errors = []


def err(msg):
    errors.append(msg)
    print("FAIL " + msg)


def read_lines(path):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: BOM")
    if b"\r" in data:
        err(f"{name}: CR characters (not LF-only)")
    if not data.endswith(b"\n"):
        err(f"{name}: no final newline")
    if data.endswith(b"\n\n"):
        err(f"{name}: trailing blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if not (MIN_LINES <= len(lines) <= MAX_LINES):
        err(f"{name}: {len(lines)} lines, expected {MIN_LINES}-{MAX_LINES}")
    if lines and lines[0] == "":
        err(f"{name}: leading blank line")
    for k, l in enumerate(lines, 1):
        if l != "" and l.strip() == "":
            err(f"{name}: line {k} is whitespace-only")
        if k > 1 and l == "" and lines[k - 2] == "":
            err(f"{name}: consecutive blank lines at {k}")
    return data, lines


def derivable(raw, gold):
    """True if gold = raw minus some non-blank lines, blank runs collapsed, ends stripped."""
    raw, gold = tuple(raw), tuple(gold)

    @lru_cache(maxsize=None)
    def f(i, j, pending):
        if i == len(raw):
            return j == len(gold)
        line = raw[i]
        if line == "":
            return f(i + 1, j, pending or j > 0)
        if f(i + 1, j, pending):  # delete this line
            return True
        if pending:  # keep it, preceded by one blank
            return (j + 1 < len(gold) and gold[j] == "" and gold[j + 1] == line
                    and f(i + 1, j + 2, False))
        return j < len(gold) and gold[j] == line and f(i + 1, j + 1, False)

    sys.setrecursionlimit(10000)
    return f(0, 0, False)


def lang_check(name, lang, lines):
    text = "\n".join(lines)
    letters = [c for c in text if c.isalpha()]
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    share = cyr / max(1, len(letters))
    if lang == "ru":
        if share < 0.6:
            err(f"{name}: only {share:.0%} Cyrillic letters for ru")
        return f"cyr={share:.0%}"
    if share > 0.02:
        err(f"{name}: {share:.0%} Cyrillic letters for {lang}")
    words = re.findall(r"[^\W\d_]+", text.lower())
    scores = {k: sum(1 for w in words if w in v) for k, v in STOP.items()}
    best = max(scores, key=scores.get)
    if best != lang:
        err(f"{name}: stop words look like {best} ({scores}), expected {lang}")
    return f"stop={scores[lang]}/{sum(scores.values())}"


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    pairs = {}
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            err(f"{f}: bad file name")
            continue
        num, lang, fams, gold = int(m.group(1)), m.group(2), m.group(3), bool(m.group(4))
        pairs.setdefault(num, {})["gold" if gold else "raw"] = f
        pairs[num].setdefault("meta", (lang, fams))
        if pairs[num]["meta"] != (lang, fams):
            err(f"{f}: name does not match its pair")
    if sorted(pairs) != list(range(1, 21)):
        err(f"numbers present: {sorted(pairs)}, expected 1-20")
    neg_count = {l: 0 for l in ("en", "ru", "de", "fr", "es")}
    seen_fams = set()
    noblank_langs = []
    for num in sorted(pairs):
        p = pairs[num]
        if "raw" not in p or "gold" not in p:
            err(f"{num:03d}: missing raw or gold file")
            continue
        lang, fams = p["meta"]
        if LANGS.get(num) != lang:
            err(f"{p['raw']}: language {lang}, expected {LANGS.get(num)}")
        negative = fams == "negative"
        if not negative:
            fl = fams.split("-")
            bad = [x for x in fl if x not in CANON]
            if bad:
                err(f"{p['raw']}: unknown families {bad}")
            elif fl != sorted(set(fl), key=CANON.index):
                err(f"{p['raw']}: families not unique / not in canonical order")
            seen_fams.update(fl)
        else:
            neg_count[lang] = neg_count.get(lang, 0) + 1
        rdata, raw = read_lines(os.path.join(HERE, p["raw"]))
        gdata, gold = read_lines(os.path.join(HERE, p["gold"]))
        linfo = lang_check(p["raw"], lang, raw)
        nb_raw = sum(1 for l in raw if l)
        nb_gold = sum(1 for l in gold if l)
        if negative:
            if rdata != gdata:
                err(f"{p['gold']}: negative gold is not byte-identical to raw")
            print(f"ok  {p['raw']}: negative, {len(raw)} lines, {linfo}")
            print(f"ok  {p['gold']}: identical to raw")
            continue
        if not derivable(raw, gold):
            err(f"{p['gold']}: not derivable from raw by deleting lines and collapsing blanks")
        if "" not in raw:
            noblank_langs.append(lang)
        furn = nb_raw - nb_gold
        share = furn / max(1, nb_raw)
        if not (0.30 <= share <= 0.55):
            err(f"{p['raw']}: furniture share {share:.1%} outside 30-55 %")
        print(f"ok  {p['raw']}: {len(raw)} lines, {nb_raw} non-blank, furniture {furn} "
              f"({share:.1%}), {'no blank lines, ' if '' not in raw else ''}{linfo}")
        print(f"ok  {p['gold']}: {len(gold)} lines, {nb_gold} non-blank, subsequence ok")
    for l, c in neg_count.items():
        if c != 2:
            err(f"language {l}: {c} negatives, expected 2")
    missing = [f for f in CANON if f not in seen_fams]
    if missing:
        err(f"families missing from all positives: {missing}")
    if len(set(noblank_langs)) < 2:
        err(f"positives without blank lines in languages {noblank_langs}; need 2 languages")
    if errors:
        print(f"{len(errors)} ERROR(S)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
