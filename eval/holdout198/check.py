#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
NAME = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")
HERE = os.path.dirname(os.path.abspath(__file__))


def collapse(lines):
    out = []
    for line in lines:
        if line.strip() == "":
            if out and out[-1] == "":
                continue
            out.append("")
        else:
            out.append(line)
    while out and out[0] == "":
        out.pop(0)
    while out and out[-1] == "":
        out.pop()
    return out


def read(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None, None
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)}: has a BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
    raws = {f[:-4] for f in files if not f.endswith(".gold.txt")}
    fatal = []
    for stem in sorted(raws - golds):
        fatal.append(f"{stem}: gold file missing")
    for stem in sorted(golds - raws):
        fatal.append(f"{stem}: raw file missing")
    numbers = defaultdict(list)
    seen = defaultdict(set)  # line -> set of pair stems
    all_ok = not fatal
    for msg in fatal:
        print("FAIL", msg)

    for stem in sorted(raws & golds):
        errs = []
        m = NAME.match(stem)
        fams = []
        if not m:
            errs.append("bad file name (want NNN_<lang>_<families>)")
        else:
            numbers[m.group(1)].append(stem)
            fam_part = m.group(3)
            if fam_part != "negative":
                fams = fam_part.split("-")
                bad = [f for f in fams if f not in ORDER]
                if bad:
                    errs.append(f"unknown families {bad}")
                elif len(set(fams)) != len(fams):
                    errs.append("duplicate family in name")
                elif fams != sorted(fams, key=ORDER.index):
                    errs.append("families not in canonical order")
        rbytes, raw = read(os.path.join(HERE, stem + ".txt"), errs)
        gbytes, gold = read(os.path.join(HERE, stem + ".gold.txt"), errs)
        if raw is not None and gold is not None:
            # gold must be an ordered subsequence of raw
            i = 0
            kept = [False] * len(raw)
            ok_sub = True
            for g in gold:
                if g.strip() == "":
                    continue
                while i < len(raw) and raw[i] != g:
                    i += 1
                if i == len(raw):
                    errs.append(f"gold line not found in order in raw: {g[:60]!r}")
                    ok_sub = False
                    break
                kept[i] = True
                i += 1
            if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
                errs.append("gold has leading or trailing blank lines")
            for a, b in zip(gold, gold[1:]):
                if a.strip() == "" and b.strip() == "":
                    errs.append("gold has a run of blank lines")
                    break
            if any(l != "" and l.strip() == "" for l in gold):
                errs.append("gold has whitespace-only lines")
            if ok_sub:
                rebuilt = collapse([l for l, k in zip(raw, kept) if k or l.strip() == ""])
                if rebuilt != gold:
                    errs.append("gold is not raw minus deleted lines with blank runs collapsed")
            deleted = sum(1 for l, k in zip(raw, kept) if l.strip() and not k)
            nonblank = sum(1 for l in raw if l.strip())
            if m and m.group(3) == "negative":
                if rbytes != gbytes:
                    errs.append("negative but gold is not byte-identical to raw")
            elif m:
                if deleted == 0:
                    errs.append("positive but nothing deleted")
            for l in set(raw) | set(gold):
                s = l.strip()
                if len(s) > 3:
                    seen[s].add(stem)
            share = f"{deleted}/{nonblank} lines deleted ({100 * deleted / max(nonblank, 1):.0f}%)"
        else:
            share = "unreadable"
        if errs:
            all_ok = False
            print(f"FAIL {stem}: " + "; ".join(errs))
        else:
            print(f"ok   {stem}: {share}")

    for num, stems in sorted(numbers.items()):
        if len(stems) > 1:
            all_ok = False
            print(f"FAIL number {num} used by {stems}")
    dups = {l: s for l, s in seen.items() if len(s) > 1}
    for line, stems in sorted(dups.items()):
        all_ok = False
        print(f"FAIL line shared by {sorted(stems)}: {line[:70]!r}")
    if all_ok:
        print("ALL OK")
        return 0
    print("ERRORS FOUND")
    return 1


if __name__ == "__main__":
    sys.exit(main())
