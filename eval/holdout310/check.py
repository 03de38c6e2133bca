#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_text(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not valid UTF-8 ({e})")
        return data, None
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    if b"\r" in data:
        errors.append(f"{os.path.basename(path)}: contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: ends with a blank line")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def check_families(stem, fams, errors):
    parts = fams.split("-")
    if parts == ["negative"]:
        return True
    if "negative" in parts:
        errors.append(f"{stem}: 'negative' combined with other families")
        return False
    bad = [p for p in parts if p not in CANON]
    if bad:
        errors.append(f"{stem}: unknown famil{'y' if len(bad) == 1 else 'ies'} {bad}")
        return False
    if len(set(parts)) != len(parts):
        errors.append(f"{stem}: duplicated family in name")
    idx = [CANON.index(p) for p in parts]
    if idx != sorted(idx):
        want = "-".join(sorted(parts, key=CANON.index))
        errors.append(f"{stem}: families not in canonical order (expected {want})")
    return False


def check_gold(stem, raw, gold, errors):
    """Gold must equal raw minus some non-blank lines, with blank runs collapsed and trimmed."""
    if gold and gold[0] == "":
        errors.append(f"{stem}: gold has a leading blank line")
    if gold and gold[-1] == "":
        errors.append(f"{stem}: gold has a trailing blank line")
    for i in range(1, len(gold)):
        if gold[i] == "" and gold[i - 1] == "":
            errors.append(f"{stem}: gold has consecutive blank lines at line {i + 1}")
            break
    for i, g in enumerate(gold):
        if g != "" and not g.strip():
            errors.append(f"{stem}: gold line {i + 1} is whitespace-only but not empty")
    # greedy subsequence match of gold lines against raw lines
    pos = 0
    matched = []  # (gold index, raw index) for non-blank gold lines
    for gi, g in enumerate(gold):
        if g == "":
            continue
        while pos < len(raw) and raw[pos] != g:
            pos += 1
        if pos == len(raw):
            errors.append(f"{stem}: gold line {gi + 1} not found in raw (in order): {g[:70]!r}")
            return
        matched.append((gi, pos))
        pos += 1
    # blank lines in gold must sit exactly where raw had blank lines between kept lines
    for (g1, r1), (g2, r2) in zip(matched, matched[1:]):
        gold_blank = g2 - g1 == 2 and gold[g1 + 1] == ""
        if g2 - g1 > 2:
            errors.append(f"{stem}: unexpected lines between gold lines {g1 + 1} and {g2 + 1}")
        raw_blank = any(raw[k].strip() == "" for k in range(r1 + 1, r2))
        if gold_blank != raw_blank:
            what = "missing" if raw_blank else "extra"
            errors.append(f"{stem}: {what} blank line in gold between gold lines {g1 + 1} and {g2 + 1}")


def main():
    errors = []
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            errors.append(f"{g}: gold without raw file")
    numbers = {}
    line_owner = {}
    report = []
    for r in raws:
        m = NAME_RE.match(r)
        stem = r[:-4]
        if not m:
            errors.append(f"{r}: file name does not match NNN_<lang>_<families>.txt")
            continue
        num, lang, fams = m.groups()
        if num in numbers:
            errors.append(f"{r}: number {num} already used by {numbers[num]}")
        numbers[num] = r
        negative = check_families(stem, fams, errors)
        gold_name = stem + ".gold.txt"
        if gold_name not in golds:
            errors.append(f"{r}: missing {gold_name}")
            continue
        raw_bytes, raw = read_text(os.path.join(HERE, r), errors)
        gold_bytes, gold = read_text(os.path.join(HERE, gold_name), errors)
        if raw is None or gold is None:
            continue
        if not any(l.strip() for l in raw):
            errors.append(f"{r}: raw file is empty")
        if negative:
            if raw_bytes != gold_bytes:
                errors.append(f"{stem}: negative but gold is not byte-identical to raw")
        else:
            if raw_bytes == gold_bytes:
                errors.append(f"{stem}: positive but gold is identical to raw (nothing deleted)")
        check_gold(stem, raw, gold, errors)
        for line in set(l.strip() for l in raw if l.strip()):
            if len(line) > 3:
                owner = line_owner.get(line)
                if owner and owner != stem:
                    errors.append(f"{stem}: line also used in {owner}: {line[:70]!r}")
                else:
                    line_owner[line] = stem
        nb_raw = sum(1 for l in raw if l.strip())
        nb_gold = sum(1 for l in gold if l.strip())
        share = (nb_raw - nb_gold) / nb_raw if nb_raw else 0
        report.append(f"{stem}: raw {nb_raw} non-blank lines, gold {nb_gold}, "
                      f"furniture {nb_raw - nb_gold} ({share:.0%})")
    for line in report:
        print(line)
    if errors:
        print()
        for e in errors:
            print("ERROR", e)
        print(f"FAILED ({len(errors)} problem{'s' if len(errors) != 1 else ''})")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
