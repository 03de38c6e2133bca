#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, decode as UTF-8, use LF line endings only and end with one final newline;
  * the file name is well formed: three-digit number, known language code, and either
    'negative' or valid furniture family names in canonical order without repeats;
  * the gold's lines are an ordered subsequence of the raw lines;
  * the gold equals the raw with the unmatched lines deleted, runs of blank lines collapsed
    to one, and no leading or trailing blank lines;
  * negatives: gold byte-identical to raw; positives: gold differs from raw and the
    furniture share of non-blank raw lines is between 30 % and 55 %;
Across the set:
  * numbers are unique;
  * no non-blank line longer than 3 characters occurs in more than one pair.
Prints one line per pair and 'ALL OK' at the end (exit status 0), otherwise the errors (status 1).
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
MIN_FURN, MAX_FURN = 0.30, 0.55

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def read_lines(path):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return data, None
    name = os.path.basename(path)
    if "\r" in text:
        err(f"{name}: contains CR characters (LF line endings required)")
    if text.startswith("\ufeff"):
        err(f"{name}: starts with a BOM")
    if not text.endswith("\n"):
        err(f"{name}: no final newline")
    elif text.endswith("\n\n"):
        err(f"{name}: ends with a blank line")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def collapse(lines):
    out = []
    for line in lines:
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return out


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    golds = {f for f in files if f.endswith(".gold.txt")}
    raws = [f for f in files if f not in golds]
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            err(f"{g}: gold file without raw file")

    seen_numbers = {}
    line_owner = defaultdict(set)   # line -> set of pair stems
    report = []
    for raw_name in raws:
        stem = raw_name[:-4]
        gold_name = stem + ".gold.txt"
        n_err = len(errors)
        m = NAME_RE.match(raw_name)
        if not m:
            err(f"{raw_name}: file name does not match NNN_<lang>_<families>.txt")
            report.append(f"FAIL  {stem}  [bad file name]")
            continue
        num, lang, fams = m.groups()
        if num in seen_numbers:
            err(f"{raw_name}: number {num} already used by {seen_numbers[num]}")
        seen_numbers[num] = raw_name
        if lang not in LANGS:
            err(f"{raw_name}: unknown language code '{lang}'")
        negative = fams == "negative"
        if not negative:
            parts = fams.split("-")
            bad = [p for p in parts if p not in CANON]
            if bad:
                err(f"{raw_name}: unknown famil{'y' if len(bad) == 1 else 'ies'} {', '.join(bad)}")
            elif len(set(parts)) != len(parts):
                err(f"{raw_name}: repeated family name")
            elif [CANON.index(p) for p in parts] != sorted(CANON.index(p) for p in parts):
                err(f"{raw_name}: families not in canonical order")
        if gold_name not in golds:
            err(f"{raw_name}: missing {gold_name}")
            report.append(f"FAIL  {stem}  [no gold file]")
            continue

        raw_bytes, raw = read_lines(os.path.join(HERE, raw_name))
        gold_bytes, gold = read_lines(os.path.join(HERE, gold_name))
        if raw is None or gold is None:
            report.append(f"FAIL  {stem}  [unreadable]")
            continue
        for label, lines in ((raw_name, raw), (gold_name, gold)):
            for i, line in enumerate(lines, 1):
                if line != line.rstrip():
                    err(f"{label}:{i}: trailing whitespace")
        if gold and (gold[0] == "" or gold[-1] == ""):
            err(f"{gold_name}: leading or trailing blank line")
        for i in range(1, len(gold)):
            if gold[i] == "" and gold[i - 1] == "":
                err(f"{gold_name}:{i + 1}: run of blank lines not collapsed")
                break

        # map gold non-blank lines onto raw non-blank lines, in order (greedy, earliest match)
        kept = [False] * len(raw)
        j = 0
        gold_nb = [g for g in gold if g != ""]
        for i, line in enumerate(raw):
            if line != "" and j < len(gold_nb) and line == gold_nb[j]:
                kept[i] = True
                j += 1
        if j < len(gold_nb):
            err(f"{gold_name}: line {gold_nb[j]!r} is not in order in the raw file")
        else:
            expected = collapse([l for l, k in zip(raw, kept) if l == "" or k])
            while expected and expected[0] == "":
                expected.pop(0)
            if expected != gold:
                err(f"{gold_name}: blank lines differ from the raw with deletions collapsed")

        raw_nb = [l for l in raw if l != ""]
        furn = len(raw_nb) - len(gold_nb)
        share = furn / len(raw_nb) if raw_nb else 0.0
        if negative:
            if raw_bytes != gold_bytes:
                err(f"{raw_name}: negative but gold is not byte-identical to raw")
        else:
            if furn == 0:
                err(f"{raw_name}: positive but no line was deleted")
            elif not (MIN_FURN <= share <= MAX_FURN):
                err(f"{raw_name}: furniture share {share:.1%} outside {MIN_FURN:.0%}-{MAX_FURN:.0%}")

        for line in set(raw) | set(gold):
            if line.strip() and len(line) > 3:
                line_owner[line].add(stem)

        status = "ok" if len(errors) == n_err else "FAIL"
        kind = "negative" if negative else f"{furn}/{len(raw_nb)} furniture lines ({share:.0%})"
        report.append(f"{status:4}  {stem}  [{len(raw)} raw / {len(gold)} gold lines; {kind}]")

    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            err(f"line used in more than one file: {line!r} in {', '.join(sorted(owners))}")

    for r in report:
        print(r)
    if not raws:
        err("no pairs found")
    if errors:
        print()
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s)")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
