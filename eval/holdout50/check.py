#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks: file naming, raw/gold pairing, UTF-8 without BOM, LF endings and final
newline, gold is an in-order subsequence of raw, blank-line rules, negatives
byte-identical, line counts and furniture share for positives, furniture at the
top, the bottom and 2-5 places in between, per-language quotas, family coverage
(each family in >= 3 languages) and no line reused across files.
"""
import os, re, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")

errors_total = 0


def read_lines(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append("BOM present")
    if b"\r" in data:
        errs.append("CR characters (not LF-only)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append("not UTF-8: %s" % e)
        return data, []
    if not text.endswith("\n"):
        errs.append("no final newline")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if lines and lines[0].strip() == "":
        errs.append("starts with a blank line")
    if lines and lines[-1].strip() == "":
        errs.append("ends with a blank line")
    for i in range(1, len(lines)):
        if lines[i].strip() == "" and lines[i - 1].strip() == "":
            errs.append("consecutive blank lines at line %d" % (i + 1))
            break
    for i, l in enumerate(lines):
        if l != l.rstrip() or (l.strip() == "" and l != ""):
            errs.append("trailing whitespace / whitespace-only line at %d" % (i + 1))
            break
    return data, lines


def align(raw, gold, errs):
    """Greedy alignment of gold non-blank lines onto raw non-blank lines.
    Returns a list of booleans (kept) per raw line, or None."""
    kept = [False] * len(raw)
    j = 0
    for g in gold:
        if g == "":
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            errs.append("gold line not found in order in raw: %r" % g[:60])
            return None
        kept[j] = True
        j += 1
    return kept


def expected_gold(raw, kept):
    out = []
    for l, k in zip(raw, kept):
        if l == "":
            if out and out[-1] != "":
                out.append("")
            continue
        if k:
            out.append(l)
    while out and out[-1] == "":
        out.pop()
    return out


def main():
    global errors_total
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in names if not f.endswith(".gold.txt")]
    golds = [f for f in names if f.endswith(".gold.txt")]
    global_errs = []
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            global_errs.append("gold without raw: " + g)
    per_lang = defaultdict(lambda: [0, 0])  # total, negatives
    fam_langs = defaultdict(set)
    numbers = []
    line_owner = {}
    for r in raws:
        errs = []
        m = NAME_RE.match(r)
        if not m:
            print("FAIL %s: bad file name" % r)
            errors_total += 1
            continue
        num, lang, fams = m.group(1), m.group(2), m.group(3).split("-")
        numbers.append(int(num))
        negative = fams == ["negative"]
        if not negative:
            bad = [f for f in fams if f not in FAMILIES]
            if bad:
                errs.append("unknown families: %s" % bad)
            if len(set(fams)) != len(fams):
                errs.append("duplicate family in name")
            if [f for f in FAMILIES if f in fams] != fams:
                errs.append("families not in canonical order")
            for f in fams:
                fam_langs[f].add(lang)
        per_lang[lang][0] += 1
        per_lang[lang][1] += negative
        gname = r[:-4] + ".gold.txt"
        if gname not in golds:
            print("FAIL %s: missing %s" % (r, gname))
            errors_total += 1
            continue
        rdata, raw = read_lines(os.path.join(HERE, r), errs)
        gdata, gold = read_lines(os.path.join(HERE, gname), errs)
        nb = [l for l in raw if l != ""]
        if len(set(nb)) != len(nb):
            errs.append("duplicate non-blank line inside raw")
        for l in set(nb):
            if l in line_owner and line_owner[l] != r:
                errs.append("line reused from %s: %r" % (line_owner[l], l[:60]))
            line_owner.setdefault(l, r)
        info = ""
        if negative:
            if rdata != gdata:
                errs.append("negative: gold not byte-identical to raw")
            info = "lines=%d negative" % len(nb)
        else:
            kept = align(raw, gold, errs)
            if kept is not None:
                exp = expected_gold(raw, kept)
                if exp != gold:
                    errs.append("gold blank-line structure differs from raw minus furniture")
                idx = [i for i, l in enumerate(raw) if l != ""]
                furn = [i for i in idx if not kept[i]]
                share = len(furn) / len(idx)
                if not 15 <= len(idx) <= 40:
                    errs.append("non-blank lines %d not in 15-40" % len(idx))
                if not 0.30 <= share <= 0.55:
                    errs.append("furniture share %.2f not in 0.30-0.55" % share)
                if kept[idx[0]]:
                    errs.append("no furniture at the top")
                if kept[idx[-1]]:
                    errs.append("no furniture at the bottom")
                content = [i for i in idx if kept[i]]
                runs, prev = 0, True
                for i in idx:
                    if content[0] < i < content[-1]:
                        if not kept[i] and prev:
                            runs += 1
                        prev = kept[i]
                if not 2 <= runs <= 5:
                    errs.append("%d furniture places between paragraphs (need 2-5)" % runs)
                info = "lines=%d furniture=%d share=%.0f%% inner_runs=%d" % (
                    len(idx), len(furn), share * 100, runs)
        status = "OK  " if not errs else "FAIL"
        print("%s %s  %s" % (status, r, info))
        for e in errs:
            print("       - " + e)
        errors_total += len(errs)
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        global_errs.append("file numbers are not 001..%03d without gaps" % len(numbers))
    for lang in LANGS:
        tot, neg = per_lang[lang]
        if tot != 5 or neg != 1:
            global_errs.append("%s: %d files, %d negatives (need 5 and 1)" % (lang, tot, neg))
    for f in FAMILIES:
        if len(fam_langs[f]) < 3:
            global_errs.append("family %s in %d languages (need >= 3): %s" % (
                f, len(fam_langs[f]), sorted(fam_langs[f])))
    for e in global_errs:
        print("FAIL " + e)
    errors_total += len(global_errs)
    print("%d pairs checked, %d problems" % (len(raws), errors_total))
    return 1 if errors_total else 0


if __name__ == "__main__":
    sys.exit(main())
