#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory.

Checks, per pair:
  * both NNN_<lang>_<families>.txt and .gold.txt exist
  * UTF-8, LF line endings, final newline, no trailing blank lines
  * family part is 'negative' or valid family names in canonical order, no duplicates
  * gold lines are an ordered subsequence of raw lines
  * gold has no leading/trailing blank lines and no runs of more than one blank line
  * gold equals the raw with the deleted lines removed and blank runs collapsed
  * negatives: gold byte-identical to raw; positives: gold differs from raw
Across the set:
  * no non-blank line longer than 3 characters appears in more than one pair
Prints one line per pair and 'ALL OK' at the end (exit status 1 on any error).
"""
import os
import re
import sys
from collections import defaultdict

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    with open(path, "rb") as fh:
        data = fh.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    name = os.path.basename(path)
    if "\r" in text:
        errors.append(f"{name}: contains CR characters (need LF line endings)")
    if text.startswith("\ufeff"):
        errors.append(f"{name}: has a BOM")
    if not text.endswith("\n"):
        errors.append(f"{name}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{name}: trailing blank line(s)")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if lines and lines[0].strip() == "":
        errors.append(f"{name}: leading blank line")
    return text, lines


def collapse(lines):
    out = []
    for ln in lines:
        if ln.strip() == "":
            if not out or out[-1].strip() == "":
                continue
            out.append("")
        else:
            out.append(ln)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def is_subsequence(gold, raw):
    """Return list of raw indices matched by gold (greedy), or None."""
    idx = []
    j = 0
    for g in gold:
        if g.strip() == "":
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j)
        j += 1
    return idx


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    all_errors = []
    seen_numbers = set()
    line_owner = defaultdict(set)

    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            all_errors.append(f"{g}: gold without raw file")

    for raw_name in raws:
        errors = []
        m = NAME_RE.match(raw_name)
        stem = raw_name[:-4]
        if not m:
            errors.append(f"{raw_name}: bad file name")
        else:
            num, lang, fams = m.groups()
            if num in seen_numbers:
                errors.append(f"{raw_name}: duplicate number {num}")
            seen_numbers.add(num)
            if lang not in LANGS:
                errors.append(f"{raw_name}: unknown language {lang}")
            if fams != "negative":
                parts = fams.split("-")
                bad = [p for p in parts if p not in ORDER]
                if bad:
                    errors.append(f"{raw_name}: unknown families {bad}")
                elif len(set(parts)) != len(parts):
                    errors.append(f"{raw_name}: duplicate family")
                elif parts != sorted(parts, key=ORDER.index):
                    errors.append(f"{raw_name}: families not in canonical order")
        gold_name = stem + ".gold.txt"
        if gold_name not in golds:
            errors.append(f"{raw_name}: missing gold file")
            all_errors.extend(errors)
            print(f"FAIL {stem}: " + "; ".join(errors))
            continue
        r = read_lines(os.path.join(HERE, raw_name), errors)
        g = read_lines(os.path.join(HERE, gold_name), errors)
        if r is None or g is None:
            all_errors.extend(errors)
            print(f"FAIL {stem}: " + "; ".join(errors))
            continue
        raw_text, raw_lines = r
        gold_text, gold_lines = g
        negative = m is not None and m.group(3) == "negative"

        # blank-run collapsing in gold
        for a, b in zip(gold_lines, gold_lines[1:]):
            if a.strip() == "" and b.strip() == "":
                errors.append(f"{gold_name}: run of blank lines")
                break
        if gold_lines and gold_lines[-1].strip() == "":
            errors.append(f"{gold_name}: trailing blank line")
        for ln in gold_lines:
            if ln.strip() == "" and ln != "":
                errors.append(f"{gold_name}: whitespace-only line")
                break

        idx = is_subsequence(gold_lines, raw_lines)
        if idx is None:
            errors.append(f"{gold_name}: not an ordered subsequence of the raw lines")
        else:
            # rebuild expected gold from the kept raw lines and compare
            kept = set(idx)
            rebuilt = collapse([ln for i, ln in enumerate(raw_lines)
                                if i in kept or ln.strip() == ""])
            if rebuilt != gold_lines:
                errors.append(f"{gold_name}: blank lines do not match raw with deletions collapsed")
            n_raw = sum(1 for ln in raw_lines if ln.strip())
            n_gold = len(idx)
            if negative:
                if raw_text != gold_text:
                    errors.append(f"{gold_name}: negative but gold differs from raw")
            elif n_gold == n_raw:
                errors.append(f"{gold_name}: positive but nothing deleted")

        for ln in set(raw_lines):
            if ln.strip() and len(ln) > 3:
                line_owner[ln].add(stem)

        if errors:
            all_errors.extend(errors)
            print(f"FAIL {stem}: " + "; ".join(errors))
        else:
            n_raw = sum(1 for ln in raw_lines if ln.strip())
            n_gold = sum(1 for ln in gold_lines if ln.strip())
            share = (n_raw - n_gold) / n_raw if n_raw else 0.0
            kind = "negative" if negative else f"furniture {n_raw - n_gold}/{n_raw} = {share:.0%}"
            print(f"ok   {stem}: {n_raw} raw lines, {n_gold} kept, {kind}")

    for ln, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            msg = f"line used in several files {sorted(owners)}: {ln[:80]!r}"
            all_errors.append(msg)
            print("FAIL " + msg)

    if all_errors:
        print(f"{len(all_errors)} ERROR(S)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
