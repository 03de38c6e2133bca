#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory.

Checks, for every pair NNN_<lang>_<families>.txt / NNN_<lang>_<families>.gold.txt:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the gold is an ordered subsequence of the raw lines (lines byte-identical);
  * the gold has no runs of blank lines and no leading/trailing blank lines;
  * the gold is exactly what you get by deleting some raw lines and collapsing
    the blank runs this leaves (so no raw blank line is dropped for no reason);
  * negatives (families == "negative") have gold byte-identical to raw;
    positives delete at least one line;
  * family names are valid, unique and in canonical order;
  * no non-blank line longer than 3 characters is used in more than one pair.
Prints one line per pair and "ALL OK" at the end; exits 1 on any failure.
Standard library only.
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
GOLD_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.gold\.txt$")


def read(path, errors):
    with open(path, "rb") as fh:
        data = fh.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({exc})")
        return data, None
    if b"\r" in data:
        errors.append(f"{os.path.basename(path)}: contains CR characters (must be LF only)")
    if not data.endswith(b"\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if data.endswith(b"\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: starts with a BOM")
    return data, text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")


def subsequence_indices(raw, gold):
    """Greedy match of gold lines into raw; returns matched raw indices or None."""
    idx = []
    j = 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j)
        j += 1
    return idx


def collapse(lines):
    out = []
    for line in lines:
        if line.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(line)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def check_families(fams, errors, stem):
    if fams == "negative":
        return []
    parts = fams.split("-")
    bad = [p for p in parts if p not in FAMILIES]
    if bad:
        errors.append(f"{stem}: unknown families {bad}")
        return parts
    if len(set(parts)) != len(parts):
        errors.append(f"{stem}: duplicated family names")
    order = [FAMILIES.index(p) for p in parts]
    if order != sorted(order):
        errors.append(f"{stem}: families not in canonical order")
    return parts


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    names = sorted(os.listdir(here))
    raws = {}
    golds = {}
    problems = []
    for n in names:
        if n.endswith(".gold.txt"):
            m = GOLD_RE.match(n)
            if not m:
                problems.append(f"{n}: bad gold file name")
                continue
            golds[n[: -len(".gold.txt")]] = n
        elif n.endswith(".txt"):
            m = NAME_RE.match(n)
            if not m:
                problems.append(f"{n}: bad raw file name")
                continue
            raws[n[: -len(".txt")]] = n
    for stem in sorted(set(raws) - set(golds)):
        problems.append(f"{stem}: gold file missing")
        check_families(stem.split("_", 2)[2], problems, stem)
    for stem in sorted(set(golds) - set(raws)):
        problems.append(f"{stem}: raw file missing")
        check_families(stem.split("_", 2)[2], problems, stem)

    numbers = defaultdict(list)
    line_owner = defaultdict(set)
    all_ok = not problems
    for stem in sorted(set(raws) & set(golds)):
        errors = []
        num, lang, fams = NAME_RE.match(raws[stem]).groups()
        numbers[num].append(stem)
        if lang not in LANGS:
            errors.append(f"{stem}: unknown language code {lang}")
        check_families(fams, errors, stem)
        raw_bytes, raw = read(os.path.join(here, raws[stem]), errors)
        gold_bytes, gold = read(os.path.join(here, golds[stem]), errors)
        deleted = 0
        ratio = 0.0
        if raw is not None and gold is not None:
            if raw and raw[0].strip() == "":
                errors.append(f"{stem}: raw starts with a blank line")
            if not gold or gold[0].strip() == "" or gold[-1].strip() == "":
                errors.append(f"{stem}: gold has leading/trailing blank lines or is empty")
            for a, b in zip(gold, gold[1:]):
                if a.strip() == "" and b.strip() == "":
                    errors.append(f"{stem}: gold has a run of blank lines")
                    break
            idx = subsequence_indices(raw, gold)
            if idx is None:
                errors.append(f"{stem}: gold is not an ordered subsequence of raw lines")
            else:
                kept_nonblank = {i for i in idx if raw[i].strip()}
                deleted_idx = [i for i, l in enumerate(raw) if l.strip() and i not in kept_nonblank]
                deleted = len(deleted_idx)
                rebuilt = collapse([l for i, l in enumerate(raw)
                                    if not l.strip() or i in kept_nonblank])
                while rebuilt and rebuilt[0].strip() == "":
                    rebuilt.pop(0)
                if rebuilt != gold:
                    errors.append(f"{stem}: gold differs from raw-minus-deletions with blank runs collapsed")
                nonblank = sum(1 for l in raw if l.strip())
                ratio = deleted / nonblank if nonblank else 0.0
            if fams == "negative":
                if raw_bytes != gold_bytes:
                    errors.append(f"{stem}: negative gold is not byte-identical to raw")
            elif deleted == 0:
                errors.append(f"{stem}: positive pair deletes nothing")
            for l in raw:
                s = l.strip()
                if len(s) > 3:
                    line_owner[s].add(stem)
        if errors:
            all_ok = False
            for e in errors:
                print("FAIL", e)
        else:
            print(f"OK   {stem}  raw={len(raw)} gold={len(gold)} deleted={deleted} furniture={ratio:.0%}")
    for num, stems in sorted(numbers.items()):
        if len(stems) > 1:
            all_ok = False
            print(f"FAIL number {num} used by {stems}")
    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            all_ok = False
            print(f"FAIL line used in {len(owners)} files {sorted(owners)}: {line[:80]!r}")
    for p in problems:
        print("FAIL", p)
    if all_ok:
        print("ALL OK")
        return 0
    print("FAILED")
    return 1


if __name__ == "__main__":
    sys.exit(main())
