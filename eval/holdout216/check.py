#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, are UTF-8 (no BOM), LF-only, end with exactly one final newline;
  * <families> is 'negative' or valid family names, no repeats, in canonical order;
  * raw has no leading/trailing blank lines and no runs of blank lines;
  * gold has no leading/trailing blank lines and no runs of blank lines;
  * gold's non-blank lines are an ordered subsequence of raw's non-blank lines, and
    deleting the unmatched raw lines and collapsing blank runs reproduces gold exactly;
  * negatives: gold is byte-identical to raw; positives: gold differs from raw;
across pairs:
  * no non-blank line longer than 3 characters appears in more than one pair.
Prints one line per pair and ALL OK at the end (exit status 1 on any error).
"""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2,3})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))

errors = []


def err(pair, msg):
    errors.append(f"{pair}: {msg}")


def read_lines(path, pair):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        err(pair, f"{os.path.basename(path)} has a BOM")
    if b"\r" in data:
        err(pair, f"{os.path.basename(path)} contains CR characters")
    if not data.endswith(b"\n"):
        err(pair, f"{os.path.basename(path)} lacks a final newline")
    if data.endswith(b"\n\n"):
        err(pair, f"{os.path.basename(path)} ends with a blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(pair, f"{os.path.basename(path)} is not UTF-8: {e}")
        text = data.decode("utf-8", "replace")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def blank(s):
    return s.strip() == ""


def collapse(lines):
    out = []
    for ln in lines:
        if blank(ln) and (not out or blank(out[-1])):
            continue
        out.append(ln)
    while out and blank(out[-1]):
        out.pop()
    return out


def blank_shape_ok(lines, pair, which):
    if lines and blank(lines[0]):
        err(pair, f"{which} starts with a blank line")
    if lines and blank(lines[-1]):
        err(pair, f"{which} ends with a blank line")
    for i in range(1, len(lines)):
        if blank(lines[i]) and blank(lines[i - 1]):
            err(pair, f"{which} has a run of blank lines at line {i + 1}")
            break


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    seen_lines = {}  # line -> set of pair ids
    report = []
    for g in sorted(golds):
        if g[: -len(".gold.txt")] + ".txt" not in raws:
            err(g, "gold file without raw file")
    numbers = {}
    for raw_name in raws:
        pair = raw_name[:-4]
        m = NAME_RE.match(raw_name)
        if not m:
            err(pair, "file name does not match NNN_<lang>_<families>.txt")
            continue
        num, lang, fams = m.groups()
        if num in numbers:
            err(pair, f"number {num} also used by {numbers[num]}")
        numbers[num] = pair
        gold_name = pair + ".gold.txt"
        if gold_name not in golds:
            err(pair, "missing gold file")
            continue
        # family names
        negative = fams == "negative"
        if not negative:
            fl = fams.split("-")
            bad = [x for x in fl if x not in CANON]
            if bad:
                err(pair, f"unknown families {bad}")
            elif len(set(fl)) != len(fl):
                err(pair, "repeated family name")
            elif fl != sorted(fl, key=CANON.index):
                err(pair, "families not in canonical order")
        rbytes, rl = read_lines(os.path.join(HERE, raw_name), pair)
        gbytes, gl = read_lines(os.path.join(HERE, gold_name), pair)
        blank_shape_ok(rl, pair, "raw")
        blank_shape_ok(gl, pair, "gold")
        # subsequence + reconstruction
        keep = [False] * len(rl)
        j = 0
        gnb = [x for x in gl if not blank(x)]
        for i, ln in enumerate(rl):
            if blank(ln):
                keep[i] = True
            elif j < len(gnb) and ln == gnb[j]:
                keep[i] = True
                j += 1
        if j != len(gnb):
            err(pair, f"gold line not found in order in raw: {gnb[j][:60]!r}")
        else:
            rebuilt = collapse([ln for i, ln in enumerate(rl) if keep[i]])
            while rebuilt and blank(rebuilt[0]):
                rebuilt.pop(0)
            if rebuilt != gl:
                err(pair, "gold does not equal raw minus deleted lines with blank runs collapsed")
        if negative and rbytes != gbytes:
            err(pair, "negative but gold is not byte-identical to raw")
        if not negative and rbytes == gbytes:
            err(pair, "positive but gold is identical to raw")
        # duplicate lines across pairs
        for ln in set(rl) | set(gl):
            s = ln.strip()
            if len(s) > 3:
                seen_lines.setdefault(s, set()).add(pair)
        nr = sum(1 for x in rl if not blank(x))
        ng = len(gnb)
        share = 100.0 * (nr - ng) / nr if nr else 0.0
        note = ""
        if not negative and not (30.0 <= share <= 55.0):
            note = "  (note: furniture share outside 30-55%)"
        report.append(f"{pair}: raw {nr} lines, gold {ng} lines, furniture {nr - ng} ({share:.0f}%){note}")
    for s, pairs in sorted(seen_lines.items()):
        if len(pairs) > 1:
            errors.append(f"line used in more than one pair {sorted(pairs)}: {s[:70]!r}")
    for r in report:
        print(r)
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} error(s)")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
