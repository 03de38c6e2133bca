#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair: both files present; UTF-8, LF only, final newline, no BOM;
file name pattern and family list (valid names, canonical order, no repeats);
gold is an ordered subsequence of the raw lines; no leading/trailing blank
lines and no runs of blank lines in gold; negatives byte-identical to raw;
positives actually lose lines. Across the set: no non-blank line longer than
3 characters appears in more than one pair.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors, label):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{label}: starts with a BOM")
    if b"\r" in data:
        errors.append(f"{label}: contains CR characters (LF line endings required)")
    if not data.endswith(b"\n"):
        errors.append(f"{label}: no final newline")
    if data.endswith(b"\n\n"):
        errors.append(f"{label}: ends with a blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{label}: not valid UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(small, big):
    it = iter(big)
    for i, line in enumerate(small):
        for cand in it:
            if cand == line:
                break
        else:
            return False, i
    return True, None


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    all_errors = []
    line_owner = defaultdict(set)
    numbers = defaultdict(list)

    for gold_name in sorted(golds):
        if gold_name[:-len(".gold.txt")] + ".txt" not in raws:
            all_errors.append(f"{gold_name}: gold file without raw file")

    for raw_name in raws:
        errors = []
        stem = raw_name[:-4]
        gold_name = stem + ".gold.txt"
        m = NAME_RE.match(raw_name)
        if not m:
            errors.append("file name does not match NNN_<lang>_<families>.txt")
            fams = []
        else:
            num, lang, famstr = m.groups()
            numbers[num].append(raw_name)
            if lang not in LANGS:
                errors.append(f"unknown language code {lang!r}")
            fams = famstr.split("-")
        negative = fams == ["negative"]
        if not negative and fams:
            bad = [f for f in fams if f not in CANON]
            if bad:
                errors.append(f"invalid family names: {bad}")
            if len(set(fams)) != len(fams):
                errors.append("repeated family name")
            idx = [CANON.index(f) for f in fams if f in CANON]
            if idx != sorted(idx):
                errors.append("families not in canonical order")
        if "negative" in fams and not negative:
            errors.append("'negative' combined with other families")

        if gold_name not in golds:
            errors.append("missing gold file")
            print(f"FAIL {stem}")
            all_errors.extend(f"{stem}: {e}" for e in errors)
            continue

        raw_bytes, raw = read_lines(os.path.join(HERE, raw_name), errors, "raw")
        gold_bytes, gold = read_lines(os.path.join(HERE, gold_name), errors, "gold")

        ok, at = is_subsequence(gold, raw)
        if not ok:
            errors.append(f"gold line {at + 1} is not matched in order in raw: {gold[at][:60]!r}")
        if not gold or gold[0] == "":
            errors.append("gold empty or starts with a blank line")
        if gold and gold[-1] == "":
            errors.append("gold ends with a blank line")
        for i in range(1, len(gold)):
            if gold[i] == "" and gold[i - 1] == "":
                errors.append(f"gold has a run of blank lines at line {i + 1}")
                break
        if raw and raw[0] == "":
            errors.append("raw starts with a blank line")

        if negative:
            if raw_bytes != gold_bytes:
                errors.append("negative: gold is not byte-identical to raw")
        elif raw_bytes == gold_bytes:
            errors.append("positive: gold identical to raw (no furniture deleted)")

        for line in raw + gold:
            s = line.strip()
            if len(s) > 3:
                line_owner[s].add(stem)

        raw_nb = sum(1 for l in raw if l.strip())
        gold_nb = sum(1 for l in gold if l.strip())
        deleted = raw_nb - gold_nb
        share = (deleted / raw_nb * 100) if raw_nb else 0
        status = "OK  " if not errors else "FAIL"
        print(f"{status} {stem}  raw={raw_nb} gold={gold_nb} deleted={deleted} ({share:.0f}% furniture)")
        all_errors.extend(f"{stem}: {e}" for e in errors)

    for num, names in sorted(numbers.items()):
        if len(names) > 1:
            all_errors.append(f"number {num} used by several files: {names}")

    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            all_errors.append(f"line used in {len(owners)} files {sorted(owners)}: {line[:70]!r}")

    if not raws:
        all_errors.append("no files found")
    if all_errors:
        for e in all_errors:
            print("ERROR", e)
        print(f"FAILED ({len(all_errors)} problems)")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
