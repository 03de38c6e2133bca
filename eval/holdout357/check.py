#!/usr/bin/env python3
"""Validate the blind news-boilerplate evaluation set in this directory.

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, are UTF-8, use LF line endings and end with one final newline;
  * the file name is well formed, family names are valid, unique and in canonical order,
    and 'negative' stands alone;
  * the gold is an ordered subsequence of the raw lines (byte-identical lines);
  * the gold has no leading/trailing blank lines and no runs of blank lines, and it equals
    the raw with the deleted lines removed and blank runs collapsed;
  * negatives are byte-identical to their raw file; positives delete at least one line;
Across the set:
  * no non-blank line longer than 3 characters (compared case-insensitively, whitespace
    stripped) appears in more than one pair.
Prints one line per pair and 'ALL OK' at the end (exit code 0), or the problems (exit 1).
Standard library only.
"""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    with open(path, "rb") as fh:
        data = fh.read()
    name = os.path.basename(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{name}: not UTF-8 ({exc})")
        return None, data
    if "\r" in text:
        errors.append(f"{name}: contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        errors.append(f"{name}: missing final newline")
    elif text.endswith("\n\n"):
        errors.append(f"{name}: more than one newline at end of file")
    if text.startswith("\ufeff"):
        errors.append(f"{name}: starts with a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def is_blank(line):
    return line.strip() == ""


def check_families(stem_fams, name, errors):
    fams = stem_fams.split("-")
    if fams == ["negative"]:
        return True
    if "negative" in fams:
        errors.append(f"{name}: 'negative' must stand alone")
        return False
    for fam in fams:
        if fam not in CANON:
            errors.append(f"{name}: unknown family '{fam}'")
            return False
    if len(set(fams)) != len(fams):
        errors.append(f"{name}: duplicated family")
    idx = [CANON.index(f) for f in fams]
    if idx != sorted(idx):
        errors.append(f"{name}: families not in canonical order")
    return False


def subsequence_positions(gold, raw):
    """Greedy match of gold lines in raw; returns matched raw indices or None."""
    pos = []
    j = 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        pos.append(j)
        j += 1
    return pos


def collapse(lines):
    out = []
    for line in lines:
        if is_blank(line) and (not out or is_blank(out[-1])):
            continue
        out.append(line)
    while out and is_blank(out[-1]):
        out.pop()
    return out


def main():
    errors_total = 0
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    seen_line = {}  # normalised line -> set of pair ids
    numbers = {}
    for g in golds:
        if g[: -len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold without raw file")
            errors_total += 1
    for raw_name in raws:
        errors = []
        m = NAME_RE.match(raw_name)
        stem = raw_name[:-4]
        if not m:
            print(f"FAIL {raw_name}: bad file name")
            errors_total += 1
            continue
        num, lang, fams = m.groups()
        if lang not in LANGS:
            errors.append(f"{raw_name}: unknown language code '{lang}'")
        if num in numbers:
            errors.append(f"{raw_name}: number {num} also used by {numbers[num]}")
        numbers[num] = raw_name
        negative = check_families(fams, raw_name, errors)
        gold_name = stem + ".gold.txt"
        if gold_name not in golds:
            errors.append(f"{raw_name}: gold file missing")
            for e in errors:
                print("FAIL", e)
            errors_total += len(errors)
            continue
        raw, raw_bytes = read_lines(os.path.join(HERE, raw_name), errors)
        gold, gold_bytes = read_lines(os.path.join(HERE, gold_name), errors)
        if raw is None or gold is None:
            for e in errors:
                print("FAIL", e)
            errors_total += len(errors)
            continue
        for label, lines in (("raw", raw), ("gold", gold)):
            if lines and (is_blank(lines[0]) or is_blank(lines[-1])):
                errors.append(f"{stem}: {label} has a leading or trailing blank line")
            for i, line in enumerate(lines, 1):
                if line != line.rstrip():
                    errors.append(f"{stem}: {label} line {i} has trailing whitespace")
        for i in range(1, len(gold)):
            if is_blank(gold[i]) and is_blank(gold[i - 1]):
                errors.append(f"{stem}: gold has a run of blank lines at line {i + 1}")
                break
        pos = subsequence_positions(gold, raw)
        if pos is None:
            errors.append(f"{stem}: gold is not an ordered subsequence of raw")
        deleted = 0
        if pos is not None:
            # Reconstruct: keep all non-blank raw lines that the gold matched, keep raw blanks,
            # then collapse; must equal the gold exactly.
            kept_nonblank = {p for p, g in zip(pos, gold) if not is_blank(g)}
            rebuilt = [l for i, l in enumerate(raw) if is_blank(l) or i in kept_nonblank]
            if collapse(rebuilt) != gold:
                errors.append(f"{stem}: gold differs from raw-minus-deletions with blank runs collapsed")
            deleted = sum(1 for i, l in enumerate(raw) if not is_blank(l) and i not in kept_nonblank)
        nonblank = sum(1 for l in raw if not is_blank(l))
        if negative:
            if raw_bytes != gold_bytes:
                errors.append(f"{stem}: negative but gold is not byte-identical to raw")
        else:
            if deleted == 0:
                errors.append(f"{stem}: positive but no line is deleted")
        for line in raw:
            key = line.strip()
            if len(key) > 3:
                seen_line.setdefault(key.casefold(), set()).add(num)
        if errors:
            for e in errors:
                print("FAIL", e)
            errors_total += len(errors)
        else:
            share = deleted / nonblank if nonblank else 0
            kind = "negative" if negative else "positive"
            print(f"ok   {stem}: {kind}, {nonblank} non-blank raw lines, "
                  f"{deleted} deleted ({share:.0%})")
    for key, nums in sorted(seen_line.items()):
        if len(nums) > 1:
            print(f"FAIL line used in pairs {', '.join(sorted(nums))}: {key[:70]!r}")
            errors_total += 1
    if not raws:
        print("FAIL no pairs found")
        errors_total += 1
    if errors_total:
        print(f"{errors_total} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
