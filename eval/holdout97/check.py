#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Usage: python3 check.py [DIR]
Prints one line per pair and exits non-zero if any check fails.
"""
import os
import re
import sys
from collections import Counter, defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
NGRAM = 6  # a shared run of this many words between two files counts as a reused phrase


def read_text(path, errors):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append("has a BOM")
    if b"\r" in data:
        errors.append("contains CR (not LF-only)")
    if not data.endswith(b"\n"):
        errors.append("no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"not UTF-8: {e}")
        text = data.decode("utf-8", "replace")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def blank(line):
    return line.strip() == ""


def align(raw, gold, errors):
    """Map each non-blank gold line to a raw index (greedy, in order)."""
    pos, mapping = 0, []
    for gi, g in enumerate(gold):
        if blank(g):
            continue
        while pos < len(raw) and raw[pos] != g:
            pos += 1
        if pos == len(raw):
            errors.append(f"gold line {gi + 1} is not a raw line in order: {g[:60]!r}")
            return None
        mapping.append((gi, pos))
        pos += 1
    return mapping


def check_blanks(raw, gold, mapping, errors):
    if gold and blank(gold[0]) and not (raw and blank(raw[0])):
        errors.append("gold starts with a blank line but raw does not")
    if gold and blank(gold[-1]) and not (raw and blank(raw[-1])):
        errors.append("gold ends with a blank line but raw does not")
    for (g1, r1), (g2, r2) in zip(mapping, mapping[1:]):
        gseg, rseg = gold[g1 + 1:g2], raw[r1 + 1:r2]
        deleted = any(not blank(x) for x in rseg)
        if not deleted:
            if gseg != rseg:
                errors.append(f"blank lines changed between raw lines {r1 + 1} and {r2 + 1} with nothing deleted")
        else:
            want = [""] if any(blank(x) for x in rseg) else []
            if gseg != want:
                errors.append(f"blank run after deletion between raw lines {r1 + 1} and {r2 + 1}: "
                              f"gold has {len(gseg)}, expected {len(want)}")


def words(lines):
    return re.findall(r"\w+", " ".join(lines).lower())


def main(d):
    failures = 0
    files = sorted(f for f in os.listdir(d) if not f.startswith("."))
    extra = [f for f in files if f not in ("check.py", "README.md") and not NAME_RE.match(f.replace(".gold.txt", ".txt"))]
    if extra:
        print("FAIL unexpected files:", ", ".join(extra))
        failures += 1
    raws = [f for f in files if NAME_RE.match(f) and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    for g in golds:
        if g.replace(".gold.txt", ".txt") not in raws:
            print(f"FAIL {g}: gold without raw")
            failures += 1

    numbers = Counter()
    per_lang = Counter()
    neg_lang = Counter()
    fam_used = Counter()
    texts = {}
    for f in raws:
        errors = []
        num, lang, fams = NAME_RE.match(f).groups()
        numbers[num] += 1
        per_lang[lang] += 1
        fam_list = fams.split("-")
        negative = fams == "negative"
        if negative:
            neg_lang[lang] += 1
        else:
            bad = [x for x in fam_list if x not in FAMILIES]
            if bad:
                errors.append(f"unknown families {bad}")
            if len(set(fam_list)) != len(fam_list):
                errors.append("family listed twice")
            fam_used.update(fam_list)
        gname = f.replace(".txt", ".gold.txt")
        if gname not in golds:
            print(f"FAIL {f}: missing gold file")
            failures += 1
            continue
        rbytes, raw = read_text(os.path.join(d, f), errors)
        gbytes, gold = read_text(os.path.join(d, gname), errors)
        texts[num] = raw
        nb_raw = [x for x in raw if not blank(x)]
        nb_gold = [x for x in gold if not blank(x)]
        mapping = align(raw, gold, errors)
        if mapping is not None:
            check_blanks(raw, gold, mapping, errors)
        n, k = len(nb_raw), len(nb_raw) - len(nb_gold)
        share = k / n if n else 0
        if negative:
            if rbytes != gbytes:
                errors.append("negative gold is not byte-identical to raw")
            if n < 8:
                errors.append(f"negative too short ({n} lines)")
        else:
            if not MIN_LINES <= n <= MAX_LINES:
                errors.append(f"{n} non-blank lines, need {MIN_LINES}-{MAX_LINES}")
            if not MIN_SHARE <= share <= MAX_SHARE:
                errors.append(f"furniture share {share:.0%}, need {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
            if mapping:
                kept = {r for _, r in mapping}
                nb_idx = [i for i, x in enumerate(raw) if not blank(x)]
                first_kept, last_kept = min(kept), max(kept)
                if nb_idx[0] in kept:
                    errors.append("no furniture at the top")
                if nb_idx[-1] in kept:
                    errors.append("no furniture at the bottom")
                if not any(first_kept < i < last_kept and i not in kept for i in nb_idx):
                    errors.append("no furniture between article paragraphs")
        status = "FAIL" if errors else "ok  "
        failures += bool(errors)
        print(f"{status} {f}: {n} lines, {k} furniture ({share:.0%}), "
              f"{'blank-separated' if any(blank(x) for x in raw) else 'no blank lines'}"
              + ("" if not errors else " -- " + "; ".join(errors)))

    # set-level checks
    set_errors = []
    dup = [n for n, c in numbers.items() if c > 1]
    if dup:
        set_errors.append(f"duplicate numbers {dup}")
    for lang in LANGS:
        if per_lang[lang] != 4 or neg_lang[lang] != 1:
            set_errors.append(f"{lang}: {per_lang[lang]} files, {neg_lang[lang]} negatives (want 4 and 1)")
    line_owner = defaultdict(set)
    gram_owner = defaultdict(set)
    for num, raw in texts.items():
        for x in raw:
            if not blank(x):
                line_owner[x.strip()].add(num)
        w = words(raw)
        for i in range(len(w) - NGRAM + 1):
            gram_owner[" ".join(w[i:i + NGRAM])].add(num)
    for x, owners in line_owner.items():
        if len(owners) > 1:
            set_errors.append(f"line reused in {sorted(owners)}: {x[:60]!r}")
    for gram, owners in gram_owner.items():
        if len(owners) > 1:
            set_errors.append(f"phrase reused in {sorted(owners)}: {gram!r}")
    unused = [f for f in FAMILIES if f not in fam_used]
    print(f"families covered: {len(FAMILIES) - len(unused)}/{len(FAMILIES)}"
          + (f" (unused: {', '.join(unused)})" if unused else ""))
    for e in set_errors:
        print("FAIL set:", e)
    failures += len(set_errors)
    print("PASS" if not failures else f"{failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
