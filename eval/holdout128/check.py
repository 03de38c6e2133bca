#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os, re, sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)}: has BOM")
    return text


def expected_gold(raw_lines, gold_lines):
    """Greedy-match gold non-blank lines in raw; rebuild the gold that deleting the rest would give."""
    keep = [False] * len(raw_lines)
    j = 0
    targets = [g for g in gold_lines if g != ""]
    for i, ln in enumerate(raw_lines):
        if ln == "":
            keep[i] = True
        elif j < len(targets) and ln == targets[j]:
            keep[i] = True
            j += 1
    if j < len(targets):
        return None, targets[j]
    out = []
    for ln, k in zip(raw_lines, keep):
        if not k:
            continue
        if ln == "" and (not out or out[-1] == ""):
            continue
        out.append(ln)
    while out and out[-1] == "":
        out.pop()
    return out, None


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = set(f for f in files if f.endswith(".gold.txt"))
    all_errs = []
    line_owner = defaultdict(set)
    numbers = set()
    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            all_errs.append(f"{g}: gold without raw file")
    for r in raws:
        errs = []
        m = NAME.match(r)
        gname = r[:-4] + ".gold.txt"
        if not m:
            errs.append("bad file name")
        else:
            num, lang, fams = m.groups()
            if num in numbers:
                errs.append(f"duplicate number {num}")
            numbers.add(num)
            if fams != "negative":
                parts = fams.split("-")
                bad = [p for p in parts if p not in CANON]
                if bad:
                    errs.append(f"unknown families {bad}")
                elif parts != sorted(set(parts), key=CANON.index):
                    errs.append("families not unique / not in canonical order")
        if gname not in golds:
            errs.append("missing gold file")
            all_errs += [f"{r}: {e}" for e in errs]
            print(f"FAIL {r}: " + "; ".join(errs))
            continue
        rt = read(os.path.join(HERE, r), errs)
        gt = read(os.path.join(HERE, gname), errs)
        info = ""
        if rt is not None and gt is not None:
            rl = rt[:-1].split("\n") if rt.endswith("\n") else rt.split("\n")
            gl = gt[:-1].split("\n") if gt.endswith("\n") else gt.split("\n")
            if not gl or gl[0] == "" or gl[-1] == "":
                errs.append("gold has leading/trailing blank lines")
            for a, b in zip(gl, gl[1:]):
                if a == "" and b == "":
                    errs.append("gold has an uncollapsed blank run")
                    break
            exp, missing = expected_gold(rl, gl)
            if exp is None:
                errs.append(f"gold line not found in order in raw: {missing[:60]!r}")
            elif exp != gl:
                errs.append("gold blank-line structure differs from raw-with-deletions")
            fam = m.group(3) if m else ""
            nonblank_raw = [x for x in rl if x.strip()]
            nonblank_gold = [x for x in gl if x.strip()]
            if fam == "negative":
                if rt != gt:
                    errs.append("negative: gold not byte-identical to raw")
            else:
                if rt == gt:
                    errs.append("positive pair but gold identical to raw")
            deleted = len(nonblank_raw) - len(nonblank_gold)
            pct = 100.0 * deleted / max(1, len(nonblank_raw))
            info = f"raw={len(nonblank_raw)} gold={len(nonblank_gold)} furniture={deleted} ({pct:.0f}%)"
            for ln in set(nonblank_raw):
                if len(ln.strip()) > 3:
                    line_owner[ln].add(r)
        if errs:
            all_errs += [f"{r}: {e}" for e in errs]
            print(f"FAIL {r}: " + "; ".join(errs))
        else:
            print(f"ok   {r}  {info}")
    for ln, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            msg = f"line shared by {sorted(owners)}: {ln[:70]!r}"
            all_errs.append(msg)
            print("FAIL " + msg)
    if not raws:
        all_errs.append("no files")
    if all_errs:
        print(f"{len(all_errs)} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
