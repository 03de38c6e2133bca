#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and .gold.txt exist;
  * UTF-8, LF line endings, final newline, no leading/trailing blank lines;
  * family names are valid, unique and in canonical order ('negative' stands alone);
  * gold lines are an ordered subsequence of raw lines;
  * gold equals the raw lines it keeps, with blank runs collapsed to one;
  * negatives are byte-identical to their raw file, positives are not;
and across the set: no non-blank line longer than 3 characters appears in more than one pair.
Prints one line per pair and 'ALL OK' when nothing is wrong.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({exc})")
        return data, []
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: starts with a BOM")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if not lines or lines[0].strip() == "":
        errors.append(f"{os.path.basename(path)}: leading blank line or empty file")
    if lines and lines[-1].strip() == "":
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    return data, lines


def collapse(lines):
    out = []
    for ln in lines:
        if ln.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(ln)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def match_subsequence(raw, gold):
    """Greedily map each non-blank gold line to a raw index; None if impossible."""
    idx, kept = 0, []
    for g in gold:
        if g.strip() == "":
            continue
        while idx < len(raw) and raw[idx] != g:
            idx += 1
        if idx == len(raw):
            return None
        kept.append(idx)
        idx += 1
    return kept


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = {f[:-4] for f in files if not f.endswith(".gold.txt")}
    golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
    all_errors = []
    for stem in sorted(raws ^ golds):
        msg = f"{stem}: incomplete pair (raw or gold missing)"
        print(msg)
        all_errors.append(msg)

    seen_numbers = {}
    line_owner = defaultdict(set)
    for stem in sorted(raws & golds):
        errors = []
        m = NAME_RE.match(stem)
        if not m:
            errors.append("bad file name")
            fams = []
            negative = False
        else:
            num, lang, famstr = m.groups()
            if num in seen_numbers:
                errors.append(f"number {num} also used by {seen_numbers[num]}")
            seen_numbers[num] = stem
            if lang not in LANGS:
                errors.append(f"unknown language {lang}")
            negative = famstr == "negative"
            fams = [] if negative else famstr.split("-")
            for f in fams:
                if f not in CANON:
                    errors.append(f"unknown family '{f}'")
            if len(set(fams)) != len(fams):
                errors.append("family listed twice")
            known = [f for f in fams if f in CANON]
            if known != sorted(known, key=CANON.index):
                errors.append("families not in canonical order")
        raw_path = os.path.join(HERE, stem + ".txt")
        gold_path = os.path.join(HERE, stem + ".gold.txt")
        raw_bytes, raw = read_lines(raw_path, errors)
        gold_bytes, gold = read_lines(gold_path, errors)

        for i in range(1, len(gold)):
            if gold[i].strip() == "" and gold[i - 1].strip() == "":
                errors.append(f"gold: consecutive blank lines at line {i + 1}")
                break

        kept = match_subsequence(raw, gold)
        if kept is None:
            errors.append("gold is not an ordered subsequence of raw")
        else:
            kept_set = set(kept)
            expected = collapse([ln for i, ln in enumerate(raw)
                                 if i in kept_set or ln.strip() == ""])
            if expected != gold:
                errors.append("gold differs from the kept raw lines with blank runs collapsed")

        raw_nb = [ln for ln in raw if ln.strip()]
        gold_nb = [ln for ln in gold if ln.strip()]
        deleted = len(raw_nb) - len(gold_nb)
        if negative:
            if raw_bytes != gold_bytes:
                errors.append("negative: gold is not byte-identical to raw")
        else:
            if deleted <= 0:
                errors.append("positive: nothing deleted")

        for ln in set(raw_nb):
            if len(ln.strip()) > 3:
                line_owner[ln].add(stem)

        share = f"{deleted}/{len(raw_nb)} furniture lines ({deleted / max(len(raw_nb), 1):.0%})"
        status = "ok" if not errors else "FAIL: " + "; ".join(errors)
        print(f"{stem}: {share} - {status}")
        all_errors.extend(f"{stem}: {e}" for e in errors)

    for ln, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            msg = f"line used in {len(owners)} pairs ({', '.join(sorted(owners))}): {ln[:70]!r}"
            print("DUPLICATE " + msg)
            all_errors.append(msg)

    if all_errors:
        print(f"{len(all_errors)} problem(s) found")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
