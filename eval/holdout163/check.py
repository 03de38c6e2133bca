#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os, re, sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
HERE = os.path.dirname(os.path.abspath(__file__))
NAME = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

def read(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not UTF-8: {e}"); return None, None
    if b"\r" in data: errs.append("contains CR (must be LF only)")
    if not text.endswith("\n"): errs.append("no final newline")
    if text.endswith("\n\n"): errs.append("trailing blank line")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")

def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    failed = False
    seen_nums = set()
    line_owner = defaultdict(set)   # normalised line -> set of pair names
    for g in sorted(golds):
        if g.replace(".gold.txt", ".txt") not in raws:
            print(f"FAIL {g}: gold without raw"); failed = True
    for rf in raws:
        errs = []
        m = NAME.match(rf)
        if not m:
            print(f"FAIL {rf}: bad file name"); failed = True; continue
        num, lang, fams = m.groups()
        if num in seen_nums: errs.append(f"duplicate number {num}")
        seen_nums.add(num)
        gf = rf[:-4] + ".gold.txt"
        if gf not in golds:
            print(f"FAIL {rf}: missing {gf}"); failed = True; continue
        famlist = fams.split("-")
        negative = famlist == ["negative"]
        if not negative:
            bad = [x for x in famlist if x not in CANON]
            if bad: errs.append(f"unknown families {bad}")
            else:
                idx = [CANON.index(x) for x in famlist]
                if idx != sorted(set(idx)): errs.append("families not in canonical order or repeated")
        rdata, raw = read(os.path.join(HERE, rf), errs)
        gdata, gold = read(os.path.join(HERE, gf), errs)
        if raw is None or gold is None:
            print(f"FAIL {rf}: " + "; ".join(errs)); failed = True; continue
        # gold formatting
        if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
            errs.append("gold has leading/trailing blank line")
        for i in range(1, len(gold)):
            if gold[i].strip() == "" and gold[i - 1].strip() == "":
                errs.append(f"gold has a run of blank lines at line {i+1}"); break
        if any(l != "" and l.strip() == "" for l in gold):
            errs.append("gold has whitespace-only lines")
        # ordered subsequence, recording which raw lines were kept
        kept = [False] * len(raw)
        j = 0
        for gl in gold:
            while j < len(raw) and raw[j] != gl:
                j += 1
            if j == len(raw):
                errs.append(f"gold line not found in order in raw: {gl[:60]!r}"); break
            kept[j] = True; j += 1
        else:
            # recompute expected gold from the kept non-blank lines and compare
            exp = []
            for l, k in zip(raw, kept):
                if l.strip() == "":
                    if exp and exp[-1] != "": exp.append("")
                elif k:
                    exp.append(l)
            while exp and exp[-1] == "": exp.pop()
            if exp != gold:
                errs.append("gold differs from raw with deletions applied and blank runs collapsed")
        deleted = sum(1 for l, k in zip(raw, kept) if l.strip() and not k)
        nonblank = sum(1 for l in raw if l.strip())
        if negative:
            if rdata != gdata: errs.append("negative: gold not byte-identical to raw")
        else:
            if deleted == 0: errs.append("positive file deletes nothing")
        for l in raw:
            s = l.strip()
            if len(s) > 3:
                line_owner[s.casefold()].add(rf)
        status = "FAIL" if errs else "ok"
        failed |= bool(errs)
        share = f"{100*deleted/nonblank:.0f}%" if nonblank else "-"
        print(f"{status:4} {rf}  lines={nonblank} furniture={deleted} ({share})" + ("" if not errs else "  " + "; ".join(errs)))
    dups = {l: o for l, o in line_owner.items() if len(o) > 1}
    for l, o in sorted(dups.items()):
        print(f"FAIL duplicate line across files {sorted(o)}: {l[:70]!r}")
        failed = True
    if not raws:
        print("FAIL no files"); failed = True
    print("FAILED" if failed else "ALL OK")
    return 1 if failed else 0

if __name__ == "__main__":
    sys.exit(main())
