#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks: file names, raw/gold pairing, UTF-8 without BOM, LF line endings,
final newline, gold is a line subsequence of raw, blank-line rules,
negatives byte-identical, positive line counts and furniture shares,
placement of furniture (top, bottom, between paragraphs), per-language
counts, family coverage (each family in >= 3 languages) and phrase reuse
across files. Prints one line per file and exits non-zero on any failure.
"""
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
ALLOWED_OTHER = {"check.py", "README.md", "PROMPT.md"}
EXPECTED_PAIRS = 20
PER_LANG = 4
NEG_PER_LANG = 1
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
NGRAM = 5          # shared word n-grams of this length across files count as reuse
MIN_FAM_LANGS = 3

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    """Return list of lines, or None after recording errors."""
    data = open(path, "rb").read()
    name = os.path.basename(path)
    ok = True
    if data.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM"); ok = False
    if b"\r" in data:
        err(f"{name}: contains CR (line endings must be LF)"); ok = False
    if not data.endswith(b"\n"):
        err(f"{name}: no final newline"); ok = False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})"); return None
    if not ok:
        return None
    return text[:-1].split("\n")


def align(raw, gold):
    """Greedy alignment of gold lines onto raw lines. Returns the raw index of
    every gold line, or None if gold is not a subsequence of raw."""
    idx, j = [], 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j)
        j += 1
    return idx


def expected_gold(raw, kept_nonblank):
    """Gold implied by deleting every raw non-blank line not in kept_nonblank,
    collapsing blank runs to one and trimming leading/trailing blanks that the
    raw does not have."""
    out = []
    for i, line in enumerate(raw):
        if line == "":
            if out and out[-1] == "":
                continue
            if not out and raw[0] != "":
                continue
            out.append(line)
        elif i in kept_nonblank:
            out.append(line)
    if raw[-1] != "":
        while out and out[-1] == "":
            out.pop()
    return out


def main():
    files = sorted(os.listdir(HERE))
    raws, golds = {}, {}
    for f in files:
        if os.path.isdir(os.path.join(HERE, f)) or f in ALLOWED_OTHER:
            continue
        m = NAME_RE.match(f)
        if not m:
            err(f"{f}: unexpected file name")
            continue
        key = f[: -len(".gold.txt")] if m.group(4) else f[: -len(".txt")]
        (golds if m.group(4) else raws)[key] = f

    for k in sorted(set(raws) - set(golds)):
        err(f"{k}: raw without gold")
    for k in sorted(set(golds) - set(raws)):
        err(f"{k}: gold without raw")

    keys = sorted(set(raws) & set(golds))
    nums = [k[:3] for k in keys]
    if len(set(nums)) != len(nums):
        err("duplicate file numbers")
    if sorted(nums) != [f"{i:03d}" for i in range(1, len(nums) + 1)]:
        err(f"file numbers are not 001..{len(nums):03d}")
    if len(keys) != EXPECTED_PAIRS:
        err(f"expected {EXPECTED_PAIRS} pairs, found {len(keys)}")

    per_lang = defaultdict(int)
    neg_lang = defaultdict(int)
    fam_langs = defaultdict(set)
    texts = {}

    for k in keys:
        num, lang, fam = NAME_RE.match(raws[k]).group(1, 2, 3)
        per_lang[lang] += 1
        n_err = len(errors)
        fams = fam.split("-")
        negative = fams == ["negative"]
        if negative:
            neg_lang[lang] += 1
        else:
            bad = [x for x in fams if x not in FAMILIES]
            if bad:
                err(f"{k}: unknown families {bad}")
            if len(set(fams)) != len(fams):
                err(f"{k}: repeated family in name")
            for x in fams:
                fam_langs[x].add(lang)

        raw = read_text(os.path.join(HERE, raws[k]))
        gold = read_text(os.path.join(HERE, golds[k]))
        if raw is None or gold is None:
            print(f"FAIL {k}")
            continue
        texts[k] = raw
        for i in range(1, len(raw)):
            if raw[i] == "" and raw[i - 1] == "":
                err(f"{k}: raw has consecutive blank lines at line {i + 1}")
                break

        raw_nb = [l for l in raw if l.strip()]
        gold_nb = [l for l in gold if l.strip()]
        if any(l != "" and not l.strip() for l in raw + gold):
            err(f"{k}: whitespace-only line (blank lines must be empty)")

        if negative:
            if open(os.path.join(HERE, raws[k]), "rb").read() != open(os.path.join(HERE, golds[k]), "rb").read():
                err(f"{k}: negative but gold differs from raw")
            status = "OK  " if len(errors) == n_err else "FAIL"
            print(f"{status} {raws[k]}  negative  lines={len(raw_nb)}")
            continue

        idx = align(raw, gold)
        if idx is None:
            err(f"{k}: gold is not a line subsequence of raw")
            print(f"FAIL {raws[k]}")
            continue
        kept = {i for i, g in zip(idx, gold) if g != ""}
        if expected_gold(raw, kept) != gold:
            err(f"{k}: blank lines in gold do not follow the collapse rules")
        if gold and gold[0] == "" and raw[0] != "":
            err(f"{k}: gold starts with a blank line")
        if gold and gold[-1] == "" and raw[-1] != "":
            err(f"{k}: gold ends with a blank line")

        n, d = len(raw_nb), len(raw_nb) - len(gold_nb)
        share = d / n if n else 0
        if not (MIN_LINES <= n <= MAX_LINES):
            err(f"{k}: {n} non-blank lines, need {MIN_LINES}-{MAX_LINES}")
        if not (MIN_SHARE <= share <= MAX_SHARE):
            err(f"{k}: furniture share {share:.0%}, need {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")

        nb_idx = [i for i, l in enumerate(raw) if l.strip()]
        deleted = [i for i in nb_idx if i not in kept]
        if nb_idx[0] not in deleted:
            err(f"{k}: no furniture at the top")
        if nb_idx[-1] not in deleted:
            err(f"{k}: no furniture at the bottom")
        if kept:
            lo, hi = min(kept), max(kept)
            if not any(lo < i < hi for i in deleted):
                err(f"{k}: no furniture between paragraphs")
        status = "OK  " if len(errors) == n_err else "FAIL"
        print(f"{status} {raws[k]}  lines={n} furniture={d} share={share:.0%}")

    for lang in LANGS:
        if per_lang[lang] != PER_LANG:
            err(f"language {lang}: {per_lang[lang]} pairs, need {PER_LANG}")
        if neg_lang[lang] != NEG_PER_LANG:
            err(f"language {lang}: {neg_lang[lang]} negatives, need {NEG_PER_LANG}")
    for f in FAMILIES:
        if len(fam_langs[f]) < MIN_FAM_LANGS:
            err(f"family {f}: only in languages {sorted(fam_langs[f])}, need {MIN_FAM_LANGS}")

    # Phrase reuse across files: identical lines and shared word n-grams.
    def grams(lines):
        s = set()
        for l in lines:
            w = re.findall(r"\w+", l.lower())
            s.update(tuple(w[i:i + NGRAM]) for i in range(len(w) - NGRAM + 1))
        return s
    owners = defaultdict(set)
    line_owner = defaultdict(set)
    for k, lines in texts.items():
        for g in grams(lines):
            owners[g].add(k)
        for l in lines:
            if l.strip():
                line_owner[l.strip()].add(k)
    for l, ks in sorted(line_owner.items()):
        if len(ks) > 1:
            err(f"line reused across files {sorted(ks)}: {l!r}")
    for g, ks in sorted(owners.items()):
        if len(ks) > 1:
            err(f"phrase reused across files {sorted(ks)}: {' '.join(g)!r}")

    print()
    print("family coverage: " + ", ".join(f"{f}={len(fam_langs[f])}" for f in FAMILIES))
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print(f"ALL CHECKS PASSED ({len(keys)} pairs)")


if __name__ == "__main__":
    main()
