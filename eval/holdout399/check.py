#!/usr/bin/env python3
"""Validate the blind evaluation set 399 (sport pages). Standard library only.

Run from anywhere:  python3 check.py
Prints one line per file and `ALL OK` as the last line when every check passes.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANG_OF = {}
for i, lang in enumerate(["en", "ru", "de", "fr", "es"]):
    for n in range(4 * i + 1, 4 * i + 5):
        LANG_OF[n] = lang
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
STOP = {
    "en": "the and of to in a is was for with on that at his their after have has from by".split(),
    "de": "der die das und ist nicht ein eine mit auf für den dem im zu von sich wir auch".split(),
    "fr": "le la les et des est un une du en pour dans au que qui sur pas avec ses".split(),
    "es": "el la los las y de del que en un una por con para se su al es".split(),
}
MIN_LINES, MAX_LINES = 25, 90
MIN_SHARE, MAX_SHARE = 0.30, 0.55

errors = []
report = []


def fail(name, msg):
    errors.append(f"{name}: {msg}")


def read_lines(path, name):
    data = open(path, "rb").read()
    ok = True
    if data.startswith(b"\xef\xbb\xbf"):
        fail(name, "starts with a BOM"); ok = False
    if b"\r" in data:
        fail(name, "contains CR (line endings must be LF)"); ok = False
    if not data.endswith(b"\n"):
        fail(name, "no final newline"); ok = False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(name, f"not UTF-8: {e}")
        return None, data
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    return lines, data


def guess_lang(text):
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff") / len(letters)
    if cyr > 0.5:
        return "ru"
    words = re.findall(r"[a-zà-ÿäöüßñ]+", text.lower())
    scores = {lang: sum(1 for w in words if w in set(sw)) for lang, sw in STOP.items()}
    return max(scores, key=scores.get)


def is_subsequence(gold, raw):
    """Greedy match; returns indices of raw lines kept, or None."""
    idx, j = [], 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j)
        j += 1
    return idx


def main():
    files = sorted(os.listdir(HERE))
    expected_extra = {"check.py", "README.md"}
    for f in expected_extra:
        if f not in files:
            fail(f, "missing")
    txt = [f for f in files if f.endswith(".txt")]
    other = [f for f in files if f not in expected_extra and not f.endswith(".txt")]
    for f in other:
        fail(f, "unexpected file in the set directory")

    pairs = {}
    for f in txt:
        m = NAME_RE.match(f)
        if not m:
            fail(f, "bad file name"); continue
        num, lang, fams, gold = int(m.group(1)), m.group(2), m.group(3), bool(m.group(4))
        pairs.setdefault((num, lang, fams), {})["gold" if gold else "raw"] = f

    nums = sorted(k[0] for k in pairs)
    if nums != list(range(1, 21)):
        fail("set", f"expected numbers 001-020 exactly once, got {nums}")

    per_lang = {}
    used = set()
    no_blank_positives = 0
    for (num, lang, fams), d in sorted(pairs.items()):
        base = f"{num:03d}_{lang}_{fams}"
        if "raw" not in d or "gold" not in d:
            fail(base, "raw or gold file missing"); continue
        if LANG_OF.get(num) != lang:
            fail(base, f"number {num:03d} must be language {LANG_OF.get(num)}")
        negative = fams == "negative"
        fam_list = fams.split("-")
        if not negative:
            bad = [x for x in fam_list if x not in FAMILIES]
            if bad:
                fail(base, f"unknown families {bad}")
            elif fam_list != [x for x in FAMILIES if x in fam_list] or len(set(fam_list)) != len(fam_list):
                fail(base, "families not in canonical order or repeated")
            used.update(fam_list)
        per_lang.setdefault(lang, []).append(negative)

        raw, raw_bytes = read_lines(os.path.join(HERE, d["raw"]), d["raw"])
        gold, gold_bytes = read_lines(os.path.join(HERE, d["gold"]), d["gold"])
        if raw is None or gold is None:
            continue
        n_before = len(errors)
        if not (MIN_LINES <= len(raw) <= MAX_LINES):
            fail(d["raw"], f"{len(raw)} lines, expected {MIN_LINES}-{MAX_LINES}")
        for which, lines in (("raw", raw), ("gold", gold)):
            if lines and (lines[0] == "" or lines[-1] == ""):
                fail(d[which], "leading or trailing blank line")
            if any(l != l.rstrip() for l in lines):
                fail(d[which], "trailing whitespace on a line")
        lg = guess_lang("\n".join(raw))
        if lg != lang:
            fail(d["raw"], f"text looks like '{lg}', name says '{lang}'")
        for i in range(1, len(gold)):
            if gold[i] == "" and gold[i - 1] == "":
                fail(d["gold"], f"uncollapsed blank run at gold line {i + 1}")
                break
        idx = is_subsequence(gold, raw)
        if idx is None:
            fail(d["gold"], "gold is not a subsequence of raw")
        else:
            # Nothing but whole-line deletions: re-derive the gold from the kept non-blank lines.
            kept = set(i for i, l in zip(idx, gold) if l != "")
            rebuilt = []
            for i, l in enumerate(raw):
                if l == "":
                    if rebuilt and rebuilt[-1] != "":
                        rebuilt.append("")
                elif i in kept:
                    rebuilt.append(l)
            while rebuilt and rebuilt[-1] == "":
                rebuilt.pop()
            if [l for l in rebuilt if l] != [l for l in gold if l]:
                fail(d["gold"], "kept lines do not match raw order")
        nb_raw = sum(1 for l in raw if l)
        nb_gold = sum(1 for l in gold if l)
        share = (nb_raw - nb_gold) / nb_raw if nb_raw else 0.0
        if negative:
            if raw_bytes != gold_bytes:
                fail(d["gold"], "negative gold must be byte-identical to raw")
        else:
            if not (MIN_SHARE <= share <= MAX_SHARE):
                fail(base, f"furniture share {share:.2f} outside {MIN_SHARE}-{MAX_SHARE}")
            if "" not in raw:
                no_blank_positives += 1
        status = "ok" if len(errors) == n_before else "FAIL"
        kind = "negative" if negative else f"positive, {len(fam_list)} families"
        report.append(f"{status:4s} {base}: {lang}, {kind}, raw {len(raw)} lines, "
                      f"gold {len(gold)} lines, furniture {nb_raw - nb_gold}/{nb_raw} = {share:.0%}")

    for lang in ["en", "ru", "de", "fr", "es"]:
        flags = per_lang.get(lang, [])
        if len(flags) != 4 or sum(flags) != 2:
            fail("set", f"{lang}: need 4 files, 2 negatives (got {len(flags)}, {sum(flags)} negatives)")
    missing = [f for f in FAMILIES if f not in used]
    if missing:
        fail("set", f"families never used in a positive: {missing}")
    if no_blank_positives < 2:
        fail("set", f"need at least two positives without blank lines, got {no_blank_positives}")

    for line in report:
        print(line)
    for e in errors:
        print("ERROR", e)
    if errors:
        print(f"{len(errors)} problem(s)")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
