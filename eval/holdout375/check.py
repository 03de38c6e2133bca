#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, per pair:
  * raw and gold both exist, are UTF-8, use LF line endings and end with a newline;
  * the file name is NNN_<lang>_<families>.txt with valid families in canonical
    order (or the single word 'negative');
  * gold is an ordered subsequence of the raw lines (blank gold lines must match
    blank raw lines);
  * gold has no runs of blank lines and no leading or trailing blank lines;
  * negatives are byte-identical to their raw file; positives differ from it;
Across the set:
  * no non-blank line longer than 3 characters appears in more than one pair.
Prints one line per pair and 'ALL OK' at the end (exit status 1 on failure).
"""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({exc})")
        return data, []
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(gold, raw):
    """Return None if gold is an ordered subsequence of raw, else the first gold index that fails."""
    j = 0
    for i, line in enumerate(gold):
        while j < len(raw) and raw[j] != line:
            j += 1
        if j == len(raw):
            return i
        j += 1
    return None


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    failures = 0
    seen = {}          # line -> pair name where first seen
    dup_errors = {}    # pair name -> list of messages

    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold file without raw file")
            failures += 1

    results = []
    for r in raws:
        stem = r[:-len(".txt")]
        errors = []
        m = NAME_RE.match(r)
        families = []
        if not m:
            errors.append("file name does not match NNN_<lang>_<families>.txt")
        else:
            fam_part = m.group(3)
            if fam_part == "negative":
                families = ["negative"]
            else:
                families = fam_part.split("-")
                bad = [f for f in families if f not in FAMILIES]
                if bad:
                    errors.append(f"unknown families: {', '.join(bad)}")
                else:
                    idx = [FAMILIES.index(f) for f in families]
                    if idx != sorted(set(idx)):
                        errors.append("families not in canonical order or repeated")
        gold_name = stem + ".gold.txt"
        if gold_name not in golds:
            errors.append("missing gold file")
            results.append((r, errors, 0, 0))
            continue
        raw_bytes, raw_lines = read_lines(os.path.join(HERE, r), errors)
        gold_bytes, gold_lines = read_lines(os.path.join(HERE, gold_name), errors)

        if raw_lines and raw_lines[0].strip() == "":
            errors.append("raw starts with a blank line")
        if gold_lines and (gold_lines[0].strip() == "" or gold_lines[-1].strip() == ""):
            errors.append("gold has leading or trailing blank line")
        for k in range(1, len(gold_lines)):
            if gold_lines[k].strip() == "" and gold_lines[k - 1].strip() == "":
                errors.append(f"gold has a run of blank lines at line {k + 1}")
                break
        bad_idx = is_subsequence(gold_lines, raw_lines)
        if bad_idx is not None:
            errors.append(f"gold line {bad_idx + 1} is not in order in raw: {gold_lines[bad_idx][:60]!r}")

        if families == ["negative"]:
            if raw_bytes != gold_bytes:
                errors.append("negative but gold differs from raw")
        elif raw_bytes == gold_bytes:
            errors.append("positive but gold is identical to raw")

        for line in set(raw_lines) | set(gold_lines):
            key = line.strip()
            if len(key) <= 3:
                continue
            if key in seen and seen[key] != stem:
                msg = f"line also used in {seen[key]}: {key[:60]!r}"
                dup_errors.setdefault(stem, []).append(msg)
            else:
                seen.setdefault(key, stem)

        nb_raw = sum(1 for l in raw_lines if l.strip())
        nb_gold = sum(1 for l in gold_lines if l.strip())
        results.append((r, errors, nb_raw, nb_gold))

    for r, errors, nb_raw, nb_gold in results:
        stem = r[:-len(".txt")]
        errors = errors + dup_errors.get(stem, [])
        share = f"{100 * (nb_raw - nb_gold) / nb_raw:.0f}%" if nb_raw else "n/a"
        if errors:
            failures += 1
            print(f"FAIL {stem}")
            for e in errors:
                print(f"     - {e}")
        else:
            print(f"ok   {stem}  (raw {nb_raw} lines, gold {nb_gold}, furniture {share})")

    if not raws:
        print("FAIL: no pairs found")
        failures += 1
    if failures:
        print(f"{failures} problem(s) found")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
