#!/usr/bin/env python3
"""Validate the blind news-boilerplate evaluation set in this directory.

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, are UTF-8, use LF line endings and end with exactly one newline;
  * the file name is well formed, the families are valid, unique and in canonical order
    (or the single word "negative");
  * the gold is an ordered subsequence of the raw lines (byte-identical lines);
  * the gold has no leading/trailing blank lines and no runs of blank lines;
  * negatives: gold is byte-identical to raw; positives: at least one line was removed
    and furniture makes up 30-55 % of the raw file's non-blank lines;
  * across the whole set, no non-blank line longer than 3 characters occurs in more
    than one pair.
Prints one line per pair and "ALL OK" at the end (exit status 1 on any error).
Standard library only.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
MIN_FURN, MAX_FURN = 0.30, 0.55

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return data, None
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: starts with a BOM")
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters (need LF only)")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    elif text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: ends with a blank line")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(gold, raw):
    i = 0
    for line in raw:
        if i < len(gold) and gold[i] == line:
            i += 1
    return i == len(gold), i


def main():
    all_errors = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    for g in sorted(golds):
        if g[: -len(".gold.txt")] + ".txt" not in raws:
            all_errors.append(f"{g}: gold file without raw file")

    line_owner = defaultdict(set)
    numbers = []
    for raw_name in raws:
        errors = []
        base = raw_name[:-4]
        gold_name = base + ".gold.txt"
        m = NAME_RE.match(raw_name)
        fams = []
        negative = False
        if not m:
            errors.append("bad file name")
        else:
            numbers.append(int(m.group(1)))
            if m.group(2) not in LANGS:
                errors.append(f"unknown language code {m.group(2)!r}")
            fams = m.group(3).split("-")
            if fams == ["negative"]:
                negative = True
            else:
                bad = [x for x in fams if x not in CANON]
                if bad:
                    errors.append(f"unknown families {bad}")
                elif len(set(fams)) != len(fams):
                    errors.append("duplicate family in name")
                elif fams != sorted(fams, key=CANON.index):
                    errors.append("families not in canonical order")
        if gold_name not in golds:
            errors.append("missing gold file")
            all_errors += [f"{raw_name}: {e}" for e in errors]
            print(f"FAIL {base}")
            continue

        raw_bytes, raw = read_lines(os.path.join(HERE, raw_name), errors)
        gold_bytes, gold = read_lines(os.path.join(HERE, gold_name), errors)
        ratio_txt = ""
        if raw is not None and gold is not None:
            ok, upto = is_subsequence(gold, raw)
            if not ok:
                errors.append(f"gold is not an ordered subsequence of raw "
                              f"(first unmatched gold line {upto + 1}: {gold[upto][:60]!r})")
            if gold and gold[0].strip() == "":
                errors.append("gold starts with a blank line")
            if gold and gold[-1].strip() == "":
                errors.append("gold ends with a blank line")
            for i in range(1, len(gold)):
                if gold[i].strip() == "" and gold[i - 1].strip() == "":
                    errors.append(f"gold has a run of blank lines at line {i + 1}")
                    break
            for i, line in enumerate(gold):
                if line != line.rstrip() and line.strip():
                    errors.append(f"gold line {i + 1} has trailing whitespace")
                    break
            raw_nb = [l for l in raw if l.strip()]
            gold_nb = [l for l in gold if l.strip()]
            if negative:
                if raw_bytes != gold_bytes:
                    errors.append("negative but gold differs from raw")
            else:
                if raw_bytes == gold_bytes:
                    errors.append("positive but gold is identical to raw")
                if raw_nb:
                    ratio = (len(raw_nb) - len(gold_nb)) / len(raw_nb)
                    ratio_txt = f"furniture {len(raw_nb) - len(gold_nb)}/{len(raw_nb)} = {ratio:.0%}"
                    if not (MIN_FURN <= ratio <= MAX_FURN):
                        errors.append(f"furniture share {ratio:.0%} outside "
                                      f"{MIN_FURN:.0%}-{MAX_FURN:.0%}")
            for line in raw:
                key = line.strip().casefold()
                if len(key) > 3:
                    line_owner[key].add(base)
        status = "OK  " if not errors else "FAIL"
        kind = "negative" if negative else f"{len(fams)} families"
        print(f"{status} {base}  [{kind}] {ratio_txt}".rstrip())
        all_errors += [f"{raw_name}: {e}" for e in errors]

    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        all_errors.append(f"file numbers are not 001..{len(numbers):03d} without gaps/duplicates")
    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            all_errors.append(f"line used in {len(owners)} files ({', '.join(sorted(owners))}): {line[:70]!r}")

    if all_errors:
        print()
        for e in all_errors:
            print("ERROR", e)
        print(f"{len(all_errors)} error(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
