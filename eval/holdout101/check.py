#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Usage: python3 check.py [DIR]

Checks, per pair:
  * file name NNN_<lang>_<families>.txt with a matching .gold.txt
  * lang in en/ru/de/fr/es; families from the allowed list, no repeats,
    or the single word "negative"
  * UTF-8, no BOM, LF only, final newline, no tabs/NULs, no trailing spaces
  * gold lines are a subsequence of raw lines (byte-identical lines)
  * gold equals what deleting exactly the unmatched raw lines produces,
    with blank runs left by a deletion collapsed to one and no blank line
    at the start/end unless raw has one there
  * negatives: gold byte-identical to raw
  * positives: 15-40 non-blank raw lines, 30-55% of them deleted,
    deletions at the top, at the bottom and between kept lines
Set-level checks: numbering 001..N without gaps, counts per language and
negatives per language (as asked: 4 per language, 2 of them negatives),
and no non-trivial line (>= 15 chars) shared by two different pairs.
Prints one line per pair and exits non-zero on any failure.
"""
import os
import re
import sys
from collections import Counter, defaultdict

FAMILIES = (
    "masthead nav breadcrumb skip cookie consent readmore related ad promo "
    "caption credit copyright wire share counter newsletter subscribe donation "
    "membership paywall comments login authorbox tags footer app live notes"
).split()
LANGS = ("en", "ru", "de", "fr", "es")
PER_LANG = 4
NEG_PER_LANG = 2
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
DUP_MIN_LEN = 15

NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")


def read_text(path, errors):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    if b"\r" in data:
        errors.append(f"{os.path.basename(path)}: contains CR (not LF-only)")
    if b"\x00" in data:
        errors.append(f"{os.path.basename(path)}: contains NUL")
    if not data.endswith(b"\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    return data, text


def split_lines(text):
    # text ends with "\n"; a file "a\nb\n" has lines ["a", "b"]
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def align(raw, gold):
    """Greedy: match each non-blank gold line to the next equal raw line.
    Returns the set of raw indices kept (non-blank only) or None."""
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
    """Delete every non-blank raw line not in kept; collapse blank runs that
    a deletion left behind; keep leading/trailing blanks only where raw has
    them."""
    keptset = set(kept)
    deleted = [i for i, l in enumerate(raw) if l != "" and i not in keptset]
    delset = set(deleted)
    out = []
    # segments: before first kept, between kept lines, after last kept
    bounds = [-1] + kept + [len(raw)]
    for s in range(len(bounds) - 1):
        a, b = bounds[s], bounds[s + 1]
        seg = list(range(a + 1, b))
        blanks = [i for i in seg if raw[i] == ""]
        had_del = any(i in delset for i in seg)
        first, last = s == 0, s == len(bounds) - 2
        if not had_del:
            out.extend("" for _ in blanks)
        elif first:
            if raw and raw[0] == "":
                out.append("")
        elif last:
            if raw and raw[-1] == "":
                out.append("")
        elif blanks:
            out.append("")
        if b < len(raw):
            out.append(raw[b])
    return out, deleted


def is_subsequence(small, big):
    it = iter(big)
    return all(any(x == y for y in it) for x in small)


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    names = sorted(os.listdir(d))
    errors_total = 0
    set_errors = []
    raws = [n for n in names if n.endswith(".txt") and not n.endswith(".gold.txt")]
    golds = [n for n in names if n.endswith(".gold.txt")]
    for n in names:
        if n in ("check.py", "README.md") or n.endswith(".txt") or n.startswith("."):
            continue
        if n == "__pycache__":
            continue
        set_errors.append(f"unexpected file: {n}")
    for g in golds:
        if g[: -len(".gold.txt")] + ".txt" not in raws:
            set_errors.append(f"gold without raw: {g}")

    numbers = []
    per_lang = Counter()
    neg_per_lang = Counter()
    line_owner = defaultdict(set)

    for n in raws:
        errs = []
        m = NAME_RE.match(n)
        if not m:
            print(f"FAIL {n}: bad file name")
            errors_total += 1
            continue
        num, lang, fams = m.groups()
        numbers.append(int(num))
        if lang not in LANGS:
            errs.append(f"unknown language {lang}")
        famlist = fams.split("-")
        negative = famlist == ["negative"]
        if not negative:
            bad = [f for f in famlist if f not in FAMILIES]
            if bad:
                errs.append(f"unknown families {bad}")
            if len(set(famlist)) != len(famlist):
                errs.append("repeated family in name")
        per_lang[lang] += 1
        if negative:
            neg_per_lang[lang] += 1
        gname = n[:-4] + ".gold.txt"
        rpath, gpath = os.path.join(d, n), os.path.join(d, gname)
        if not os.path.exists(gpath):
            print(f"FAIL {n}: missing {gname}")
            errors_total += 1
            continue
        rbytes, rtext = read_text(rpath, errs)
        gbytes, gtext = read_text(gpath, errs)
        raw, gold = split_lines(rtext), split_lines(gtext)
        for label, lines in (("raw", raw), ("gold", gold)):
            for i, l in enumerate(lines, 1):
                if l != l.rstrip():
                    errs.append(f"{label} line {i}: trailing whitespace")
                if "\t" in l:
                    errs.append(f"{label} line {i}: tab")
        for l in set(raw):
            if len(l.strip()) >= DUP_MIN_LEN:
                line_owner[l].add(num)

        nonblank = sum(1 for l in raw if l.strip())
        if not is_subsequence(gold, raw):
            errs.append("gold is not a subsequence of raw")
        kept = align(raw, gold)
        share = 0.0
        if kept is None:
            errs.append("gold non-blank lines cannot be aligned to raw")
        else:
            exp, deleted = expected_gold(raw, kept)
            if exp != gold:
                # locate first difference
                k = next((i for i in range(min(len(exp), len(gold))) if exp[i] != gold[i]),
                         min(len(exp), len(gold)))
                errs.append(f"gold blank-line layout differs from expected at gold line {k + 1}")
            if gold and gold[0] == "" and not (raw and raw[0] == ""):
                errs.append("gold starts with a blank line")
            if gold and gold[-1] == "" and not (raw and raw[-1] == ""):
                errs.append("gold ends with a blank line")
            share = len(deleted) / nonblank if nonblank else 0.0
            if negative:
                if rbytes != gbytes:
                    errs.append("negative: gold differs from raw")
                if nonblank < 8:
                    errs.append(f"negative: only {nonblank} non-blank lines")
            else:
                if not (MIN_LINES <= nonblank <= MAX_LINES):
                    errs.append(f"{nonblank} non-blank raw lines (want {MIN_LINES}-{MAX_LINES})")
                if not (MIN_SHARE <= share <= MAX_SHARE):
                    errs.append(f"furniture share {share:.2f} (want {MIN_SHARE}-{MAX_SHARE})")
                if not kept:
                    errs.append("positive with no content kept")
                else:
                    top = any(i < kept[0] for i in deleted)
                    bottom = any(i > kept[-1] for i in deleted)
                    middle = any(kept[0] < i < kept[-1] for i in deleted)
                    for ok, where in ((top, "top"), (middle, "middle"), (bottom, "bottom")):
                        if not ok:
                            errs.append(f"no furniture at the {where}")
        status = "FAIL" if errs else "ok  "
        kind = "negative" if negative else f"{len(famlist)} families"
        print(f"{status} {n}: {nonblank} lines, {share:.0%} furniture, {kind}"
              + ("" if not errs else " -- " + "; ".join(errs)))
        errors_total += bool(errs)

    # set-level checks
    numbers.sort()
    if numbers != list(range(1, len(numbers) + 1)):
        set_errors.append(f"numbering not 001..{len(numbers):03d} without gaps/duplicates")
    for lang in LANGS:
        if per_lang[lang] != PER_LANG:
            set_errors.append(f"{lang}: {per_lang[lang]} pairs (want {PER_LANG})")
        if neg_per_lang[lang] != NEG_PER_LANG:
            set_errors.append(f"{lang}: {neg_per_lang[lang]} negatives (want {NEG_PER_LANG})")
    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            set_errors.append(f"line shared by {sorted(owners)}: {line[:60]!r}")
    for e in set_errors:
        print(f"FAIL set: {e}")
    total = len(raws)
    if errors_total or set_errors:
        print(f"FAILED: {errors_total} of {total} pairs, {len(set_errors)} set-level problems")
        return 1
    print(f"PASSED: {total} pairs ({sum(neg_per_lang.values())} negatives)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
