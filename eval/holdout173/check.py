#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory.

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the name is well formed, the families are known, unique and in canonical order
    ('negative' stands alone);
  * the gold is what you get by deleting whole lines of the raw and collapsing the
    blank-line runs this leaves behind (gold lines are an ordered subsequence of raw
    lines, a blank line sits between two kept lines exactly when the raw had at least
    one blank line between them, no double blanks, no leading/trailing blanks);
  * negatives: gold is byte-identical to raw; positives: at least one line deleted and
    furniture makes up 30-55 % of the raw's non-blank lines;
  * no non-blank line longer than 3 characters occurs in more than one pair.
Standard library only.  Prints one line per pair and 'ALL OK' at the end.
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{name}: not UTF-8 ({exc})")
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{name}: has a BOM")
    if "\r" in text:
        errors.append(f"{name}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{name}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{name}: trailing blank line")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if lines and lines[0].strip() == "":
        errors.append(f"{name}: leading blank line")
    return lines


def blank(s):
    return s.strip() == ""


def check_gold(raw, gold, name, errors):
    """Return number of deleted non-blank raw lines, or None on failure."""
    for i in range(1, len(gold)):
        if blank(gold[i]) and blank(gold[i - 1]):
            errors.append(f"{name}: gold has a run of blank lines at line {i + 1}")
            return None
    # match gold non-blank lines greedily to raw lines, in order
    pos = []
    j = 0
    for gi, g in enumerate(gold):
        if blank(g):
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            errors.append(f"{name}: gold line {gi + 1} is not an ordered subsequence of raw: {g[:60]!r}")
            return None
        pos.append((gi, j))
        j += 1
    # blank-line structure between consecutive kept lines
    for (g1, r1), (g2, r2) in zip(pos, pos[1:]):
        gold_has_blank = g2 - g1 > 1
        raw_has_blank = any(blank(x) for x in raw[r1 + 1:r2])
        if gold_has_blank != raw_has_blank:
            what = "blank line not backed by raw" if gold_has_blank else "blank line(s) left behind but not kept"
            errors.append(f"{name}: {what} between gold lines {g1 + 1} and {g2 + 1}")
            return None
        if g2 - g1 > 2:
            errors.append(f"{name}: unexpected lines between gold lines {g1 + 1} and {g2 + 1}")
            return None
    kept = len(pos)
    return sum(1 for x in raw if not blank(x)) - kept


def main():
    errors_total = 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    seen = defaultdict(set)  # line -> set of pair ids
    numbers = defaultdict(list)
    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold without raw")
            errors_total += 1
    for raw_name in raws:
        errors = []
        base = raw_name[:-4]
        gold_name = base + ".gold.txt"
        m = NAME_RE.match(raw_name)
        if not m:
            errors.append("bad file name")
        else:
            num, lang, fams = m.groups()
            numbers[num].append(raw_name)
            if lang not in LANGS:
                errors.append(f"unknown language {lang!r}")
            fl = fams.split("-")
            if fl != ["negative"]:
                bad = [f for f in fl if f not in FAMILIES]
                if bad:
                    errors.append(f"unknown families {bad}")
                elif len(set(fl)) != len(fl):
                    errors.append("repeated family")
                elif fl != sorted(fl, key=FAMILIES.index):
                    errors.append("families not in canonical order")
        if gold_name not in golds:
            errors.append("missing gold file")
        raw = read_lines(os.path.join(HERE, raw_name), errors)
        gold = read_lines(os.path.join(HERE, gold_name), errors) if gold_name in golds else None
        info = ""
        if raw is not None and gold is not None:
            negative = base.endswith("_negative")
            rb = open(os.path.join(HERE, raw_name), "rb").read()
            gb = open(os.path.join(HERE, gold_name), "rb").read()
            if negative:
                if rb != gb:
                    errors.append("negative: gold is not byte-identical to raw")
                info = f"negative, {sum(1 for x in raw if not blank(x))} lines"
            else:
                deleted = check_gold(raw, gold, raw_name, errors)
                if deleted is not None:
                    total = sum(1 for x in raw if not blank(x))
                    share = 100.0 * deleted / total if total else 0
                    if deleted == 0:
                        errors.append("positive file but nothing deleted")
                    elif not 30.0 <= share <= 55.0:
                        errors.append(f"furniture share {share:.1f}% outside 30-55%")
                    info = f"{deleted}/{total} furniture lines ({share:.0f}%)"
            for line in raw:
                s = line.strip()
                if len(s) > 3:
                    seen[s].add(base)
        if errors:
            errors_total += len(errors)
            print(f"FAIL {base}: " + "; ".join(errors))
        else:
            print(f"ok   {base}: {info}")
    for num, names in sorted(numbers.items()):
        if len(names) > 1:
            print(f"FAIL number {num} used by {names}")
            errors_total += 1
    for line, where in sorted(seen.items()):
        if len(where) > 1:
            print(f"FAIL line shared by {sorted(where)}: {line[:70]!r}")
            errors_total += 1
    if not raws:
        print("FAIL no files found")
        errors_total += 1
    if errors_total:
        print(f"{errors_total} PROBLEM(S)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
