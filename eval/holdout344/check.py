#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os, re, sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
HERE = os.path.dirname(os.path.abspath(__file__))
NAME = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")


def load(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not UTF-8: {e}")
        return None
    if "\r" in text:
        errs.append("contains CR (line endings must be LF)")
    if not text.endswith("\n"):
        errs.append("no final newline")
    if text.endswith("\n\n"):
        errs.append("trailing blank line")
    if "\ufeff" in text:
        errs.append("contains BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def check_pair(stem, errs):
    m = NAME.match(stem + ".txt")
    if not m:
        errs.append("bad file name")
        return None
    fams = m.group(3)
    negative = fams == "negative"
    if not negative:
        parts = fams.split("-")
        for p in parts:
            if p not in CANON:
                errs.append(f"unknown family '{p}'")
        known = [p for p in parts if p in CANON]
        if len(set(known)) != len(known):
            errs.append("duplicate family in name")
        if known != sorted(known, key=CANON.index):
            errs.append("families not in canonical order")
    raw_p = os.path.join(HERE, stem + ".txt")
    gold_p = os.path.join(HERE, stem + ".gold.txt")
    raw = load(raw_p, errs)
    gold = load(gold_p, errs)
    if raw is None or gold is None:
        return None
    if raw and not raw[0].strip():
        errs.append("raw starts with a blank line")
    if not gold or not gold[0].strip():
        errs.append("gold empty or starts with a blank line")
    for i in range(1, len(gold)):
        if not gold[i].strip() and not gold[i - 1].strip():
            errs.append(f"gold has a run of blank lines at line {i + 1}")
            break
    if any(l != l.rstrip() for l in raw + gold):
        errs.append("trailing whitespace on a line")
    if negative:
        if open(raw_p, "rb").read() != open(gold_p, "rb").read():
            errs.append("negative: gold is not byte-identical to raw")
    elif raw == gold:
        errs.append("positive pair but gold equals raw")
    # gold non-blank lines must be an ordered subsequence of raw lines
    pos, kept = 0, []
    for g in gold:
        if not g.strip():
            continue
        while pos < len(raw) and raw[pos] != g:
            pos += 1
        if pos == len(raw):
            errs.append(f"gold line not found in order in raw: {g[:60]!r}")
            return None
        kept.append(pos)
        pos += 1
    # blank lines: a single blank between two kept lines iff raw had any blank between them
    expected = []
    for k, idx in enumerate(kept):
        if k and any(not raw[j].strip() for j in range(kept[k - 1] + 1, idx)):
            expected.append("")
        expected.append(raw[idx])
    if expected != gold:
        errs.append("gold blank lines do not match collapsed deletions from raw")
    nonblank_raw = [l for l in raw if l.strip()]
    nfurn = len(nonblank_raw) - len(kept)
    return raw, nfurn, len(nonblank_raw)


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    stems = sorted({f[:-9] if f.endswith(".gold.txt") else f[:-4] for f in files})
    owners = defaultdict(set)
    results, ok_all = [], True
    if not stems:
        print("no files found"); print("FAILED"); return 1
    for stem in stems:
        errs = []
        if not os.path.exists(os.path.join(HERE, stem + ".txt")):
            errs.append("missing raw file")
        if not os.path.exists(os.path.join(HERE, stem + ".gold.txt")):
            errs.append("missing gold file")
        info = None if errs else check_pair(stem, errs)
        if info:
            raw, nfurn, ntot = info
            for l in raw:
                s = l.strip()
                if len(s) > 3:
                    owners[s].add(stem)
        results.append((stem, errs, info))
    dup = {l: s for l, s in owners.items() if len(s) > 1}
    for stem, errs, info in results:
        for l, s in dup.items():
            if stem in s:
                errs.append(f"line also used in {sorted(s - {stem})}: {l[:50]!r}")
        if info:
            _, nfurn, ntot = info
            stats = f"lines={ntot} furniture={nfurn} ({100 * nfurn / ntot:.0f}%)"
        else:
            stats = ""
        if errs:
            ok_all = False
            print(f"FAIL {stem} {stats}")
            for e in errs:
                print(f"     - {e}")
        else:
            print(f"ok   {stem} {stats}")
    print("ALL OK" if ok_all else "FAILED")
    return 0 if ok_all else 1


if __name__ == "__main__":
    sys.exit(main())
