#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Usage: python3 check.py [directory]

Checks file names, raw/gold pairing, encoding (UTF-8, LF, final newline, no BOM),
that every gold file is a subsequence of its raw file, the blank-line rules,
byte identity of negatives, line counts and furniture shares of positives, the
position of furniture (top, middle, bottom), the language/negative balance,
family coverage across languages and phrase reuse across files.
Prints one line per file and a summary; exit status 1 on any error.
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
EXPECTED_TOTAL = 20
PER_LANG = 4
NEG_PER_LANG = 2
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
MIN_LANGS_PER_FAMILY = 3
SHINGLE = 5  # words; a run this long shared by two files counts as a reused phrase
ALLOWED_OTHER = {"check.py", "README.md", "PROMPT.md"}


def read_text(path, errors):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append("starts with a BOM")
    if b"\r" in data:
        errors.append("contains CR (line endings must be LF)")
    if not data.endswith(b"\n"):
        errors.append("no final newline")
    elif data.endswith(b"\n\n"):
        errors.append("ends with a blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"not valid UTF-8: {exc}")
        text = data.decode("utf-8", "replace")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def align(raw, gold, errors):
    """Return a list of booleans (kept?) over raw lines, or None."""
    kept = [False] * len(raw)
    i = 0
    for g in gold:
        if g == "":
            continue
        while i < len(raw) and raw[i] != g:
            i += 1
        if i == len(raw):
            errors.append(f"gold line not found in order in raw: {g[:60]!r}")
            return None
        kept[i] = True
        i += 1
    return kept


def canonical_gold(raw, kept):
    out = []
    for line, k in zip(raw, kept):
        if line == "":
            if out and out[-1] == "":
                continue
            out.append("")
        elif k:
            out.append(line)
    # a blank run left by a deletion collapses to one (done above); strip edges
    # unless the raw file has a blank line there
    while out and out[0] == "" and raw[0] != "":
        out.pop(0)
    while out and out[-1] == "" and raw[-1] != "":
        out.pop()
    return out


def words(line):
    return re.findall(r"\w+", line.lower())


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    all_errors = 0
    names = sorted(os.listdir(root))
    raws, golds = {}, {}
    for n in names:
        p = os.path.join(root, n)
        if os.path.isdir(p):
            print(f"ERROR {n}: unexpected directory")
            all_errors += 1
            continue
        m = NAME_RE.match(n)
        if not m:
            if n not in ALLOWED_OTHER:
                print(f"ERROR {n}: unexpected file name")
                all_errors += 1
            continue
        key = n[: -len(".gold.txt")] if m.group(4) else n[: -len(".txt")]
        (golds if m.group(4) else raws)[key] = m

    for key in sorted(set(raws) ^ set(golds)):
        print(f"ERROR {key}: raw/gold pair incomplete")
        all_errors += 1

    numbers = [k[:3] for k in sorted(raws)]
    if len(set(numbers)) != len(numbers):
        print("ERROR: duplicate file numbers")
        all_errors += 1
    if numbers != [f"{i:03d}" for i in range(1, len(numbers) + 1)]:
        print("ERROR: file numbers are not consecutive from 001")
        all_errors += 1

    lang_count = defaultdict(lambda: [0, 0])  # lang -> [positives, negatives]
    fam_langs = defaultdict(set)
    file_words = {}

    for key in sorted(raws):
        errors = []
        m = raws[key]
        num, lang, fams = m.group(1), m.group(2), m.group(3).split("-")
        negative = fams == ["negative"]
        if not negative:
            bad = [f for f in fams if f not in FAMILIES]
            if bad:
                errors.append(f"unknown families {bad}")
            if len(set(fams)) != len(fams):
                errors.append("family listed twice")
            if [f for f in FAMILIES if f in fams] != fams:
                errors.append("families not in canonical order")
            for f in fams:
                fam_langs[f].add(lang)
        lang_count[lang][1 if negative else 0] += 1

        raw_path = os.path.join(root, key + ".txt")
        gold_path = os.path.join(root, key + ".gold.txt")
        if not os.path.exists(gold_path):
            print(f"ERROR {key}: missing gold")
            all_errors += 1
            continue
        raw_bytes, raw = read_text(raw_path, errors)
        gold_errors = []
        gold_bytes, gold = read_text(gold_path, gold_errors)
        errors.extend(f"gold: {e}" for e in gold_errors)

        nonblank = [l for l in raw if l.strip()]
        if any(l != l.strip() and l.strip() == "" for l in raw):
            errors.append("whitespace-only line in raw")
        if not negative and len(set(nonblank)) != len(nonblank):
            errors.append("raw repeats a non-blank line (alignment would be ambiguous)")
        if raw and raw[0] == "":
            errors.append("raw starts with a blank line")
        for a, b in zip(raw, raw[1:]):
            if a == "" and b == "":
                errors.append("raw has a run of blank lines")
                break
        if not (MIN_LINES <= len(nonblank) <= MAX_LINES):
            errors.append(f"{len(nonblank)} non-blank lines (want {MIN_LINES}-{MAX_LINES})")

        kept = align(raw, gold, errors)
        nfurn = 0
        if kept is not None:
            nfurn = sum(1 for l, k in zip(raw, kept) if l != "" and not k)
            expect = canonical_gold(raw, kept)
            if expect != gold:
                errors.append("gold does not follow the blank-line rules "
                              "(deleted lines removed, blank runs collapsed, no stray edge blanks)")
            for a, b in zip(gold, gold[1:]):
                if a == "" and b == "":
                    errors.append("gold has a run of blank lines")
                    break
            if gold and gold[0] == "" and raw[0] != "":
                errors.append("gold starts with a blank line")
            if not [l for l in gold if l]:
                errors.append("gold is empty")

        share = nfurn / len(nonblank) if nonblank else 0.0
        if negative:
            if raw_bytes != gold_bytes:
                errors.append("negative: gold is not byte-identical to raw")
        elif kept is not None:
            if nfurn == 0:
                errors.append("positive without furniture")
            if not (MIN_SHARE <= share <= MAX_SHARE):
                errors.append(f"furniture share {share:.0%} (want 30-55%)")
            idx = [i for i, l in enumerate(raw) if l != ""]
            kept_idx = [i for i in idx if kept[i]]
            furn_idx = [i for i in idx if not kept[i]]
            if kept_idx and furn_idx:
                if not any(i < kept_idx[0] for i in furn_idx):
                    errors.append("no furniture at the top")
                if not any(i > kept_idx[-1] for i in furn_idx):
                    errors.append("no furniture at the bottom")
                if not any(kept_idx[0] < i < kept_idx[-1] for i in furn_idx):
                    errors.append("no furniture between paragraphs")

        file_words[key] = [words(l) for l in raw if l]
        status = "OK   " if not errors else "ERROR"
        kind = "negative" if negative else "positive"
        print(f"{status} {key}: {kind}, {len(nonblank)} lines, {nfurn} furniture ({share:.0%})")
        for e in errors:
            print(f"      - {e}")
        all_errors += len(errors)

    # balance
    total = len(raws)
    if total != EXPECTED_TOTAL:
        print(f"ERROR: {total} pairs (want {EXPECTED_TOTAL})")
        all_errors += 1
    for lang in LANGS:
        pos, neg = lang_count[lang]
        if pos + neg != PER_LANG or neg != NEG_PER_LANG:
            print(f"ERROR: {lang}: {pos} positives, {neg} negatives (want {PER_LANG - NEG_PER_LANG}/{NEG_PER_LANG})")
            all_errors += 1

    # family coverage
    for f in FAMILIES:
        langs = sorted(fam_langs.get(f, ()))
        if len(langs) < MIN_LANGS_PER_FAMILY:
            print(f"ERROR: family {f!r} appears in {len(langs)} languages {langs} (want >= {MIN_LANGS_PER_FAMILY})")
            all_errors += 1

    # phrase reuse across files
    owner = {}
    reused = set()
    for key, lines in file_words.items():
        seen = set()
        for w in lines:
            for i in range(len(w) - SHINGLE + 1):
                sh = " ".join(w[i:i + SHINGLE])
                if sh in seen:
                    continue
                seen.add(sh)
                if sh in owner and owner[sh] != key:
                    reused.add((sh, owner[sh], key))
                owner.setdefault(sh, key)
    for sh, a, b in sorted(reused):
        print(f"ERROR: phrase reused in {a[:3]} and {b[:3]}: {sh!r}")
        all_errors += 1

    cover = ", ".join(f"{f}:{len(fam_langs.get(f, ()))}" for f in FAMILIES)
    print(f"family coverage (languages): {cover}")
    print("PASS" if all_errors == 0 else f"FAIL: {all_errors} problem(s)")
    return 1 if all_errors else 0


if __name__ == "__main__":
    sys.exit(main())
