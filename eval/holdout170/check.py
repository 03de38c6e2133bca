#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Usage: python3 check.py [directory]   (default: the directory holding this script)
Prints one line per pair and 'ALL OK' when every check passes; exits 1 otherwise.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
RATIO_MIN, RATIO_MAX = 0.30, 0.55   # furniture share of non-blank raw lines in positives


def read_lines(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not UTF-8: {e}")
        return None, data
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append("starts with a BOM")
    if b"\r" in data:
        errs.append("contains CR characters (need LF line endings)")
    if not text.endswith("\n"):
        errs.append("no final newline")
    elif text.endswith("\n\n"):
        errs.append("ends with a blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def expected_gold(raw, gold, errs):
    """Match gold's non-blank lines in order against raw, then rebuild what the gold must be:
    a blank line separates two kept lines exactly when raw had a blank line between them."""
    kept = []
    j = 0
    for g in (l for l in gold if l != ""):
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            errs.append(f"gold line not found in raw (in order): {g[:70]!r}")
            return None
        kept.append(j)
        j += 1
    rebuilt = []
    for n, idx in enumerate(kept):
        if n and any(raw[k] == "" for k in range(kept[n - 1] + 1, idx)):
            rebuilt.append("")
        rebuilt.append(raw[idx])
    return rebuilt


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    files = sorted(os.listdir(root))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    problems = 0
    set_errs = []

    for g in golds:
        if g[: -len(".gold.txt")] + ".txt" not in raws:
            set_errs.append(f"{g}: gold without raw file")

    line_owner = defaultdict(set)
    numbers = defaultdict(list)
    per_lang = defaultdict(lambda: [0, 0])   # [pairs, negatives]

    for r in raws:
        errs = []
        stem = r[: -len(".txt")]
        m = NAME_RE.match(r)
        fams = []
        negative = False
        if not m:
            errs.append("file name does not match NNN_<lang>_<families>.txt")
        else:
            num, lang, famstr = m.groups()
            numbers[num].append(r)
            if lang not in LANGS:
                errs.append(f"unknown language code {lang!r}")
            if famstr == "negative":
                negative = True
            else:
                fams = famstr.split("-")
                bad = [f for f in fams if f not in CANON]
                if bad:
                    errs.append(f"unknown families: {bad}")
                elif fams != sorted(fams, key=CANON.index) or len(set(fams)) != len(fams):
                    errs.append("families not in canonical order (or repeated)")
            per_lang[lang][0] += 1
            per_lang[lang][1] += negative
        gname = stem + ".gold.txt"
        if gname not in golds:
            errs.append("missing gold file")
            print(f"FAIL {r}: " + "; ".join(errs))
            problems += 1
            continue
        raw, rawbytes = read_lines(os.path.join(root, r), errs)
        gold, goldbytes = read_lines(os.path.join(root, gname), errs)
        ratio = 0.0
        if raw is not None and gold is not None:
            for label, ls in (("raw", raw), ("gold", gold)):
                if ls and (ls[0] == "" or ls[-1] == ""):
                    errs.append(f"{label} has leading or trailing blank lines")
                for i, l in enumerate(ls):
                    if l != l.rstrip():
                        errs.append(f"{label} line {i + 1} has trailing whitespace")
                        break
                    if l.strip() == "" and l != "":
                        errs.append(f"{label} line {i + 1} is whitespace-only")
                        break
            for i in range(1, len(gold)):
                if gold[i] == "" and gold[i - 1] == "":
                    errs.append(f"gold has an uncollapsed blank run at line {i + 1}")
                    break
            rebuilt = expected_gold(raw, gold, errs)
            if rebuilt is not None and rebuilt != gold:
                errs.append("gold is not raw minus whole lines with blank runs collapsed to one")
            nraw = sum(1 for l in raw if l)
            ngold = sum(1 for l in gold if l)
            ratio = (nraw - ngold) / nraw if nraw else 0.0
            if negative:
                if rawbytes != goldbytes:
                    errs.append("negative: gold is not byte-identical to raw")
            else:
                if rawbytes == goldbytes:
                    errs.append("positive but gold is identical to raw")
                if not (RATIO_MIN <= ratio <= RATIO_MAX):
                    errs.append(f"furniture share {ratio:.2f} outside {RATIO_MIN}-{RATIO_MAX}")
            for l in set(raw):
                if len(l.strip()) > 3:
                    line_owner[l].add(r)
        status = "ok  " if not errs else "FAIL"
        kind = "negative" if negative else f"{len(fams):2d} families, furniture {ratio:.0%}"
        print(f"{status} {stem}  [{kind}]" + ("" if not errs else "  -> " + "; ".join(errs)))
        problems += bool(errs)

    for l, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            set_errs.append(f"line used in {len(owners)} files ({', '.join(sorted(owners))}): {l[:60]!r}")
    for num, rs in sorted(numbers.items()):
        if len(rs) > 1:
            set_errs.append(f"number {num} used by several pairs: {rs}")
    for lang, (n, neg) in sorted(per_lang.items()):
        print(f"     language {lang}: {n} pairs, {neg} negatives")
    for e in set_errs:
        print("FAIL " + e)
    problems += len(set_errs)
    if problems:
        print(f"{problems} problem(s) found")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
