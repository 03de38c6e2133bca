#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os, re, sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
HERE = os.path.dirname(os.path.abspath(__file__))
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")


def collapse(lines):
    out = []
    for l in lines:
        if l == "" and (not out or out[-1] == ""):
            continue
        out.append(l)
    while out and out[-1] == "":
        out.pop()
    return out


def read(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        errs.append("not UTF-8"); return data, []
    if b"\r" in data:
        errs.append("CR characters (need LF line endings)")
    if not text.endswith("\n"):
        errs.append("no final newline")
    if text.endswith("\n\n"):
        errs.append("trailing blank line")
    if text.startswith("\ufeff"):
        errs.append("BOM present")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if NAME_RE.match(f) and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    failed = False
    seen_lines = defaultdict(set)   # line -> set of pair stems
    numbers = defaultdict(list)
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold without raw"); failed = True
    for f in files:
        if f.endswith(".txt") and f not in raws and f not in golds:
            print(f"FAIL {f}: unexpected file name"); failed = True
    for r in raws:
        errs = []
        stem = r[:-4]
        num, lang, fams = NAME_RE.match(r).groups()
        numbers[num].append(r)
        if lang not in LANGS:
            errs.append(f"unknown language {lang}")
        if fams == "negative":
            famlist = []
        else:
            famlist = fams.split("-")
            bad = [x for x in famlist if x not in FAMILIES]
            if bad:
                errs.append(f"invalid families {bad}")
            else:
                idx = [FAMILIES.index(x) for x in famlist]
                if idx != sorted(idx) or len(set(idx)) != len(idx):
                    errs.append("families not in canonical order or repeated")
        gname = stem + ".gold.txt"
        if gname not in files:
            print(f"FAIL {r}: missing gold"); failed = True; continue
        rbytes, rlines = read(os.path.join(HERE, r), errs)
        gbytes, glines = read(os.path.join(HERE, gname), errs)
        if glines and (glines[0] == "" or glines[-1] == ""):
            errs.append("gold has leading/trailing blank line")
        if any(a == "" and b == "" for a, b in zip(glines, glines[1:])):
            errs.append("gold has an uncollapsed blank run")
        # gold must be an ordered subsequence of raw
        i, kept = 0, set()
        for gl in glines:
            if gl == "":
                continue
            while i < len(rlines) and rlines[i] != gl:
                i += 1
            if i == len(rlines):
                errs.append(f"gold line not found in order in raw: {gl[:60]!r}"); break
            kept.add(i); i += 1
        else:
            rebuilt = collapse([l for k, l in enumerate(rlines) if k in kept or l.strip() == ""])
            if rebuilt != glines:
                errs.append("gold blank lines do not match raw after deletion + collapsing")
        if any(l != l.rstrip() for l in rlines):
            errs.append("trailing whitespace in raw")
        deleted = sum(1 for k, l in enumerate(rlines) if l.strip() and k not in kept)
        nonblank = sum(1 for l in rlines if l.strip())
        if fams == "negative":
            if rbytes != gbytes:
                errs.append("negative but gold differs from raw")
        elif deleted == 0:
            errs.append("positive but nothing deleted")
        for l in set(rlines):
            if len(l.strip()) > 3:
                seen_lines[l.strip()].add(stem)
        share = deleted / nonblank if nonblank else 0
        status = "OK  " if not errs else "FAIL"
        failed |= bool(errs)
        print(f"{status} {stem}  lines={nonblank} furniture={deleted} ({share:.0%})"
              + ("" if not errs else "  -> " + "; ".join(errs)))
    for num, lst in numbers.items():
        if len(lst) > 1:
            print(f"FAIL number {num} used by {lst}"); failed = True
    dups = {l: s for l, s in seen_lines.items() if len(s) > 1}
    for l, s in sorted(dups.items()):
        print(f"FAIL duplicate line in {sorted(s)}: {l[:70]!r}"); failed = True
    if not raws:
        print("FAIL no pairs found"); failed = True
    print("SOME CHECKS FAILED" if failed else "ALL OK")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
