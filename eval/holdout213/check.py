#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the family part of the name is 'negative' or valid family names, without
    duplicates, in canonical order;
  * the gold is an ordered subsequence of the raw lines (byte-identical lines);
  * blank lines in the gold stand where the raw had a blank line, runs of blank
    lines are collapsed to one, and there are no leading/trailing blank lines;
  * a negative's gold is byte-identical to its raw; a positive's gold differs;
and, over the whole set, that no non-blank line longer than 3 characters
(compared after stripping surrounding whitespace) occurs in more than one pair.
Prints one line per pair and 'ALL OK' at the end; exits 1 on any problem.
"""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RX = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return data, []
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)}: has a BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_blank(line):
    return line.strip() == ""


def check_families(part, errs):
    if part == "negative":
        return True
    fams = part.split("-")
    for f in fams:
        if f not in FAMILIES:
            errs.append(f"unknown family '{f}'")
    if len(set(fams)) != len(fams):
        errs.append("duplicate family in name")
    known = [f for f in fams if f in FAMILIES]
    if known != sorted(known, key=FAMILIES.index):
        errs.append("families not in canonical order")
    return False


def check_gold(raw, gold, errs):
    # blank-line hygiene of the gold
    if gold and is_blank(gold[0]):
        errs.append("gold starts with a blank line")
    if gold and is_blank(gold[-1]):
        errs.append("gold ends with a blank line")
    for k in range(1, len(gold)):
        if is_blank(gold[k]) and is_blank(gold[k - 1]):
            errs.append(f"gold line {k + 1}: run of blank lines not collapsed")
            break
    # ordered subsequence of non-blank lines
    pos = []
    i = 0
    for k, g in enumerate(gold):
        if is_blank(g):
            continue
        while i < len(raw) and raw[i] != g:
            i += 1
        if i == len(raw):
            errs.append(f"gold line {k + 1} not found in order in raw: {g[:60]!r}")
            return
        pos.append((k, i))
        i += 1
    # every blank gold line must sit where the raw had a blank line
    for (k1, i1), (k2, i2) in zip(pos, pos[1:]):
        between = gold[k1 + 1:k2]
        if between:  # exactly one blank line (collapsing checked above)
            if not any(is_blank(raw[x]) for x in range(i1 + 1, i2)):
                errs.append(f"gold line {k1 + 2}: blank line with no blank in raw")
            if any(b != "" for b in between) and not any(raw[x] in between for x in range(i1 + 1, i2)):
                errs.append(f"gold line {k1 + 2}: blank line not byte-identical to a raw line")
        # a blank line in raw between two kept, adjacent raw lines must be kept
        if not between and i2 == i1 + 2 and is_blank(raw[i1 + 1]):
            errs.append(f"gold line {k1 + 1}: raw blank line between kept lines was dropped")


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    problems = 0
    seen = {}  # stripped line -> first pair name
    dup_errs = {}
    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold without raw")
            problems += 1
    for r in raws:
        stem = r[:-4]
        errs = []
        m = NAME_RX.match(r)
        negative = False
        if not m:
            errs.append("bad file name")
        else:
            if m.group(2) not in LANGS:
                errs.append(f"unknown language '{m.group(2)}'")
            negative = check_families(m.group(3), errs)
        gname = stem + ".gold.txt"
        if gname not in golds:
            errs.append("missing gold file")
            print(f"FAIL {stem}: " + "; ".join(errs))
            problems += len(errs)
            continue
        rdata, raw = read_lines(os.path.join(HERE, r), errs)
        gdata, gold = read_lines(os.path.join(HERE, gname), errs)
        if negative:
            if rdata != gdata:
                errs.append("negative: gold is not byte-identical to raw")
        else:
            if rdata == gdata:
                errs.append("positive: gold identical to raw (no furniture removed)")
        check_gold(raw, gold, errs)
        for line in set(raw):
            key = line.strip()
            if len(key) > 3:
                if key in seen and seen[key] != stem:
                    dup_errs.setdefault(stem, []).append(
                        f"line also in {seen[key]}: {key[:60]!r}")
                else:
                    seen.setdefault(key, stem)
        errs.extend(dup_errs.get(stem, []))
        nb_raw = sum(1 for l in raw if not is_blank(l))
        nb_gold = sum(1 for l in gold if not is_blank(l))
        share = (nb_raw - nb_gold) / nb_raw if nb_raw else 0.0
        if errs:
            problems += len(errs)
            print(f"FAIL {stem}")
            for e in errs:
                print(f"     - {e}")
        else:
            print(f"OK   {stem}  (non-blank raw {nb_raw}, kept {nb_gold}, furniture {share:.0%})")
    if problems:
        print(f"FAILED: {problems} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
