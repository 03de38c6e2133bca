#!/usr/bin/env python3
"""Validate the blind27 furniture-removal evaluation set.

Checks, per pair:
  * file names  NNN_<lang>_<families>.txt / .gold.txt, families from the allowed list
    (or the single word 'negative'), numbering 001..N without gaps, every raw has a gold;
  * UTF-8, no BOM, LF only, final newline, no trailing whitespace-only lines;
  * gold is a subsequence of raw (byte-identical lines, same order);
  * blank-line rules: no run of 2+ blank lines in gold unless raw has such a run,
    no blank line at start/end of gold unless raw has it there, and gold equals the
    raw with the deleted lines removed and blank runs collapsed;
  * negatives: gold byte-identical to raw;
  * positives: 15-40 non-blank raw lines, 30-55 % of them furniture, and furniture
    at the top, at the bottom and between kept lines;
  * set level: 5 pairs per language, exactly 1 negative per language, and no
    non-blank line repeated verbatim across files (no reused phrasing).
Prints one line per file and exits non-zero on any failure.
"""
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "ru", "de", "fr", "es"]
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z\-]+)\.txt$")
GOLD_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z\-]+)\.gold\.txt$")
PER_LANG = 5
NEG_PER_LANG = 1


def read_lines(path, errors):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append("BOM present")
    if b"\r" in data:
        errors.append("CR character found (need LF only)")
    if not data.endswith(b"\n"):
        errors.append("no final newline")
    if data.endswith(b"\n\n"):
        errors.append("ends with a blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append("not UTF-8: %s" % e)
        text = data.decode("utf-8", "replace")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for i, ln in enumerate(lines, 1):
        if ln.strip() == "" and ln != "":
            errors.append("line %d is whitespace-only but not empty" % i)
        if ln != ln.rstrip():
            errors.append("line %d has trailing whitespace" % i)
    return lines


def align(raw, gold):
    """Greedy subsequence match. Returns list of kept flags for raw, or None."""
    kept = [False] * len(raw)
    j = 0
    for i, ln in enumerate(raw):
        if j < len(gold) and ln == gold[j]:
            kept[i] = True
            j += 1
    return kept if j == len(gold) else None


def expected_gold(raw, kept):
    out = []
    for ln, k in zip(raw, kept):
        if not k and ln != "":
            continue
        if ln == "" and out and out[-1] == "":
            continue
        out.append(ln)
    # strip blank edges the raw does not have
    if out and out[0] == "" and not (raw and raw[0] == ""):
        out = out[1:]
    if out and out[-1] == "" and not (raw and raw[-1] == ""):
        out = out[:-1]
    return out


def max_blank_run(lines):
    best = run = 0
    for ln in lines:
        run = run + 1 if ln == "" else 0
        best = max(best, run)
    return best


def main():
    failures = 0
    names = sorted(os.listdir(HERE))
    raws = [n for n in names if NAME_RE.match(n) and not n.endswith(".gold.txt")]
    golds = [n for n in names if GOLD_RE.match(n)]
    stray = [n for n in names if n.endswith(".txt") and n not in raws and n not in golds]
    for n in stray:
        print("FAIL %s: unexpected .txt file name" % n)
        failures += 1
    for g in golds:
        if g.replace(".gold.txt", ".txt") not in raws:
            print("FAIL %s: gold without raw" % g)
            failures += 1

    per_lang = defaultdict(int)
    neg_lang = defaultdict(int)
    numbers = []
    line_owner = defaultdict(set)

    for n in raws:
        errors = []
        num, lang, fams = NAME_RE.match(n).groups()
        numbers.append(int(num))
        if lang not in LANGS:
            errors.append("unknown language %r" % lang)
        per_lang[lang] += 1
        fam_list = fams.split("-")
        negative = fam_list == ["negative"]
        if negative:
            neg_lang[lang] += 1
        else:
            bad = [f for f in fam_list if f not in FAMILIES]
            if bad:
                errors.append("unknown families %s" % bad)
            if len(set(fam_list)) != len(fam_list):
                errors.append("duplicate family in name")
        gname = n[:-4] + ".gold.txt"
        gpath = os.path.join(HERE, gname)
        if not os.path.exists(gpath):
            print("FAIL %s: missing gold %s" % (n, gname))
            failures += 1
            continue
        raw = read_lines(os.path.join(HERE, n), errors)
        gerr = []
        gold = read_lines(gpath, gerr)
        errors += ["gold: " + e for e in gerr]

        for ln in raw:
            if ln:
                line_owner[ln].add(n)

        raw_nb = [l for l in raw if l]
        gold_nb = [l for l in gold if l]
        kept = align(raw, gold)
        share = 0.0
        if kept is None:
            errors.append("gold is not a subsequence of raw")
        else:
            exp = expected_gold(raw, kept)
            if exp != gold:
                errors.append("gold differs from raw-minus-deleted-lines with blank runs collapsed")
            if max_blank_run(gold) > max(1, max_blank_run(raw)):
                errors.append("gold has a run of blank lines")
            if gold and gold[0] == "" and raw[0] != "":
                errors.append("gold starts with a blank line")
            if gold and gold[-1] == "" and raw[-1] != "":
                errors.append("gold ends with a blank line")
            share = 1 - len(gold_nb) / len(raw_nb) if raw_nb else 0
            if negative:
                if raw != gold:
                    errors.append("negative: gold not identical to raw")
                raw_bytes = open(os.path.join(HERE, n), "rb").read()
                if raw_bytes != open(gpath, "rb").read():
                    errors.append("negative: gold bytes differ from raw bytes")
            else:
                if not 15 <= len(raw_nb) <= 40:
                    errors.append("positive has %d non-blank lines (need 15-40)" % len(raw_nb))
                if not 0.30 <= share <= 0.55:
                    errors.append("furniture share %.0f%% outside 30-55%%" % (100 * share))
                idx = [i for i, l in enumerate(raw) if l]
                kept_idx = [i for i in idx if kept[i]]
                if not kept_idx:
                    errors.append("no content kept")
                else:
                    top = any(not kept[i] for i in idx if i < kept_idx[0])
                    bottom = any(not kept[i] for i in idx if i > kept_idx[-1])
                    middle = any(not kept[i] for i in idx if kept_idx[0] < i < kept_idx[-1])
                    if not (top and bottom and middle):
                        errors.append("furniture missing at top=%s middle=%s bottom=%s"
                                      % (top, middle, bottom))
        status = "FAIL" if errors else "ok  "
        print("%s %s  lines=%d kept=%d furniture=%.0f%%%s" % (
            status, n, len(raw_nb), len(gold_nb), 100 * share,
            ("  <- " + "; ".join(errors)) if errors else ""))
        if errors:
            failures += 1

    # set-level checks
    numbers.sort()
    if numbers != list(range(1, len(numbers) + 1)):
        print("FAIL numbering is not 001..%03d without gaps/duplicates" % len(numbers))
        failures += 1
    for lang in LANGS:
        if per_lang[lang] != PER_LANG:
            print("FAIL language %s has %d files (need %d)" % (lang, per_lang[lang], PER_LANG))
            failures += 1
        if neg_lang[lang] != NEG_PER_LANG:
            print("FAIL language %s has %d negatives (need %d)" % (lang, neg_lang[lang], NEG_PER_LANG))
            failures += 1
    for ln, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            print("FAIL line reused across files %s: %r" % (sorted(owners), ln))
            failures += 1
    total = len(raws)
    print("%d pairs, %d negatives, %s" % (total, sum(neg_lang.values()),
                                         "ALL OK" if not failures else "%d FAILURE(S)" % failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
