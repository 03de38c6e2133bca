#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{name}: not valid UTF-8 ({exc})")
        return None, data
    if "\r" in text:
        errors.append(f"{name}: contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        errors.append(f"{name}: missing final newline")
    if text.endswith("\n\n"):
        errors.append(f"{name}: trailing blank line")
    if text.startswith("\ufeff"):
        errors.append(f"{name}: has a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def is_blank(line):
    return line.strip() == ""


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    all_errors = []
    seen_numbers = {}
    line_owner = {}  # stripped line -> pair name
    pair_names = []

    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            all_errors.append(f"{g}: gold file without raw file")
            print(f"FAIL {g}: gold file without raw file")

    for raw in raws:
        errors = []
        base = raw[:-len(".txt")]
        m = NAME_RE.match(raw)
        if not m:
            errors.append("bad file name (expected NNN_<lang>_<families>.txt)")
            print(f"FAIL {base}: " + "; ".join(errors))
            all_errors.extend(f"{base}: {e}" for e in errors)
            continue
        num, lang, fams = m.groups()
        if num in seen_numbers:
            errors.append(f"number {num} already used by {seen_numbers[num]}")
        seen_numbers[num] = base
        if lang not in LANGS:
            errors.append(f"unknown language code {lang!r}")
        negative = fams == "negative"
        if not negative:
            fam_list = fams.split("-")
            bad = [f for f in fam_list if f not in FAMILIES]
            if bad:
                errors.append(f"unknown families: {', '.join(bad)}")
            elif len(set(fam_list)) != len(fam_list):
                errors.append("duplicate family in name")
            elif fam_list != sorted(fam_list, key=FAMILIES.index):
                errors.append("families not in canonical order")

        gold = base + ".gold.txt"
        if gold not in golds:
            errors.append("missing gold file")
            print(f"FAIL {base}: " + "; ".join(errors))
            all_errors.extend(f"{base}: {e}" for e in errors)
            continue

        raw_lines, raw_bytes = read_lines(os.path.join(HERE, raw), errors)
        gold_lines, gold_bytes = read_lines(os.path.join(HERE, gold), errors)
        if raw_lines is None or gold_lines is None:
            print(f"FAIL {base}: " + "; ".join(errors))
            all_errors.extend(f"{base}: {e}" for e in errors)
            continue

        # gold formatting: no leading/trailing blanks, no runs of blanks
        if gold_lines and is_blank(gold_lines[0]):
            errors.append("gold starts with a blank line")
        if gold_lines and is_blank(gold_lines[-1]):
            errors.append("gold ends with a blank line")
        for i in range(1, len(gold_lines)):
            if is_blank(gold_lines[i]) and is_blank(gold_lines[i - 1]):
                errors.append(f"gold has a run of blank lines at line {i + 1}")
                break
        if not any(not is_blank(l) for l in gold_lines):
            errors.append("gold is empty")

        # gold must be an ordered subsequence of raw lines
        j = 0
        for gi, gl in enumerate(gold_lines):
            while j < len(raw_lines) and raw_lines[j] != gl:
                j += 1
            if j == len(raw_lines):
                errors.append(f"gold line {gi + 1} not found in order in raw: {gl[:60]!r}")
                break
            j += 1

        if negative:
            if raw_bytes != gold_bytes:
                errors.append("negative pair: gold is not byte-identical to raw")
        else:
            if raw_bytes == gold_bytes:
                errors.append("positive pair: gold is identical to raw (nothing removed)")

        # cross-file uniqueness of non-blank lines longer than 3 characters
        own = set(l for l in raw_lines if not is_blank(l) and len(l.strip()) > 3)
        for gl in gold_lines:
            if not is_blank(gl) and len(gl.strip()) > 3 and gl not in own:
                errors.append(f"gold line not present in raw: {gl[:60]!r}")
        for l in own:
            key = l.strip()
            other = line_owner.get(key)
            if other is not None and other != base:
                errors.append(f"line also used in {other}: {key[:60]!r}")
            else:
                line_owner[key] = base

        n_raw = sum(1 for l in raw_lines if not is_blank(l))
        n_gold = sum(1 for l in gold_lines if not is_blank(l))
        status = "OK  " if not errors else "FAIL"
        kind = "negative" if negative else f"removed {n_raw - n_gold}/{n_raw} lines ({(n_raw - n_gold) / n_raw:.0%})"
        print(f"{status} {base}: {kind}" + ("" if not errors else " -- " + "; ".join(errors)))
        all_errors.extend(f"{base}: {e}" for e in errors)
        pair_names.append(base)

    if not raws:
        all_errors.append("no files found")
    if all_errors:
        print(f"{len(all_errors)} problem(s) found")
        sys.exit(1)
    print(f"{len(pair_names)} pairs checked")
    print("ALL OK")


if __name__ == "__main__":
    main()
