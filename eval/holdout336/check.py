#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os, re, sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read(path, errors):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{name}: not UTF-8 ({e})")
        return data, []
    if b"\r" in data:
        errors.append(f"{name}: contains CR (line endings must be LF)")
    if not data.endswith(b"\n"):
        errors.append(f"{name}: no final newline")
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{name}: has a BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(gold, raw):
    i = 0
    for line in raw:
        if i < len(gold) and gold[i] == line:
            i += 1
    return i == len(gold)


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    all_errors = []
    line_owner = defaultdict(set)   # stripped line -> set of pair names
    numbers = defaultdict(list)

    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            all_errors.append(f"{g}: gold file without raw file")

    for raw_name in raws:
        errors = []
        base = raw_name[:-4]
        gold_name = base + ".gold.txt"
        m = NAME_RE.match(raw_name)
        fams = []
        if not m:
            errors.append("bad file name (expected NNN_<lang>_<families>.txt)")
        else:
            numbers[m.group(1)].append(raw_name)
            fams = m.group(3).split("-")
            if fams != ["negative"]:
                bad = [f for f in fams if f not in FAMILIES]
                if bad:
                    errors.append(f"unknown families: {bad}")
                elif len(set(fams)) != len(fams):
                    errors.append("duplicate family in name")
                elif fams != sorted(fams, key=FAMILIES.index):
                    errors.append("families not in canonical order")
        if gold_name not in golds:
            errors.append("missing gold file")
            all_errors += [f"{raw_name}: {e}" for e in errors]
            print(f"FAIL {base}: " + "; ".join(errors))
            continue

        raw_bytes, raw = read(os.path.join(HERE, raw_name), errors)
        gold_bytes, gold = read(os.path.join(HERE, gold_name), errors)

        if raw and raw[0].strip() == "":
            errors.append("raw starts with a blank line")
        if not is_subsequence(gold, raw):
            errors.append("gold is not an ordered subsequence of raw lines")
        if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
            errors.append("gold has leading or trailing blank lines")
        for i in range(1, len(gold)):
            if gold[i].strip() == "" and gold[i - 1].strip() == "":
                errors.append(f"gold has a run of blank lines at line {i + 1}")
                break
        for i, ln in enumerate(gold):
            if ln.strip() == "" and ln != "":
                errors.append(f"gold line {i + 1} is whitespace-only (blank lines must be empty)")
                break

        nonblank_raw = [l for l in raw if l.strip()]
        nonblank_gold = [l for l in gold if l.strip()]
        removed = len(nonblank_raw) - len(nonblank_gold)
        if fams == ["negative"]:
            if raw_bytes != gold_bytes:
                errors.append("negative: gold is not byte-identical to raw")
        elif fams:
            if removed == 0:
                errors.append("positive file but no line was removed")

        for ln in set(raw):
            key = ln.strip()
            if len(key) > 3:
                line_owner[key].add(base)

        share = removed / len(nonblank_raw) if nonblank_raw else 0
        status = "OK  " if not errors else "FAIL"
        print(f"{status} {base}: {len(nonblank_raw)} lines, {removed} furniture ({share:.0%})"
              + ("" if not errors else " -- " + "; ".join(errors)))
        all_errors += [f"{raw_name}: {e}" for e in errors]

    for num, names in numbers.items():
        if len(names) > 1:
            all_errors.append(f"number {num} used by several files: {names}")
    for key, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            all_errors.append(f"line used in more than one file {sorted(owners)}: {key[:70]!r}")

    if all_errors:
        print()
        for e in all_errors:
            print("ERROR", e)
        print(f"{len(all_errors)} ERROR(S)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
