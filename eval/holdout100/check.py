#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks: file names and families, raw/gold pairing, UTF-8 without BOM, LF line
endings and a final newline, gold lines forming a byte-identical subsequence of
raw lines, blank-line collapsing rules, negatives byte-identical, line counts
and furniture shares, furniture at top/middle/bottom of positives, the
language/negative quota, and no phrase reused across files.
Prints one line per pair and exits non-zero on any failure.
"""
import os, re, sys
from collections import defaultdict, Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit copyright wire "
            "share counter newsletter subscribe donation membership paywall comments login authorbox tags footer "
            "app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
SHINGLE = 7          # words; a shared run this long across two files counts as a reused phrase
EXPECTED_PER_LANG, EXPECTED_NEG_PER_LANG = 4, 1

errors_global = []


def read_text(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append("has BOM")
    if b"\r" in data:
        errs.append("contains CR (not LF-only)")
    if not data.endswith(b"\n"):
        errs.append("no final newline")
    if data.endswith(b"\n\n"):
        errs.append("ends with a blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not UTF-8: {e}")
        text = data.decode("utf-8", "replace")
    bad = [c for c in text if ord(c) < 32 and c not in "\n\t"]
    if bad:
        errs.append("control characters present")
    return text


def lines_of(text):
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def align(raw, gold):
    """Greedy subsequence alignment; returns kept raw indices or None."""
    idx, j = [], 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j)
        j += 1
    return idx


def derive_gold(raw, deleted):
    """Expected gold: drop deleted lines, collapse blank runs, trim ends unless raw has blanks there."""
    out = []
    for i, ln in enumerate(raw):
        if i in deleted:
            continue
        if ln == "" and out and out[-1] == "":
            continue
        out.append(ln)
    if raw and raw[0] != "":
        while out and out[0] == "":
            out.pop(0)
    if raw and raw[-1] != "":
        while out and out[-1] == "":
            out.pop()
    return out


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    pairs = defaultdict(dict)
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            errors_global.append(f"bad file name: {f}")
            continue
        stem = f[: -len(".gold.txt")] if m.group(4) else f[: -len(".txt")]
        pairs[stem]["gold" if m.group(4) else "raw"] = f

    numbers = Counter(s[:3] for s in pairs)
    for n, c in numbers.items():
        if c > 1:
            errors_global.append(f"number {n} used by {c} pairs")

    per_lang = Counter()
    neg_per_lang = Counter()
    raw_texts = {}
    failed = 0

    for stem in sorted(pairs):
        errs = []
        p = pairs[stem]
        num, lang, fams = NAME_RE.match(stem + ".txt").group(1, 2, 3)
        fam_list = fams.split("-")
        negative = fams == "negative"
        if not negative:
            unknown = [x for x in fam_list if x not in FAMILIES]
            if unknown:
                errs.append(f"unknown families {unknown}")
            if len(set(fam_list)) != len(fam_list):
                errs.append("duplicate family in name")
        if "raw" not in p:
            errs.append("missing raw file")
        if "gold" not in p:
            errs.append("missing gold file")
        if errs:
            failed += 1
            print(f"FAIL {stem}: " + "; ".join(errs))
            continue

        raw_t = read_text(os.path.join(HERE, p["raw"]), errs)
        gold_t = read_text(os.path.join(HERE, p["gold"]), errs)
        raw, gold = lines_of(raw_t), lines_of(gold_t)
        raw_texts[stem] = raw
        per_lang[lang] += 1
        if negative:
            neg_per_lang[lang] += 1

        nb_raw = [l for l in raw if l.strip()]
        nb_gold = [l for l in gold if l.strip()]
        for i, l in enumerate(raw):
            if l != l.strip() and l.strip():
                errs.append(f"raw line {i+1} has leading/trailing whitespace")
                break
            if l and not l.strip():
                errs.append(f"raw line {i+1} is whitespace-only")
                break
        for i in range(1, len(raw)):
            if raw[i] == "" and raw[i - 1] == "":
                errs.append(f"raw has consecutive blank lines at {i+1}")
                break

        idx = align(raw, gold)
        share = 0.0
        if idx is None:
            errs.append("gold is not a subsequence of raw")
        else:
            kept = set(idx)
            deleted_nb = {i for i, l in enumerate(raw) if i not in kept and l != ""}
            # blank raw lines are never "furniture"; recompute what gold should be
            expected = derive_gold(raw, deleted_nb)
            if expected != gold:
                errs.append("blank-line rules violated (gold differs from collapsed/trimmed derivation)")
            if gold and gold[0] == "" and raw[0] != "":
                errs.append("gold starts with a blank line")
            if gold and gold[-1] == "" and raw[-1] != "":
                errs.append("gold ends with a blank line")
            for i in range(1, len(gold)):
                if gold[i] == "" and gold[i - 1] == "":
                    errs.append("gold has consecutive blank lines")
                    break
            n_furn = len(deleted_nb)
            share = n_furn / len(nb_raw) if nb_raw else 0.0

            if negative:
                if raw_t != gold_t:
                    errs.append("negative: gold not byte-identical to raw")
            else:
                if not (MIN_LINES <= len(nb_raw) <= MAX_LINES):
                    errs.append(f"{len(nb_raw)} non-blank lines (want {MIN_LINES}-{MAX_LINES})")
                if not (MIN_SHARE <= share <= MAX_SHARE):
                    errs.append(f"furniture share {share:.1%} (want {MIN_SHARE:.0%}-{MAX_SHARE:.0%})")
                kept_nb = sorted(i for i in kept if raw[i] != "")
                if not kept_nb:
                    errs.append("no content left")
                else:
                    first, last = kept_nb[0], kept_nb[-1]
                    if not any(i < first for i in deleted_nb):
                        errs.append("no furniture at the top")
                    if not any(i > last for i in deleted_nb):
                        errs.append("no furniture at the bottom")
                    if not any(first < i < last for i in deleted_nb):
                        errs.append("no furniture between paragraphs")
                if raw_t == gold_t:
                    errs.append("positive but gold equals raw")

        status = "FAIL" if errs else "ok  "
        if errs:
            failed += 1
        kind = "negative" if negative else f"{len(fam_list)} families"
        print(f"{status} {stem}: {len(nb_raw)} lines, {len(nb_raw)-len(nb_gold)} furniture "
              f"({share:.0%}), {kind}" + ("" if not errs else " -- " + "; ".join(errs)))

    # quota
    for lang in LANGS:
        if per_lang[lang] != EXPECTED_PER_LANG:
            errors_global.append(f"{lang}: {per_lang[lang]} pairs (want {EXPECTED_PER_LANG})")
        if neg_per_lang[lang] != EXPECTED_NEG_PER_LANG:
            errors_global.append(f"{lang}: {neg_per_lang[lang]} negatives (want {EXPECTED_NEG_PER_LANG})")

    # phrase reuse across files: identical lines, then shared word shingles
    where = defaultdict(set)
    shingles = defaultdict(set)
    for stem, raw in raw_texts.items():
        for l in raw:
            if len(l.strip()) >= 4:
                where[l.strip()].add(stem)
            words = re.findall(r"\w+", l.lower())
            for k in range(len(words) - SHINGLE + 1):
                shingles[" ".join(words[k:k + SHINGLE])].add(stem)
    for l, stems in sorted(where.items()):
        if len(stems) > 1:
            errors_global.append(f"line reused across {sorted(stems)}: {l!r}")
    for s, stems in sorted(shingles.items()):
        if len(stems) > 1:
            errors_global.append(f"phrase reused across {sorted(stems)}: {s!r}")

    used = set()
    for stem in raw_texts:
        fams = stem.split("_", 2)[2]
        if fams != "negative":
            used.update(fams.split("-"))
    missing = [f for f in FAMILIES if f not in used]
    print(f"families covered: {len(used)}/{len(FAMILIES)}" + (f" (missing: {', '.join(missing)})" if missing else ""))

    for e in errors_global:
        print("FAIL " + e)
    total = len(pairs)
    if failed or errors_global:
        print(f"FAILED: {failed} pair(s) and {len(errors_global)} set-level problem(s) out of {total} pairs")
        sys.exit(1)
    print(f"PASSED: {total} pairs")


if __name__ == "__main__":
    main()
