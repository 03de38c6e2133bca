#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the file name is well formed, family names are valid and in canonical order
    ('negative' stands alone);
  * gold lines are an ordered subsequence of raw lines (byte-identical lines);
  * gold has no leading/trailing blank lines and no runs of blank lines;
  * negatives: gold is byte-identical to raw; positives: gold differs from raw;
  * no non-blank line longer than 3 characters occurs in more than one pair.
Prints one line per pair and 'ALL OK' at the end (exit status 1 on failure).
Standard library only.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({exc})")
        return None, None
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters (need LF only)")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(small, big):
    it = iter(big)
    return all(any(line == cand for cand in it) for line in small)


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    all_errors = []
    line_owner = defaultdict(set)  # stripped line -> set of pair ids
    numbers = defaultdict(list)
    per_pair = []

    for g in golds:
        if g[: -len(".gold.txt")] + ".txt" not in raws:
            all_errors.append(f"{g}: gold file without raw file")

    for raw_name in raws:
        errs = []
        base = raw_name[: -len(".txt")]
        gold_name = base + ".gold.txt"
        m = NAME_RE.match(raw_name)
        negative = False
        if not m:
            errs.append("bad file name (want NNN_<lang>_<families>.txt)")
        else:
            num, lang, fams = m.groups()
            numbers[num].append(raw_name)
            if lang not in LANGS:
                errs.append(f"unknown language code '{lang}'")
            fam_list = fams.split("-")
            if fam_list == ["negative"]:
                negative = True
            else:
                bad = [f for f in fam_list if f not in CANON]
                if bad:
                    errs.append(f"invalid family name(s): {', '.join(bad)}")
                else:
                    idx = [CANON.index(f) for f in fam_list]
                    if idx != sorted(idx) or len(set(idx)) != len(idx):
                        want = "-".join(sorted(set(fam_list), key=CANON.index))
                        errs.append(f"families not in canonical order / duplicated (want {want})")
        if gold_name not in golds:
            errs.append("missing gold file")
            per_pair.append((base, errs, None))
            all_errors.extend(f"{base}: {e}" for e in errs)
            continue

        raw_bytes, raw_lines = read_lines(os.path.join(HERE, raw_name), errs)
        gold_bytes, gold_lines = read_lines(os.path.join(HERE, gold_name), errs)
        if raw_lines is None or gold_lines is None:
            per_pair.append((base, errs, None))
            all_errors.extend(f"{base}: {e}" for e in errs)
            continue

        # gold formatting
        if gold_lines and gold_lines[0].strip() == "":
            errs.append("gold starts with a blank line")
        if gold_lines and gold_lines[-1].strip() == "":
            errs.append("gold ends with a blank line")
        for i in range(1, len(gold_lines)):
            if gold_lines[i].strip() == "" and gold_lines[i - 1].strip() == "":
                errs.append(f"gold has a run of blank lines at line {i + 1}")
                break
        for i, ln in enumerate(gold_lines):
            if ln.strip() == "" and ln != "":
                errs.append(f"gold line {i + 1} is whitespace-only (should be empty)")
                break

        if not is_subsequence(gold_lines, raw_lines):
            errs.append("gold is not an ordered subsequence of raw lines")

        if negative:
            if raw_bytes != gold_bytes:
                errs.append("negative but gold is not byte-identical to raw")
        elif raw_bytes == gold_bytes:
            errs.append("positive but gold is identical to raw (no furniture removed)")

        raw_nb = [l for l in raw_lines if l.strip()]
        gold_nb = [l for l in gold_lines if l.strip()]
        share = (len(raw_nb) - len(gold_nb)) / len(raw_nb) if raw_nb else 0.0

        for ln in set(raw_nb) | set(gold_nb):
            if len(ln.strip()) > 3:
                line_owner[ln.strip()].add(base)

        per_pair.append((base, errs, (len(raw_nb), len(gold_nb), share)))
        all_errors.extend(f"{base}: {e}" for e in errs)

    for num, names in numbers.items():
        if len(names) > 1:
            all_errors.append(f"number {num} used by several pairs: {', '.join(names)}")

    dup_errors = defaultdict(list)
    for ln, owners in line_owner.items():
        if len(owners) > 1:
            for o in owners:
                dup_errors[o].append(ln)
            all_errors.append(f"line used in {len(owners)} pairs ({', '.join(sorted(owners))}): {ln[:80]!r}")

    for base, errs, stats in per_pair:
        problems = errs + [f"shared line: {l[:60]!r}" for l in dup_errors.get(base, [])]
        if stats:
            raw_n, gold_n, share = stats
            info = f"raw {raw_n:3d} non-blank, gold {gold_n:3d}, furniture {share:5.1%}"
        else:
            info = "unreadable"
        status = "OK  " if not problems else "FAIL"
        print(f"{status} {base}  [{info}]")
        for p in problems:
            print(f"       - {p}")

    other = [e for e in all_errors if not any(e.startswith(b + ":") for b, _, _ in per_pair)
             and not e.startswith("line used in")]
    for e in other:
        print(f"FAIL {e}")

    if all_errors:
        print(f"{len(all_errors)} problem(s) found")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
