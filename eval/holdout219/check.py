#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not UTF-8: {e}")
        return data, []
    if "\r" in text:
        errs.append("contains CR characters (need LF line endings)")
    if not text.endswith("\n"):
        errs.append("missing final newline")
    if text.endswith("\n\n"):
        errs.append("trailing blank line")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def blank_checks(lines, errs, what):
    if lines and lines[0].strip() == "":
        errs.append(f"{what}: leading blank line")
    if lines and lines[-1].strip() == "":
        errs.append(f"{what}: trailing blank line")
    for i in range(1, len(lines)):
        if lines[i].strip() == "" and lines[i - 1].strip() == "":
            errs.append(f"{what}: blank run not collapsed at line {i + 1}")
            break
    for i, l in enumerate(lines):
        if l != "" and l.strip() == "":
            errs.append(f"{what}: whitespace-only line {i + 1}")
            break


def is_subsequence(gold, raw):
    j = 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return False
        j += 1
    return True


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    ok = True
    seen_nums = {}
    line_owner = defaultdict(set)
    results = []
    for f in raws:
        errs = []
        m = NAME_RE.match(f)
        if not m:
            errs.append("bad file name")
            fams = []
        else:
            num, lang, famstr = m.groups()
            if num in seen_nums:
                errs.append(f"number {num} also used by {seen_nums[num]}")
            seen_nums[num] = f
            fams = famstr.split("-")
            if fams != ["negative"]:
                bad = [x for x in fams if x not in CANON]
                if bad:
                    errs.append(f"unknown families {bad}")
                else:
                    idx = [CANON.index(x) for x in fams]
                    if idx != sorted(set(idx)):
                        errs.append("families not unique / not in canonical order")
        gname = f[:-4] + ".gold.txt"
        if gname not in golds:
            errs.append("gold file missing")
            results.append((f, errs, None))
            ok = False
            continue
        golds.discard(gname)
        rdata, rlines = read(os.path.join(HERE, f), errs)
        gerrs = []
        gdata, glines = read(os.path.join(HERE, gname), gerrs)
        errs += ["gold " + e for e in gerrs]
        blank_checks(rlines, errs, "raw")
        blank_checks(glines, errs, "gold")
        if not is_subsequence(glines, rlines):
            errs.append("gold is not an ordered subsequence of raw lines")
        if fams == ["negative"]:
            if rdata != gdata:
                errs.append("negative but gold differs from raw")
        elif rdata == gdata:
            errs.append("positive but gold identical to raw")
        for l in set(rlines) | set(glines):
            s = l.strip()
            if len(s) > 3:
                line_owner[s].add(f[:-4])
        nb_raw = sum(1 for l in rlines if l.strip())
        nb_gold = sum(1 for l in glines if l.strip())
        share = (nb_raw - nb_gold) / nb_raw if nb_raw else 0
        results.append((f, errs, (nb_raw, nb_gold, share)))
    dup = defaultdict(list)
    for s, owners in line_owner.items():
        if len(owners) > 1:
            for o in owners:
                dup[o + ".txt"].append((s, sorted(owners)))
    for f, errs, stats in results:
        for s, owners in dup.get(f, []):
            errs.append(f"line shared with other pairs {owners}: {s[:70]!r}")
        if errs:
            ok = False
            print(f"FAIL {f}")
            for e in errs:
                print(f"     - {e}")
        else:
            nb_raw, nb_gold, share = stats
            print(f"ok   {f}  (raw {nb_raw} non-blank, gold {nb_gold}, furniture {share:.0%})")
    for g in sorted(golds):
        ok = False
        print(f"FAIL {g}: gold without raw")
    if not raws:
        ok = False
        print("FAIL no pairs found")
    print("ALL OK" if ok else "ERRORS FOUND")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
