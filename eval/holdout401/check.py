#!/usr/bin/env python3
"""Validate blind evaluation set 401 (news-furniture removal). Standard library only.

Run from anywhere: python3 check.py [directory]. Prints one line per file, then ALL OK
(or the list of problems and exit status 1).
"""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANG_OF = {}
for _i, _lang in enumerate(["en", "ru", "de", "fr", "es"]):
    for _n in range(_i * 4 + 1, _i * 4 + 5):
        LANG_OF[_n] = _lang
MIN_LINES, MAX_LINES = 25, 90
MIN_SHARE, MAX_SHARE = 30.0, 55.0

STOP = {
    "en": "the and of to in is that for with was on said by it at from has have will not".split(),
    "de": "der die das und nicht mit den ist sich auf für ein eine dem des zu von im auch wird".split(),
    "fr": "le la les des et est une dans pour que qui du au sur pas ce avec il elle aux".split(),
    "es": "el la los las y que del por una con para se su al lo como más pero ha sus".split(),
}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")

problems = []


def bad(msg):
    problems.append(msg)


def read_text(path):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        bad(f"{name}: BOM")
    if b"\r" in data:
        bad(f"{name}: CR characters (need LF line endings)")
    if not data.endswith(b"\n"):
        bad(f"{name}: no final newline")
    if data.endswith(b"\n\n"):
        bad(f"{name}: trailing blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad(f"{name}: not UTF-8 ({exc})")
        text = data.decode("utf-8", "replace")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def layout_ok(name, lines):
    if lines and not lines[0].strip():
        bad(f"{name}: leading blank line")
    if lines and not lines[-1].strip():
        bad(f"{name}: trailing blank line")
    for i, ln in enumerate(lines):
        if ln != ln.rstrip() or (ln.strip() == "" and ln != ""):
            bad(f"{name}:{i+1}: trailing whitespace or whitespace-only line")
        if i and ln == "" and lines[i - 1] == "":
            bad(f"{name}:{i+1}: two blank lines in a row")


def expected_gold(raw, gold):
    """Greedy-align gold's non-blank lines to raw's and rebuild what gold must look like."""
    nb = [(i, ln) for i, ln in enumerate(raw) if ln != ""]
    want = [ln for ln in gold if ln != ""]
    pos, k = [], 0
    for ln in want:
        while k < len(nb) and nb[k][1] != ln:
            k += 1
        if k == len(nb):
            return None, None
        pos.append(nb[k][0])
        k += 1
    rebuilt = []
    for j, p in enumerate(pos):
        if j and any(raw[q] == "" for q in range(pos[j - 1] + 1, p)):
            rebuilt.append("")
        rebuilt.append(raw[p])
    return rebuilt, len(nb) - len(want)


def language_ok(name, lang, lines):
    text = " ".join(lines)
    letters = [c for c in text if c.isalpha()]
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    share = cyr / max(1, len(letters))
    if lang == "ru":
        if share < 0.6:
            bad(f"{name}: Cyrillic share {share:.2f} too low for ru")
        return f"cyr {share:.2f}"
    if share > 0.05:
        bad(f"{name}: Cyrillic share {share:.2f} too high for {lang}")
    words = re.findall(r"[^\W\d_]+", text.lower())
    scores = {lg: sum(1 for w in words if w in set(sw)) / max(1, len(words)) for lg, sw in STOP.items()}
    best = max(scores, key=scores.get)
    if best != lang:
        bad(f"{name}: stop-words look like {best} ({scores})")
    return f"stop {lang} {scores[lang]:.2f}"


def src_labels(root, num, lang):
    """Optional cross-check with the labelled sources, if present."""
    path = os.path.join(root, "src", f"{num:03d}_{lang}.src")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as fh:
        rows = [ln.split("|", 1)[0] for ln in fh.read().split("\n")[1:] if ln.strip()]
    return [f for f in FAMILIES if f in rows]


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    files = sorted(f for f in os.listdir(root) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    stray = [f for f in files if f not in raws and f not in golds]
    if stray:
        bad(f"unexpected files: {stray}")
    seen, fam_union, noblank, neg_per_lang = {}, set(), [], {}
    report = []
    for f in raws:
        m = NAME_RE.match(f)
        if not m:
            bad(f"{f}: bad file name")
            continue
        num, lang, fams = int(m.group(1)), m.group(2), m.group(3)
        if num in seen:
            bad(f"{f}: number {num:03d} used twice")
        seen[num] = f
        if LANG_OF.get(num) != lang:
            bad(f"{f}: number {num:03d} must be language {LANG_OF.get(num)}")
        negative = fams == "negative"
        famlist = [] if negative else fams.split("-")
        if not negative:
            unknown = [x for x in famlist if x not in FAMILIES]
            if unknown:
                bad(f"{f}: unknown families {unknown}")
            order = [FAMILIES.index(x) for x in famlist if x in FAMILIES]
            if order != sorted(set(order)) or len(order) != len(famlist):
                bad(f"{f}: families not in canonical order or repeated")
            fam_union.update(famlist)
            srcf = src_labels(root, num, lang)
            if srcf is not None and srcf != famlist:
                bad(f"{f}: name families {famlist} differ from src labels {srcf}")
        else:
            neg_per_lang[lang] = neg_per_lang.get(lang, 0) + 1
        gname = f[:-4] + ".gold.txt"
        if gname not in golds:
            bad(f"{f}: missing gold file {gname}")
            continue
        raw = read_text(os.path.join(root, f))
        gold = read_text(os.path.join(root, gname))
        layout_ok(f, raw)
        layout_ok(gname, gold)
        for nm, ls in ((f, raw), (gname, gold)):
            if not MIN_LINES <= len(ls) <= MAX_LINES:
                bad(f"{nm}: {len(ls)} lines, need {MIN_LINES}-{MAX_LINES}")
        rebuilt, removed = expected_gold(raw, gold)
        if rebuilt is None:
            bad(f"{gname}: not a subsequence of the raw file's lines")
            share = 0.0
        else:
            if rebuilt != gold:
                bad(f"{gname}: blank lines not collapsed as expected")
            nonblank = sum(1 for ln in raw if ln)
            share = 100.0 * removed / nonblank
        if negative:
            if open(os.path.join(root, f), "rb").read() != open(os.path.join(root, gname), "rb").read():
                bad(f"{f}: negative but gold differs from raw")
        else:
            if not MIN_SHARE <= share <= MAX_SHARE:
                bad(f"{f}: furniture share {share:.1f}% outside {MIN_SHARE}-{MAX_SHARE}%")
            if "" not in raw:
                noblank.append((num, lang))
        lang_note = language_ok(f, lang, gold)
        kind = "negative" if negative else f"positive, {len(famlist)} families, furniture {share:.1f}%"
        blank_note = "" if negative or "" in raw else ", no blank lines"
        report.append(f"{f}: {len(raw)} raw / {len(gold)} gold lines, {kind}{blank_note}, {lang_note}")
    for f in sorted(golds):
        if f[:-9] + ".txt" not in raws:
            bad(f"{f}: gold without raw file")
    if sorted(seen) != list(range(1, 21)):
        bad(f"numbers present {sorted(seen)}, need 001-020")
    for lang in ("en", "ru", "de", "fr", "es"):
        if neg_per_lang.get(lang, 0) != 2:
            bad(f"language {lang}: {neg_per_lang.get(lang, 0)} negatives, need 2")
    missing = [x for x in FAMILIES if x not in fam_union]
    if missing:
        bad(f"families in no positive: {missing}")
    if len(noblank) < 2 or len({lg for _, lg in noblank}) < 2:
        bad(f"need >= 2 positives without blank lines in different languages, have {noblank}")
    for line in report:
        print(line)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        return 1
    print(f"families covered: {len(fam_union)}/{len(FAMILIES)}; positives without blank lines: "
          + ", ".join(f"{n:03d} ({lg})" for n, lg in noblank))
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
