#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
RANK = {f: i for i, f in enumerate(FAMILIES)}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")


def collapse(lines):
    """Collapse runs of blank lines to one and strip leading/trailing blanks."""
    out = []
    for line in lines:
        if line == "" and out and out[-1] == "":
            continue
        out.append(line)
    while out and out[0] == "":
        out.pop(0)
    while out and out[-1] == "":
        out.pop()
    return out


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append("not UTF-8: %s" % e)
        return data, []
    if "\r" in text:
        errors.append("contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        errors.append("missing final newline")
    if text.endswith("\n\n"):
        errors.append("trailing blank line")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    return data, lines


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    os.chdir(here)
    files = sorted(os.listdir("."))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    failed = False
    seen = {}          # line -> first pair that used it
    numbers = {}

    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print("FAIL %s: gold file without raw file" % g)
            failed = True

    for raw_name in raws:
        errors = []
        stem = raw_name[:-4]
        m = NAME_RE.match(raw_name)
        fams = []
        if not m:
            errors.append("file name does not match NNN_<lang>_<families>.txt")
        else:
            num, lang, famstr = m.groups()
            if num in numbers:
                errors.append("number %s also used by %s" % (num, numbers[num]))
            numbers[num] = raw_name
            if famstr != "negative":
                fams = famstr.split("-")
                for f in fams:
                    if f not in RANK:
                        errors.append("unknown family %r" % f)
                known = [RANK[f] for f in fams if f in RANK]
                if len(set(fams)) != len(fams):
                    errors.append("duplicate family in name")
                if known != sorted(known):
                    errors.append("families not in canonical order")
        gold_name = stem + ".gold.txt"
        if gold_name not in golds:
            print("FAIL %s: missing %s" % (raw_name, gold_name))
            for e in errors:
                print("    - " + e)
            failed = True
            continue
        raw_bytes, raw = read_lines(raw_name, errors)
        gold_bytes, gold = read_lines(gold_name, errors)

        # gold formatting
        if gold and (gold[0] == "" or gold[-1] == ""):
            errors.append("gold has leading or trailing blank lines")
        for a, b in zip(gold, gold[1:]):
            if a == "" and b == "":
                errors.append("gold has an uncollapsed run of blank lines")
                break
        for a, b in zip(raw, raw[1:]):
            if a.strip() == "" and b.strip() == "":
                errors.append("raw has a run of blank lines")
                break
        if any(l != "" and l.strip() == "" for l in raw + gold):
            errors.append("whitespace-only line (blank lines must be empty)")

        # gold must be raw minus some non-blank lines, then collapsed
        gi = 0
        gold_nb = [l for l in gold if l != ""]
        kept = []
        for line in raw:
            if line == "":
                kept.append(line)
            elif gi < len(gold_nb) and line == gold_nb[gi]:
                kept.append(line)
                gi += 1
        if gi != len(gold_nb):
            errors.append("gold is not an ordered subsequence of raw lines "
                          "(first unmatched gold line: %r)" % gold_nb[gi][:60])
        elif collapse(kept) != gold:
            errors.append("gold differs from raw-minus-deleted-lines after blank collapsing")

        if m and m.group(3) == "negative":
            if raw_bytes != gold_bytes:
                errors.append("negative but gold is not byte-identical to raw")
        elif raw_bytes == gold_bytes:
            errors.append("positive but nothing was deleted")

        # cross-file line uniqueness
        for line in set(l for l in raw if len(l.strip()) > 3):
            key = line.strip()
            if key in seen and seen[key] != stem:
                errors.append("line also used in %s: %r" % (seen[key], key[:60]))
            else:
                seen[key] = stem

        raw_nb = sum(1 for l in raw if l.strip())
        share = 100.0 * (raw_nb - len(gold_nb)) / raw_nb if raw_nb else 0.0
        info = "%d lines, %d kept, furniture %.0f%%" % (raw_nb, len(gold_nb), share)
        if errors:
            failed = True
            print("FAIL %s (%s)" % (raw_name, info))
            for e in errors:
                print("    - " + e)
        else:
            print("ok   %s (%s)" % (raw_name, info))

    if not raws:
        print("FAIL: no files found")
        failed = True
    if failed:
        print("ERRORS FOUND")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
