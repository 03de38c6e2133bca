#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read(path):
    with open(path, "rb") as fh:
        return fh.read()


def basic_problems(data, label):
    probs = []
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        probs.append(f"{label}: not valid UTF-8 ({exc})")
    if b"\r" in data:
        probs.append(f"{label}: contains CR characters (LF endings required)")
    if not data.endswith(b"\n"):
        probs.append(f"{label}: no final newline")
    if data.endswith(b"\n\n"):
        probs.append(f"{label}: trailing blank line")
    return probs


def lines_of(data):
    text = data.decode("utf-8", errors="replace")
    if text.endswith("\n"):
        text = text[:-1]
    return text.split("\n")


def is_subsequence(small, big):
    it = iter(big)
    return all(any(x == y for y in it) for x in small)


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    problems_total = 0
    line_owner = defaultdict(set)
    numbers = set()

    for g in golds:
        if g.replace(".gold.txt", ".txt") not in raws:
            print(f"FAIL {g}: gold file without raw file")
            problems_total += 1

    for raw in raws:
        probs = []
        m = NAME_RE.match(raw)
        if not m:
            probs.append("bad file name")
            fams = []
        else:
            num, _lang, famstr = m.groups()
            if num in numbers:
                probs.append(f"number {num} used twice")
            numbers.add(num)
            fams = famstr.split("-")
            if famstr == "negative":
                fams = []
            else:
                bad = [f for f in fams if f not in CANON]
                if bad:
                    probs.append(f"unknown families {bad}")
                if len(set(fams)) != len(fams):
                    probs.append("duplicate family in name")
                known = [f for f in fams if f in CANON]
                if known != sorted(known, key=CANON.index):
                    probs.append("families not in canonical order")
        gold = raw[:-4] + ".gold.txt"
        if gold not in golds:
            probs.append("missing gold file")
            print(f"FAIL {raw}: " + "; ".join(probs))
            problems_total += len(probs)
            continue
        rdata, gdata = read(os.path.join(HERE, raw)), read(os.path.join(HERE, gold))
        probs += basic_problems(rdata, "raw") + basic_problems(gdata, "gold")
        rl, gl = lines_of(rdata), lines_of(gdata)
        if gl and gl[0].strip() == "":
            probs.append("gold starts with a blank line")
        if gl and gl[-1].strip() == "":
            probs.append("gold ends with a blank line")
        for i in range(1, len(gl)):
            if gl[i].strip() == "" and gl[i - 1].strip() == "":
                probs.append(f"gold has uncollapsed blank run at line {i + 1}")
                break
        if not is_subsequence(gl, rl):
            probs.append("gold is not an ordered subsequence of raw lines")
        is_negative = m is not None and m.group(3) == "negative"
        if is_negative:
            if rdata != gdata:
                probs.append("negative but gold differs from raw")
        else:
            if rdata == gdata:
                probs.append("positive but gold identical to raw")
        for ln in set(rl) | set(gl):
            key = ln.strip()
            if len(key) > 3:
                line_owner[key].add(raw)
        nonblank_raw = sum(1 for x in rl if x.strip())
        nonblank_gold = sum(1 for x in gl if x.strip())
        share = (nonblank_raw - nonblank_gold) / nonblank_raw if nonblank_raw else 0
        status = "OK  " if not probs else "FAIL"
        print(f"{status} {raw}  raw={nonblank_raw} gold={nonblank_gold} furniture={share:.0%}"
              + ("" if not probs else "  -> " + "; ".join(probs)))
        problems_total += len(probs)

    dups = {k: v for k, v in line_owner.items() if len(v) > 1}
    for line, owners in sorted(dups.items()):
        print(f"FAIL duplicate line in {len(owners)} files: {line[:70]!r} ({', '.join(sorted(owners))})")
        problems_total += 1

    if problems_total:
        print(f"{problems_total} PROBLEM(S)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
