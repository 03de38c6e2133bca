#!/usr/bin/env python3
"""Validate blind evaluation set 416 (news-furniture removal). Standard library only.

Usage: python3 check.py [directory]   (default: the directory of this script)
Prints one line per raw file, then ALL OK (exit 0) or the list of problems (exit 1).
"""
import os, re, sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANG_OF = {}
for i, lang in enumerate(["en", "ru", "de", "fr", "es"]):
    for n in range(4 * i + 1, 4 * i + 5):
        LANG_OF[n] = lang
STOP = {
    "en": "the and of to in is for that with on was are it by at from has have this be as an or not but".split(),
    "de": "der die das und ist nicht mit ein eine zu den von im auf für des dem sich auch bei wie sie es".split(),
    "fr": "le la les des est et une un du pour que qui dans au sur pas ce par à il elle sont aux ne plus".split(),
    "es": "el la los las de que y en del por una para con se es no al lo su más como pero sus ha".split(),
}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
problems = []


def err(msg):
    problems.append(msg)


def read_lines(path):
    data = open(path, "rb").read()
    where = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        err(f"{where}: BOM")
    if b"\r" in data:
        err(f"{where}: CR characters (not LF-only)")
    if not data.endswith(b"\n") or data.endswith(b"\n\n"):
        err(f"{where}: must end with exactly one final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{where}: not UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def collapse(lines):
    out = []
    for l in lines:
        if l.strip() == "" and (not out or out[-1] == ""):
            continue
        out.append("" if l.strip() == "" else l)
    while out and out[-1] == "":
        out.pop()
    return out


def gold_from_raw(raw, gold):
    """Match gold's non-blank lines as a subsequence of raw's non-blank lines (greedy);
    return the collapsed raw-minus-deleted-lines, or None if not a subsequence."""
    want = [l for l in gold if l != ""]
    keep, j = [], 0
    for l in raw:
        if l.strip() == "":
            keep.append("")
        elif j < len(want) and l == want[j]:
            keep.append(l)
            j += 1
    if j != len(want):
        return None
    return collapse(keep)


def guess_lang(text):
    letters = [c for c in text if c.isalpha()]
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    if letters and cyr / len(letters) > 0.5:
        return "ru", cyr / len(letters)
    words = re.findall(r"[a-zà-öø-ÿ]+", text.lower())
    scores = {lang: sum(1 for w in words if w in set(sw)) / max(1, len(words)) for lang, sw in STOP.items()}
    best = max(scores, key=scores.get)
    return best, scores[best]


def parse_ann(path):
    rows = []
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line == "":
            rows.append(("", ""))
        else:
            lab, text = line.split("@@", 1)
            rows.append((lab, text))
    while rows and rows[-1] == ("", ""):
        rows.pop()
    return rows


def main(d):
    files = sorted(os.listdir(d))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    seen, fam_seen, noblank_langs, neg_count = {}, set(), set(), {}
    for f in raws:
        m = NAME_RE.match(f)
        if not m:
            err(f"{f}: bad file name")
            continue
        num, lang, fams = int(m.group(1)), m.group(2), m.group(3)
        if num in seen:
            err(f"{f}: number {num:03d} used twice")
        seen[num] = f
        if LANG_OF.get(num) != lang:
            err(f"{f}: number {num:03d} must be language {LANG_OF.get(num)}")
        negative = fams == "negative"
        if negative:
            neg_count[lang] = neg_count.get(lang, 0) + 1
        else:
            fl = fams.split("-")
            bad = [x for x in fl if x not in FAMILIES]
            if bad:
                err(f"{f}: unknown families {bad}")
            elif fl != sorted(set(fl), key=FAMILIES.index):
                err(f"{f}: families not unique / not in canonical order")
            fam_seen.update(fl)
        gname = f[:-4] + ".gold.txt"
        if gname not in golds:
            err(f"{f}: missing {gname}")
            continue
        raw, gold = read_lines(os.path.join(d, f)), read_lines(os.path.join(d, gname))
        if not 25 <= len(raw) <= 90:
            err(f"{f}: {len(raw)} lines, need 25-90")
        for l in raw + gold:
            if l != l.rstrip() or (l.strip() == "" and l != ""):
                err(f"{f}: trailing whitespace or whitespace-only line: {l[:40]!r}")
                break
        if gold and (gold[0] == "" or gold[-1] == ""):
            err(f"{gname}: leading or trailing blank line")
        if any(a == "" and b == "" for a, b in zip(gold, gold[1:])):
            err(f"{gname}: uncollapsed blank lines")
        rebuilt = gold_from_raw(raw, gold)
        if rebuilt is None:
            err(f"{gname}: not a subsequence of the raw lines")
        elif rebuilt != gold:
            err(f"{gname}: blank lines do not match raw-minus-deletions collapsed")
        nb_raw = [l for l in raw if l]
        nb_gold = [l for l in gold if l]
        share = 100.0 * (len(nb_raw) - len(nb_gold)) / len(nb_raw)
        if negative:
            if open(os.path.join(d, f), "rb").read() != open(os.path.join(d, gname), "rb").read():
                err(f"{f}: negative but gold differs from raw")
        else:
            if not 30 <= share <= 55:
                err(f"{f}: furniture share {share:.1f}% outside 30-55%")
            if "" not in raw:
                noblank_langs.add(lang)
        g, score = guess_lang("\n".join(raw))
        if g != lang:
            err(f"{f}: language looks like {g}, not {lang}")
        # cross-check with the hand labels, if present
        ann = os.path.join(d, "labels", f"{num:03d}_{lang}.ann")
        if os.path.exists(ann):
            rows = parse_ann(ann)
            if [t for _, t in rows] != raw:
                err(f"{f}: raw differs from labels/{os.path.basename(ann)}")
            labs = {l for l, _ in rows if l not in ("", "C")}
            if (sorted(labs, key=FAMILIES.index) if labs else ["negative"]) != fams.split("-"):
                err(f"{f}: families in name differ from labels")
            if collapse([t for l, t in rows if l in ("", "C")]) != gold:
                err(f"{gname}: gold differs from labels")
        print(f"{f}: {len(raw)} lines, {len(nb_raw)} non-blank, furniture {share:.1f}%, "
              f"{'no blank lines, ' if '' not in raw else ''}lang {g} ({score:.2f}) ok")
    for g in golds:
        if g[:-9] + ".txt" not in raws:
            err(f"{g}: gold without raw file")
    if sorted(seen) != list(range(1, 21)):
        err(f"numbers present: {sorted(seen)}; need 001-020")
    for lang in ["en", "ru", "de", "fr", "es"]:
        if neg_count.get(lang, 0) != 2:
            err(f"{lang}: {neg_count.get(lang, 0)} negatives, need exactly 2")
    missing = [x for x in FAMILIES if x not in fam_seen]
    if missing:
        err(f"families never used in a positive: {missing}")
    if len(noblank_langs) < 2:
        err(f"positives without blank lines only in languages {sorted(noblank_langs)}; need two languages")
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
