#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * raw NNN_<lang>_<families>.txt has a matching .gold.txt (and vice versa);
  * name: three-digit number, known language, families valid, unique and in canonical order,
    or the single word 'negative';
  * both files are UTF-8, LF line endings only, end with exactly one final newline;
  * raw has no leading/trailing blank lines and no runs of blank lines;
  * gold has no leading/trailing blank lines and no runs of blank lines;
  * gold lines are an ordered subsequence of raw lines, and gold has a blank line between two
    kept lines exactly when raw has at least one blank line between them (blank-run collapsing);
  * negatives: gold byte-identical to raw; positives: at least one line deleted;
Across the set:
  * numbers are unique;
  * no non-blank line longer than 3 characters occurs in more than one pair.
Prints one line per pair and 'ALL OK' at the end (exit status 0), otherwise 'FAILED' (status 1).
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    with open(path, "rb") as fh:
        data = fh.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({exc})")
        return data, []
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    elif text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: ends with a blank line")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def blank(s):
    return s.strip() == ""


def check_blanks(lines, label, errors):
    if lines and blank(lines[0]):
        errors.append(f"{label}: leading blank line")
    if lines and blank(lines[-1]):
        errors.append(f"{label}: trailing blank line")
    for i in range(1, len(lines)):
        if blank(lines[i]) and blank(lines[i - 1]):
            errors.append(f"{label}: run of blank lines at line {i + 1}")
            break
    for i, ln in enumerate(lines):
        if ln and blank(ln):
            errors.append(f"{label}: whitespace-only line {i + 1}")
            break


def check_subsequence(raw, gold, label, errors):
    """Greedy match of gold non-blank lines into raw, then rebuild the expected gold."""
    kept = []
    j = 0
    for g in gold:
        if blank(g):
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            errors.append(f"{label}: gold line not found in order in raw: {g[:70]!r}")
            return None
        kept.append(j)
        j += 1
    expected = []
    for n, idx in enumerate(kept):
        if n and any(blank(raw[k]) for k in range(kept[n - 1] + 1, idx)):
            expected.append("")
        expected.append(raw[idx])
    if expected != gold:
        for k, (a, b) in enumerate(zip(expected, gold)):
            if a != b:
                errors.append(f"{label}: blank-line collapsing differs near gold line {k + 1}")
                break
        else:
            errors.append(f"{label}: gold length {len(gold)} != expected {len(expected)}")
    return kept


def main():
    errors_total = 0
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    seen_numbers = {}
    line_owner = defaultdict(set)
    results = []

    for f in raws:
        errors = []
        m = NAME_RE.match(f)
        gold_name = f[:-4] + ".gold.txt"
        if not m:
            errors.append("bad file name")
            num, lang, fams = "???", "??", []
        else:
            num, lang, famstr = m.groups()
            if num in seen_numbers:
                errors.append(f"number {num} also used by {seen_numbers[num]}")
            seen_numbers[num] = f
            if lang not in LANGS:
                errors.append(f"unknown language {lang}")
            fams = famstr.split("-")
            if fams != ["negative"]:
                bad = [x for x in fams if x not in CANON]
                if bad:
                    errors.append(f"unknown families {bad}")
                else:
                    idx = [CANON.index(x) for x in fams]
                    if idx != sorted(set(idx)):
                        errors.append("families duplicated or not in canonical order")
        if gold_name not in golds:
            errors.append("missing gold file")
            results.append((f, errors, ""))
            errors_total += len(errors)
            continue
        golds.discard(gold_name)
        raw_bytes, raw = read_lines(os.path.join(HERE, f), errors)
        gold_bytes, gold = read_lines(os.path.join(HERE, gold_name), errors)
        check_blanks(raw, "raw", errors)
        check_blanks(gold, "gold", errors)
        kept = check_subsequence(raw, gold, "gold", errors)
        raw_nb = sum(1 for x in raw if not blank(x))
        gold_nb = sum(1 for x in gold if not blank(x))
        deleted = raw_nb - gold_nb
        if fams == ["negative"]:
            if raw_bytes != gold_bytes:
                errors.append("negative: gold is not byte-identical to raw")
        else:
            if deleted <= 0:
                errors.append("positive pair but nothing deleted")
        for ln in set(raw):
            if len(ln.strip()) > 3:
                line_owner[ln.strip()].add(f)
        share = 100.0 * deleted / raw_nb if raw_nb else 0.0
        info = f"raw {raw_nb} lines, gold {gold_nb}, deleted {deleted} ({share:.0f}%)"
        results.append((f, errors, info))
        errors_total += len(errors)

    dupes = {ln: owners for ln, owners in line_owner.items() if len(owners) > 1}
    dupe_errors = defaultdict(list)
    for ln, owners in dupes.items():
        for o in owners:
            others = ", ".join(sorted(x[:3] for x in owners if x != o))
            dupe_errors[o].append(f"line also in {others}: {ln[:60]!r}")

    for f, errors, info in results:
        errors = errors + dupe_errors.get(f, [])
        errors_total += len(dupe_errors.get(f, []))
        status = "OK  " if not errors else "FAIL"
        print(f"{status} {f[:-4]}: {info}")
        for e in errors:
            print(f"     - {e}")
    for g in sorted(golds):
        print(f"FAIL {g}: gold file without raw file")
        errors_total += 1
    if not raws:
        print("FAIL no pairs found")
        errors_total += 1

    if errors_total:
        print(f"FAILED ({errors_total} problems)")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
