#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, per pair (NNN_<lang>_<families>.txt + .gold.txt):
  * both files exist; UTF-8; LF line endings only; final newline
  * file name pattern and family names valid, unique, in canonical order
  * gold lines are an ordered subsequence of raw lines (byte-identical lines)
  * gold has no leading/trailing blank lines and no runs of 2+ blank lines
  * negatives: gold byte-identical to raw; positives: gold shorter than raw
Across pairs:
  * no non-blank line longer than 3 characters appears in more than one pair
Prints one line per pair and "ALL OK" at the end (exit status 1 otherwise).
"""
import os
import re
import sys
from collections import defaultdict

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None, data
    if b"\r" in data:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not data.endswith(b"\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if data.endswith(b"\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: BOM present")
    return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n"), data


def is_subsequence(sub, seq):
    it = iter(seq)
    return all(any(x == y for y in it) for x in sub)


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    all_errors = []
    line_owner = defaultdict(set)
    nums = set()

    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            all_errors.append(f"{g}: gold without raw file")

    for raw_name in raws:
        errors = []
        m = NAME_RE.match(raw_name)
        base = raw_name[:-4]
        gold_name = base + ".gold.txt"
        if not m:
            errors.append("bad file name")
            fams = []
        else:
            num, lang, famstr = m.groups()
            if num in nums:
                errors.append(f"duplicate number {num}")
            nums.add(num)
            if lang not in LANGS:
                errors.append(f"unknown language {lang}")
            fams = famstr.split("-")
            if fams != ["negative"]:
                bad = [f for f in fams if f not in ORDER]
                if bad:
                    errors.append(f"unknown families {bad}")
                elif len(set(fams)) != len(fams):
                    errors.append("duplicate family")
                elif fams != sorted(fams, key=ORDER.index):
                    errors.append("families not in canonical order")
        if gold_name not in golds:
            errors.append("missing gold file")
            all_errors += [f"{raw_name}: {e}" for e in errors]
            print(f"FAIL {base}: " + "; ".join(errors))
            continue

        raw, raw_bytes = read_lines(os.path.join(HERE, raw_name), errors)
        gold, gold_bytes = read_lines(os.path.join(HERE, gold_name), errors)
        if raw is None or gold is None:
            all_errors += [f"{base}: {e}" for e in errors]
            print(f"FAIL {base}: " + "; ".join(errors))
            continue

        negative = fams == ["negative"]
        if negative and raw_bytes != gold_bytes:
            errors.append("negative but gold differs from raw")
        if not negative and raw_bytes == gold_bytes:
            errors.append("positive but gold identical to raw")
        if not is_subsequence(gold, raw):
            errors.append("gold is not an ordered subsequence of raw lines")
        if gold and gold[0].strip() == "":
            errors.append("gold has leading blank line")
        if gold and gold[-1].strip() == "":
            errors.append("gold has trailing blank line")
        for i in range(1, len(gold)):
            if gold[i].strip() == "" and gold[i - 1].strip() == "":
                errors.append(f"gold has blank run at line {i + 1}")
                break
        for ln in raw:
            key = ln.strip()
            if len(key) > 3:
                line_owner[key].add(base)

        nraw = sum(1 for l in raw if l.strip())
        ngold = sum(1 for l in gold if l.strip())
        share = (nraw - ngold) / nraw if nraw else 0
        status = "OK  " if not errors else "FAIL"
        print(f"{status} {base}  raw={nraw} gold={ngold} furniture={share:.0%}"
              + ("" if not errors else "  " + "; ".join(errors)))
        all_errors += [f"{base}: {e}" for e in errors]

    for key, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            msg = f"line used in {len(owners)} pairs ({', '.join(sorted(owners))}): {key[:70]!r}"
            print("FAIL " + msg)
            all_errors.append(msg)

    if all_errors:
        print(f"{len(all_errors)} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
