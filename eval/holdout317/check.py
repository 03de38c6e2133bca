#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory.

Checks, per pair:
  * both files exist (NNN_<lang>_<families>.txt and .gold.txt);
  * UTF-8, LF line endings only, final newline, no trailing whitespace damage;
  * family names are valid, unique and in canonical order ('negative' alone for negatives);
  * gold lines are an ordered subsequence of raw lines (byte-identical lines);
  * gold has no leading/trailing blank lines and no runs of blank lines;
  * negatives: gold is byte-identical to raw; positives: gold differs from raw;
  * positives: furniture share of non-blank raw lines is reported (and must be 30-55%).
Across the set:
  * no non-blank line longer than 3 characters appears in more than one pair.
Prints one line per pair and 'ALL OK' at the end (exit status 0), else 'FAILED' (exit 1).
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    with open(path, "rb") as fh:
        data = fh.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"not UTF-8 ({exc})")
        return None
    if "\r" in text:
        errors.append("contains CR characters (line endings must be LF)")
    if text.startswith("\ufeff"):
        errors.append("starts with a BOM")
    if not text.endswith("\n"):
        errors.append("no final newline")
    if text.endswith("\n\n"):
        errors.append("ends with a blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(gold, raw):
    i = 0
    for line in raw:
        if i < len(gold) and gold[i] == line:
            i += 1
    return i == len(gold)


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    ok = True
    seen_nums = {}
    line_owner = defaultdict(set)

    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold file without raw file")
            ok = False

    for raw_name in raws:
        errors = []
        base = raw_name[:-len(".txt")]
        m = NAME_RE.match(raw_name)
        if not m:
            print(f"FAIL {raw_name}: file name does not match NNN_<lang>_<families>.txt")
            ok = False
            continue
        num, lang, famstr = m.groups()
        if num in seen_nums:
            errors.append(f"number {num} also used by {seen_nums[num]}")
        seen_nums[num] = raw_name
        fams = famstr.split("-")
        negative = famstr == "negative"
        if not negative:
            bad = [f for f in fams if f not in CANON]
            if bad:
                errors.append(f"unknown families {bad}")
            elif len(set(fams)) != len(fams):
                errors.append("repeated family name")
            elif fams != sorted(fams, key=CANON.index):
                errors.append("families not in canonical order")
        gold_name = base + ".gold.txt"
        gold_path = os.path.join(HERE, gold_name)
        if not os.path.exists(gold_path):
            print(f"FAIL {base}: gold file missing")
            ok = False
            continue
        raw = read_lines(os.path.join(HERE, raw_name), errors)
        gold = read_lines(gold_path, errors)
        if raw is None or gold is None:
            print(f"FAIL {base}: " + "; ".join(errors))
            ok = False
            continue
        if gold and (gold[0] == "" or gold[-1] == ""):
            errors.append("gold has a leading or trailing blank line")
        if raw and raw[0] == "":
            errors.append("raw has a leading blank line")
        for a, b in zip(gold, gold[1:]):
            if a == "" and b == "":
                errors.append("gold has a run of blank lines")
                break
        if any(l != l.strip() and l.strip() == "" for l in raw + gold):
            errors.append("whitespace-only line (blank lines must be empty)")
        if not is_subsequence(gold, raw):
            errors.append("gold is not an ordered subsequence of raw lines")
        raw_bytes = open(os.path.join(HERE, raw_name), "rb").read()
        gold_bytes = open(gold_path, "rb").read()
        n_raw = sum(1 for l in raw if l.strip())
        n_gold = sum(1 for l in gold if l.strip())
        share = 100.0 * (n_raw - n_gold) / n_raw if n_raw else 0.0
        if negative:
            if raw_bytes != gold_bytes:
                errors.append("negative but gold differs from raw")
        else:
            if raw_bytes == gold_bytes or n_raw == n_gold:
                errors.append("positive but nothing was deleted")
            if not 30.0 <= share <= 55.0:
                errors.append(f"furniture share {share:.0f}% outside 30-55%")
        for l in set(raw) | set(gold):
            s = l.strip()
            if len(s) > 3:
                line_owner[s].add(base)
        status = "FAIL" if errors else "OK  "
        kind = "negative" if negative else f"furniture {n_raw - n_gold}/{n_raw} ({share:.0f}%)"
        msg = f"{status} {base}: raw {n_raw} non-blank, gold {n_gold}, {kind}"
        if errors:
            msg += " -- " + "; ".join(errors)
            ok = False
        print(msg)

    dups = {l: owners for l, owners in line_owner.items() if len(owners) > 1}
    for l, owners in sorted(dups.items()):
        print(f"FAIL duplicate line in {', '.join(sorted(owners))}: {l[:80]!r}")
        ok = False

    if ok:
        print("ALL OK")
        return 0
    print("FAILED")
    return 1


if __name__ == "__main__":
    sys.exit(main())
