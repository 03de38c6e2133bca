#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None, data
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line")
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)}: BOM present")
    return text, data


def is_subsequence(gold, raw):
    i = 0
    for g in gold:
        while i < len(raw) and raw[i] != g:
            i += 1
        if i == len(raw):
            return False, g
        i += 1
    return True, None


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    all_errs = []
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            all_errs.append(f"{g}: gold without raw file")
    seen = {}  # stripped line -> set of pair stems
    numbers = {}
    for rname in raws:
        errs = []
        stem = rname[:-4]
        m = NAME_RE.match(rname)
        fams = []
        if not m:
            errs.append("bad file name")
        else:
            num, lang, famstr = m.groups()
            if num in numbers:
                errs.append(f"number {num} also used by {numbers[num]}")
            numbers[num] = rname
            fams = famstr.split("-")
            if famstr != "negative":
                bad = [f for f in fams if f not in CANON]
                if bad:
                    errs.append(f"unknown families {bad}")
                elif fams != sorted(set(fams), key=CANON.index):
                    errs.append("families not in canonical order or repeated")
        gname = stem + ".gold.txt"
        if gname not in golds:
            errs.append("missing gold file")
            all_errs += [f"{rname}: {e}" for e in errs]
            print(f"FAIL {stem}")
            continue
        rtext, rbytes = read(os.path.join(HERE, rname), errs)
        gtext, gbytes = read(os.path.join(HERE, gname), errs)
        if rtext is None or gtext is None:
            all_errs += [f"{rname}: {e}" for e in errs]
            print(f"FAIL {stem}")
            continue
        rl = rtext.rstrip("\n").split("\n")
        gl = gtext.rstrip("\n").split("\n")
        if rl and rl[0].strip() == "":
            errs.append("raw starts with a blank line")
        if gl and (gl[0].strip() == "" or gl[-1].strip() == ""):
            errs.append("gold has leading/trailing blank line")
        for i in range(1, len(gl)):
            if gl[i].strip() == "" and gl[i - 1].strip() == "":
                errs.append(f"gold has a run of blank lines at line {i + 1}")
                break
        for i, ln in enumerate(gl):
            if ln != "" and ln.strip() == "":
                errs.append(f"gold line {i + 1} is whitespace-only")
                break
        ok, miss = is_subsequence(gl, rl)
        if not ok:
            errs.append(f"gold is not an ordered subsequence of raw (at {miss[:60]!r})")
        if fams == ["negative"]:
            if gbytes != rbytes:
                errs.append("negative: gold not byte-identical to raw")
        elif gbytes == rbytes:
            errs.append("positive: gold identical to raw (nothing removed)")
        # duplicates across files
        for ln in rl + gl:
            s = ln.strip()
            if len(s) > 3:
                seen.setdefault(s, set()).add(stem)
        rn = sum(1 for x in rl if x.strip())
        gn = sum(1 for x in gl if x.strip())
        pct = 100.0 * (rn - gn) / rn if rn else 0.0
        if errs:
            all_errs += [f"{rname}: {e}" for e in errs]
            print(f"FAIL {stem}")
        else:
            print(f"ok   {stem}  raw={rn} gold={gn} furniture={rn - gn} ({pct:.0f}%)")
    for line, stems in sorted(seen.items()):
        if len(stems) > 1:
            all_errs.append(f"line used in {len(stems)} files: {line[:70]!r} -> {sorted(stems)}")
    if not raws:
        all_errs.append("no files found")
    if all_errs:
        for e in all_errs:
            print("ERROR", e)
        print(f"FAILED ({len(all_errs)} problems)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
