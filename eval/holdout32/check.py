#!/usr/bin/env python3
"""Validate the boilerplate-removal evaluation set in this directory.

Usage: python3 check.py [DIR]
Prints one line per file pair and exits non-zero if any check fails.
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
PER_LANG = 4            # pairs per language
NEG_PER_LANG = 2        # negatives per language
MIN_LANGS_PER_FAMILY = 3
POS_MIN_LINES, POS_MAX_LINES = 15, 40
NEG_MIN_LINES = 12
SHARE_MIN, SHARE_MAX = 0.30, 0.55
NGRAM = 5               # shared word n-grams across files count as a reused phrase

NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
CYR = re.compile(r"[\u0400-\u04FF]")
IGNORED = {"README.md", "check.py", "PROMPT.md"}


def read_lines(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append("starts with a BOM")
    if b"\r" in data:
        errs.append("contains CR (line endings must be LF)")
    if not data.endswith(b"\n"):
        errs.append("no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not valid UTF-8: {e}")
        return data, []
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for i, l in enumerate(lines, 1):
        if l != "" and l.strip() == "":
            errs.append(f"line {i}: whitespace-only line (blank lines must be empty)")
        if any(ord(c) < 32 for c in l):
            errs.append(f"line {i}: control character")
        if l != l.rstrip():
            errs.append(f"line {i}: trailing whitespace")
    return data, lines


def expected_gold(raw, kept):
    """Rebuild the gold from the raw and the kept indices: blank runs collapse to one."""
    out = []
    if raw and raw[0] == "" and (not kept or kept[0] > 0):
        out.append("")
    prev = None
    for k in kept:
        if prev is not None and any(raw[j] == "" for j in range(prev + 1, k)):
            out.append("")
        out.append(raw[k])
        prev = k
    if raw and raw[-1] == "" and (prev is None or prev < len(raw) - 1):
        out.append("")
    return out


def align(raw, gold):
    """Map each non-blank gold line to a raw line index (in order) or return None."""
    kept, j = [], 0
    for g in gold:
        if g == "":
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None, g
        kept.append(j)
        j += 1
    return kept, None


def main(d):
    failures = 0
    names = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
    bad = [f for f in names if not NAME_RE.match(f)]
    for f in bad:
        print(f"FAIL {f}: file name does not match NNN_<lang>_<families>[.gold].txt")
        failures += 1
    raws = {f for f in names if NAME_RE.match(f) and not f.endswith(".gold.txt")}
    golds = {f for f in names if NAME_RE.match(f) and f.endswith(".gold.txt")}
    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold file without raw file")
            failures += 1

    numbers = defaultdict(list)
    per_lang = defaultdict(lambda: [0, 0])          # [pairs, negatives]
    fam_langs = defaultdict(set)
    line_owner = defaultdict(set)                   # non-blank raw line -> pair ids
    grams = defaultdict(set)                        # word n-gram -> pair ids

    for rf in sorted(raws):
        m = NAME_RE.match(rf)
        num, lang, fams = m.group(1), m.group(2), m.group(3)
        errs = []
        numbers[num].append(rf)
        gf = rf[:-4] + ".gold.txt"
        if gf not in golds:
            print(f"FAIL {rf}: missing {gf}")
            failures += 1
            continue
        famlist = fams.split("-")
        negative = famlist == ["negative"]
        if not negative:
            unknown = [x for x in famlist if x not in FAMILIES]
            if unknown:
                errs.append(f"unknown families {unknown}")
            if len(set(famlist)) != len(famlist):
                errs.append("duplicate family in name")
            known = [x for x in famlist if x in FAMILIES]
            if known != sorted(known, key=FAMILIES.index):
                errs.append("families not in canonical order")
            for x in known:
                fam_langs[x].add(lang)
        elif "negative" in famlist and len(famlist) > 1:
            errs.append("'negative' combined with families")
        per_lang[lang][0] += 1
        per_lang[lang][1] += int(negative)

        rdata, raw = read_lines(os.path.join(d, rf), errs)
        gdata, gold = read_lines(os.path.join(d, gf), errs)
        nb_raw = [l for l in raw if l]
        nb_gold = [l for l in gold if l]

        # language sanity
        cyr = sum(1 for l in nb_raw if CYR.search(l))
        if lang == "ru" and cyr < 0.6 * len(nb_raw):
            errs.append("ru file with too few Cyrillic lines")
        if lang != "ru" and cyr:
            errs.append("Cyrillic text in a non-ru file")

        # raw structure
        if len(set(nb_raw)) != len(nb_raw):
            errs.append("duplicate non-blank lines inside raw (alignment would be ambiguous)")
        if raw and raw[0] == "":
            errs.append("raw starts with a blank line")
        if raw and raw[-1] == "":
            errs.append("raw ends with a blank line")

        # gold is a subsequence, blank-line rules
        kept, missing = align(raw, gold)
        if kept is None:
            errs.append(f"gold line not found in raw (in order): {missing[:60]!r}")
        else:
            exp = expected_gold(raw, kept)
            if exp != gold:
                errs.append("gold blank lines do not follow the collapse rule "
                            "(one blank where a blank run remained, none at start/end)")

        deleted = len(nb_raw) - len(nb_gold)
        share = deleted / len(nb_raw) if nb_raw else 0.0
        if negative:
            if rdata != gdata:
                errs.append("negative: gold is not byte-identical to raw")
            if len(nb_raw) < NEG_MIN_LINES:
                errs.append(f"negative: only {len(nb_raw)} non-blank lines")
        else:
            if rdata == gdata:
                errs.append("positive: gold identical to raw")
            if not POS_MIN_LINES <= len(nb_raw) <= POS_MAX_LINES:
                errs.append(f"positive: {len(nb_raw)} non-blank lines (need {POS_MIN_LINES}-{POS_MAX_LINES})")
            if not SHARE_MIN <= share <= SHARE_MAX:
                errs.append(f"positive: furniture share {share:.1%} outside {SHARE_MIN:.0%}-{SHARE_MAX:.0%}")
            if kept:
                keptset = set(kept)
                nb_idx = [i for i, l in enumerate(raw) if l]
                dele = [i for i in nb_idx if i not in keptset]
                if not any(i < kept[0] for i in dele):
                    errs.append("positive: no furniture above the article")
                if not any(i > kept[-1] for i in dele):
                    errs.append("positive: no furniture below the article")
                if not any(kept[0] < i < kept[-1] for i in dele):
                    errs.append("positive: no furniture between article paragraphs")

        for l in set(nb_raw):
            line_owner[l].add(num)
            words = re.findall(r"\w+", l.lower())
            for i in range(len(words) - NGRAM + 1):
                grams[" ".join(words[i:i + NGRAM])].add(num)

        status = "OK  " if not errs else "FAIL"
        print(f"{status} {rf}: {len(nb_raw)} lines, {len(nb_gold)} kept, "
              f"{deleted} furniture ({share:.0%})" + ("" if not errs else " -> " + "; ".join(errs)))
        failures += bool(errs)

    # set-level checks
    glob_errs = []
    for num, fs in numbers.items():
        if len(fs) > 1:
            glob_errs.append(f"number {num} used by {fs}")
    nums = sorted(int(n) for n in numbers)
    if nums and nums != list(range(1, len(nums) + 1)):
        glob_errs.append("numbers are not contiguous from 001")
    for lang in LANGS:
        pairs, negs = per_lang[lang]
        if pairs != PER_LANG or negs != NEG_PER_LANG:
            glob_errs.append(f"{lang}: {pairs} pairs / {negs} negatives "
                             f"(need {PER_LANG} / {NEG_PER_LANG})")
    for fam in FAMILIES:
        if len(fam_langs[fam]) < MIN_LANGS_PER_FAMILY:
            glob_errs.append(f"family {fam} in {len(fam_langs[fam])} languages "
                             f"{sorted(fam_langs[fam])} (need {MIN_LANGS_PER_FAMILY})")
    for l, owners in line_owner.items():
        if len(owners) > 1:
            glob_errs.append(f"line reused across files {sorted(owners)}: {l[:60]!r}")
    for g, owners in grams.items():
        if len(owners) > 1:
            glob_errs.append(f"phrase reused across files {sorted(owners)}: {g!r}")
    for e in glob_errs:
        print(f"FAIL set: {e}")
    failures += len(glob_errs)

    print(f"{len(raws)} pairs checked, {failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
