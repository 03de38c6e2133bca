#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the file name is well formed: three-digit number, language code, and either
    'negative' or valid furniture families in canonical order without repeats;
  * gold non-blank lines are an ordered subsequence of raw lines (byte-identical);
  * gold has no leading/trailing blank lines and no runs of blank lines, and a
    blank line appears between two kept lines exactly when raw had at least one
    blank line between them (i.e. blank runs left by deletions collapse to one);
  * negatives: gold is byte-identical to raw; positives: gold differs from raw;
  * across the whole set, no non-blank line longer than 3 characters occurs in
    more than one pair (a pair's raw and gold count as one document).
Prints one line per pair and 'ALL OK' at the end; exits 1 on any failure.
"""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{name}: not valid UTF-8 ({e})")
        return data, []
    if b"\r" in data:
        errors.append(f"{name}: contains CR characters (LF line endings required)")
    if not data.endswith(b"\n"):
        errors.append(f"{name}: no final newline")
    if data.endswith(b"\n\n"):
        errors.append(f"{name}: trailing blank line")
    if text.startswith("\ufeff"):
        errors.append(f"{name}: starts with a BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_blank(line):
    return line.strip() == ""


def check_name(stem, errors):
    m = NAME_RE.match(stem)
    if not m:
        errors.append(f"{stem}: file name does not match NNN_<lang>_<families>")
        return None
    lang, fams = m.group(2), m.group(3)
    if lang not in LANGS:
        errors.append(f"{stem}: unknown language code '{lang}'")
    if fams == "negative":
        return "negative"
    parts = fams.split("-")
    bad = [p for p in parts if p not in FAMILIES]
    if bad:
        errors.append(f"{stem}: invalid family name(s): {', '.join(bad)}")
        return parts
    if len(set(parts)) != len(parts):
        errors.append(f"{stem}: repeated family name")
    idx = [FAMILIES.index(p) for p in parts]
    if idx != sorted(idx):
        errors.append(f"{stem}: families not in canonical order")
    return parts


def check_pair(stem, errors):
    raw_path = os.path.join(HERE, stem + ".txt")
    gold_path = os.path.join(HERE, stem + ".gold.txt")
    kind = check_name(stem, errors)
    raw_bytes, raw = read_lines(raw_path, errors)
    gold_bytes, gold = read_lines(gold_path, errors)
    if raw and is_blank(raw[0]):
        errors.append(f"{stem}: raw starts with a blank line")
    # gold blank-line hygiene
    if gold and (is_blank(gold[0]) or is_blank(gold[-1])):
        errors.append(f"{stem}: gold has leading or trailing blank lines")
    for a, b in zip(gold, gold[1:]):
        if is_blank(a) and is_blank(b):
            errors.append(f"{stem}: gold has a run of blank lines")
            break
    # subsequence match of gold non-blank lines into raw
    positions = []  # (gold_index, raw_index)
    r = 0
    ok = True
    for gi, g in enumerate(gold):
        if is_blank(g):
            continue
        while r < len(raw) and raw[r] != g:
            r += 1
        if r >= len(raw):
            errors.append(f"{stem}: gold line {gi + 1} not found in order in raw: {g[:60]!r}")
            ok = False
            break
        positions.append((gi, r))
        r += 1
    if ok:
        for (g1, r1), (g2, r2) in zip(positions, positions[1:]):
            gold_blank = any(is_blank(x) for x in gold[g1 + 1:g2])
            raw_blank = any(is_blank(x) for x in raw[r1 + 1:r2])
            if gold_blank != raw_blank:
                errors.append(f"{stem}: blank line mismatch between gold lines {g1 + 1} and {g2 + 1}")
            if g2 - g1 > 2:
                errors.append(f"{stem}: more than one line between gold lines {g1 + 1} and {g2 + 1}")
    n_raw = sum(1 for x in raw if not is_blank(x))
    n_gold = sum(1 for x in gold if not is_blank(x))
    if kind == "negative":
        if raw_bytes != gold_bytes:
            errors.append(f"{stem}: negative but gold is not byte-identical to raw")
    elif kind is not None:
        if n_gold >= n_raw:
            errors.append(f"{stem}: positive but no line was deleted")
    share = 100.0 * (n_raw - n_gold) / n_raw if n_raw else 0.0
    return raw, n_raw, n_gold, share


def main():
    errors_total = 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    golds = {f[:-len(".gold.txt")] for f in files if f.endswith(".gold.txt")}
    raws = {f[:-len(".txt")] for f in files if not f.endswith(".gold.txt")}
    global_errors = []
    for s in sorted(raws - golds):
        global_errors.append(f"{s}: gold file missing")
    for s in sorted(golds - raws):
        global_errors.append(f"{s}: raw file missing")
    seen = {}  # line -> first pair stem
    for stem in sorted(raws & golds):
        errors = []
        raw, n_raw, n_gold, share = check_pair(stem, errors)
        for line in dict.fromkeys(raw):
            key = line.strip()
            if len(key) <= 3:
                continue
            if key in seen and seen[key] != stem:
                errors.append(f"{stem}: line also used in {seen[key]}: {key[:60]!r}")
            else:
                seen.setdefault(key, stem)
        status = "OK" if not errors else "FAIL"
        print(f"{status:4}  {stem}  raw={n_raw} gold={n_gold} furniture={share:.0f}%")
        for e in errors:
            print(f"      - {e}")
        errors_total += len(errors)
    for e in global_errors:
        print(f"FAIL  {e}")
    errors_total += len(global_errors)
    if errors_total:
        print(f"{errors_total} PROBLEM(S)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
