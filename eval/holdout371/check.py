#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the name is well formed: known language, family names valid, unique and in
    canonical order, or the single word 'negative';
  * gold non-blank lines are an ordered subsequence of raw non-blank lines;
  * gold blank lines are exactly what deletion + collapsing leaves behind:
    one blank between two kept lines iff the raw had a blank between them,
    no runs of blanks, no leading or trailing blank lines;
  * negatives: gold is byte-identical to raw; positives: something was deleted;
  * across the whole set: no non-blank line longer than 3 characters occurs in
    more than one page.
Prints one line per pair and 'ALL OK' when nothing failed.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def read_lines(path, label):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{label}: not UTF-8 ({e})")
        return None, data
    if "\r" in text:
        err(f"{label}: contains CR characters (must be LF only)")
    if not text.endswith("\n"):
        err(f"{label}: no final newline")
    if text.endswith("\n\n"):
        err(f"{label}: trailing blank line")
    if text.startswith("\ufeff"):
        err(f"{label}: starts with a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def check_families(name, fams):
    if fams == "negative":
        return []
    parts = fams.split("-")
    for p in parts:
        if p not in CANON:
            err(f"{name}: unknown family '{p}'")
    known = [p for p in parts if p in CANON]
    if len(set(known)) != len(known):
        err(f"{name}: family listed twice")
    idx = [CANON.index(p) for p in known]
    if idx != sorted(idx):
        err(f"{name}: families not in canonical order")
    if "negative" in parts:
        err(f"{name}: 'negative' mixed with families")
    return parts


def check_gold(name, raw, gold):
    n_err = len(errors)
    if gold and gold[0] == "":
        err(f"{name}: gold has a leading blank line")
    if gold and gold[-1] == "":
        err(f"{name}: gold has a trailing blank line")
    for i in range(1, len(gold)):
        if gold[i] == "" and gold[i - 1] == "":
            err(f"{name}: gold has a run of blank lines at line {i + 1}")
            break
    # align gold non-blank lines to raw non-blank lines (ordered subsequence)
    raw_nb = [(i, l) for i, l in enumerate(raw) if l.strip()]
    gold_nb = [l for l in gold if l.strip()]
    pos = []
    j = 0
    for g in gold_nb:
        while j < len(raw_nb) and raw_nb[j][1] != g:
            j += 1
        if j == len(raw_nb):
            err(f"{name}: gold line not found in order in raw: {g[:70]!r}")
            return None
        pos.append(raw_nb[j][0])
        j += 1
    if len(errors) > n_err:
        return None
    # rebuild the expected gold from the kept raw lines and compare
    expected = []
    for k, p in enumerate(pos):
        if k > 0 and any(raw[q] == "" for q in range(pos[k - 1] + 1, p)):
            expected.append("")
        expected.append(raw[p])
    if expected != gold:
        for k, (a, b) in enumerate(zip(expected, gold)):
            if a != b:
                err(f"{name}: gold blank lines differ from deletion+collapse near gold line {k + 1}")
                break
        else:
            err(f"{name}: gold length differs from deletion+collapse result")
        return None
    return len(raw_nb) - len(gold_nb), len(raw_nb)


def main():
    files = sorted(f for f in os.listdir(here) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            err(f"{g}: gold without raw file")
    numbers = defaultdict(list)
    owners = defaultdict(set)
    for f in raws:
        stem = f[:-4]
        m = NAME_RE.match(f)
        if not m:
            err(f"{f}: bad file name")
            print(f"FAIL {f}")
            continue
        num, lang, fams = m.groups()
        numbers[num].append(f)
        if lang not in LANGS:
            err(f"{f}: unknown language '{lang}'")
        check_families(f, fams)
        gname = stem + ".gold.txt"
        if gname not in golds:
            err(f"{f}: missing gold file {gname}")
            print(f"FAIL {stem}")
            continue
        before = len(errors)
        raw, raw_bytes = read_lines(os.path.join(here, f), f)
        gold, gold_bytes = read_lines(os.path.join(here, gname), gname)
        if raw is None or gold is None:
            print(f"FAIL {stem}")
            continue
        if raw and raw[0] == "":
            err(f"{f}: raw starts with a blank line")
        for l in raw:
            if l.strip():
                if len(l.strip()) > 3:
                    owners[l.strip()].add(stem)
                if l != l.rstrip():
                    err(f"{f}: trailing whitespace in {l[:50]!r}")
                    break
        if fams == "negative":
            if raw_bytes != gold_bytes:
                err(f"{stem}: negative but gold differs from raw")
            res = (0, sum(1 for l in raw if l.strip()))
        else:
            res = check_gold(stem, raw, gold)
            if res is not None and res[0] == 0:
                err(f"{stem}: positive but nothing was deleted")
        status = "ok" if len(errors) == before else "FAIL"
        if res is not None:
            deleted, total = res
            print(f"{status:4} {stem}: {total} non-blank raw lines, {deleted} deleted "
                  f"({100 * deleted / total:.0f}% furniture)")
        else:
            print(f"FAIL {stem}")
    for num, fs in numbers.items():
        if len(fs) > 1:
            err(f"number {num} used by several pairs: {fs}")
    for line, pages in sorted(owners.items()):
        if len(pages) > 1:
            err(f"line shared by {', '.join(sorted(pages))}: {line[:70]!r}")
    if not raws:
        err("no pairs found")
    if errors:
        print()
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
