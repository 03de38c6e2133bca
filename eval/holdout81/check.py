#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Usage: python3 check.py [directory]   (default: the directory of this script)
Exit status 0 when every check passes, 1 otherwise.
"""
import os
import re
import sys
from collections import Counter, defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
GOLD_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.gold\.txt$")
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
PER_LANG, NEG_PER_LANG = 4, 1
SHINGLE = 5  # words; a shared run this long between two files counts as a reused phrase


def decode(path, errors):
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
    except UnicodeDecodeError as e:
        errors.append(f"not UTF-8: {e}")
        return data, None
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def check_families(fams, errors):
    if fams == "negative":
        return
    parts = fams.split("-")
    unknown = [p for p in parts if p not in FAMILIES]
    if unknown:
        errors.append(f"unknown families {unknown}")
        return
    if len(set(parts)) != len(parts):
        errors.append("duplicate family in name")
    if parts != sorted(parts, key=FAMILIES.index):
        errors.append("families not in canonical order")


def align(raw, gold):
    """Greedy subsequence match of gold lines in raw; returns raw indices or None."""
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
    """Delete every non-blank raw line not in kept_nonblank, then apply the blank-line rules."""
    seq = [(i, l) for i, l in enumerate(raw) if l == "" or i in kept_nonblank]
    out = []
    for k, (i, l) in enumerate(seq):
        if l == "" and out and out[-1][1] == "" and out[-1][0] != i - 1:
            continue  # a run of blanks created by deletion collapses to one
        out.append((i, l))
    while out and out[0][1] == "" and out[0][0] != 0:
        out.pop(0)
    while out and out[-1][1] == "" and out[-1][0] != len(raw) - 1:
        out.pop()
    return [l for _, l in out]


def words(line):
    return re.findall(r"\w+", line.lower())


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    names = sorted(os.listdir(d))
    raws = [n for n in names if NAME_RE.match(n) and not n.endswith(".gold.txt")]
    golds = [n for n in names if GOLD_RE.match(n)]
    failures = 0
    set_errors = []

    for n in names:
        if n.endswith(".txt") and n not in raws and n not in golds:
            set_errors.append(f"badly named file {n}")
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            set_errors.append(f"gold without raw: {g}")
    nums = [NAME_RE.match(n).group(1) for n in raws]
    for num, c in Counter(nums).items():
        if c > 1:
            set_errors.append(f"number {num} used {c} times")
    if sorted(int(x) for x in nums) != list(range(1, len(nums) + 1)):
        set_errors.append("file numbers are not 001..N without gaps")

    per_lang = Counter()
    neg_lang = Counter()
    line_owner = defaultdict(set)
    shingle_owner = defaultdict(set)

    for n in raws:
        errors = []
        num, lang, fams = NAME_RE.match(n).groups()
        if lang not in LANGS:
            errors.append(f"unknown language {lang}")
        check_families(fams, errors)
        per_lang[lang] += 1
        if fams == "negative":
            neg_lang[lang] += 1
        gname = n[:-4] + ".gold.txt"
        if gname not in golds:
            errors.append("missing gold file")
            print(f"FAIL {n}: " + "; ".join(errors))
            failures += 1
            continue
        rbytes, raw = decode(os.path.join(d, n), errors)
        gbytes, gold = decode(os.path.join(d, gname), errors)
        info = ""
        if raw is not None and gold is not None:
            for i, l in enumerate(raw):
                if l != l.rstrip():
                    errors.append(f"raw line {i+1} has trailing whitespace")
            for l in set(x for x in raw if x.strip()):
                line_owner[l].add(n)
                w = words(l)
                for k in range(len(w) - SHINGLE + 1):
                    shingle_owner[" ".join(w[k:k + SHINGLE])].add(n)
            nb_raw = [l for l in raw if l.strip()]
            if any(l != "" and not l.strip() for l in raw + gold):
                errors.append("whitespace-only line (blank lines must be empty)")
            idx = align(raw, gold)
            if idx is None:
                errors.append("gold is not a subsequence of raw")
            else:
                kept = {i for i, l in zip(idx, gold) if l != ""}
                exp = expected_gold(raw, kept)
                if exp != gold:
                    errors.append("blank lines in gold do not follow the collapse rules")
                nb_gold = [l for l in gold if l.strip()]
                nf = len(nb_raw) - len(nb_gold)
                share = nf / len(nb_raw) if nb_raw else 0.0
                info = f"{len(nb_raw)} lines, {nf} furniture ({share:.0%})"
                if fams == "negative":
                    if rbytes != gbytes:
                        errors.append("negative: gold is not byte-identical to raw")
                else:
                    if not MIN_LINES <= len(nb_raw) <= MAX_LINES:
                        errors.append(f"{len(nb_raw)} non-blank lines, need {MIN_LINES}-{MAX_LINES}")
                    if not MIN_SHARE <= share <= MAX_SHARE:
                        errors.append(f"furniture share {share:.2f} outside {MIN_SHARE}-{MAX_SHARE}")
                    nb_idx = [i for i, l in enumerate(raw) if l.strip()]
                    deleted = [i for i in nb_idx if i not in kept]
                    if not kept:
                        errors.append("no content left")
                    else:
                        if nb_idx[0] in kept:
                            errors.append("no furniture at the top")
                        if nb_idx[-1] in kept:
                            errors.append("no furniture at the bottom")
                        if not any(min(kept) < i < max(kept) for i in deleted):
                            errors.append("no furniture between article paragraphs")
        if errors:
            failures += 1
            print(f"FAIL {n}: {info}: " + "; ".join(errors))
        else:
            print(f"ok   {n}: {info}")

    for lang in LANGS:
        if per_lang[lang] != PER_LANG:
            set_errors.append(f"{lang}: {per_lang[lang]} files, expected {PER_LANG}")
        if neg_lang[lang] != NEG_PER_LANG:
            set_errors.append(f"{lang}: {neg_lang[lang]} negatives, expected {NEG_PER_LANG}")
    for l, owners in line_owner.items():
        if len(owners) > 1:
            set_errors.append(f"line reused across files {sorted(owners)}: {l[:60]!r}")
    for s, owners in shingle_owner.items():
        if len(owners) > 1:
            set_errors.append(f"{SHINGLE}-word phrase reused across {sorted(owners)}: {s!r}")

    for e in set_errors:
        print(f"FAIL set: {e}")
    total = len(raws) + (1 if set_errors else 0)
    print(f"{len(raws)} pairs checked, {failures} file failures, {len(set_errors)} set-level problems")
    return 1 if failures or set_errors else 0


if __name__ == "__main__":
    sys.exit(main())
