#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
HERE = os.path.dirname(os.path.abspath(__file__))
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({exc})")
        return data, []
    if b"\r" in data:
        errors.append(f"{os.path.basename(path)}: contains CR characters (need LF only)")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: missing final newline")
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(small, big):
    it = iter(big)
    return all(any(s == b for b in it) for s in small)


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    failed = False
    seen_numbers = {}
    line_owner = {}          # non-blank line -> first pair that used it
    dup_errors = {}          # pair -> list of messages
    results = []

    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold file without a raw file")
            failed = True

    for raw in raws:
        errors = []
        stem = raw[:-4]
        m = NAME_RE.match(raw)
        if not m:
            errors.append("file name does not match NNN_<lang>_<families>.txt")
            fams = []
            lang = None
        else:
            num, lang, famstr = m.groups()
            if num in seen_numbers:
                errors.append(f"number {num} also used by {seen_numbers[num]}")
            seen_numbers[num] = raw
            if lang not in LANGS:
                errors.append(f"unknown language code {lang!r}")
            fams = famstr.split("-")
            if fams != ["negative"]:
                bad = [f for f in fams if f not in ORDER]
                if bad:
                    errors.append(f"unknown families: {', '.join(bad)}")
                elif len(set(fams)) != len(fams):
                    errors.append("family listed twice")
                elif fams != sorted(fams, key=ORDER.index):
                    errors.append("families not in canonical order")
        gold = stem + ".gold.txt"
        if gold not in golds:
            errors.append("missing gold file")
            results.append((raw, errors))
            continue
        raw_bytes, raw_lines = read_lines(os.path.join(HERE, raw), errors)
        gold_bytes, gold_lines = read_lines(os.path.join(HERE, gold), errors)

        if raw_lines and raw_lines[0].strip() == "":
            errors.append("raw starts with a blank line")
        if gold_lines and (gold_lines[0].strip() == "" or gold_lines[-1].strip() == ""):
            errors.append("gold has a leading or trailing blank line")
        for i in range(1, len(gold_lines)):
            if gold_lines[i].strip() == "" and gold_lines[i - 1].strip() == "":
                errors.append(f"gold line {i + 1}: blank run not collapsed")
                break
        if not is_subsequence(gold_lines, raw_lines):
            errors.append("gold is not an ordered subsequence of raw lines")

        raw_nb = [l for l in raw_lines if l.strip()]
        gold_nb = [l for l in gold_lines if l.strip()]
        if fams == ["negative"]:
            if raw_bytes != gold_bytes:
                errors.append("negative: gold is not byte-identical to raw")
        else:
            if raw_bytes == gold_bytes or len(gold_nb) == len(raw_nb):
                errors.append("positive: gold deletes nothing")
            if not gold_nb:
                errors.append("positive: gold is empty")

        # cross-file uniqueness of non-blank lines longer than 3 characters
        for line in set(raw_nb) | set(gold_nb):
            if len(line.strip()) <= 3:
                continue
            owner = line_owner.setdefault(line, raw)
            if owner != raw:
                errors.append(f"line also used in {owner}: {line[:70]!r}")

        share = (len(raw_nb) - len(gold_nb)) / len(raw_nb) * 100 if raw_nb else 0
        results.append((raw, errors, len(raw_nb), len(gold_nb), share))

    for item in results:
        raw, errors = item[0], item[1]
        if errors:
            failed = True
            print(f"FAIL {raw}")
            for e in errors:
                print(f"     - {e}")
        else:
            _, _, n_raw, n_gold, share = item
            print(f"ok   {raw}  (non-blank lines: raw {n_raw}, gold {n_gold}, furniture {share:.0f}%)")

    print(f"{len(results)} pairs checked")
    if failed:
        print("FAILED")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
