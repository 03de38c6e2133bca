#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"not UTF-8: {e}")
        return data, []
    if "\r" in text:
        errors.append("contains CR (line endings must be LF)")
    if not text.endswith("\n"):
        errors.append("no final newline")
    if text.endswith("\n\n"):
        errors.append("trailing blank line")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def check_families(fam_str, errors):
    if fam_str == "negative":
        return []
    fams = fam_str.split("-")
    for f in fams:
        if f not in CANON:
            errors.append(f"unknown family '{f}'")
    known = [f for f in fams if f in CANON]
    if len(set(known)) != len(known):
        errors.append("duplicate family in name")
    if known != sorted(known, key=CANON.index):
        errors.append("families not in canonical order")
    return fams


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    all_ok = True
    line_owner = {}  # stripped line -> set of pair names
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold without raw")
            all_ok = False
    for r in raws:
        errors = []
        m = NAME_RE.match(r)
        if not m:
            print(f"FAIL {r}: bad file name")
            all_ok = False
            continue
        fams = check_families(m.group(3), errors)
        gname = r[:-4] + ".gold.txt"
        if gname not in golds:
            print(f"FAIL {r}: missing gold file")
            all_ok = False
            continue
        rdata, rlines = read_lines(os.path.join(HERE, r), errors)
        gdata, glines = read_lines(os.path.join(HERE, gname), errors)
        # raw shape
        if rlines and (not rlines[0].strip() or not rlines[-1].strip()):
            errors.append("raw has leading/trailing blank line")
        # gold shape
        if glines and (not glines[0].strip() or not glines[-1].strip()):
            errors.append("gold has leading/trailing blank line")
        for i in range(1, len(glines)):
            if not glines[i].strip() and not glines[i - 1].strip():
                errors.append(f"gold has a run of blank lines at line {i + 1}")
                break
        # gold must be an ordered subsequence of raw (non-blank lines matched in order;
        # a blank gold line needs a blank raw line between its neighbours' positions)
        pos = -1
        last_blank_pending = False
        for gi, gl in enumerate(glines):
            if not gl.strip():
                last_blank_pending = True
                continue
            j = pos + 1
            while j < len(rlines) and rlines[j] != gl:
                j += 1
            if j >= len(rlines):
                errors.append(f"gold line {gi + 1} not found in order in raw: {gl[:60]!r}")
                break
            if last_blank_pending and not any(not x.strip() for x in rlines[pos + 1:j]):
                errors.append(f"gold line {gi} is blank but raw has no blank line there")
            last_blank_pending = False
            pos = j
        # negatives / positives
        n_raw = sum(1 for x in rlines if x.strip())
        n_gold = sum(1 for x in glines if x.strip())
        if m.group(3) == "negative":
            if rdata != gdata:
                errors.append("negative but gold is not byte-identical to raw")
        else:
            if rdata == gdata:
                errors.append("positive but gold equals raw")
        # cross-file line reuse
        for x in set(l.strip() for l in rlines if len(l.strip()) > 3):
            line_owner.setdefault(x, set()).add(r[:-4])
        share = 100.0 * (n_raw - n_gold) / n_raw if n_raw else 0.0
        status = "OK  " if not errors else "FAIL"
        if errors:
            all_ok = False
        print(f"{status} {r[:-4]}: raw {n_raw} non-blank, gold {n_gold}, "
              f"furniture {n_raw - n_gold} ({share:.0f}%)" + ("" if not errors else " | " + "; ".join(errors)))
    dups = {k: v for k, v in line_owner.items() if len(v) > 1}
    for k, v in sorted(dups.items()):
        print(f"FAIL line used in more than one file: {k[:70]!r} in {sorted(v)}")
        all_ok = False
    if all_ok:
        print("ALL OK")
        return 0
    print("ERRORS FOUND")
    return 1


if __name__ == "__main__":
    sys.exit(main())
