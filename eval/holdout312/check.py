#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both files exist (NNN_<lang>_<families>.txt and .gold.txt), names well formed
  * families are valid, unique and in canonical order, or the single word 'negative'
  * UTF-8, LF line endings, final newline, no whitespace-only lines
  * gold: no leading/trailing blank lines, no runs of blank lines
  * gold lines are an ordered subsequence of raw lines (byte-identical lines)
  * negatives: gold byte-identical to raw; positives: gold differs from raw
  * positives: furniture share of non-blank raw lines between 30 % and 55 %
Across the set:
  * no non-blank line longer than 3 characters appears in more than one pair
Prints one line per pair and 'ALL OK' if everything passed (exit code 1 otherwise).
"""
import os, re, sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")
HERE = os.path.dirname(os.path.abspath(__file__))
MIN_SHARE, MAX_SHARE = 0.30, 0.55


def read_lines(path, errs, label):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{label}: not UTF-8 ({e})")
        return []
    if "\r" in text:
        errs.append(f"{label}: contains CR characters")
    if not text.endswith("\n"):
        errs.append(f"{label}: no final newline")
    if text.endswith("\n\n"):
        errs.append(f"{label}: trailing blank line")
    if text.startswith("\ufeff"):
        errs.append(f"{label}: BOM")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for i, l in enumerate(lines, 1):
        if l.strip() == "" and l != "":
            errs.append(f"{label}: line {i} is whitespace-only")
    if lines and lines[0] == "":
        errs.append(f"{label}: leading blank line")
    return lines


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = {f[:-4] for f in files if not f.endswith(".gold.txt")}
    golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
    bad = False
    for orphan in sorted(raws ^ golds):
        print(f"FAIL {orphan}: incomplete pair")
        bad = True
    seen = defaultdict(set)          # line -> pairs using it
    results = []
    for base in sorted(raws & golds):
        errs = []
        m = NAME_RE.match(base)
        fams = []
        if not m:
            errs.append("bad file name")
        else:
            if m.group(2) not in LANGS:
                errs.append(f"unknown language {m.group(2)}")
            fams = m.group(3).split("-")
            if fams == ["negative"]:
                pass
            else:
                unknown = [f for f in fams if f not in FAMILIES]
                if unknown:
                    errs.append(f"unknown families {unknown}")
                elif len(set(fams)) != len(fams):
                    errs.append("duplicate family")
                elif fams != sorted(fams, key=FAMILIES.index):
                    errs.append("families not in canonical order")
        negative = fams == ["negative"]
        rpath, gpath = os.path.join(HERE, base + ".txt"), os.path.join(HERE, base + ".gold.txt")
        raw = read_lines(rpath, errs, "raw")
        gold = read_lines(gpath, errs, "gold")
        for i in range(1, len(gold)):
            if gold[i] == "" and gold[i - 1] == "":
                errs.append(f"gold: run of blank lines at line {i + 1}")
                break
        # ordered subsequence
        j = 0
        for g in gold:
            while j < len(raw) and raw[j] != g:
                j += 1
            if j == len(raw):
                errs.append(f"gold line not found in order in raw: {g[:60]!r}")
                break
            j += 1
        same = open(rpath, "rb").read() == open(gpath, "rb").read()
        raw_nb = [l for l in raw if l.strip()]
        gold_nb = [l for l in gold if l.strip()]
        share = 1 - len(gold_nb) / len(raw_nb) if raw_nb else 0.0
        if negative and not same:
            errs.append("negative but gold differs from raw")
        if not negative:
            if same:
                errs.append("positive but gold identical to raw")
            elif not (MIN_SHARE <= share <= MAX_SHARE):
                errs.append(f"furniture share {share:.0%} outside {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
        for l in set(raw) | set(gold):
            if l.strip() and len(l.strip()) > 3:
                seen[l.strip()].add(base)
        results.append((base, errs, len(raw_nb), len(raw_nb) - len(gold_nb), share))
    dup = defaultdict(list)
    for line, bases in seen.items():
        if len(bases) > 1:
            for b in bases:
                dup[b].append(line)
    for base, errs, n, nf, share in results:
        for line in dup.get(base, []):
            errs.append(f"line shared with another file: {line[:60]!r}")
        status = "ok  " if not errs else "FAIL"
        print(f"{status} {base}  ({n} non-blank lines, {nf} furniture, {share:.0%})")
        for e in errs:
            print(f"       - {e}")
        bad = bad or bool(errs)
    if not results:
        print("FAIL no pairs found")
        bad = True
    if bad:
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
