#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, are UTF-8, use LF line endings and end with a single final newline
  * file name: three-digit number, known language, families valid, unique and in canonical order,
    or the single word 'negative'
  * gold is an ordered subsequence of the raw lines, and equals the raw text with the unmatched
    lines deleted, blank runs collapsed to one and leading/trailing blanks removed
  * gold has no double blank lines and no leading/trailing blank lines
  * negatives: gold byte-identical to raw; positives: at least one line deleted
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair
Prints one line per pair and 'ALL OK' at the end (exit status 1 on any error).
"""
import os
import re
import sys
from collections import defaultdict

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)(\.gold)?\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{name}: not valid UTF-8 ({e})")
        return None, data
    if "\r" in text:
        errors.append(f"{name}: contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        errors.append(f"{name}: missing final newline")
    elif text.endswith("\n\n"):
        errors.append(f"{name}: trailing blank line(s) at end of file")
    if text.startswith("\ufeff"):
        errors.append(f"{name}: starts with a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def collapse(lines):
    out = []
    for ln in lines:
        if ln.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(ln)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def family_errors(fams):
    """Return a list of problems with the <families> part of a file name."""
    errs = []
    fam_list = fams.split("-")
    if fam_list == ["negative"]:
        return errs
    for f in fam_list:
        if f not in ORDER:
            errs.append(f"unknown family '{f}'")
    if len(set(fam_list)) != len(fam_list):
        errs.append("duplicate family in name")
    known = [f for f in fam_list if f in ORDER]
    if known != sorted(known, key=ORDER.index):
        errs.append("families not in canonical order")
    return errs


def check_pair(stem, fams, raw_path, gold_path):
    errors = []
    raw, raw_bytes = read_lines(raw_path, errors)
    gold, gold_bytes = read_lines(gold_path, errors)
    if raw is None or gold is None:
        return errors, 0, 0

    negative = fams == "negative"

    # gold layout
    if gold and gold[0].strip() == "":
        errors.append("gold starts with a blank line")
    if gold and gold[-1].strip() == "":
        errors.append("gold ends with a blank line")
    for i in range(1, len(gold)):
        if gold[i].strip() == "" and gold[i - 1].strip() == "":
            errors.append(f"gold has consecutive blank lines at line {i + 1}")
            break
    if raw and (raw[0].strip() == "" or raw[-1].strip() == ""):
        errors.append("raw starts or ends with a blank line")

    # subsequence: match gold's non-blank lines in order against raw
    keep = [False] * len(raw)
    j = 0
    ok_subseq = True
    for g in gold:
        if g.strip() == "":
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            errors.append(f"gold line not found (in order) in raw: {g[:70]!r}")
            ok_subseq = False
            break
        keep[j] = True
        j += 1
    if ok_subseq:
        rebuilt = collapse([ln for ln, k in zip(raw, keep) if k or ln.strip() == ""])
        while rebuilt and rebuilt[0].strip() == "":
            rebuilt.pop(0)
        if rebuilt != gold:
            errors.append("gold is not raw-minus-deleted-lines with blank runs collapsed "
                          "(blank lines in gold do not match the raw layout)")

    deleted = sum(1 for ln, k in zip(raw, keep) if ln.strip() and not k)
    kept = sum(1 for g in gold if g.strip())
    if negative:
        if raw_bytes != gold_bytes:
            errors.append("negative pair: gold is not byte-identical to raw")
    else:
        if deleted == 0:
            errors.append("positive pair but no line deleted")
    return errors, deleted, kept


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws, golds = {}, {}
    errors_global = []
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            errors_global.append(f"{f}: file name does not match NNN_<lang>_<families>[.gold].txt")
            continue
        num, lang, fams, is_gold = m.groups()
        if lang not in LANGS:
            errors_global.append(f"{f}: unknown language '{lang}'")
        for e in family_errors(fams):
            errors_global.append(f"{f}: {e}")
        stem = f"{num}_{lang}_{fams}"
        (golds if is_gold else raws)[stem] = os.path.join(HERE, f)
    for stem in sorted(set(raws) | set(golds)):
        if stem not in raws:
            errors_global.append(f"{stem}: gold without raw")
        if stem not in golds:
            errors_global.append(f"{stem}: raw without gold")
    nums = defaultdict(list)
    for stem in raws:
        nums[stem[:3]].append(stem)
    for n, stems in nums.items():
        if len(stems) > 1:
            errors_global.append(f"number {n} used by more than one pair: {stems}")

    n_bad = 0
    line_owner = defaultdict(set)
    for stem in sorted(set(raws) & set(golds)):
        fams = stem.split("_", 2)[2]
        errs, deleted, kept = check_pair(stem, fams, raws[stem], golds[stem])
        for path in (raws[stem], golds[stem]):
            try:
                for ln in open(path, encoding="utf-8").read().split("\n"):
                    s = ln.strip()
                    if len(s) > 3:
                        line_owner[s].add(stem)
            except UnicodeDecodeError:
                pass
        total = deleted + kept
        share = f"{deleted}/{total} furniture ({deleted / total:.0%})" if total else "empty"
        if errs:
            n_bad += 1
            print(f"FAIL {stem}: {share}")
            for e in errs:
                print(f"     - {e}")
        else:
            print(f"ok   {stem}: {share}")

    dups = {s: o for s, o in line_owner.items() if len(o) > 1}
    for s, owners in sorted(dups.items()):
        errors_global.append(f"line used in more than one file: {s[:70]!r} in {sorted(owners)}")

    for e in errors_global:
        print(f"ERROR {e}")
    if n_bad or errors_global:
        print(f"FAILED: {n_bad} bad pair(s), {len(errors_global)} set-level error(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
