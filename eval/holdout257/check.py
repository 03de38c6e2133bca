#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist; UTF-8; LF line endings only; final newline; no BOM
  * file name well-formed; family names valid, unique, in canonical order
  * raw has no leading/trailing blank lines
  * gold is an ordered subsequence of the raw lines, obtained by deleting
    non-blank raw lines and collapsing the blank runs this leaves behind
  * gold has no runs of blank lines and no leading/trailing blank lines
  * negatives: gold byte-identical to raw; positives: at least one deletion,
    furniture share of non-blank raw lines within 30-55 %
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair
Prints one line per pair and ALL OK at the end (exit status 1 on failure).
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
RANK = {f: i for i, f in enumerate(FAMILIES)}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
MIN_SHARE, MAX_SHARE = 0.30, 0.55

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{name}: has a BOM")
    if b"\r" in data:
        errors.append(f"{name}: contains CR characters (need LF line endings)")
    if not data.endswith(b"\n"):
        errors.append(f"{name}: no final newline")
    if data.endswith(b"\n\n"):
        errors.append(f"{name}: ends with a blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{name}: not valid UTF-8 ({exc})")
        return None, data
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def blank(line):
    return line.strip() == ""


def collapse(lines):
    out = []
    for ln in lines:
        if blank(ln) and (not out or blank(out[-1])):
            continue
        out.append(ln)
    while out and blank(out[-1]):
        out.pop()
    return out


def check_families(name, famstr, errors):
    if famstr == "negative":
        return []
    fams = famstr.split("-")
    for f in fams:
        if f not in RANK:
            errors.append(f"{name}: unknown family '{f}'")
    if len(set(fams)) != len(fams):
        errors.append(f"{name}: repeated family in name")
    known = [f for f in fams if f in RANK]
    if known != sorted(known, key=RANK.get):
        errors.append(f"{name}: families not in canonical order")
    return fams


def main():
    errors_total = 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    line_owner = defaultdict(set)
    global_errors = []

    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            global_errors.append(f"{g}: gold without raw file")

    numbers = defaultdict(list)
    for raw in raws:
        errors = []
        m = NAME_RE.match(raw)
        if not m:
            errors.append(f"{raw}: bad file name")
            famstr, num = "", raw[:3]
        else:
            num, _lang, famstr = m.groups()
            numbers[num].append(raw)
            check_families(raw, famstr, errors)
        gold = raw[:-4] + ".gold.txt"
        if gold not in golds:
            errors.append(f"{raw}: missing {gold}")
            print(f"FAIL {raw}")
            for e in errors:
                print("   ", e)
            errors_total += len(errors)
            continue

        rlines, rdata = read_lines(os.path.join(HERE, raw), errors)
        glines, gdata = read_lines(os.path.join(HERE, gold), errors)
        n_raw = n_del = 0
        if rlines is not None and glines is not None:
            if rlines and (blank(rlines[0]) or blank(rlines[-1])):
                errors.append(f"{raw}: leading or trailing blank line")
            if glines and (blank(glines[0]) or blank(glines[-1])):
                errors.append(f"{gold}: leading or trailing blank line")
            for a, b in zip(glines, glines[1:]):
                if blank(a) and blank(b):
                    errors.append(f"{gold}: run of blank lines not collapsed")
                    break
            # ordered subsequence over non-blank lines (greedy)
            g_nb = [ln for ln in glines if not blank(ln)]
            kept = []
            gi = 0
            for ln in rlines:
                if blank(ln):
                    kept.append(ln)
                elif gi < len(g_nb) and ln == g_nb[gi]:
                    kept.append(ln)
                    gi += 1
                else:
                    n_del += 1
            if gi != len(g_nb):
                errors.append(f"{gold}: not an ordered subsequence of raw "
                              f"(first unmatched gold line: {g_nb[gi][:60]!r})")
            elif collapse(kept) != glines:
                errors.append(f"{gold}: blank lines differ from raw-minus-deletions "
                              f"with blank runs collapsed")
            n_raw = sum(1 for ln in rlines if not blank(ln))
            if famstr == "negative":
                if rdata != gdata:
                    errors.append(f"{gold}: negative but not byte-identical to raw")
            elif m:
                if n_del == 0:
                    errors.append(f"{raw}: positive but nothing deleted")
                share = n_del / n_raw if n_raw else 0
                if not (MIN_SHARE <= share <= MAX_SHARE):
                    errors.append(f"{raw}: furniture share {share:.0%} outside "
                                  f"{MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
            for ln in rlines:
                key = ln.strip()
                if len(key) > 3:
                    line_owner[key].add(raw)

        status = "OK  " if not errors else "FAIL"
        share_txt = f"{n_del}/{n_raw} lines deleted" if n_raw else ""
        print(f"{status} {raw}  [{share_txt}]")
        for e in errors:
            print("   ", e)
        errors_total += len(errors)

    for num, names in numbers.items():
        if len(names) > 1:
            global_errors.append(f"number {num} used by several pairs: {names}")
    for key, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            global_errors.append(f"line used in {len(owners)} files {sorted(owners)}: {key[:70]!r}")

    for e in global_errors:
        print("FAIL", e)
    errors_total += len(global_errors)

    if errors_total:
        print(f"{errors_total} problem(s) found")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
