#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, per pair: both files present; UTF-8, LF only, final newline; raw and gold
have no leading/trailing blank lines; gold is an ordered subsequence of raw lines
and equals raw with the deleted lines removed and blank runs collapsed to one;
negatives are byte-identical, positives are not; family names valid, unique and
in canonical order; furniture share of non-blank raw lines reported (positives are
expected to be 30-55 %). Across the set: no non-blank line longer than 3
characters occurs in more than one pair. Prints one line per pair, then ALL OK.
"""
import os
import re
import sys

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
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
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: BOM present")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    return data, lines


def collapse(lines):
    out = []
    for l in lines:
        if l.strip() == "":
            if not out or out[-1].strip() == "":
                continue
        out.append(l)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    all_errors = []
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            all_errors.append(f"{g}: gold without raw file")
            print(f"FAIL {g}: gold without raw file")
    seen = {}  # line -> pair stem
    for r in raws:
        stem = r[:-len(".txt")]
        errs = []
        m = NAME_RE.match(stem)
        fams = []
        if not m:
            errs.append("bad file name")
        else:
            famstr = m.group(3)
            fams = famstr.split("-")
            if fams == ["negative"]:
                pass
            elif any(f not in ORDER for f in fams):
                errs.append("unknown family: " + ", ".join(f for f in fams if f not in ORDER))
            elif len(set(fams)) != len(fams):
                errs.append("duplicate family in name")
            elif fams != sorted(fams, key=ORDER.index):
                errs.append("families not in canonical order")
        gpath = os.path.join(HERE, stem + ".gold.txt")
        if not os.path.exists(gpath):
            errs.append("missing gold file")
            all_errors += [f"{stem}: {e}" for e in errs]
            print(f"FAIL {stem}: " + "; ".join(errs))
            continue
        rdata, rl = read_lines(os.path.join(HERE, r), errs)
        gdata, gl = read_lines(gpath, errs)
        for name, ls in (("raw", rl), ("gold", gl)):
            if ls and (ls[0].strip() == "" or ls[-1].strip() == ""):
                errs.append(f"{name} has leading/trailing blank line")
            for a, b in zip(ls, ls[1:]):
                if a.strip() == "" and b.strip() == "":
                    errs.append(f"{name} has a run of blank lines")
                    break
        # gold as ordered subsequence of raw (non-blank lines matched greedily)
        keep = [False] * len(rl)
        j = 0
        gnb = [x for x in gl if x.strip()]
        for i, line in enumerate(rl):
            if j < len(gnb) and line.strip() and line == gnb[j]:
                keep[i] = True
                j += 1
        if j < len(gnb):
            errs.append(f"gold line not found in order in raw: {gnb[j][:60]!r}")
        else:
            expect = collapse([l for i, l in enumerate(rl) if keep[i] or l.strip() == ""])
            while expect and expect[0].strip() == "":
                expect.pop(0)
            if expect != gl:
                errs.append("gold is not raw minus deleted lines with blank runs collapsed")
        nb_raw = [l for l in rl if l.strip()]
        deleted = len(nb_raw) - len(gnb)
        share = 100.0 * deleted / len(nb_raw) if nb_raw else 0.0
        if fams == ["negative"]:
            if rdata != gdata:
                errs.append("negative but gold differs from raw")
        else:
            if deleted == 0:
                errs.append("positive but nothing deleted")
            if not 30.0 <= share <= 55.0:
                errs.append(f"furniture share {share:.0f}% outside 30-55%")
        # cross-file duplicate lines
        for line in set(l for l in rl if l.strip() and len(l.strip()) > 3):
            other = seen.get(line)
            if other is not None and other != stem:
                errs.append(f"line also used in {other[:3]}: {line[:50]!r}")
            else:
                seen[line] = stem
        status = "OK  " if not errs else "FAIL"
        print(f"{status} {stem}: {len(nb_raw)} lines, {deleted} furniture ({share:.0f}%)"
              + ("" if not errs else " -- " + "; ".join(errs)))
        all_errors += [f"{stem}: {e}" for e in errs]
    if not raws:
        all_errors.append("no pairs found")
    if all_errors:
        print(f"{len(all_errors)} problem(s) found")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
