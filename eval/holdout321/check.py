#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os, re, sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return data, []
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters (must be LF only)")
    if not text.endswith("\n") or text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: must end with exactly one final newline")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def check_families(fams, errors, name):
    parts = fams.split("-")
    if parts == ["negative"]:
        return True
    bad = [p for p in parts if p not in FAMILIES]
    if bad:
        errors.append(f"{name}: unknown families {bad}")
        return False
    idx = [FAMILIES.index(p) for p in parts]
    if idx != sorted(idx) or len(set(idx)) != len(idx):
        errors.append(f"{name}: families not in canonical order or duplicated")
    return False


def collapse(lines):
    out = []
    for l in lines:
        if l.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(l)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    global_errors = []
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            global_errors.append(f"{g}: gold file without raw file")
    numbers = defaultdict(list)
    line_owner = defaultdict(set)
    results = []
    for r in raws:
        errors = []
        m = NAME_RE.match(r)
        if not m:
            errors.append(f"{r}: bad file name")
            results.append((r, errors, None)); continue
        num, lang, fams = m.groups()
        numbers[num].append(r)
        negative = check_families(fams, errors, r)
        gname = r[:-4] + ".gold.txt"
        if gname not in golds:
            errors.append(f"{r}: missing gold file {gname}")
            results.append((r, errors, None)); continue
        rbytes, rl = read_lines(os.path.join(HERE, r), errors)
        gbytes, gl = read_lines(os.path.join(HERE, gname), errors)
        for l in set(rl) | set(gl):
            if len(l.strip()) > 3:
                line_owner[l].add(num)
        # gold: no leading/trailing blanks, no blank runs
        if gl and gl[0].strip() == "":
            errors.append(f"{gname}: leading blank line")
        if gl and gl[-1].strip() == "":
            errors.append(f"{gname}: trailing blank line")
        for a, b in zip(gl, gl[1:]):
            if a.strip() == "" and b.strip() == "":
                errors.append(f"{gname}: run of blank lines not collapsed"); break
        # gold non-blank lines must be an ordered subsequence of raw lines
        keep = [False] * len(rl)
        j = 0
        gnb = [l for l in gl if l.strip() != ""]
        for i, l in enumerate(rl):
            if j < len(gnb) and l == gnb[j]:
                keep[i] = True; j += 1
        if j < len(gnb):
            errors.append(f"{gname}: not an ordered subsequence of raw (first unmatched: {gnb[j][:60]!r})")
        else:
            rebuilt = collapse([l for i, l in enumerate(rl) if keep[i] or l.strip() == ""])
            while rebuilt and rebuilt[0].strip() == "":
                rebuilt.pop(0)
            if rebuilt != gl:
                errors.append(f"{gname}: blank lines differ from raw-with-deletions-collapsed")
        deleted = sum(1 for i, l in enumerate(rl) if l.strip() and not keep[i])
        nonblank = sum(1 for l in rl if l.strip())
        if negative:
            if rbytes != gbytes:
                errors.append(f"{r}: negative but gold is not byte-identical to raw")
        else:
            if deleted == 0:
                errors.append(f"{r}: positive but nothing deleted")
        results.append((r, errors, (nonblank, deleted)))
    for num, fs in numbers.items():
        if len(fs) > 1:
            global_errors.append(f"number {num} used by several files: {fs}")
    dup = {l: sorted(o) for l, o in line_owner.items() if len(o) > 1}
    for l, owners in sorted(dup.items()):
        global_errors.append(f"line used in pairs {owners}: {l[:70]!r}")
    ok = not global_errors
    for r, errors, stats in results:
        if errors:
            ok = False
            print(f"FAIL {r}")
            for e in errors:
                print(f"     {e}")
        else:
            nb, d = stats
            print(f"ok   {r}  non-blank={nb} deleted={d} ({(d / nb if nb else 0):.0%})")
    for e in global_errors:
        print(f"FAIL {e}")
    if ok:
        print("ALL OK")
        return 0
    print("ERRORS FOUND")
    return 1


if __name__ == "__main__":
    sys.exit(main())
