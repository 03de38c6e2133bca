#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def check_families(fams, errors, name):
    if fams == "negative":
        return []
    parts = fams.split("-")
    for p in parts:
        if p not in ORDER:
            errors.append(f"{name}: unknown family '{p}'")
    known = [p for p in parts if p in ORDER]
    if len(set(known)) != len(known):
        errors.append(f"{name}: duplicate family")
    if known != sorted(known, key=ORDER.index):
        errors.append(f"{name}: families not in canonical order")
    return parts


def check_pair(raw, gold, errors, name):
    # gold: no leading/trailing blanks, no blank runs
    if gold and (gold[0] == "" or gold[-1] == ""):
        errors.append(f"{name}: gold has leading/trailing blank line")
    for a, b in zip(gold, gold[1:]):
        if a == "" and b == "":
            errors.append(f"{name}: gold has a run of blank lines")
            break
    # gold non-blank lines must be an ordered subsequence of raw lines
    kept = []
    j = 0
    for g in gold:
        if g == "":
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            errors.append(f"{name}: gold line not found in order in raw: {g[:60]!r}")
            return 0
        kept.append(j)
        j += 1
    # rebuild the expected gold: kept lines plus raw blank lines, runs collapsed
    keep = set(kept)
    out = []
    for i, line in enumerate(raw):
        if line == "":
            if out and out[-1] != "":
                out.append("")
        elif i in keep:
            out.append(line)
    while out and out[-1] == "":
        out.pop()
    if out != gold:
        errors.append(f"{name}: blank lines in gold do not match raw after deletion and collapsing")
    return sum(1 for l in raw if l.strip()) - len(kept)


def main():
    errors = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            errors.append(f"{g}: gold without raw file")
    seen_lines = {}
    numbers = set()
    for r in raws:
        m = NAME_RE.match(r)
        if not m:
            errors.append(f"{r}: bad file name")
            continue
        num, lang, fams = m.groups()
        if num in numbers:
            errors.append(f"{r}: duplicate number {num}")
        numbers.add(num)
        check_families(fams, errors, r)
        gpath = os.path.join(HERE, r[:-4] + ".gold.txt")
        if not os.path.exists(gpath):
            errors.append(f"{r}: missing gold file")
            continue
        before = len(errors)
        raw = read_lines(os.path.join(HERE, r), errors)
        gold = read_lines(gpath, errors)
        if raw is None or gold is None:
            print(f"FAIL {r}")
            continue
        if raw and (raw[0] == "" or raw[-1] == ""):
            errors.append(f"{r}: raw has leading/trailing blank line")
        nonblank = sum(1 for l in raw if l.strip())
        removed = check_pair(raw, gold, errors, r)
        if fams == "negative":
            if open(os.path.join(HERE, r), "rb").read() != open(gpath, "rb").read():
                errors.append(f"{r}: negative but gold differs from raw")
        elif removed == 0:
            errors.append(f"{r}: positive file but nothing deleted")
        for line in raw:
            key = line.strip()
            if len(key) > 3:
                other = seen_lines.get(key)
                if other is not None and other != r:
                    errors.append(f"{r}: line also used in {other}: {key[:60]!r}")
                seen_lines.setdefault(key, r)
        status = "ok  " if len(errors) == before else "FAIL"
        share = removed / nonblank if nonblank else 0
        print(f"{status} {r}  lines={nonblank} furniture={removed} ({share:.0%})")
    if errors:
        print()
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print(f"{len(raws)} pairs checked")
    print("ALL OK")


if __name__ == "__main__":
    main()
