#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks, per pair:
  * file naming: NNN_<lang>_<families>.txt + NNN_<lang>_<families>.gold.txt
  * families from the allowed list, canonical order, no duplicates, or 'negative' alone
  * UTF-8, no BOM, LF only, final newline, no trailing whitespace
  * gold lines are a subsequence of raw lines (byte-identical)
  * blank lines in gold: one blank between two kept lines iff the raw had at
    least one blank anywhere between them; no leading/trailing blank unless raw has it
  * negatives: gold byte-identical to raw
  * positives: 15-40 non-blank raw lines, 30-55% of them furniture, and furniture
    at the top, between kept lines, and at the bottom
Set-level: 4 files per language, 1 negative per language, numbers 001..N contiguous,
no non-blank line shared verbatim between two raw files, no 8-word sequence shared
between two raw files.
"""
import os, re, sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_text(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append("BOM")
    if b"\r" in data:
        errs.append("CR found (not LF-only)")
    if not data.endswith(b"\n"):
        errs.append("no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not UTF-8: {e}")
        text = data.decode("utf-8", "replace")
    for i, l in enumerate(text.split("\n")[:-1], 1):
        if l != l.rstrip():
            errs.append(f"trailing whitespace on line {i}")
    return data, text.split("\n")[:-1]


def align(raw, gold):
    """Greedy leftmost subsequence match of gold lines in raw. Returns raw indices or None."""
    idx, j = [], 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j)
        j += 1
    return idx


def align_nonblank(raw, gold):
    rn = [(i, l) for i, l in enumerate(raw) if l.strip()]
    gn = [l for l in gold if l.strip()]
    m = align([l for _, l in rn], gn)
    if m is None:
        return None
    return [rn[k][0] for k in m]


def check_pair(name, lang, fams, raw_path, gold_path):
    errs = []
    raw_bytes, raw = read_text(raw_path, errs)
    gold_bytes, gold = read_text(gold_path, errs)
    neg = fams == ["negative"]
    if not neg:
        for f in fams:
            if f not in FAMILIES:
                errs.append(f"unknown family '{f}'")
        if len(set(fams)) != len(fams):
            errs.append("duplicate family in name")
        known = [f for f in fams if f in FAMILIES]
        if known != sorted(known, key=FAMILIES.index):
            errs.append("families not in canonical order")
    elif "negative" in fams and len(fams) > 1:
        errs.append("'negative' must stand alone")

    raw_nb = [l for l in raw if l.strip()]
    gold_nb = [l for l in gold if l.strip()]
    if align(raw, gold) is None:
        errs.append("gold is not a subsequence of raw")
    kept = align_nonblank(raw, gold)
    if kept is None:
        errs.append("gold non-blank lines are not a subsequence of raw")
        kept = []

    # blank-line rules
    for i in range(1, len(gold)):
        if gold[i] == "" and gold[i - 1] == "":
            errs.append(f"double blank line in gold at line {i+1}")
    if gold and gold[0] == "" and not (raw and raw[0] == ""):
        errs.append("gold starts with a blank line but raw does not")
    if gold and gold[-1] == "" and not (raw and raw[-1] == ""):
        errs.append("gold ends with a blank line but raw does not")
    if kept:
        gi = [i for i, l in enumerate(gold) if l.strip()]
        for k in range(1, len(kept)):
            raw_blank = any(raw[x] == "" for x in range(kept[k - 1] + 1, kept[k]))
            gold_blank = gi[k] - gi[k - 1] > 1
            if raw_blank != gold_blank:
                errs.append(f"blank-line mismatch before gold line {gi[k]+1}: "
                            f"raw blank={raw_blank}, gold blank={gold_blank}")

    n = len(raw_nb)
    furn = n - len(gold_nb)
    share = furn / n if n else 0
    if neg:
        if raw_bytes != gold_bytes:
            errs.append("negative: gold differs from raw")
        if n < 10:
            errs.append(f"negative too short ({n} non-blank lines)")
    else:
        if not 15 <= n <= 40:
            errs.append(f"{n} non-blank lines (want 15-40)")
        if not 0.30 <= share <= 0.55:
            errs.append(f"furniture share {share:.0%} (want 30-55%)")
        if kept:
            raw_nb_idx = [i for i, l in enumerate(raw) if l.strip()]
            kept_set = set(kept)
            deleted = [i for i in raw_nb_idx if i not in kept_set]
            if not any(i < kept[0] for i in deleted):
                errs.append("no furniture above the article")
            if not any(i > kept[-1] for i in deleted):
                errs.append("no furniture below the article")
            if not any(kept[0] < i < kept[-1] for i in deleted):
                errs.append("no furniture between article paragraphs")
    blanks = "blank-lines" if "" in raw else "no-blanks"
    return errs, n, furn, share, blanks, raw_nb


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    ok = True
    per_lang = defaultdict(int)
    neg_lang = defaultdict(int)
    numbers = []
    line_owner = defaultdict(set)
    gram_owner = defaultdict(set)
    for f in raws:
        m = NAME_RE.match(f)
        if not m:
            print(f"FAIL {f}: bad file name"); ok = False; continue
        num, lang, famstr = m.groups()
        numbers.append(int(num))
        fams = famstr.split("-")
        g = f[:-4] + ".gold.txt"
        if g not in golds:
            print(f"FAIL {f}: missing {g}"); ok = False; continue
        golds.discard(g)
        errs, n, furn, share, blanks, raw_nb = check_pair(
            f, lang, fams, os.path.join(HERE, f), os.path.join(HERE, g))
        per_lang[lang] += 1
        if fams == ["negative"]:
            neg_lang[lang] += 1
        for l in set(raw_nb):
            line_owner[l].add(num)
            words = l.split()
            for k in range(len(words) - 7):
                gram_owner[" ".join(words[k:k + 8]).lower()].add(num)
        status = "OK  " if not errs else "FAIL"
        ok &= not errs
        print(f"{status} {f}: {n} lines, {furn} furniture ({share:.0%}), {blanks}"
              + ("" if not errs else " -- " + "; ".join(errs)))
    for g in sorted(golds):
        print(f"FAIL {g}: gold without raw"); ok = False
    for lang in LANGS:
        if per_lang[lang] != 4:
            print(f"FAIL set: {lang} has {per_lang[lang]} files (want 4)"); ok = False
        if neg_lang[lang] != 1:
            print(f"FAIL set: {lang} has {neg_lang[lang]} negatives (want 1)"); ok = False
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        print("FAIL set: numbers are not contiguous from 001"); ok = False
    for l, owners in line_owner.items():
        if len(owners) > 1:
            print(f"FAIL set: line shared by files {sorted(owners)}: {l[:70]!r}"); ok = False
    for gram, owners in gram_owner.items():
        if len(owners) > 1:
            print(f"FAIL set: phrase shared by files {sorted(owners)}: {gram!r}"); ok = False
    print("ALL OK" if ok else "ERRORS FOUND")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
