#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks per pair: file name pattern and family names (valid, canonical order, no
repeats); both files present; UTF-8, LF only, final newline; gold is an ordered
subsequence of raw lines; gold equals raw with some non-blank lines deleted, blank
runs collapsed to one and leading/trailing blanks removed; negatives byte-identical;
positives actually delete something. Across the set: no non-blank line longer than
3 characters appears in more than one pair.
"""
import os, re, sys
from collections import defaultdict

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
HERE = os.path.dirname(os.path.abspath(__file__))
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

def read(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})"); return None, data
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: blank line(s) at end of file")
    return text, data

def collapse(lines):
    out = []
    for ln in lines:
        if ln.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(ln)
    while out and out[-1].strip() == "":
        out.pop()
    return out

def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    global_errs = []
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            global_errs.append(f"{g}: gold without raw file")
    seen_nums = {}
    line_owner = defaultdict(set)
    results = []
    for r in raws:
        errs = []
        m = NAME_RE.match(r)
        fams = []
        if not m:
            errs.append("bad file name")
        else:
            num, lang, famstr = m.groups()
            if num in seen_nums:
                errs.append(f"number {num} also used by {seen_nums[num]}")
            seen_nums[num] = r
            if famstr != "negative":
                fams = famstr.split("-")
                bad = [f for f in fams if f not in ORDER]
                if bad:
                    errs.append(f"unknown families {bad}")
                elif len(set(fams)) != len(fams):
                    errs.append("repeated family")
                elif fams != sorted(fams, key=ORDER.index):
                    errs.append("families not in canonical order")
        gname = r[:-4] + ".gold.txt"
        if gname not in golds:
            results.append((r, ["missing gold file"] + errs, ""))
            continue
        rt, rb = read(os.path.join(HERE, r), errs)
        gt, gb = read(os.path.join(HERE, gname), errs)
        info = ""
        if rt is not None and gt is not None:
            rl = rt.split("\n")[:-1] if rt.endswith("\n") else rt.split("\n")
            gl = gt.split("\n")[:-1] if gt.endswith("\n") else gt.split("\n")
            if gl and (gl[0].strip() == "" or gl[-1].strip() == ""):
                errs.append("gold has leading or trailing blank line")
            for a, b in zip(gl, gl[1:]):
                if a.strip() == "" and b.strip() == "":
                    errs.append("gold has an uncollapsed blank run"); break
            # ordered subsequence of non-blank lines
            kept, i = set(), 0
            for g in gl:
                if g.strip() == "":
                    continue
                while i < len(rl) and rl[i] != g:
                    i += 1
                if i == len(rl):
                    errs.append(f"gold line not found in order in raw: {g[:60]!r}"); break
                kept.add(i); i += 1
            else:
                rebuilt = collapse([ln for j, ln in enumerate(rl) if ln.strip() == "" or j in kept])
                if rebuilt != gl:
                    errs.append("gold is not raw minus deleted lines with blank runs collapsed")
            nb_raw = sum(1 for ln in rl if ln.strip())
            nb_gold = sum(1 for ln in gl if ln.strip())
            deleted = nb_raw - nb_gold
            if m and m.group(3) == "negative":
                if rb != gb:
                    errs.append("negative: gold not byte-identical to raw")
            elif m:
                if deleted == 0:
                    errs.append("positive pair deletes nothing")
            info = f"raw={nb_raw} gold={nb_gold} deleted={deleted} ({100*deleted/max(nb_raw,1):.0f}%)"
            for ln in set(rl) | set(gl):
                s = ln.strip()
                if len(s) > 3:
                    line_owner[s].add(r)
        results.append((r, errs, info))
    dup_by_file = defaultdict(list)
    for s, owners in line_owner.items():
        if len(owners) > 1:
            for o in owners:
                dup_by_file[o].append(f"line shared with {sorted(owners - {o})}: {s[:50]!r}")
    ok = not global_errs
    for r, errs, info in results:
        errs = errs + dup_by_file.get(r, [])
        if errs:
            ok = False
            print(f"FAIL {r} {info}")
            for e in errs:
                print(f"     - {e}")
        else:
            print(f"OK   {r} {info}")
    for e in global_errs:
        print(f"FAIL {e}")
    if not raws:
        ok = False; print("FAIL no pairs found")
    print("ALL OK" if ok else "ERRORS FOUND")
    return 0 if ok else 1

if __name__ == "__main__":
    sys.exit(main())
