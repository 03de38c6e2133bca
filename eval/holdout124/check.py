#!/usr/bin/env python3
"""Validate the blind boilerplate evaluation set in this directory.

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, are UTF-8 (no BOM), use LF endings and end with a newline;
  * the file name is well formed, family names are valid, unique and in canonical order;
  * the gold is an ordered subsequence of the raw lines;
  * the gold has no runs of blank lines and no leading/trailing blank lines;
  * negatives are byte-identical to their raw file, positives are not;
and across the whole set:
  * no non-blank line longer than 3 characters occurs in more than one pair.
Prints one line per pair and ALL OK at the end (exit code 0), or the problems (exit code 1).
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RX = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_text(path, errors):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{name}: has a UTF-8 BOM")
    if b"\r" in data:
        errors.append(f"{name}: contains CR characters (must be LF only)")
    if not data.endswith(b"\n"):
        errors.append(f"{name}: no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{name}: not valid UTF-8 ({exc})")
        text = data.decode("utf-8", "replace")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(gold, raw):
    i = 0
    for line in raw:
        if i < len(gold) and gold[i] == line:
            i += 1
    return i == len(gold), i


def blank_problems(lines, label):
    probs = []
    if not lines or all(not l.strip() for l in lines):
        probs.append(f"{label}: empty")
        return probs
    if not lines[0].strip():
        probs.append(f"{label}: leading blank line")
    if not lines[-1].strip():
        probs.append(f"{label}: trailing blank line")
    for n in range(1, len(lines)):
        if not lines[n].strip() and not lines[n - 1].strip():
            probs.append(f"{label}: run of blank lines at line {n + 1}")
            break
    for n, l in enumerate(lines, 1):
        if l != l.rstrip() and l.strip():
            probs.append(f"{label}: trailing whitespace at line {n}")
            break
        if l and not l.strip():
            probs.append(f"{label}: whitespace-only line {n}")
            break
    return probs


def main():
    errors = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    for g in sorted(golds):
        if g[: -len(".gold.txt")] + ".txt" not in raws:
            errors.append(f"{g}: gold file without raw file")
    line_owner = defaultdict(set)
    numbers = defaultdict(list)
    per_pair = []
    for raw_name in raws:
        pair_errors = []
        stem = raw_name[: -len(".txt")]
        gold_name = stem + ".gold.txt"
        m = NAME_RX.match(raw_name)
        if not m:
            pair_errors.append(f"{raw_name}: bad file name")
            fams = []
        else:
            num, lang, famstr = m.groups()
            numbers[num].append(raw_name)
            if lang not in LANGS:
                pair_errors.append(f"{raw_name}: unknown language '{lang}'")
            fams = [] if famstr == "negative" else famstr.split("-")
            bad = [f for f in fams if f not in CANON]
            if bad:
                pair_errors.append(f"{raw_name}: unknown families {bad}")
            elif len(set(fams)) != len(fams):
                pair_errors.append(f"{raw_name}: repeated family")
            elif fams != sorted(fams, key=CANON.index):
                pair_errors.append(f"{raw_name}: families not in canonical order")
        if gold_name not in golds:
            pair_errors.append(f"{raw_name}: missing gold file {gold_name}")
            per_pair.append((raw_name, pair_errors, None))
            errors.extend(pair_errors)
            continue
        raw_bytes, raw = read_text(os.path.join(HERE, raw_name), pair_errors)
        gold_bytes, gold = read_text(os.path.join(HERE, gold_name), pair_errors)
        pair_errors += blank_problems(raw, raw_name)
        pair_errors += blank_problems(gold, gold_name)
        ok, matched = is_subsequence(gold, raw)
        if not ok:
            pair_errors.append(
                f"{gold_name}: not an ordered subsequence of raw (fails at gold line {matched + 1}: {gold[matched][:60]!r})")
        negative = m is not None and m.group(3) == "negative"
        if negative and raw_bytes != gold_bytes:
            pair_errors.append(f"{gold_name}: negative but gold differs from raw")
        if not negative and raw_bytes == gold_bytes:
            pair_errors.append(f"{gold_name}: positive but gold is identical to raw")
        for l in raw:
            s = l.strip()
            if len(s) > 3:
                line_owner[s].add(stem)
        removed = sum(1 for l in raw if l.strip()) - sum(1 for l in gold if l.strip())
        share = removed / max(1, sum(1 for l in raw if l.strip()))
        per_pair.append((raw_name, pair_errors, (removed, share, fams)))
        errors.extend(pair_errors)
    for num, names in numbers.items():
        if len(names) > 1:
            errors.append(f"number {num} used by several pairs: {names}")
    dup = {l: sorted(o) for l, o in line_owner.items() if len(o) > 1}
    for l, owners in sorted(dup.items()):
        errors.append(f"line used in more than one file {owners}: {l[:70]!r}")
    for raw_name, perrs, info in per_pair:
        status = "OK" if not perrs else "FAIL"
        extra = ""
        if info:
            removed, share, fams = info
            extra = f"  removed={removed} lines ({share:.0%})  families={len(fams)}"
        print(f"{status:4}  {raw_name}{extra}")
    if errors:
        print()
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print(f"{len(per_pair)} pairs checked")
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
