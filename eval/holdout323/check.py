#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (or the directory given as argv[1]).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist
  * valid UTF-8, LF line endings only, final newline, no empty file
  * family names valid, unique and in canonical order, or exactly "negative"
  * raw has no leading/trailing blank lines
  * gold lines are an ordered subsequence of raw lines (byte-identical lines)
  * gold has no runs of blank lines, no leading/trailing blank lines
  * gold equals raw with some lines deleted and blank runs collapsed
    (every deleted raw line is either non-blank or a blank swallowed by collapsing)
  * negatives: gold byte-identical to raw; positives: gold differs from raw
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one file
Prints one line per pair and "ALL OK" at the end; exits 1 on any failure.
"""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")


def read_lines(path, errors):
    data = open(path, "rb").read()
    if not data:
        errors.append(f"{os.path.basename(path)}: empty file")
        return []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return []
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_blank(s):
    return s.strip() == ""


def collapse(lines):
    out = []
    for ln in lines:
        if is_blank(ln) and (not out or is_blank(out[-1])):
            continue
        out.append(ln)
    while out and is_blank(out[-1]):
        out.pop()
    return out


def check_families(fams, errors, name):
    if fams == "negative":
        return True
    parts = fams.split("-")
    for p in parts:
        if p not in CANON:
            errors.append(f"{name}: unknown family '{p}'")
    if len(set(parts)) != len(parts):
        errors.append(f"{name}: repeated family")
    known = [p for p in parts if p in CANON]
    if known != sorted(known, key=CANON.index):
        errors.append(f"{name}: families not in canonical order")
    return False


def subsequence_mask(raw, gold):
    """Greedy match of gold into raw; returns list of kept flags or None."""
    keep = [False] * len(raw)
    i = 0
    for g in gold:
        while i < len(raw) and raw[i] != g:
            i += 1
        if i == len(raw):
            return None
        keep[i] = True
        i += 1
    return keep


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    names = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
    raws = [f for f in names if not f.endswith(".gold.txt")]
    golds = [f for f in names if f.endswith(".gold.txt")]
    all_errors = []
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            all_errors.append(f"{g}: gold without raw")
    seen = {}  # line -> first file
    numbers = {}
    for r in raws:
        errors = []
        m = NAME_RE.match(r)
        if not m:
            errors.append(f"{r}: bad file name")
            print(f"FAIL {r}")
            all_errors.extend(errors)
            continue
        num, lang, fams = m.groups()
        if num in numbers:
            errors.append(f"{r}: number {num} also used by {numbers[num]}")
        numbers[num] = r
        if lang not in LANGS:
            errors.append(f"{r}: unknown language '{lang}'")
        negative = check_families(fams, errors, r)
        gname = r[:-4] + ".gold.txt"
        gpath = os.path.join(d, gname)
        raw = read_lines(os.path.join(d, r), errors)
        if not os.path.exists(gpath):
            errors.append(f"{r}: missing gold file")
            gold = None
        else:
            gold = read_lines(gpath, errors)
        if raw and (is_blank(raw[0]) or is_blank(raw[-1])):
            errors.append(f"{r}: raw has leading/trailing blank line")
        nfurn = 0
        if gold is not None and raw:
            if gold and (is_blank(gold[0]) or is_blank(gold[-1])):
                errors.append(f"{gname}: leading/trailing blank line")
            for a, b in zip(gold, gold[1:]):
                if is_blank(a) and is_blank(b):
                    errors.append(f"{gname}: run of blank lines")
                    break
            keep = subsequence_mask(raw, gold)
            if keep is None:
                errors.append(f"{gname}: not an ordered subsequence of raw lines")
            else:
                if collapse([ln for ln, k in zip(raw, keep) if k or is_blank(ln)]) != gold:
                    errors.append(f"{gname}: gold is not raw minus deleted lines with blanks collapsed")
                nfurn = sum(1 for ln, k in zip(raw, keep) if not k and not is_blank(ln))
            with open(os.path.join(d, r), "rb") as fr, open(gpath, "rb") as fg:
                identical = fr.read() == fg.read()
            if negative and not identical:
                errors.append(f"{r}: negative but gold differs from raw")
            if not negative and identical:
                errors.append(f"{r}: positive but gold identical to raw")
        for ln in set(raw):
            s = ln.strip()
            if len(s) > 3:
                if s in seen and seen[s] != r:
                    errors.append(f"{r}: line also in {seen[s]}: {s[:60]!r}")
                else:
                    seen.setdefault(s, r)
        nonblank = sum(1 for ln in raw if not is_blank(ln))
        share = f"{100 * nfurn / nonblank:.0f}%" if nonblank else "-"
        status = "OK  " if not errors else "FAIL"
        print(f"{status} {r[:-4]}  lines={nonblank} furniture={nfurn} ({share})")
        all_errors.extend(errors)
    for e in all_errors:
        print("  ERROR:", e)
    if all_errors or not raws:
        print(f"FAILED ({len(all_errors)} problems)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
