#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os, re, sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
HERE = os.path.dirname(os.path.abspath(__file__))
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")


def read(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not UTF-8: {e}")
        return None
    if b"\r" in data:
        errs.append("contains CR (line endings must be LF)")
    if not data.endswith(b"\n"):
        errs.append("no final newline")
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append("has a BOM")
    return text


def is_subsequence(small, big):
    it = iter(big)
    return all(any(x == y for y in it) for x in small)


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    failures = 0
    line_owner = defaultdict(set)
    numbers = defaultdict(list)

    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold file without raw file")
            failures += 1

    for r in raws:
        errs = []
        m = NAME_RE.match(r)
        if not m:
            errs.append("file name does not match NNN_<lang>_<families>.txt")
            fams = []
        else:
            numbers[m.group(1)].append(r)
            fams = m.group(3).split("-")
            if fams != ["negative"]:
                bad = [f for f in fams if f not in FAMILIES]
                if bad:
                    errs.append(f"unknown families: {bad}")
                elif fams != sorted(fams, key=FAMILIES.index) or len(set(fams)) != len(fams):
                    errs.append("families not in canonical order or repeated")
        gname = r[:-4] + ".gold.txt"
        if gname not in golds:
            print(f"FAIL {r}: missing {gname}")
            failures += 1
            continue
        raw = read(os.path.join(HERE, r), errs)
        gold = read(os.path.join(HERE, gname), errs)
        if raw is None or gold is None:
            print(f"FAIL {r}: " + "; ".join(errs))
            failures += 1
            continue
        rl = raw[:-1].split("\n") if raw.endswith("\n") else raw.split("\n")
        gl = gold[:-1].split("\n") if gold.endswith("\n") else gold.split("\n")
        if not is_subsequence(gl, rl):
            errs.append("gold is not an ordered subsequence of raw lines")
        if gl and (gl[0].strip() == "" or gl[-1].strip() == ""):
            errs.append("gold has leading or trailing blank line")
        for a, b in zip(gl, gl[1:]):
            if a.strip() == "" and b.strip() == "":
                errs.append("gold has an uncollapsed run of blank lines")
                break
        for ln in gl:
            if ln != ln.rstrip() or (ln.strip() == "" and ln != ""):
                errs.append("gold has a line with trailing whitespace")
                break
        if fams == ["negative"]:
            if raw != gold:
                errs.append("negative: gold is not byte-identical to raw")
        elif raw == gold:
            errs.append("positive pair but gold equals raw")
        for ln in set(l.strip() for l in rl):
            if len(ln) > 3:
                line_owner[ln].add(r)
        nr = sum(1 for l in rl if l.strip())
        ng = sum(1 for l in gl if l.strip())
        share = 100.0 * (nr - ng) / nr if nr else 0.0
        if errs:
            failures += 1
            print(f"FAIL {r}: " + "; ".join(errs))
        else:
            print(f"ok   {r}  raw={nr} gold={ng} removed={nr - ng} ({share:.0f}%)")

    for num, fs in sorted(numbers.items()):
        if len(fs) > 1:
            print(f"FAIL number {num} used by several files: {fs}")
            failures += 1
    dups = {ln: fs for ln, fs in line_owner.items() if len(fs) > 1}
    for ln, fs in sorted(dups.items()):
        print(f"FAIL line used in {len(fs)} files: {ln[:70]!r} -> {sorted(fs)}")
        failures += 1

    if failures:
        print(f"{failures} PROBLEM(S)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
