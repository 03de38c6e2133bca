#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair NNN_<lang>_<families>(.gold).txt:
  * both files exist, are UTF-8, use LF line endings, end with exactly one final newline,
    and contain no trailing whitespace on any line;
  * the file name has a 3-digit number, a 2-letter language code and either `negative`
    or valid furniture families in canonical order without repeats;
  * the gold is an ordered subsequence of the raw lines;
  * the gold has no leading/trailing blank lines and no runs of more than one blank line;
  * negatives: gold is byte-identical to raw; positives: gold differs from raw and the
    furniture share (deleted non-blank lines / raw non-blank lines) is within 30-55 %.
Across the whole set:
  * no non-blank line longer than 3 characters occurs in more than one pair
    (raw and gold of the same pair naturally share lines).
Prints one line per pair and `ALL OK` at the end; exits 1 on any error.
"""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")
MIN_SHARE, MAX_SHARE = 0.30, 0.55

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{name}: not UTF-8 ({exc})")
        return None, data
    if "\r" in text:
        errors.append(f"{name}: contains CR characters (line endings must be LF)")
    if not text.endswith("\n"):
        errors.append(f"{name}: missing final newline")
    elif text.endswith("\n\n"):
        errors.append(f"{name}: blank line(s) at end of file")
    if text.startswith("\ufeff"):
        errors.append(f"{name}: starts with a BOM")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for i, line in enumerate(lines, 1):
        if line != line.rstrip():
            errors.append(f"{name}:{i}: trailing whitespace")
    return lines, data


def is_subsequence(gold, raw):
    """Greedy match; returns None on success or the index of the first unmatched gold line."""
    j = 0
    for i, g in enumerate(gold):
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return i
        j += 1
    return None


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = {f[:-4] for f in files if not f.endswith(".gold.txt")}
    golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
    all_errors = []
    for stem in sorted(raws ^ golds):
        missing = "gold" if stem in raws else "raw"
        all_errors.append(f"{stem}: {missing} file missing")
        print(f"FAIL  {stem}  [{missing} file missing]")

    seen = {}  # line -> first pair stem
    numbers = {}
    for stem in sorted(raws & golds):
        errors = []
        m = NAME_RE.match(stem)
        fams = []
        if not m:
            errors.append("bad file name (want NNN_<lang>_<families>)")
        else:
            num, lang, famstr = m.groups()
            if num in numbers:
                errors.append(f"number {num} also used by {numbers[num]}")
            numbers[num] = stem
            if famstr != "negative":
                fams = famstr.split("-")
                bad = [f for f in fams if f not in FAMILIES]
                if bad:
                    errors.append(f"unknown families: {', '.join(bad)}")
                elif len(set(fams)) != len(fams):
                    errors.append("repeated family")
                elif fams != sorted(fams, key=FAMILIES.index):
                    errors.append("families not in canonical order")
        negative = bool(m) and m.group(3) == "negative"

        raw, raw_bytes = read_lines(os.path.join(HERE, stem + ".txt"), errors)
        gold, gold_bytes = read_lines(os.path.join(HERE, stem + ".gold.txt"), errors)
        info = ""
        if raw is not None and gold is not None:
            if not gold or gold[0] == "":
                errors.append("gold is empty or starts with a blank line")
            if gold and gold[-1] == "":
                errors.append("gold ends with a blank line")
            for i in range(1, len(gold)):
                if gold[i] == "" and gold[i - 1] == "":
                    errors.append(f"gold line {i + 1}: run of blank lines not collapsed")
                    break
            bad = is_subsequence(gold, raw)
            if bad is not None:
                errors.append(f"gold line {bad + 1} not found in raw order: {gold[bad][:60]!r}")
            raw_nb = [l for l in raw if l.strip()]
            gold_nb = [l for l in gold if l.strip()]
            deleted = len(raw_nb) - len(gold_nb)
            share = deleted / len(raw_nb) if raw_nb else 0.0
            if negative:
                if raw_bytes != gold_bytes:
                    errors.append("negative: gold is not byte-identical to raw")
                info = f"negative, {len(raw_nb)} lines"
            else:
                if raw_bytes == gold_bytes:
                    errors.append("positive pair but gold equals raw")
                if not (MIN_SHARE <= share <= MAX_SHARE):
                    errors.append(f"furniture share {share:.0%} outside {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
                info = f"{len(fams)} families, {deleted}/{len(raw_nb)} lines furniture ({share:.0%})"
            for line in set(raw) | set(gold):
                if line.strip() and len(line) > 3:
                    other = seen.setdefault(line, stem)
                    if other != stem:
                        errors.append(f"line also used in {other}: {line[:60]!r}")
        status = "OK" if not errors else "FAIL"
        print(f"{status}  {stem}  [{info}]")
        for e in errors:
            print(f"      - {e}")
        all_errors.extend(f"{stem}: {e}" for e in errors)

    if not raws and not golds:
        all_errors.append("no .txt files found")
    if all_errors:
        print(f"{len(all_errors)} ERROR(S)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
