#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os, re, sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
HERE = os.path.dirname(os.path.abspath(__file__))
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})"); return None
    if "\r" in text: errors.append(f"{os.path.basename(path)}: CR characters (need LF endings)")
    if not text.endswith("\n"): errors.append(f"{os.path.basename(path)}: missing final newline")
    if text.endswith("\n\n"): errors.append(f"{os.path.basename(path)}: trailing blank line")
    if text.startswith("\ufeff"): errors.append(f"{os.path.basename(path)}: BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")

def check_blank_structure(lines, label, errors):
    if not lines or lines[0] == "": errors.append(f"{label}: empty or leading blank line")
    if lines and lines[-1] == "": errors.append(f"{label}: trailing blank line")
    for i in range(1, len(lines)):
        if lines[i] == "" and lines[i - 1] == "":
            errors.append(f"{label}: uncollapsed blank run at line {i + 1}"); break
    for i, l in enumerate(lines):
        if l != "" and l.strip() == "":
            errors.append(f"{label}: whitespace-only line {i + 1}"); break

def check_pair(raw, gold, label, errors):
    """Gold must be raw minus some non-blank lines, blank runs collapsed."""
    idx = []  # raw index of each non-blank gold line
    j = 0
    for g in gold:
        if g == "": continue
        while j < len(raw) and raw[j] != g: j += 1
        if j == len(raw):
            errors.append(f"{label}: gold line not found in order in raw: {g[:60]!r}"); return
        idx.append(j); j += 1
    # blank between consecutive kept lines iff raw had a blank somewhere between them
    k = 0
    nonblank_pos = [i for i, g in enumerate(gold) if g != ""]
    for n in range(1, len(nonblank_pos)):
        gap_has_blank = nonblank_pos[n] - nonblank_pos[n - 1] > 1
        raw_has_blank = any(raw[x] == "" for x in range(idx[n - 1] + 1, idx[n]))
        if gap_has_blank != raw_has_blank:
            errors.append(f"{label}: blank-line mismatch before gold line {nonblank_pos[n] + 1}")
            return

def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    errors_total = 0
    seen = defaultdict(set)   # line -> set of pair names
    numbers = set()
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold without raw"); errors_total += 1
    for r in raws:
        errors = []
        stem = r[:-4]
        m = NAME_RE.match(r)
        if not m:
            errors.append("bad file name (want NNN_<lang>_<families>.txt)")
        else:
            num, lang, fams = m.groups()
            if num in numbers: errors.append(f"duplicate number {num}")
            numbers.add(num)
            if fams != "negative":
                parts = fams.split("-")
                bad = [p for p in parts if p not in CANON]
                if bad: errors.append(f"unknown families {bad}")
                elif parts != sorted(set(parts), key=CANON.index):
                    errors.append("families not unique / not in canonical order")
        gold_name = stem + ".gold.txt"
        if gold_name not in golds:
            errors.append("missing gold file")
        else:
            raw_lines = read_lines(os.path.join(HERE, r), errors)
            gold_lines = read_lines(os.path.join(HERE, gold_name), errors)
            if raw_lines is not None and gold_lines is not None:
                check_blank_structure(raw_lines, "raw", errors)
                check_blank_structure(gold_lines, "gold", errors)
                check_pair(raw_lines, gold_lines, "pair", errors)
                negative = m is not None and m.group(3) == "negative"
                rb = open(os.path.join(HERE, r), "rb").read()
                gb = open(os.path.join(HERE, gold_name), "rb").read()
                if negative and rb != gb: errors.append("negative but gold differs from raw")
                if not negative and rb == gb: errors.append("positive but gold identical to raw")
                for l in raw_lines + gold_lines:
                    if len(l.strip()) > 3: seen[l].add(stem)
        status = "OK  " if not errors else "FAIL"
        print(f"{status} {r}" + ("" if not errors else ": " + "; ".join(errors)))
        errors_total += len(errors)
    for line, stems in sorted(seen.items()):
        if len(stems) > 1:
            print(f"FAIL line used in {len(stems)} files ({', '.join(sorted(stems))}): {line[:70]!r}")
            errors_total += 1
    if not raws:
        print("FAIL no files"); errors_total += 1
    if errors_total:
        print(f"{errors_total} problem(s)"); sys.exit(1)
    print("ALL OK")

if __name__ == "__main__":
    main()
