#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return []
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: BOM present")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(gold, raw):
    i = 0
    for line in gold:
        while i < len(raw) and raw[i] != line:
            i += 1
        if i == len(raw):
            return False
        i += 1
    return True


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    all_errors = []
    line_owner = {}  # stripped line -> first raw file using it
    numbers = set()

    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            all_errors.append(f"{g}: gold without raw file")
            print(f"FAIL {g}: gold without raw file")

    for raw_name in raws:
        errs = []
        m = NAME_RE.match(raw_name)
        if not m:
            errs.append("bad file name")
            fams = []
        else:
            no, lang, famstr = m.groups()
            if no in numbers:
                errs.append(f"duplicate number {no}")
            numbers.add(no)
            fams = [] if famstr == "negative" else famstr.split("-")
            bad = [f for f in fams if f not in CANON]
            if bad:
                errs.append(f"unknown families {bad}")
            elif fams != sorted(fams, key=CANON.index) or len(set(fams)) != len(fams):
                errs.append("families not in canonical order or repeated")
        gold_name = raw_name[:-4] + ".gold.txt"
        if gold_name not in golds:
            errs.append("missing gold file")
            all_errors += [f"{raw_name}: {e}" for e in errs]
            print(f"FAIL {raw_name}: " + "; ".join(errs))
            continue
        raw = read_lines(os.path.join(HERE, raw_name), errs)
        gold = read_lines(os.path.join(HERE, gold_name), errs)

        if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
            errs.append("gold has leading or trailing blank line")
        for a, b in zip(gold, gold[1:]):
            if a.strip() == "" and b.strip() == "":
                errs.append("gold has an uncollapsed run of blank lines")
                break
        if not is_subsequence(gold, raw):
            errs.append("gold is not an ordered subsequence of raw lines")

        raw_bytes = open(os.path.join(HERE, raw_name), "rb").read()
        gold_bytes = open(os.path.join(HERE, gold_name), "rb").read()
        if m and famstr == "negative":
            if raw_bytes != gold_bytes:
                errs.append("negative: gold differs from raw")
        elif m:
            if raw_bytes == gold_bytes:
                errs.append("positive: gold identical to raw")

        for line in raw:
            key = line.strip()
            if len(key) <= 3:
                continue
            owner = line_owner.setdefault(key, raw_name)
            if owner != raw_name:
                errs.append(f"line also used in {owner}: {key[:60]!r}")

        n_raw = sum(1 for l in raw if l.strip())
        n_gold = sum(1 for l in gold if l.strip())
        status = "OK  " if not errs else "FAIL"
        print(f"{status} {raw_name}  raw={n_raw} kept={n_gold} removed={n_raw - n_gold}"
              + ("" if not errs else "  -> " + "; ".join(errs)))
        all_errors += [f"{raw_name}: {e}" for e in errs]

    if all_errors:
        print(f"{len(all_errors)} problem(s) found")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
