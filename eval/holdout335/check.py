#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (or the directory given as argv[1]).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist;
  * file name: three-digit number, two-letter language code, families that are valid,
    unique and in canonical order, or the single word 'negative';
  * both files are UTF-8, use LF line endings only, end with exactly one final newline;
  * raw has no leading/trailing blank lines and no runs of blank lines;
  * gold lines are an ordered subsequence of raw lines (byte-identical);
  * gold has no leading/trailing blank lines and no runs of two or more blank lines;
  * gold never keeps a blank line that is not justified by a blank line in raw between
    the two kept neighbours (i.e. blanks come only from raw blanks, collapsed);
  * negatives: gold is byte-identical to raw; positives: gold is shorter than raw.
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair;
  * pair numbers are unique.
Prints one line per pair and 'ALL OK' at the end (exit code 0), or the problems (exit code 1).
"""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
RANK = {f: i for i, f in enumerate(FAMILIES)}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")


def read_lines(path, errors):
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not valid UTF-8 ({e})")
        return data, None
    name = os.path.basename(path)
    if "\r" in text:
        errors.append(f"{name}: contains CR characters (LF line endings required)")
    if text.startswith("\ufeff"):
        errors.append(f"{name}: starts with a byte-order mark")
    if not text.endswith("\n"):
        errors.append(f"{name}: no final newline")
    elif text.endswith("\n\n"):
        errors.append(f"{name}: more than one newline at end of file")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def blank(line):
    return line.strip() == ""


def check_blanks(name, lines, errors):
    if not lines or all(blank(l) for l in lines):
        errors.append(f"{name}: empty")
        return
    if blank(lines[0]):
        errors.append(f"{name}: leading blank line")
    if blank(lines[-1]):
        errors.append(f"{name}: trailing blank line")
    for i in range(1, len(lines)):
        if blank(lines[i]) and blank(lines[i - 1]):
            errors.append(f"{name}: run of blank lines at line {i + 1}")
            break
    for i, l in enumerate(lines):
        if blank(l) and l != "":
            errors.append(f"{name}: whitespace-only line at {i + 1}")
            break
        if l != l.rstrip():
            errors.append(f"{name}: trailing whitespace at line {i + 1}")
            break


def match_gold(raw, gold):
    """Greedy subsequence match of gold in raw. Returns list of raw indices or None."""
    idx, j = [], 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j)
        j += 1
    return idx


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    files = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    errors = []
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            errors.append(f"{g}: gold file without raw file")
    seen_numbers = {}
    line_owner = {}
    report = []
    for r in raws:
        pair_errors = []
        m = NAME_RE.match(r)
        stem = r[:-4]
        if not m:
            pair_errors.append(f"{r}: bad file name")
        else:
            num, lang, fams = m.groups()
            if num in seen_numbers:
                pair_errors.append(f"{r}: number {num} also used by {seen_numbers[num]}")
            seen_numbers[num] = r
            negative = fams == "negative"
            if not negative:
                parts = fams.split("-")
                bad = [p for p in parts if p not in RANK]
                if bad:
                    pair_errors.append(f"{r}: unknown families {bad}")
                elif len(set(parts)) != len(parts):
                    pair_errors.append(f"{r}: repeated family in name")
                elif [RANK[p] for p in parts] != sorted(RANK[p] for p in parts):
                    pair_errors.append(f"{r}: families not in canonical order")
        gpath = os.path.join(d, stem + ".gold.txt")
        if not os.path.exists(gpath):
            pair_errors.append(f"{r}: missing gold file")
            errors.extend(pair_errors)
            report.append(f"FAIL {stem}")
            continue
        raw_bytes, raw = read_lines(os.path.join(d, r), pair_errors)
        gold_bytes, gold = read_lines(gpath, pair_errors)
        if raw is None or gold is None:
            errors.extend(pair_errors)
            report.append(f"FAIL {stem}")
            continue
        check_blanks(r, raw, pair_errors)
        check_blanks(stem + ".gold.txt", gold, pair_errors)
        idx = match_gold(raw, gold)
        if idx is None:
            pair_errors.append(f"{stem}: gold is not an ordered subsequence of raw")
        else:
            # a blank gold line must sit where raw had a blank between the kept neighbours
            for k, gi in enumerate(gold):
                if blank(gi):
                    lo = idx[k - 1] if k > 0 else -1
                    hi = idx[k + 1] if k + 1 < len(idx) else len(raw)
                    if not any(blank(raw[x]) for x in range(lo + 1, hi)):
                        pair_errors.append(f"{stem}: gold blank line {k + 1} has no raw blank")
            # conversely, where raw has a blank between two kept non-blank neighbours that
            # sit next to each other in gold, the gold should keep one blank
            for k in range(1, len(gold)):
                if not blank(gold[k]) and not blank(gold[k - 1]):
                    if any(blank(raw[x]) for x in range(idx[k - 1] + 1, idx[k])):
                        pair_errors.append(
                            f"{stem}: blank line between gold lines {k} and {k + 1} was dropped")
                        break
        nb_raw = [l for l in raw if not blank(l)]
        nb_gold = [l for l in gold if not blank(l)]
        if m and m.group(3) == "negative":
            if raw_bytes != gold_bytes:
                pair_errors.append(f"{stem}: negative but gold differs from raw")
        elif len(nb_gold) >= len(nb_raw):
            pair_errors.append(f"{stem}: positive but nothing was deleted")
        for l in set(nb_raw):
            if len(l.strip()) > 3:
                line_owner.setdefault(l.strip(), set()).add(stem)
        share = 100.0 * (len(nb_raw) - len(nb_gold)) / max(1, len(nb_raw))
        status = "FAIL" if pair_errors else "OK  "
        report.append(f"{status} {stem}  raw={len(nb_raw)} gold={len(nb_gold)} "
                      f"furniture={share:.1f}%")
        errors.extend(pair_errors)
    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            errors.append(f"line used in {len(owners)} files: {line[:70]!r} ({', '.join(sorted(owners))})")
    for line in report:
        print(line)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
