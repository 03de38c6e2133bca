#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Usage: python3 check.py [DIR]   (DIR defaults to the directory of this script)

Checks, per pair NNN_<lang>_<families>.txt / NNN_<lang>_<families>.gold.txt:
  * both files exist, are UTF-8 without BOM, use LF line endings and end with a newline;
  * the file name is well formed; <families> is 'negative' or valid family names,
    without duplicates, in canonical order;
  * the gold is an ordered subsequence of the raw lines;
  * blank lines in the gold are exactly what deleting lines from the raw and collapsing
    blank runs leaves: no leading/trailing blank, no double blank, and a blank between two
    kept lines iff the raw had at least one blank between them;
  * negatives: gold byte-identical to raw; positives: at least one line deleted;
  * across the set: no non-blank line longer than 3 characters occurs in more than one pair
    (the raw and gold of one pair naturally share lines and count as one page).
Prints one line per pair and 'ALL OK' at the end (exit status 0), or the problems (status 1).
"""
import os
import re
import sys

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")


def read_lines(path, problems):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        problems.append("BOM present in " + os.path.basename(path))
    if b"\r" in data:
        problems.append("CR character (non-LF line ending) in " + os.path.basename(path))
    if not data.endswith(b"\n"):
        problems.append("no final newline in " + os.path.basename(path))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(f"not UTF-8 ({exc}) in " + os.path.basename(path))
        text = data.decode("utf-8", "replace")
    if text.endswith("\n"):
        text = text[:-1]
    return data, text.split("\n")


def blank(line):
    return line.strip() == ""


def check_pair(raw_path, gold_path, families):
    problems = []
    raw_bytes, raw = read_lines(raw_path, problems)
    gold_bytes, gold = read_lines(gold_path, problems)

    # family names
    if families == "negative":
        if raw_bytes != gold_bytes:
            problems.append("negative but gold is not byte-identical to raw")
    else:
        fams = families.split("-")
        bad = [f for f in fams if f not in ORDER]
        if bad:
            problems.append("unknown family name(s): " + ", ".join(bad))
        elif len(set(fams)) != len(fams):
            problems.append("duplicate family name")
        elif fams != sorted(fams, key=ORDER.index):
            problems.append("families not in canonical order")
        if raw_bytes == gold_bytes:
            problems.append("positive pair but nothing deleted")

    # raw sanity
    if not raw or all(blank(l) for l in raw):
        problems.append("raw is empty")

    # gold blank structure
    if gold and (blank(gold[0]) or blank(gold[-1])):
        problems.append("gold has a leading or trailing blank line")
    for i in range(1, len(gold)):
        if blank(gold[i]) and blank(gold[i - 1]):
            problems.append(f"gold has a run of blank lines at line {i + 1}")
            break

    # ordered subsequence (non-blank lines matched greedily) + blank consistency
    idx = []
    j = 0
    ok = True
    for gi, gl in enumerate(gold):
        if blank(gl):
            continue
        while j < len(raw) and raw[j] != gl:
            j += 1
        if j == len(raw):
            problems.append(f"gold line {gi + 1} not found (in order) in raw: {gl[:60]!r}")
            ok = False
            break
        idx.append((gi, j))
        j += 1
    if ok:
        for (g1, r1), (g2, r2) in zip(idx, idx[1:]):
            gold_has_blank = any(blank(l) for l in gold[g1 + 1:g2])
            raw_has_blank = any(blank(l) for l in raw[r1 + 1:r2])
            if gold_has_blank != raw_has_blank:
                problems.append(
                    f"blank line mismatch between gold lines {g1 + 1} and {g2 + 1} "
                    f"(raw has blank: {raw_has_blank}, gold has blank: {gold_has_blank})")
                break
    raw_nb = sum(1 for l in raw if not blank(l))
    gold_nb = sum(1 for l in gold if not blank(l))
    return problems, raw_nb, gold_nb, raw, gold


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    names = sorted(os.listdir(root))
    raws = [n for n in names if n.endswith(".txt") and not n.endswith(".gold.txt")]
    golds = {n for n in names if n.endswith(".gold.txt")}
    total_problems = 0
    seen_numbers = {}
    line_owner = {}
    dup_lines = []

    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in names:
            print(f"FAIL {g}: gold without raw file")
            total_problems += 1

    for rn in raws:
        m = NAME_RE.match(rn)
        if not m:
            print(f"FAIL {rn}: malformed file name")
            total_problems += 1
            continue
        num, lang, families = m.groups()
        problems = []
        if lang not in LANGS:
            problems.append(f"unexpected language code {lang}")
        if num in seen_numbers:
            problems.append(f"number {num} also used by {seen_numbers[num]}")
        seen_numbers[num] = rn
        gn = rn[:-4] + ".gold.txt"
        if gn not in golds:
            print(f"FAIL {rn}: missing {gn}")
            total_problems += 1
            continue
        p, raw_nb, gold_nb, raw, gold = check_pair(os.path.join(root, rn), os.path.join(root, gn), families)
        problems += p
        key = rn[:-4]
        for l in set(raw) | set(gold):
            s = l.strip()
            if len(s) > 3:
                other = line_owner.setdefault(s, key)
                if other != key:
                    dup_lines.append((s, other, key))
        removed = raw_nb - gold_nb
        share = 100.0 * removed / raw_nb if raw_nb else 0.0
        status = "OK  " if not problems else "FAIL"
        print(f"{status} {key}: raw {raw_nb} lines, gold {gold_nb}, furniture {removed} ({share:.1f}%)")
        for pr in problems:
            print(f"     - {pr}")
        total_problems += len(problems)

    for s, a, b in dup_lines:
        print(f"FAIL duplicate line in {a} and {b}: {s[:70]!r}")
    total_problems += len(dup_lines)

    if total_problems:
        print(f"FAILED: {total_problems} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
