#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, per pair: both files present; UTF-8, LF-only, final newline; gold is an
ordered subsequence of raw lines; no runs of blank lines and no leading/trailing
blank lines in gold; negatives byte-identical to raw; positives differ from raw;
family names valid and in canonical order. Across the set: no non-blank line
longer than 3 characters appears in more than one pair.
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

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None, data
    if b"\r" in data:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def is_subsequence(sub, full):
    it = iter(full)
    return all(any(x == y for y in it) for x in sub)


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    all_ok = True
    line_owner = defaultdict(set)
    seen_numbers = set()

    for g in golds:
        if g.replace(".gold.txt", ".txt") not in raws:
            print(f"FAIL {g}: gold without raw")
            all_ok = False

    for raw in raws:
        errors = []
        m = NAME_RE.match(raw)
        stem = raw[:-4]
        if not m:
            errors.append("bad file name")
        else:
            num, lang, fams = m.groups()
            if num in seen_numbers:
                errors.append(f"duplicate number {num}")
            seen_numbers.add(num)
            if lang not in LANGS:
                errors.append(f"unknown language {lang}")
            if fams != "negative":
                parts = fams.split("-")
                bad = [p for p in parts if p not in CANON]
                if bad:
                    errors.append(f"invalid families {bad}")
                elif parts != sorted(parts, key=CANON.index) or len(set(parts)) != len(parts):
                    errors.append("families not in canonical order / duplicated")
        gold = stem + ".gold.txt"
        if gold not in golds:
            print(f"FAIL {raw}: missing {gold}")
            all_ok = False
            continue
        rlines, rdata = read_lines(os.path.join(HERE, raw), errors)
        glines, gdata = read_lines(os.path.join(HERE, gold), errors)
        if rlines is not None and glines is not None:
            if not is_subsequence(glines, rlines):
                errors.append("gold is not an ordered subsequence of raw")
            if glines and (glines[0].strip() == "" or glines[-1].strip() == ""):
                errors.append("gold has leading/trailing blank line")
            for i in range(1, len(glines)):
                if glines[i].strip() == "" and glines[i - 1].strip() == "":
                    errors.append(f"gold has a run of blank lines at line {i + 1}")
                    break
            if any(l.strip() == "" and l != "" for l in glines + rlines):
                errors.append("whitespace-only line (blank lines must be empty)")
            if m and m.group(3) == "negative":
                if rdata != gdata:
                    errors.append("negative: gold not byte-identical to raw")
            elif rdata == gdata:
                errors.append("positive: gold identical to raw (no furniture removed)")
            for l in rlines:
                if len(l.strip()) > 3:
                    line_owner[l].add(stem)
            nb_raw = sum(1 for l in rlines if l.strip())
            nb_gold = sum(1 for l in glines if l.strip())
            info = f"raw={nb_raw} gold={nb_gold} furniture={nb_raw - nb_gold}"
            if nb_raw:
                info += f" ({(nb_raw - nb_gold) / nb_raw:.0%})"
        else:
            info = ""
        if errors:
            all_ok = False
            print(f"FAIL {stem}: " + "; ".join(errors))
        else:
            print(f"ok   {stem}: {info}")

    dups = {l: s for l, s in line_owner.items() if len(s) > 1}
    for l, s in sorted(dups.items()):
        all_ok = False
        print(f"FAIL duplicate line in {sorted(s)}: {l!r}")

    if all_ok:
        print("ALL OK")
        return 0
    print("FAILED")
    return 1


if __name__ == "__main__":
    sys.exit(main())
