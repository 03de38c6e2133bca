#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Usage: python3 check.py [directory]
Exit status 0 when every check passes, 1 otherwise.
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
PER_LANG = 4
NEG_PER_LANG = 1
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
NGRAM = 5

errors_total = 0


def load(path, errs):
    """Read a file as bytes and check encoding / line endings; return list of lines or None."""
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{os.path.basename(path)}: has a BOM")
    if b"\r" in data:
        errs.append(f"{os.path.basename(path)}: contains CR (not LF-only)")
    try:
        text = data.decode("utf-8", errors="strict")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not valid UTF-8 ({e})")
        return None, data
    if not text:
        errs.append(f"{os.path.basename(path)}: empty")
        return None, data
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for i, ln in enumerate(lines, 1):
        if ln != "" and ln.strip() == "":
            errs.append(f"{os.path.basename(path)}:{i}: whitespace-only line")
        if any(ord(c) < 32 and c != "\t" for c in ln):
            errs.append(f"{os.path.basename(path)}:{i}: control character")
    return lines, data


def blank_rules(lines, label, errs):
    if lines and lines[0] == "":
        errs.append(f"{label}: starts with a blank line")
    if lines and lines[-1] == "":
        errs.append(f"{label}: ends with a blank line")
    for i in range(1, len(lines)):
        if lines[i] == "" and lines[i - 1] == "":
            errs.append(f"{label}:{i + 1}: run of blank lines")
            break


def align(raw, gold):
    """Greedy subsequence match of gold lines in raw. Returns list of raw indices or None."""
    idx, j = [], 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j)
        j += 1
    return idx


def expected_gold(raw, keep_nonblank):
    """Raw with every non-kept non-blank line deleted, blank runs collapsed, edges trimmed."""
    out = []
    for i, ln in enumerate(raw):
        if ln == "":
            if out and out[-1] != "":
                out.append("")
        elif i in keep_nonblank:
            out.append(ln)
    while out and out[-1] == "":
        out.pop()
    return out


def ngrams(text):
    toks = re.findall(r"\w+", text.lower())
    return {" ".join(toks[i:i + NGRAM]) for i in range(len(toks) - NGRAM + 1)}


def main():
    global errors_total
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    names = sorted(os.listdir(d))
    txt = [n for n in names if n.endswith(".txt") and not n.endswith(".gold.txt")]
    golds = [n for n in names if n.endswith(".gold.txt")]
    glob_errs = []

    raws = {}
    for n in txt:
        if not NAME_RE.match(n):
            glob_errs.append(f"bad raw file name: {n}")
    for g in golds:
        r = g[:-len(".gold.txt")] + ".txt"
        if r not in txt:
            glob_errs.append(f"gold without raw: {g}")

    numbers = []
    per_lang = defaultdict(int)
    neg_lang = defaultdict(int)
    fam_langs = defaultdict(set)
    file_lines = {}

    for n in txt:
        m = NAME_RE.match(n)
        if not m:
            continue
        errs = []
        num, lang, fams = m.group(1), m.group(2), m.group(3)
        numbers.append(int(num))
        per_lang[lang] += 1
        negative = fams == "negative"
        famlist = [] if negative else fams.split("-")
        for f in famlist:
            if f not in FAMILIES:
                errs.append(f"unknown family '{f}'")
            fam_langs[f].add(lang)
        if len(set(famlist)) != len(famlist):
            errs.append("duplicate family in name")
        if negative:
            neg_lang[lang] += 1
        gname = n[:-4] + ".gold.txt"
        if gname not in golds:
            errs.append("missing gold file")
            print(f"FAIL {n}: " + "; ".join(errs))
            errors_total += len(errs)
            continue
        raw, rawb = load(os.path.join(d, n), errs)
        gold, goldb = load(os.path.join(d, gname), errs)
        info = ""
        if raw is not None and gold is not None:
            blank_rules(raw, "raw", errs)
            blank_rules(gold, "gold", errs)
            file_lines[n] = [ln for ln in raw if ln]
            nb_raw = [ln for ln in raw if ln]
            nb_gold = [ln for ln in gold if ln]
            if negative:
                if rawb != goldb:
                    errs.append("negative: gold is not byte-identical to raw")
                info = f"negative, {len(nb_raw)} lines"
            else:
                ridx = [i for i, ln in enumerate(raw) if ln]
                nb_raw_list = [raw[i] for i in ridx]
                a = align(nb_raw_list, nb_gold)
                if a is None:
                    errs.append("gold is not a subsequence of raw")
                else:
                    keep = {ridx[k] for k in a}
                    if expected_gold(raw, keep) != gold:
                        errs.append("gold blank lines differ from raw-with-deletions (collapse/trim rule)")
                    full = align(raw, gold)
                    if full is None:
                        errs.append("gold (with blanks) is not a subsequence of raw")
                    n_all = len(nb_raw)
                    n_furn = n_all - len(nb_gold)
                    share = n_furn / n_all if n_all else 0
                    if not (MIN_LINES <= n_all <= MAX_LINES):
                        errs.append(f"{n_all} non-blank lines, need {MIN_LINES}-{MAX_LINES}")
                    if not (MIN_SHARE <= share <= MAX_SHARE):
                        errs.append(f"furniture share {share:.0%}, need {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
                    kept_pos = sorted(a)
                    if not kept_pos:
                        errs.append("no content kept")
                    else:
                        top = kept_pos[0] > 0
                        bottom = kept_pos[-1] < len(nb_raw_list) - 1
                        middle = any(kept_pos[i + 1] - kept_pos[i] > 1 for i in range(len(kept_pos) - 1))
                        for flag, where in ((top, "top"), (middle, "between paragraphs"), (bottom, "bottom")):
                            if not flag:
                                errs.append(f"no furniture at the {where}")
                    info = f"{n_all} lines, {n_furn} furniture ({share:.0%}), {len(famlist)} families"
        if errs:
            errors_total += len(errs)
            print(f"FAIL {n}: " + "; ".join(errs))
        else:
            print(f"ok   {n}: {info}")

    # set-level checks
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        glob_errs.append("file numbers are not 001..N without gaps or duplicates")
    for lang in LANGS:
        if per_lang[lang] != PER_LANG:
            glob_errs.append(f"{lang}: {per_lang[lang]} files, need {PER_LANG}")
        if neg_lang[lang] != NEG_PER_LANG:
            glob_errs.append(f"{lang}: {neg_lang[lang]} negatives, need {NEG_PER_LANG}")
    for f in FAMILIES:
        if len(fam_langs[f]) < 3:
            glob_errs.append(f"family '{f}' appears in {len(fam_langs[f])} language(s): {sorted(fam_langs[f])}")

    # no phrase reuse across files: identical lines and shared word n-grams
    line_owner = defaultdict(set)
    gram_owner = defaultdict(set)
    for n, lines in file_lines.items():
        for ln in lines:
            if len(ln) >= 4:
                line_owner[ln].add(n)
            for g in ngrams(ln):
                gram_owner[g].add(n)
    for ln, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            glob_errs.append(f"line reused across files {sorted(owners)}: {ln!r}")
    for g, owners in sorted(gram_owner.items()):
        if len(owners) > 1:
            glob_errs.append(f"{NGRAM}-word phrase reused across files {sorted(owners)}: {g!r}")

    readme = os.path.join(d, "README.md")
    if not os.path.exists(readme):
        glob_errs.append("README.md missing")
    else:
        rt = open(readme, encoding="utf-8").read()
        for n in txt:
            if n[:3] not in rt:
                glob_errs.append(f"README.md does not mention file {n[:3]}")

    for e in glob_errs:
        print("FAIL set: " + e)
    errors_total += len(glob_errs)
    fams_cov = ", ".join(f"{f}:{len(fam_langs[f])}" for f in FAMILIES)
    print(f"family coverage (languages): {fams_cov}")
    print(f"{len(txt)} raw files, {len(golds)} gold files, {errors_total} error(s)")
    print("PASS" if errors_total == 0 else "FAILED")
    return 0 if errors_total == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
