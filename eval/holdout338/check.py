#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return []
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    if b"\r" in data:
        errors.append(f"{os.path.basename(path)}: contains CR (need LF line endings)")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_blank(line):
    return line.strip() == ""


def check_pair(stem, raw, gold, families, errors):
    errs = []
    # leading / trailing blanks
    for label, lines in (("raw", raw), ("gold", gold)):
        if not lines or all(is_blank(l) for l in lines):
            errs.append(f"{label} is empty")
            continue
        if is_blank(lines[0]):
            errs.append(f"{label} starts with a blank line")
        if is_blank(lines[-1]):
            errs.append(f"{label} ends with a blank line")
    # blank runs in gold collapsed
    for i in range(1, len(gold)):
        if is_blank(gold[i]) and is_blank(gold[i - 1]):
            errs.append(f"gold has a run of blank lines at line {i + 1}")
            break
    for i, l in enumerate(gold):
        if is_blank(l) and l != "":
            errs.append(f"gold line {i + 1} is whitespace-only but not empty")
    # gold is an ordered subsequence of raw (blank lines included)
    j = 0
    for i, g in enumerate(gold):
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            errs.append(f"gold line {i + 1} not found in order in raw: {g[:60]!r}")
            break
        j += 1
    # gold must be exactly what deleting non-blank raw lines and then collapsing
    # blank runs (and stripping leading/trailing blanks) gives
    kept = set()
    j = 0
    for g in (l for l in gold if not is_blank(l)):
        while j < len(raw) and raw[j] != g:
            j += 1
        if j < len(raw):
            kept.add(j)
            j += 1
    expected = []
    for i, l in enumerate(raw):
        if is_blank(l):
            if expected and not is_blank(expected[-1]):
                expected.append("")
        elif i in kept:
            expected.append(l)
    while expected and is_blank(expected[-1]):
        expected.pop()
    if expected != gold:
        errs.append("gold is not raw minus deleted lines with blank runs collapsed")
    deleted = len([l for l in raw if not is_blank(l)]) - len([l for l in gold if not is_blank(l)])
    if families == ["negative"]:
        if raw != gold:
            errs.append("negative but gold differs from raw")
    else:
        if deleted <= 0:
            errs.append("positive but no line was deleted")
        for f in families:
            if f not in CANON:
                errs.append(f"unknown family {f!r}")
        known = [f for f in families if f in CANON]
        if known != sorted(known, key=CANON.index):
            errs.append("families not in canonical order")
        if len(set(families)) != len(families):
            errs.append("duplicate family in name")
    return errs, deleted


def main():
    errors = []
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    for g in golds:
        if g[:-9] + ".txt" not in raws:
            errors.append(f"{g}: gold without raw")
    seen_numbers = {}
    line_owner = defaultdict(set)
    results = []
    for r in raws:
        stem = r[:-4]
        m = NAME_RE.match(r)
        if not m:
            errors.append(f"{r}: bad file name")
            continue
        num, lang, fams = m.groups()
        if num in seen_numbers:
            errors.append(f"{r}: number {num} also used by {seen_numbers[num]}")
        seen_numbers[num] = r
        if lang not in LANGS:
            errors.append(f"{r}: unknown language {lang}")
        families = fams.split("-")
        if "negative" in families and families != ["negative"]:
            errors.append(f"{r}: 'negative' mixed with families")
        gpath = os.path.join(HERE, stem + ".gold.txt")
        if not os.path.exists(gpath):
            errors.append(f"{r}: missing gold file")
            continue
        raw = read_lines(os.path.join(HERE, r), errors)
        gold = read_lines(gpath, errors)
        errs, deleted = check_pair(stem, raw, gold, families, errors)
        for line in set(l.strip() for l in raw if len(l.strip()) > 3):
            line_owner[line].add(r)
        nonblank = len([l for l in raw if not is_blank(l)])
        status = "OK" if not errs else "FAIL"
        kind = "negative" if families == ["negative"] else f"{deleted}/{nonblank} lines deleted ({100 * deleted / nonblank:.0f}%)"
        results.append(f"{status:4} {stem}: {kind}")
        errors.extend(f"{r}: {e}" for e in errs)
    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            errors.append(f"line used in more than one file ({', '.join(sorted(owners))}): {line[:60]!r}")
    for res in results:
        print(res)
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
