#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks: file names and pairing, UTF-8 / LF / final newline / no BOM, gold is a
line subsequence of raw, blank-line collapsing, negatives byte-identical,
line counts and furniture shares, furniture at top / middle / bottom, the
language and family quotas, and that no phrase is reused across files.
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z-]+)(\.gold)?\.txt$")
ALLOWED_EXTRA = {"check.py", "README.md", "PROMPT.md"}
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
SHINGLE = 6  # a run of this many words may not occur in two different files

HERE = os.path.dirname(os.path.abspath(__file__))
errors_total = 0


def read_text(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append("BOM present")
    if b"\r" in data:
        errs.append("CR characters (not LF-only)")
    if not data.endswith(b"\n"):
        errs.append("no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append("not UTF-8: %s" % e)
        text = data.decode("utf-8", "replace")
    return data, text


def split_lines(text):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def align(raw, gold):
    """Greedy subsequence match of gold lines onto raw lines.

    Returns the set of raw indices kept for non-blank gold lines, or None."""
    kept = []
    j = 0
    for g in gold:
        if g == "":
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        kept.append(j)
        j += 1
    return kept


def expected_gold(raw, kept):
    keep = set(kept)
    out = []
    for i, line in enumerate(raw):
        if line != "" and i not in keep:
            continue
        if line == "" and out and out[-1] == "":
            continue
        out.append(line)
    if raw and raw[0] != "":
        while out and out[0] == "":
            out.pop(0)
    if raw and raw[-1] != "":
        while out and out[-1] == "":
            out.pop()
    return out


def words(line):
    return re.findall(r"\w+", line.lower())


def main():
    global errors_total
    names = sorted(os.listdir(HERE))
    raws, golds = {}, {}
    for n in names:
        p = os.path.join(HERE, n)
        if os.path.isdir(p):
            continue
        if n in ALLOWED_EXTRA:
            continue
        m = NAME_RE.match(n)
        if not m:
            print("FAIL  unexpected file: %s" % n)
            errors_total += 1
            continue
        stem = n[: -len(".gold.txt")] if m.group(4) else n[: -len(".txt")]
        (golds if m.group(4) else raws)[stem] = p

    for stem in sorted(set(raws) | set(golds)):
        if stem not in raws or stem not in golds:
            print("FAIL  %s: unpaired (raw=%s gold=%s)" % (stem, stem in raws, stem in golds))
            errors_total += 1

    stems = sorted(set(raws) & set(golds))
    numbers = [s[:3] for s in stems]
    if len(set(numbers)) != len(numbers):
        print("FAIL  duplicate numbers")
        errors_total += 1
    if numbers != ["%03d" % i for i in range(1, len(numbers) + 1)]:
        print("FAIL  numbers are not 001..%03d" % len(numbers))
        errors_total += 1

    lang_count = defaultdict(int)
    neg_count = defaultdict(int)
    fam_langs = defaultdict(set)
    file_lines = {}

    for stem in stems:
        errs = []
        num, lang, fams = NAME_RE.match(stem + ".txt").group(1, 2, 3)
        lang_count[lang] += 1
        negative = fams == "negative"
        if negative:
            neg_count[lang] += 1
            famlist = []
        else:
            famlist = fams.split("-")
            bad = [f for f in famlist if f not in FAMILIES]
            if bad:
                errs.append("unknown families %s" % bad)
            if len(set(famlist)) != len(famlist):
                errs.append("repeated family in name")
            if not bad and famlist != sorted(famlist, key=FAMILIES.index):
                errs.append("families not in canonical order")
            for f in famlist:
                fam_langs[f].add(lang)

        rdata, rtext = read_text(raws[stem], errs)
        gdata, gtext = read_text(golds[stem], errs)
        raw, gold = split_lines(rtext), split_lines(gtext)
        file_lines[stem] = raw
        for label, ls in (("raw", raw), ("gold", gold)):
            if ls and ls[0] == "":
                errs.append("%s starts with a blank line" % label)
            if ls and ls[-1] == "":
                errs.append("%s ends with a blank line" % label)
            if any(l != l.strip() and l.strip() == "" for l in ls):
                errs.append("%s has whitespace-only lines" % label)
        for i in range(1, len(gold)):
            if gold[i] == "" and gold[i - 1] == "":
                errs.append("gold has a run of blank lines at line %d" % (i + 1))
                break

        kept = align(raw, gold)
        nonblank = [i for i, l in enumerate(raw) if l != ""]
        n = len(nonblank)
        furn = 0
        share = 0.0
        if kept is None:
            errs.append("gold is not a subsequence of raw")
        else:
            exp = expected_gold(raw, kept)
            if exp != gold:
                errs.append("gold blank lines differ from raw-minus-deletions (collapsed)")
            keep = set(kept)
            deleted = [i for i in nonblank if i not in keep]
            furn = len(deleted)
            share = furn / n if n else 0.0
            if negative:
                if rdata != gdata:
                    errs.append("negative gold not byte-identical to raw")
            else:
                if not (MIN_SHARE <= share <= MAX_SHARE):
                    errs.append("furniture share %.0f%% outside %d-%d%%"
                                % (100 * share, 100 * MIN_SHARE, 100 * MAX_SHARE))
                if kept:
                    if not deleted or deleted[0] > kept[0]:
                        errs.append("no furniture at the top")
                    if not deleted or deleted[-1] < kept[-1]:
                        errs.append("no furniture at the bottom")
                    if not any(kept[0] < d < kept[-1] for d in deleted):
                        errs.append("no furniture between article paragraphs")
                else:
                    errs.append("gold is empty")
        if not (MIN_LINES <= n <= MAX_LINES):
            errs.append("%d non-blank lines, outside %d-%d" % (n, MIN_LINES, MAX_LINES))

        status = "OK  " if not errs else "FAIL"
        errors_total += len(errs)
        print("%s  %s  lines=%d furniture=%d (%.0f%%)%s" % (
            status, stem, n, furn, 100 * share, "" if not errs else "  -> " + "; ".join(errs)))

    # quotas
    for lang in LANGS:
        if lang_count[lang] != 4 or neg_count[lang] != 1:
            print("FAIL  language %s: %d files, %d negatives (want 4 and 1)"
                  % (lang, lang_count[lang], neg_count[lang]))
            errors_total += 1
    if len(stems) != 20:
        print("FAIL  %d pairs (want 20)" % len(stems))
        errors_total += 1
    for f in FAMILIES:
        if len(fam_langs[f]) < 3:
            print("FAIL  family %s appears in %d languages (%s), want >= 3"
                  % (f, len(fam_langs[f]), ",".join(sorted(fam_langs[f]))))
            errors_total += 1

    # phrase reuse across files: identical lines and shared word shingles
    seen_line = {}
    seen_sh = {}
    for stem, lines in file_lines.items():
        for l in lines:
            key = " ".join(words(l))
            if not key:
                continue
            if len(key.split()) >= 2 or len(key) > 12:
                other = seen_line.setdefault(key, stem)
                if other != stem:
                    print("FAIL  line reused in %s and %s: %r" % (other, stem, l))
                    errors_total += 1
            w = words(l)
            for i in range(len(w) - SHINGLE + 1):
                sh = " ".join(w[i:i + SHINGLE])
                other = seen_sh.setdefault(sh, stem)
                if other != stem:
                    print("FAIL  phrase reused in %s and %s: %r" % (other, stem, sh))
                    errors_total += 1
                    seen_sh[sh] = stem

    print("%s: %d pairs, %d problem(s)" % ("PASS" if errors_total == 0 else "FAIL",
                                          len(stems), errors_total))
    return 0 if errors_total == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
