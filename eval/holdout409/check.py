#!/usr/bin/env python3
"""Validate blind evaluation set 409 (news-furniture removal). Standard library only.

Usage: python3 check.py [directory]   (default: the directory of this script)
Prints one line per file, then ALL OK, or the list of problems and exit code 1.
"""
import os
import re
import sys
import unicodedata

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANG_OF = {}
for n in range(1, 21):
    LANG_OF[n] = ["en", "ru", "de", "fr", "es"][(n - 1) // 4]

STOP = {
    "en": set("the and of to is that for with was are was have has this from they it by at".split()),
    "de": set("der die und das nicht mit ist den von zu ein eine sich auf dem des im für auch wird".split()),
    "fr": set("le les des et est une dans pour du sur pas au qui il ce sont aux avec elle".split()),
    "es": set("el los las y del por con una para es se lo al su más pero como".split()),
    "ru": set("и в на не что с по как это из за от для он она но".split()),
}
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")

errors = []


def err(msg):
    errors.append(msg)


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
        err(f"{name}: blank line at end of file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for i, l in enumerate(lines, 1):
        if l != l.rstrip():
            err(f"{name}:{i}: trailing whitespace")
        if l and l.strip() == "":
            err(f"{name}:{i}: whitespace-only line")
        if any(unicodedata.category(c) == "Cc" and c != "\t" for c in l):
            err(f"{name}:{i}: control character")
    return lines


def match_subsequence(gold_nb, raw):
    """Greedy match of gold's non-blank lines into raw; returns raw indices or None."""
    idx, j = [], 0
    for g in gold_nb:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j)
        j += 1
    return idx


def expected_gold(raw, kept_idx):
    """Gold that results from keeping kept_idx: blank lines collapsed, none at the edges."""
    out = []
    for a, i in enumerate(kept_idx):
        if a > 0 and any(raw[k] == "" for k in range(kept_idx[a - 1] + 1, i)):
            out.append("")
        out.append(raw[i])
    return out


def lang_check(name, lang, lines):
    text = " ".join(lines)
    letters = [c for c in text if c.isalpha()]
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    ratio = cyr / max(1, len(letters))
    if lang == "ru" and ratio < 0.6:
        err(f"{name}: only {ratio:.0%} Cyrillic letters for a Russian page")
    if lang != "ru" and ratio > 0.01:
        err(f"{name}: {ratio:.0%} Cyrillic letters in a {lang} page")
    words = re.findall(r"[^\W\d_]+", text.lower())
    scores = {l: sum(1 for w in words if w in s) for l, s in STOP.items()}
    best = max(scores, key=scores.get)
    if best != lang or scores[lang] < 15:
        err(f"{name}: stop-word check says {best} ({scores}), expected {lang}")
    return ratio, scores[lang]


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    names = sorted(os.listdir(d))
    allowed_extra = {"README.md", "check.py", "__pycache__"}
    raws = {}
    for n in names:
        if n in allowed_extra:
            continue
        if n.endswith(".gold.txt"):
            if n[:-9] + ".txt" not in names:
                err(f"{n}: gold file without raw file")
            continue
        m = NAME_RE.match(n)
        if not m:
            err(f"{n}: unexpected file name")
            continue
        num, lang, fams = int(m.group(1)), m.group(2), m.group(3)
        if num in raws:
            err(f"{n}: number {num:03d} used twice")
        raws[num] = (n, lang, fams)
    if sorted(raws) != list(range(1, 21)):
        err(f"numbers present: {sorted(raws)}; expected 001-020")
    for f in ("README.md", "check.py"):
        if f not in names:
            err(f"missing {f}")

    fam_seen, negs_per_lang, noblank_langs = set(), {}, set()
    for num in sorted(raws):
        n, lang, fams = raws[num]
        if LANG_OF.get(num) != lang:
            err(f"{n}: number {num:03d} must be language {LANG_OF.get(num)}")
        negative = fams == "negative"
        flist = [] if negative else fams.split("-")
        if not negative:
            bad = [f for f in flist if f not in FAMILIES]
            if bad:
                err(f"{n}: unknown families {bad}")
            order = [FAMILIES.index(f) for f in flist if f in FAMILIES]
            if order != sorted(set(order)):
                err(f"{n}: families not unique / not in canonical order")
            fam_seen.update(flist)
        else:
            negs_per_lang[lang] = negs_per_lang.get(lang, 0) + 1

        raw_path = os.path.join(d, n)
        gold_name = n[:-4] + ".gold.txt"
        gold_path = os.path.join(d, gold_name)
        raw = read_lines(raw_path)
        if not os.path.exists(gold_path):
            err(f"{n}: missing {gold_name}")
            continue
        gold = read_lines(gold_path)

        if not 25 <= len(raw) <= 90:
            err(f"{n}: {len(raw)} lines (need 25-90)")
        if raw and (raw[0] == "" or raw[-1] == ""):
            err(f"{n}: leading or trailing blank line")
        if any(raw[i] == raw[i + 1] == "" for i in range(len(raw) - 1)):
            err(f"{n}: consecutive blank lines in raw")
        if gold and (gold[0] == "" or gold[-1] == ""):
            err(f"{gold_name}: leading or trailing blank line")
        if any(gold[i] == gold[i + 1] == "" for i in range(len(gold) - 1)):
            err(f"{gold_name}: blank lines not collapsed")

        raw_nb = [l for l in raw if l]
        gold_nb = [l for l in gold if l]
        idx = match_subsequence(gold_nb, raw)
        if idx is None:
            err(f"{gold_name}: not a subsequence of {n}")
        elif expected_gold(raw, idx) != gold:
            err(f"{gold_name}: blank-line structure differs from the raw file after deletion")

        ratio, sw = lang_check(n, lang, raw)
        has_blank = "" in raw
        share = (len(raw_nb) - len(gold_nb)) / max(1, len(raw_nb))
        if negative:
            if open(raw_path, "rb").read() != open(gold_path, "rb").read():
                err(f"{n}: negative but gold differs from raw")
        else:
            if not 0.30 <= share <= 0.55:
                err(f"{n}: furniture share {share:.1%} outside 30-55 %")
            if not has_blank:
                noblank_langs.add(lang)
        print(f"{n:<112} raw   lines={len(raw):3d} nonblank={len(raw_nb):3d} "
              f"{'negative ' if negative else f'furn={share:5.1%}'} "
              f"blanks={'yes' if has_blank else 'no '} cyr={ratio:4.0%} stopwords={sw}")
        print(f"{gold_name:<112} gold  lines={len(gold):3d} nonblank={len(gold_nb):3d} "
              f"{'identical' if negative else 'subseq ok'}")

    for lang in ("en", "ru", "de", "fr", "es"):
        if negs_per_lang.get(lang, 0) != 2:
            err(f"language {lang}: {negs_per_lang.get(lang, 0)} negatives (need exactly 2)")
    missing = [f for f in FAMILIES if f not in fam_seen]
    if missing:
        err(f"families missing from all positives: {missing}")
    if len(noblank_langs) < 2:
        err(f"positives without blank lines only in {sorted(noblank_langs)} (need 2 languages)")

    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
