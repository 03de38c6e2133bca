#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return data, []
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def collapse(lines):
    out = []
    for ln in lines:
        if ln.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(ln)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def check_families(fams, errors, name):
    if fams == "negative":
        return True
    parts = fams.split("-")
    bad = [p for p in parts if p not in FAMILIES]
    if bad:
        errors.append(f"{name}: unknown families {bad}")
        return False
    idx = [FAMILIES.index(p) for p in parts]
    if idx != sorted(set(idx)):
        errors.append(f"{name}: families not unique / not in canonical order")
    return False


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    all_errors = []
    line_owner = {}
    numbers = {}
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            all_errors.append(f"{g}: gold file without raw file")
    for r in raws:
        errors = []
        m = NAME_RE.match(r)
        if not m:
            errors.append(f"{r}: bad file name")
            all_errors.extend(errors)
            print(f"{r}: FAIL")
            continue
        num, lang, fams = m.groups()
        if num in numbers:
            errors.append(f"{r}: number {num} already used by {numbers[num]}")
        numbers[num] = r
        negative = check_families(fams, errors, r)
        gname = r[:-4] + ".gold.txt"
        if gname not in golds:
            errors.append(f"{r}: missing gold file")
            all_errors.extend(errors)
            print(f"{r}: FAIL (no gold)")
            continue
        rbytes, rlines = read(os.path.join(HERE, r), errors)
        gbytes, glines = read(os.path.join(HERE, gname), errors)
        if rlines and rlines[0].strip() == "":
            errors.append(f"{r}: leading blank line")
        if glines and glines[0].strip() == "":
            errors.append(f"{gname}: leading blank line")
        for i in range(1, len(glines)):
            if glines[i].strip() == "" and glines[i - 1].strip() == "":
                errors.append(f"{gname}: uncollapsed blank run at line {i + 1}")
                break
        # gold must be an ordered subsequence of raw (non-blank lines)
        kept = set()
        j = 0
        ok_subseq = True
        for gl in glines:
            if gl.strip() == "":
                continue
            while j < len(rlines) and rlines[j] != gl:
                j += 1
            if j == len(rlines):
                errors.append(f"{gname}: line not found in order in raw: {gl[:60]!r}")
                ok_subseq = False
                break
            kept.add(j)
            j += 1
        if ok_subseq:
            rebuilt = collapse([ln for k, ln in enumerate(rlines) if k in kept or ln.strip() == ""])
            while rebuilt and rebuilt[0].strip() == "":
                rebuilt.pop(0)
            if rebuilt != glines:
                errors.append(f"{gname}: blank lines do not match raw-with-deletions collapsed")
        if negative:
            if rbytes != gbytes:
                errors.append(f"{r}: negative but gold differs from raw")
        elif rbytes == gbytes:
            errors.append(f"{r}: positive but gold is identical to raw")
        # cross-file uniqueness of lines
        for ln in set(l.strip() for l in rlines):
            if len(ln) > 3:
                other = line_owner.get(ln)
                if other and other != r:
                    errors.append(f"{r}: line also used in {other}: {ln[:60]!r}")
                else:
                    line_owner[ln] = r
        nraw = sum(1 for l in rlines if l.strip())
        ngold = sum(1 for l in glines if l.strip())
        share = 100.0 * (nraw - ngold) / nraw if nraw else 0.0
        status = "OK" if not errors else "FAIL"
        print(f"{r}: {status} raw={nraw} gold={ngold} furniture={share:.0f}%")
        all_errors.extend(errors)
    for e in all_errors:
        print("  ERROR:", e)
    if all_errors:
        print(f"{len(all_errors)} error(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
