#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist;
  * file name well formed; family names valid, unique and in canonical order,
    or the single word "negative";
  * both files are UTF-8, LF-only, end with exactly one final newline, contain
    no whitespace-only lines;
  * gold is an ordered subsequence of raw lines (byte-identical lines);
  * gold equals raw with the deleted lines removed, blank runs collapsed to one
    and leading/trailing blank lines stripped;
  * negatives: gold byte-identical to raw; positives: at least one line deleted
    and the furniture share of non-blank raw lines is within 30-55 %.
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair;
  * pair numbers are unique.
Prints one line per pair and "ALL OK" at the end (exit status 1 otherwise).
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership paywall "
         "comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)$")
MIN_SHARE, MAX_SHARE = 0.30, 0.55

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({exc})")
        return None, data
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: starts with a BOM")
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters (need LF line endings)")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    elif text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line(s)")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for i, ln in enumerate(lines, 1):
        if ln != "" and ln.strip() == "":
            errors.append(f"{os.path.basename(path)}:{i}: whitespace-only line")
    if lines and lines[0] == "":
        errors.append(f"{os.path.basename(path)}: leading blank line")
    return lines, data


def collapse(lines):
    out = []
    for ln in lines:
        if ln == "" and (not out or out[-1] == ""):
            continue
        out.append(ln)
    while out and out[-1] == "":
        out.pop()
    return out


def match_gold(raw, gold):
    """Greedy match of gold's non-blank lines onto raw. Returns kept-index set or None."""
    kept = set()
    j = 0
    for g in gold:
        if g == "":
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        kept.add(j)
        j += 1
    return kept


def is_subsequence(raw, gold):
    j = 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return False
        j += 1
    return True


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = {f[:-4] for f in files if not f.endswith(".gold.txt")}
    golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
    global_errors = []
    for stem in sorted(golds - raws):
        global_errors.append(f"{stem}.gold.txt has no raw file")
    numbers = defaultdict(list)
    line_owner = defaultdict(set)
    all_ok = True

    for stem in sorted(raws):
        errors = []
        m = NAME_RE.match(stem)
        fams = []
        negative = False
        if not m:
            errors.append("bad file name (want NNN_<lang>_<families>)")
        else:
            numbers[m.group(1)].append(stem)
            famstr = m.group(3)
            if famstr == "negative":
                negative = True
            else:
                fams = famstr.split("-")
                bad = [f for f in fams if f not in CANON]
                if bad:
                    errors.append(f"unknown families: {', '.join(bad)}")
                elif len(set(fams)) != len(fams):
                    errors.append("duplicate family names")
                elif fams != sorted(fams, key=CANON.index):
                    errors.append("families not in canonical order")
        if stem not in golds:
            errors.append("gold file missing")
            print(f"FAIL {stem}: " + "; ".join(errors))
            all_ok = False
            continue
        raw, raw_bytes = read_lines(os.path.join(HERE, stem + ".txt"), errors)
        gold, gold_bytes = read_lines(os.path.join(HERE, stem + ".gold.txt"), errors)
        share = 0.0
        if raw is not None and gold is not None:
            if gold and gold[0] == "":
                errors.append("gold has a leading blank line")
            if any(a == "" and b == "" for a, b in zip(gold, gold[1:])):
                errors.append("gold has an uncollapsed run of blank lines")
            if not is_subsequence(raw, gold):
                errors.append("gold is not an ordered subsequence of raw")
            kept = match_gold(raw, gold)
            if kept is None:
                errors.append("gold lines cannot be matched onto raw")
            else:
                expected = collapse([ln for i, ln in enumerate(raw) if ln == "" or i in kept])
                while expected and expected[0] == "":
                    expected.pop(0)
                if expected != gold:
                    errors.append("gold differs from raw-minus-deletions with blank runs collapsed")
                nonblank = [i for i, ln in enumerate(raw) if ln != ""]
                deleted = [i for i in nonblank if i not in kept]
                share = len(deleted) / len(nonblank) if nonblank else 0.0
                if negative:
                    if raw_bytes != gold_bytes:
                        errors.append("negative pair: gold is not byte-identical to raw")
                else:
                    if not deleted:
                        errors.append("positive pair deletes nothing")
                    elif not (MIN_SHARE <= share <= MAX_SHARE):
                        errors.append(f"furniture share {share:.0%} outside {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
            for ln in raw:
                key = ln.strip()
                if len(key) > 3:
                    line_owner[key].add(stem)
        if errors:
            all_ok = False
            print(f"FAIL {stem}: " + "; ".join(errors))
        else:
            kind = "negative" if negative else f"{len(fams)} families, furniture {share:.0%}"
            print(f"ok   {stem}: {len(raw)} raw lines, {len(gold)} gold lines, {kind}")

    for num, stems in sorted(numbers.items()):
        if len(stems) > 1:
            global_errors.append(f"number {num} used by several pairs: {', '.join(stems)}")
    for key, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            global_errors.append(f"line used in {len(owners)} pairs ({', '.join(sorted(o[:6] for o in owners))}): {key[:70]!r}")
    if not raws:
        global_errors.append("no pairs found")
    for e in global_errors:
        print(f"FAIL {e}")
    if all_ok and not global_errors:
        print("ALL OK")
        return 0
    print(f"FAILED ({len(global_errors)} set-level problems)")
    return 1


if __name__ == "__main__":
    sys.exit(main())
