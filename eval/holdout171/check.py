#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Standard library only. Run:  python3 check.py  [directory]
Prints one line per pair and 'ALL OK' at the end if everything passes.
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")


def read_text(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not valid UTF-8 ({e})")
        return None, data
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{os.path.basename(path)}: starts with a BOM")
    if b"\r" in data:
        errors.append(f"{os.path.basename(path)}: contains CR characters (LF line endings required)")
    if not data.endswith(b"\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    elif data.endswith(b"\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line(s)")
    return text, data


def is_subsequence(gold, raw):
    """Greedy check that gold lines appear in raw in the same order."""
    i = 0
    for g in gold:
        while i < len(raw) and raw[i] != g:
            i += 1
        if i == len(raw):
            return False, g
        i += 1
    return True, None


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    files = sorted(os.listdir(d))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    all_errors = []
    line_owner = defaultdict(set)
    numbers = []

    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            all_errors.append(f"{g}: gold file without raw file")

    for raw_name in raws:
        errs = []
        m = NAME_RE.match(raw_name)
        stem = raw_name[:-4]
        if not m:
            errs.append("file name does not match NNN_<lang>_<families>.txt")
            num, lang, fams = None, None, ""
        else:
            num, lang, fams = m.groups()
            numbers.append(num)
            if lang not in LANGS:
                errs.append(f"unknown language code '{lang}'")
        gold_name = stem + ".gold.txt"
        if gold_name not in golds:
            errs.append("missing gold file")
            print(f"FAIL {raw_name}: " + "; ".join(errs))
            all_errors.extend(f"{raw_name}: {e}" for e in errs)
            continue

        negative = fams == "negative"
        if not negative:
            parts = fams.split("-")
            bad = [p for p in parts if p not in FAMILIES]
            if bad:
                errs.append(f"invalid family name(s): {', '.join(bad)}")
            elif len(set(parts)) != len(parts):
                errs.append("duplicate family name")
            elif parts != sorted(parts, key=FAMILIES.index):
                errs.append("families not in canonical order")

        ferrs = []
        raw_text, raw_bytes = read_text(os.path.join(d, raw_name), ferrs)
        gold_text, gold_bytes = read_text(os.path.join(d, gold_name), ferrs)
        errs.extend(ferrs)
        if raw_text is None or gold_text is None:
            print(f"FAIL {raw_name}: " + "; ".join(errs))
            all_errors.extend(f"{raw_name}: {e}" for e in errs)
            continue

        raw = raw_text.split("\n")[:-1] if raw_text.endswith("\n") else raw_text.split("\n")
        gold = gold_text.split("\n")[:-1] if gold_text.endswith("\n") else gold_text.split("\n")

        for label, ls in (("raw", raw), ("gold", gold)):
            if not ls or not any(l.strip() for l in ls):
                errs.append(f"{label} is empty")
                continue
            if ls[0].strip() == "":
                errs.append(f"{label} has a leading blank line")
            if ls[-1].strip() == "":
                errs.append(f"{label} has a trailing blank line")
        for k in range(1, len(gold)):
            if gold[k].strip() == "" and gold[k - 1].strip() == "":
                errs.append(f"gold has an uncollapsed run of blank lines at line {k + 1}")
                break

        ok, missing = is_subsequence(gold, raw)
        if not ok:
            errs.append(f"gold is not an ordered subsequence of raw; first unmatched line: {missing[:70]!r}")

        raw_nb = [l for l in raw if l.strip()]
        gold_nb = [l for l in gold if l.strip()]
        if negative:
            if raw_bytes != gold_bytes:
                errs.append("negative pair: gold is not byte-identical to raw")
        else:
            if len(gold_nb) == len(raw_nb):
                errs.append("positive pair: no furniture line was deleted")

        for l in set(raw) | set(gold):
            s = l.strip()
            if len(s) > 3:
                line_owner[s].add(stem)

        share = (len(raw_nb) - len(gold_nb)) / len(raw_nb) if raw_nb else 0
        status = "OK  " if not errs else "FAIL"
        print(f"{status} {stem}: raw {len(raw_nb)} non-blank lines, gold {len(gold_nb)}, "
              f"furniture {share:.0%}" + ("" if not errs else " -- " + "; ".join(errs)))
        all_errors.extend(f"{raw_name}: {e}" for e in errs)

    dups = {l: owners for l, owners in line_owner.items() if len(owners) > 1}
    for l, owners in sorted(dups.items()):
        msg = f"line used in more than one file: {l[:70]!r} in {', '.join(sorted(owners))}"
        print("FAIL " + msg)
        all_errors.append(msg)

    if len(set(numbers)) != len(numbers):
        all_errors.append("duplicate pair numbers")
        print("FAIL duplicate pair numbers")

    if all_errors or not raws:
        print(f"{len(all_errors)} problem(s) found" if all_errors else "no pairs found")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
