#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os, re, sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
HERE = os.path.dirname(os.path.abspath(__file__))
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")


def read_text(path, problems):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.append(f"{os.path.basename(path)}: not valid UTF-8 ({e})")
        return None, data
    name = os.path.basename(path)
    if text.startswith("\ufeff"):
        problems.append(f"{name}: starts with a BOM")
    if "\r" in text:
        problems.append(f"{name}: contains CR characters (must be LF only)")
    if not text.endswith("\n"):
        problems.append(f"{name}: no final newline")
    elif text.endswith("\n\n"):
        problems.append(f"{name}: ends with a blank line")
    return text, data


def check_blanks(name, lines, problems):
    if not lines:
        problems.append(f"{name}: empty file")
        return
    if lines[0].strip() == "":
        problems.append(f"{name}: leading blank line")
    if lines[-1].strip() == "":
        problems.append(f"{name}: trailing blank line")
    for i in range(1, len(lines)):
        if lines[i].strip() == "" and lines[i - 1].strip() == "":
            problems.append(f"{name}: run of blank lines at line {i + 1} (not collapsed)")
            break


def is_subsequence(gold, raw):
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
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    problems = []
    seen_lines = {}   # stripped line -> first pair that used it
    seen_numbers = {}
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            problems.append(f"{g}: gold file without raw file")
            print(f"FAIL {g[:-len('.gold.txt')]}\n     - gold file without raw file")
    for raw_name in raws:
        pair_problems = []
        stem = raw_name[:-4]
        m = NAME_RE.match(raw_name)
        if not m:
            pair_problems.append(f"{raw_name}: file name does not match NNN_<lang>_<families>.txt")
            fams = []
        else:
            num, lang, fam_part = m.groups()
            if num in seen_numbers:
                pair_problems.append(f"{raw_name}: number {num} also used by {seen_numbers[num]}")
            seen_numbers[num] = raw_name
            fams = fam_part.split("-")
            if fams != ["negative"]:
                bad = [f for f in fams if f not in FAMILIES]
                if bad:
                    pair_problems.append(f"{raw_name}: unknown families {bad}")
                elif fams != sorted(set(fams), key=FAMILIES.index):
                    pair_problems.append(f"{raw_name}: families not unique or not in canonical order")
        gold_name = stem + ".gold.txt"
        if gold_name not in golds:
            pair_problems.append(f"{raw_name}: missing {gold_name}")
            problems.extend(pair_problems)
            print(f"FAIL {stem}")
            for p in pair_problems:
                print("     - " + p)
            continue
        raw_text, raw_bytes = read_text(os.path.join(HERE, raw_name), pair_problems)
        gold_text, gold_bytes = read_text(os.path.join(HERE, gold_name), pair_problems)
        nraw = ngold = 0
        if raw_text is not None and gold_text is not None:
            raw_lines = raw_text.split("\n")[:-1] if raw_text.endswith("\n") else raw_text.split("\n")
            gold_lines = gold_text.split("\n")[:-1] if gold_text.endswith("\n") else gold_text.split("\n")
            check_blanks(gold_name, gold_lines, pair_problems)
            if raw_lines and (raw_lines[0].strip() == "" or raw_lines[-1].strip() == ""):
                pair_problems.append(f"{raw_name}: leading or trailing blank line")
            bad_at = is_subsequence(gold_lines, raw_lines)
            if bad_at is not None:
                pair_problems.append(f"{gold_name}: line {bad_at + 1} is not an in-order raw line: {gold_lines[bad_at][:60]!r}")
            nraw = sum(1 for l in raw_lines if l.strip())
            ngold = sum(1 for l in gold_lines if l.strip())
            if fams == ["negative"]:
                if raw_bytes != gold_bytes:
                    pair_problems.append(f"{raw_name}: negative but gold is not byte-identical to raw")
            elif m:
                if raw_bytes == gold_bytes:
                    pair_problems.append(f"{raw_name}: names furniture families but gold equals raw")
            for line in set(l.strip() for l in raw_lines):
                if len(line) > 3:
                    if line in seen_lines and seen_lines[line] != stem:
                        pair_problems.append(f"{raw_name}: line also used in {seen_lines[line]}: {line[:60]!r}")
                    else:
                        seen_lines.setdefault(line, stem)
        share = (nraw - ngold) / nraw * 100 if nraw else 0.0
        status = "OK  " if not pair_problems else "FAIL"
        print(f"{status} {stem}  non-blank raw {nraw}, gold {ngold}, furniture {nraw - ngold} ({share:.0f}%)")
        for p in pair_problems:
            print("     - " + p)
        problems.extend(pair_problems)
    if not raws:
        problems.append("no pairs found")
    if problems:
        print(f"FAILED: {len(problems)} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
