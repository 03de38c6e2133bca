#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks: file names and pairing, UTF-8 / LF / final newline / no BOM, gold is a
subsequence of raw, blank-line collapse rules, negatives byte-identical,
positives 15-40 non-blank lines with 30-55% furniture at top, middle and bottom,
4 files per language with exactly 1 negative each.
Exit status 0 when everything passes.
"""
import os
import re
import sys
from collections import Counter

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_text(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append("BOM present")
    if b"\r" in data:
        errs.append("CR characters (need LF line endings)")
    if not data.endswith(b"\n"):
        errs.append("no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not UTF-8: {e}")
        text = data.decode("utf-8", "replace")
    return data, text


def lines_of(text):
    ls = text.split("\n")
    if ls and ls[-1] == "":
        ls = ls[:-1]
    return ls


def expected_gold(raw, deleted):
    """Apply the deletion rules: drop deleted lines, collapse blank runs that a
    deletion left behind to one blank, no new blank line at the start/end."""
    out, i, n = [], 0, len(raw)
    while i < n:
        if raw[i] != "" and i not in deleted:
            out.append(raw[i])
            i += 1
            continue
        j, has_del, blanks = i, False, 0
        while j < n and (raw[j] == "" or j in deleted):
            if j in deleted:
                has_del = True
            else:
                blanks += 1
            j += 1
        if has_del:
            if blanks:
                out.append("")
        else:
            out.extend([""] * blanks)
        i = j
    if raw and raw[0] != "":
        while out and out[0] == "":
            out.pop(0)
    if raw and raw[-1] != "":
        while out and out[-1] == "":
            out.pop()
    return out


def check_pair(raw_path, gold_path, fams):
    errs = []
    raw_bytes, raw_text = read_text(raw_path, errs)
    gold_bytes, gold_text = read_text(gold_path, errs)
    raw, gold = lines_of(raw_text), lines_of(gold_text)
    negative = fams == ["negative"]
    info = ""

    # greedy subsequence match of gold lines into raw lines
    idx, j = [], 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            errs.append(f"gold line not found in raw (in order): {g[:60]!r}")
            break
        idx.append(j)
        j += 1
    if errs:
        return errs, info

    kept_nb = {k for k, g in zip(idx, gold) if g != ""}
    deleted = {k for k, l in enumerate(raw) if l != "" and k not in kept_nb}
    if expected_gold(raw, deleted) != gold:
        errs.append("blank-line rules violated (gold is not raw minus furniture with blank runs collapsed)")

    raw_nb = [k for k, l in enumerate(raw) if l != ""]
    n_nb, n_f = len(raw_nb), len(deleted)
    if negative:
        if raw_bytes != gold_bytes:
            errs.append("negative but gold differs from raw")
        info = f"negative, {n_nb} lines, identical"
    else:
        share = n_f / n_nb if n_nb else 0
        if not 15 <= n_nb <= 40:
            errs.append(f"{n_nb} non-blank lines (need 15-40)")
        if not 0.30 <= share <= 0.55:
            errs.append(f"furniture share {share:.0%} (need 30-55%)")
        if kept_nb:
            first, last = min(kept_nb), max(kept_nb)
            top = any(k < first for k in deleted)
            bottom = any(k > last for k in deleted)
            middle = any(first < k < last for k in deleted)
            where = [n for n, ok in (("top", top), ("middle", middle), ("bottom", bottom)) if not ok]
            if where:
                errs.append("no furniture at: " + ", ".join(where))
        else:
            errs.append("gold has no content")
        info = f"{n_nb} lines, {n_f} furniture ({share:.0%})"
    return errs, info


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    failures, seen_nums = 0, Counter()
    per_lang, neg_lang = Counter(), Counter()

    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold without raw")
            failures += 1

    for r in raws:
        m = NAME_RE.match(r)
        gold = r[:-4] + ".gold.txt"
        errs = []
        if not m:
            print(f"FAIL {r}: bad file name")
            failures += 1
            continue
        num, lang, famstr = m.groups()
        seen_nums[num] += 1
        fams = famstr.split("-")
        if fams != ["negative"]:
            bad = [f for f in fams if f not in FAMILIES]
            if bad:
                errs.append("unknown families: " + ", ".join(bad))
            if len(set(fams)) != len(fams):
                errs.append("duplicate family in name")
        per_lang[lang] += 1
        if fams == ["negative"]:
            neg_lang[lang] += 1
        if gold not in golds:
            errs.append("missing gold file")
            info = ""
        else:
            e, info = check_pair(os.path.join(HERE, r), os.path.join(HERE, gold), fams)
            errs += e
        if errs:
            failures += 1
            print(f"FAIL {r}: " + "; ".join(errs))
        else:
            print(f"ok   {r}: {info}")

    for num, c in seen_nums.items():
        if c > 1:
            print(f"FAIL number {num} used {c} times")
            failures += 1
    for lang in LANGS:
        if per_lang[lang] != 4 or neg_lang[lang] != 1:
            print(f"FAIL language {lang}: {per_lang[lang]} files, {neg_lang[lang]} negatives (need 4 and 1)")
            failures += 1
    print(f"{len(raws)} pairs, {failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
