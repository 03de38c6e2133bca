#!/usr/bin/env python3
"""Validate the blind news-boilerplate evaluation set in this directory.

Checks, per pair (NNN_<lang>_<families>.txt + NNN_<lang>_<families>.gold.txt):
  * both files exist, decode as UTF-8, use LF line endings only, end with one newline;
  * the name is well formed, the language code is known, every family is valid,
    families are unique and in canonical order ("negative" stands alone);
  * the raw file has no leading blank line and no run of two or more blank lines;
  * gold has no leading/trailing blank lines and no run of blank lines;
  * gold lines are an ordered subsequence of raw lines, and gold is exactly what
    you get by deleting the unmatched non-blank raw lines and collapsing the blank
    runs that the deletions leave behind;
  * negatives: gold is byte-identical to raw; positives: at least one line deleted
    and furniture is 30-55 % of the raw non-blank lines;
Across the set:
  * no non-blank line longer than 3 characters (after stripping) appears in more
    than one pair (a gold file naturally repeats lines of its own raw file);
  * numbers NNN are unique.
Prints one line per pair and "ALL OK" at the end; exits 1 on any error.
Standard library only.
"""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")
MIN_RATIO, MAX_RATIO = 0.30, 0.55

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    with open(path, "rb") as fh:
        data = fh.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({exc})")
        return data, []
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    elif text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: ends with a blank line")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def blank(line):
    return line.strip() == ""


def collapse(lines):
    out = []
    for line in lines:
        if blank(line) and (not out or blank(out[-1])):
            continue
        out.append(line)
    while out and blank(out[-1]):
        out.pop()
    return out


def check_pair(stem, raw_path, gold_path, errors):
    fam_field = NAME_RE.match(os.path.basename(raw_path)).group(3)
    raw_bytes, raw = read_lines(raw_path, errors)
    gold_bytes, gold = read_lines(gold_path, errors)

    # raw layout
    if raw and blank(raw[0]):
        errors.append(f"{stem}: raw starts with a blank line")
    for i in range(1, len(raw)):
        if blank(raw[i]) and blank(raw[i - 1]):
            errors.append(f"{stem}: raw has consecutive blank lines at line {i + 1}")
            break

    # gold layout
    if gold and (blank(gold[0]) or blank(gold[-1])):
        errors.append(f"{stem}: gold has a leading or trailing blank line")
    for i in range(1, len(gold)):
        if blank(gold[i]) and blank(gold[i - 1]):
            errors.append(f"{stem}: gold has an uncollapsed blank run at line {i + 1}")
            break

    # ordered subsequence (all lines, blanks included)
    j = 0
    for line in gold:
        while j < len(raw) and raw[j] != line:
            j += 1
        if j == len(raw):
            errors.append(f"{stem}: gold line not found in order in raw: {line[:70]!r}")
            break
        j += 1

    # exact reconstruction from the non-blank lines that were kept
    kept = [l for l in gold if not blank(l)]
    keep_idx = set()
    k = 0
    for idx, line in enumerate(raw):
        if k < len(kept) and not blank(line) and line == kept[k]:
            keep_idx.add(idx)
            k += 1
    if k != len(kept):
        errors.append(f"{stem}: gold non-blank lines are not a subsequence of raw")
    expected = collapse([l for idx, l in enumerate(raw) if blank(l) or idx in keep_idx])
    if expected != gold:
        errors.append(f"{stem}: gold differs from raw-minus-deletions with blank runs collapsed")

    raw_nb = [l for l in raw if not blank(l)]
    deleted = len(raw_nb) - len(kept)
    ratio = deleted / len(raw_nb) if raw_nb else 0.0

    if fam_field == "negative":
        if raw_bytes != gold_bytes:
            errors.append(f"{stem}: negative but gold is not byte-identical to raw")
    else:
        if deleted == 0:
            errors.append(f"{stem}: positive but nothing was deleted")
        if not (MIN_RATIO <= ratio <= MAX_RATIO):
            errors.append(f"{stem}: furniture ratio {ratio:.0%} outside "
                          f"{MIN_RATIO:.0%}-{MAX_RATIO:.0%}")
    return raw, len(raw_nb), deleted, ratio


def check_families(stem, field, errors):
    if field == "negative":
        return
    fams = field.split("-")
    bad = [f for f in fams if f not in CANON]
    if bad:
        errors.append(f"{stem}: unknown famil{'y' if len(bad) == 1 else 'ies'} {bad}")
        return
    if len(set(fams)) != len(fams):
        errors.append(f"{stem}: duplicate family in name")
    if [CANON.index(f) for f in fams] != sorted(CANON.index(f) for f in fams):
        errors.append(f"{stem}: families not in canonical order")


def main():
    errors = []
    names = sorted(os.listdir(HERE))
    raws = [n for n in names if n.endswith(".txt") and not n.endswith(".gold.txt")]
    golds = [n for n in names if n.endswith(".gold.txt")]

    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            errors.append(f"{g}: gold file without raw file")

    seen_numbers = {}
    line_owner = {}
    report = []
    for r in raws:
        stem = r[:-4]
        m = NAME_RE.match(r)
        if not m:
            errors.append(f"{r}: badly formed file name")
            continue
        num, lang, fam_field = m.groups()
        if lang not in LANGS:
            errors.append(f"{stem}: unknown language code {lang!r}")
        if num in seen_numbers:
            errors.append(f"{stem}: number {num} also used by {seen_numbers[num]}")
        seen_numbers[num] = stem
        check_families(stem, fam_field, errors)
        gold = stem + ".gold.txt"
        if gold not in golds:
            errors.append(f"{stem}: missing gold file")
            continue
        n_err = len(errors)
        raw_lines, n_nb, deleted, ratio = check_pair(
            stem, os.path.join(HERE, r), os.path.join(HERE, gold), errors)
        # cross-pair uniqueness
        for line in set(raw_lines):
            key = line.strip()
            if len(key) <= 3:
                continue
            if key in line_owner and line_owner[key] != stem:
                errors.append(f"{stem}: line also used in {line_owner[key]}: {key[:60]!r}")
            else:
                line_owner[key] = stem
        status = "OK  " if len(errors) == n_err else "FAIL"
        kind = "negative" if fam_field == "negative" else f"furniture {deleted}/{n_nb} ({ratio:.0%})"
        report.append(f"{status} {stem}: {n_nb} non-blank raw lines, {kind}")

    for line in report:
        print(line)
    if errors:
        print()
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
