#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist;
  * UTF-8, LF line endings only, final newline, no trailing whitespace noise;
  * <families> is "negative" or valid family names in canonical order, no repeats;
  * gold lines are an ordered subsequence of raw lines (byte-identical lines);
  * gold has no leading/trailing blank lines and no runs of blank lines;
  * negatives: gold is byte-identical to raw; positives: gold drops something.
Across the set:
  * numbering is unique;
  * no non-blank line longer than 3 characters occurs in more than one pair
    (a gold file is a subset of its own raw file, so raw+gold count as one).

Prints one line per pair and "ALL OK" at the end; exits 1 on any problem.
Standard library only.
"""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
RANK = {f: i for i, f in enumerate(FAMILIES)}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, problems):
    with open(path, "rb") as fh:
        data = fh.read()
    name = os.path.basename(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(f"{name}: not valid UTF-8 ({exc})")
        return data, []
    if data.startswith(b"\xef\xbb\xbf"):
        problems.append(f"{name}: starts with a byte-order mark")
    if "\r" in text:
        problems.append(f"{name}: contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        problems.append(f"{name}: missing final newline")
    if text.endswith("\n\n"):
        problems.append(f"{name}: trailing blank line")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if not any(ln.strip() for ln in lines):
        problems.append(f"{name}: file is empty")
    for i, ln in enumerate(lines, 1):
        if ln != ln.rstrip():
            problems.append(f"{name}:{i}: trailing whitespace")
        if ln and not ln.strip():
            problems.append(f"{name}:{i}: whitespace-only line (blank lines must be empty)")
    return data, lines


def is_subsequence(gold, raw):
    """Return index of the first gold line that cannot be matched, or None."""
    j = 0
    for i, g in enumerate(gold):
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return i
        j += 1
    return None


def main():
    problems_total = 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    seen_numbers = {}
    line_owner = {}  # stripped line -> first pair stem
    global_problems = []

    for g in sorted(golds):
        if g[: -len(".gold.txt")] + ".txt" not in raws:
            global_problems.append(f"{g}: gold file without a raw file")

    if not raws:
        global_problems.append("no raw files found")

    for raw_name in raws:
        problems = []
        stem = raw_name[:-4]
        m = NAME_RE.match(raw_name)
        fams = []
        if not m:
            problems.append("file name does not match NNN_<lang>_<families>.txt")
        else:
            num, _lang, famstr = m.groups()
            if num in seen_numbers:
                problems.append(f"number {num} already used by {seen_numbers[num]}")
            seen_numbers[num] = stem
            fams = famstr.split("-")
            if fams == ["negative"]:
                pass
            elif "negative" in fams:
                problems.append("'negative' combined with other families")
            else:
                bad = [f for f in fams if f not in RANK]
                if bad:
                    problems.append(f"unknown families: {', '.join(bad)}")
                else:
                    ranks = [RANK[f] for f in fams]
                    if len(set(ranks)) != len(ranks):
                        problems.append("repeated family name")
                    if ranks != sorted(ranks):
                        problems.append("families not in canonical order")
        gold_name = stem + ".gold.txt"
        if gold_name not in golds:
            problems.append("missing gold file")
            n_raw = n_gold = 0
        else:
            raw_bytes, raw = read_lines(os.path.join(HERE, raw_name), problems)
            gold_bytes, gold = read_lines(os.path.join(HERE, gold_name), problems)
            n_raw, n_gold = len(raw), len(gold)
            if raw and raw[0] == "":
                problems.append("raw starts with a blank line")
            if gold:
                if gold[0] == "":
                    problems.append("gold starts with a blank line")
                if gold[-1] == "":
                    problems.append("gold ends with a blank line")
            for i in range(1, len(gold)):
                if gold[i] == "" and gold[i - 1] == "":
                    problems.append(f"gold line {i + 1}: run of blank lines not collapsed")
                    break
            bad = is_subsequence(gold, raw)
            if bad is not None:
                problems.append(f"gold line {bad + 1} is not an in-order line of raw: {gold[bad][:60]!r}")
            if fams == ["negative"]:
                if raw_bytes != gold_bytes:
                    problems.append("negative: gold is not byte-identical to raw")
            elif raw_bytes == gold_bytes:
                problems.append("positive: gold is identical to raw (nothing removed)")
            for ln in set(raw):
                key = ln.strip()
                if len(key) <= 3:
                    continue
                owner = line_owner.setdefault(key, stem)
                if owner != stem:
                    problems.append(f"line also used in {owner}: {key[:70]!r}")
        removed = sum(1 for ln in (raw if gold_name in golds else []) if ln.strip()) - \
            sum(1 for ln in (gold if gold_name in golds else []) if ln.strip())
        status = "OK  " if not problems else "FAIL"
        print(f"{status} {stem}  raw={n_raw} gold={n_gold} removed_nonblank={removed}")
        for p in problems:
            print(f"     - {p}")
        problems_total += len(problems)

    for p in global_problems:
        print(f"FAIL {p}")
    problems_total += len(global_problems)

    if problems_total:
        print(f"FAILED: {problems_total} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
