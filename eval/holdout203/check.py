#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and .gold.txt exist
  * file name: three-digit number, known language code, valid family names in
    canonical order without duplicates, or the single word "negative"
  * UTF-8, LF line endings only, final newline, no trailing whitespace
  * gold lines are an ordered subsequence of raw lines
  * gold equals raw with the deleted lines removed and blank runs collapsed
    (so blank lines kept where they were, one per run), no leading/trailing blanks
  * negatives: gold byte-identical to raw
  * positives: at least one line deleted; furniture share is reported
Across the set:
  * no non-blank line longer than 3 characters appears in more than one pair
"""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append("%s: not valid UTF-8 (%s)" % (os.path.basename(path), e))
        return None
    name = os.path.basename(path)
    if "\r" in text:
        errors.append("%s: contains CR characters" % name)
    if text.startswith("\ufeff"):
        errors.append("%s: starts with a BOM" % name)
    if not text.endswith("\n"):
        errors.append("%s: no final newline" % name)
    if text.endswith("\n\n"):
        errors.append("%s: trailing blank line" % name)
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for i, ln in enumerate(lines, 1):
        if ln != ln.rstrip():
            errors.append("%s:%d: trailing whitespace" % (name, i))
    if lines and lines[0] == "":
        errors.append("%s: leading blank line" % name)
    return lines


def collapse(lines):
    out = []
    for ln in lines:
        if ln == "" and (not out or out[-1] == ""):
            continue
        out.append(ln)
    while out and out[-1] == "":
        out.pop()
    return out


def match_subsequence(raw, gold):
    """Greedy match of gold's non-blank lines into raw; returns kept raw indices or None."""
    kept = set()
    j = 0
    for g in gold:
        if g == "":
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None, g
        kept.add(j)
        j += 1
    return kept, None


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    all_errors = []
    seen_lines = {}  # line -> set of pair names
    numbers = {}
    n_pairs = 0

    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            all_errors.append("%s: gold without raw file" % g)

    for r in raws:
        errors = []
        base = r[:-4]
        gname = base + ".gold.txt"
        m = NAME_RE.match(r)
        kind = "?"
        if not m:
            errors.append("%s: bad file name" % r)
        else:
            num, lang, fams = m.groups()
            if num in numbers:
                errors.append("%s: number %s also used by %s" % (r, num, numbers[num]))
            numbers[num] = r
            if lang not in LANGS:
                errors.append("%s: unknown language %r" % (r, lang))
            if fams == "negative":
                kind = "negative"
            else:
                kind = "positive"
                parts = fams.split("-")
                bad = [p for p in parts if p not in FAMILIES]
                if bad:
                    errors.append("%s: unknown families %s" % (r, bad))
                else:
                    idx = [FAMILIES.index(p) for p in parts]
                    if idx != sorted(idx) or len(set(idx)) != len(idx):
                        errors.append("%s: families not in canonical order or duplicated" % r)
        if gname not in golds:
            errors.append("%s: missing %s" % (r, gname))
            all_errors.extend(errors)
            print("FAIL %s" % base)
            continue
        n_pairs += 1
        raw = read_lines(os.path.join(HERE, r), errors)
        gold = read_lines(os.path.join(HERE, gname), errors)
        info = ""
        if raw is not None and gold is not None:
            if kind == "negative":
                with open(os.path.join(HERE, r), "rb") as f1, open(os.path.join(HERE, gname), "rb") as f2:
                    if f1.read() != f2.read():
                        errors.append("%s: negative but gold differs from raw" % base)
            for i in range(1, len(gold)):
                if gold[i] == "" and gold[i - 1] == "":
                    errors.append("%s: consecutive blank lines in gold at line %d" % (gname, i + 1))
            if gold and (gold[0] == "" or gold[-1] == ""):
                errors.append("%s: leading or trailing blank line in gold" % gname)
            kept, missing = match_subsequence(raw, gold)
            if kept is None:
                errors.append("%s: gold line not found in order in raw: %r" % (gname, missing[:70]))
            else:
                expected = collapse([ln for i, ln in enumerate(raw) if ln == "" or i in kept])
                while expected and expected[0] == "":
                    expected.pop(0)
                if expected != gold:
                    for k, (a, b) in enumerate(zip(expected, gold)):
                        if a != b:
                            errors.append("%s: blank-line layout differs from raw-minus-deleted at gold line %d" % (gname, k + 1))
                            break
                    else:
                        errors.append("%s: length differs from raw-minus-deleted (%d vs %d)" % (gname, len(gold), len(expected)))
                nb_raw = sum(1 for ln in raw if ln)
                nb_gold = sum(1 for ln in gold if ln)
                deleted = nb_raw - nb_gold
                share = deleted / nb_raw if nb_raw else 0.0
                info = "%d lines, %d deleted (%.0f%%)" % (nb_raw, deleted, 100 * share)
                if kind == "positive" and deleted == 0:
                    errors.append("%s: positive pair with nothing deleted" % base)
            for ln in set(raw):
                if ln.strip() and len(ln.strip()) > 3:
                    seen_lines.setdefault(ln, set()).add(base)
        status = "OK  " if not errors else "FAIL"
        print("%s %-100s %-8s %s" % (status, base, kind, info))
        all_errors.extend(errors)

    for ln, pairs in sorted(seen_lines.items()):
        if len(pairs) > 1:
            all_errors.append("line used in %d pairs (%s): %r" % (len(pairs), ", ".join(sorted(pairs)), ln[:70]))

    if n_pairs == 0:
        all_errors.append("no pairs found")
    for e in all_errors:
        print("ERROR: " + e)
    if all_errors:
        print("FAILED (%d problems)" % len(all_errors))
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
