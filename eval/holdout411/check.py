#!/usr/bin/env python3
"""Validate blind evaluation set 411 (news-furniture removal, en/ru/de/fr/es).

Standard library only.  Run from anywhere:  python3 check.py
Prints one line per file, then "ALL OK" (exit 0), or the problems found (exit 1).
"""
import os
import re
import sys
import importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANG_OF = {n: lang for lang, first in (("en", 1), ("ru", 5), ("de", 9), ("fr", 13), ("es", 17))
           for n in range(first, first + 4)}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)(\.gold)?\.txt$")
MIN_LINES, MAX_LINES = 25, 90
MIN_SHARE, MAX_SHARE = 0.30, 0.55

# Rough language fingerprints: function words that are (mostly) exclusive to one language.
STOP = {
    "en": "the and of to was with his for that is at by from have has it".split(),
    "de": "der die und das nicht ist mit den von sich ein eine auf für im dem".split(),
    "fr": "le les et des du est une dans pour qui au sur pas il avec aux".split(),
    "es": "el los las y del por con una para se su al lo como fue".split(),
}
CYR = re.compile(r"[\u0400-\u04FF]")
LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    if b"\r" in data:
        err(f"{name}: contains CR (not LF-only)")
    if not data.endswith(b"\n"):
        err(f"{name}: no final newline")
    if data.endswith(b"\n\n"):
        err(f"{name}: trailing blank line(s)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        err(f"{name}: not UTF-8 ({exc})")
        text = data.decode("utf-8", "replace")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if not (MIN_LINES <= len(lines) <= MAX_LINES):
        err(f"{name}: {len(lines)} lines, expected {MIN_LINES}-{MAX_LINES}")
    return data, lines


def collapse(lines):
    out = []
    for ln in lines:
        if ln.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(ln)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def match(raw, gold_nb, reverse=False):
    """Indices in raw of the gold non-blank lines (greedy), or None."""
    idx = list(range(len(raw)))
    seq = gold_nb
    if reverse:
        idx, seq = idx[::-1], gold_nb[::-1]
    picked, j = [], 0
    for i in idx:
        if j < len(seq) and raw[i] == seq[j]:
            picked.append(i)
            j += 1
    if j < len(seq):
        return None
    return sorted(picked)


def check_gold(name, raw, gold):
    if gold and gold[0].strip() == "":
        err(f"{name}: gold starts with a blank line")
    for a, b in zip(gold, gold[1:]):
        if a.strip() == "" and b.strip() == "":
            err(f"{name}: gold has a run of blank lines")
            break
    gold_nb = [ln for ln in gold if ln.strip()]
    for rev in (False, True):
        picked = match(raw, gold_nb, rev)
        if picked is None:
            err(f"{name}: gold is not a subsequence of raw (byte-exact lines)")
            return
        keep = set(picked)
        rebuilt = collapse([ln for i, ln in enumerate(raw) if i in keep or ln.strip() == ""])
        if rebuilt == gold:
            return
    err(f"{name}: gold is not raw-minus-deleted-lines with collapsed blank lines")


def language_of(lines):
    text = "\n".join(lines)
    cyr, lat = len(CYR.findall(text)), len(LAT.findall(text))
    if cyr > 0.6 * (cyr + lat):
        return "ru", f"cyr={cyr / max(1, cyr + lat):.0%}"
    if cyr > 0.05 * (cyr + lat):
        return "?", f"mixed script cyr={cyr}"
    words = [w.lower() for w in WORD.findall(text)]
    scores = {lang: sum(1 for w in words if w in set(sw)) for lang, sw in STOP.items()}
    best = max(scores, key=scores.get)
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] < 8 or ranked[0] < 1.5 * ranked[1]:
        return "?", f"stopwords {scores}"
    return best, "stopwords " + " ".join(f"{k}={v}" for k, v in scores.items())


def load_annotations():
    """Optional: cross-check against annotated/*.src if present."""
    bpath = os.path.join(HERE, "annotated", "build.py")
    if not os.path.exists(bpath):
        return None
    spec = importlib.util.spec_from_file_location("build411", bpath)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    pairs = {}
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            err(f"{f}: bad file name")
            continue
        num, lang, fams, gold = m.groups()
        pairs.setdefault(num, {})["gold" if gold else "raw"] = (f, lang, fams)

    expected = [f"{n:03d}" for n in range(1, 21)]
    if sorted(pairs) != expected:
        err(f"numbers present {sorted(pairs)} != 001..020")

    build = load_annotations()
    fam_in_pos = set()
    negs_per_lang = {}
    noblank_pos_langs = []
    for num in sorted(pairs):
        p = pairs[num]
        if set(p) != {"raw", "gold"}:
            err(f"{num}: raw or gold file missing")
            continue
        (rf, lang, fams), (gf, glang, gfams) = p["raw"], p["gold"]
        if (lang, fams) != (glang, gfams):
            err(f"{num}: raw and gold names differ")
        if LANG_OF.get(int(num)) != lang:
            err(f"{rf}: language {lang} but {num} should be {LANG_OF.get(int(num))}")
        negative = fams == "negative"
        if negative:
            negs_per_lang[lang] = negs_per_lang.get(lang, 0) + 1
            famlist = []
        else:
            famlist = fams.split("-")
            bad = [x for x in famlist if x not in FAMILIES]
            if bad:
                err(f"{rf}: unknown families {bad}")
            elif famlist != sorted(set(famlist), key=FAMILIES.index):
                err(f"{rf}: families not unique/canonical order")
            fam_in_pos.update(famlist)

        rdata, raw = read_text(os.path.join(HERE, rf))
        gdata, gold = read_text(os.path.join(HERE, gf))
        raw_nb = sum(1 for ln in raw if ln.strip())
        gold_nb = sum(1 for ln in gold if ln.strip())
        blanks = sum(1 for ln in raw if not ln.strip())
        check_gold(gf, raw, gold)

        share = (raw_nb - gold_nb) / raw_nb if raw_nb else 0.0
        if negative:
            if rdata != gdata:
                err(f"{gf}: negative but gold differs from raw")
        else:
            if not (MIN_SHARE <= share <= MAX_SHARE):
                err(f"{rf}: furniture share {share:.1%} outside 30-55 %")
            if blanks == 0:
                noblank_pos_langs.append(lang)

        detected, why = language_of(raw)
        if detected != lang:
            err(f"{rf}: language check says {detected} ({why}), expected {lang}")

        if build is not None:
            src = os.path.join(HERE, "annotated", f"{num}.src")
            if not os.path.exists(src):
                err(f"{num}: annotated/{num}.src missing")
            else:
                alang, noblank, blocks = build.parse(src)
                sep = "\n" if noblank else "\n\n"
                exp_raw = (sep.join(t for _, t in blocks) + "\n").encode("utf-8")
                exp_gold = (sep.join(t for f, t in blocks if f is None) + "\n").encode("utf-8")
                labelled = [x for x in FAMILIES if any(f == x for f, _ in blocks)]
                if alang != lang or exp_raw != rdata or exp_gold != gdata:
                    err(f"{num}: files differ from annotated/{num}.src (run annotated/build.py)")
                if labelled != famlist:
                    err(f"{num}: labelled families {labelled} != name {famlist}")

        kind = "negative" if negative else f"furniture {raw_nb - gold_nb}/{raw_nb} = {share:.0%}"
        print(f"{rf}: {len(raw)} lines, {raw_nb} non-blank, {blanks} blank, lang {detected} ({why}), {kind}")
        print(f"{gf}: {len(gold)} lines, {gold_nb} non-blank, "
              f"{'identical to raw' if rdata == gdata else 'subsequence ok'}")

    for lang in ("en", "ru", "de", "fr", "es"):
        if negs_per_lang.get(lang, 0) != 2:
            err(f"{lang}: {negs_per_lang.get(lang, 0)} negatives, expected 2")
    missing = [f for f in FAMILIES if f not in fam_in_pos]
    if missing:
        err(f"families in no positive: {missing}")
    if len(noblank_pos_langs) < 2 or len(set(noblank_pos_langs)) < 2:
        err(f"need >=2 positives without blank lines in different languages, got {noblank_pos_langs}")

    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
