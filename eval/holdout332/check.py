#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return []
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def match_kept(raw, gold):
    """Greedily match the non-blank gold lines to raw lines, in order.
    Returns the list of kept raw indices, or None if gold is not a subsequence."""
    kept, i = [], 0
    for g in gold:
        if g == "":
            continue
        while i < len(raw) and raw[i] != g:
            i += 1
        if i == len(raw):
            return None
        kept.append(i)
        i += 1
    return kept


def rebuild(raw, kept):
    """Delete every non-blank raw line not in kept, collapse blank runs, strip edges."""
    keep = set(kept)
    out = []
    for i, line in enumerate(raw):
        if line.strip() == "":
            if out and out[-1] != "":
                out.append("")
        elif i in keep:
            out.append(line)
    while out and out[-1] == "":
        out.pop()
    return out


def main():
    errors_total = 0
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = sorted(f[:-4] for f in names if not f.endswith(".gold.txt"))
    golds = sorted(f[:-9] for f in names if f.endswith(".gold.txt"))
    global_errors = []
    for g in sorted(set(golds) - set(raws)):
        global_errors.append(f"{g}.gold.txt has no raw file")
    seen_lines = {}   # stripped line -> first pair that used it
    numbers = []
    for base in raws:
        errs = []
        m = NAME_RE.match(base)
        fams = []
        if not m:
            errs.append("bad file name")
        else:
            numbers.append(int(m.group(1)))
            if m.group(2) not in LANGS:
                errs.append(f"unknown language code {m.group(2)}")
            fams = m.group(3).split("-")
            if fams != ["negative"]:
                bad = [f for f in fams if f not in FAMILIES]
                if bad:
                    errs.append(f"unknown families {bad}")
                elif len(set(fams)) != len(fams):
                    errs.append("duplicate family in name")
                elif fams != sorted(fams, key=FAMILIES.index):
                    errs.append("families not in canonical order")
        raw_path = os.path.join(HERE, base + ".txt")
        gold_path = os.path.join(HERE, base + ".gold.txt")
        raw = read_lines(raw_path, errs)
        if not os.path.exists(gold_path):
            errs.append("gold file missing")
            gold = None
        else:
            gold = read_lines(gold_path, errs)
        if raw and raw[0].strip() == "":
            errs.append("raw starts with a blank line")
        n_raw = sum(1 for l in raw if l.strip())
        n_gold = 0
        if gold is not None:
            n_gold = sum(1 for l in gold if l.strip())
            if gold and (gold[0] == "" or gold[-1] == ""):
                errs.append("gold has leading or trailing blank line")
            for a, b in zip(gold, gold[1:]):
                if a == "" and b == "":
                    errs.append("gold has an uncollapsed run of blank lines")
                    break
            if any(l != "" and l.strip() == "" for l in gold):
                errs.append("gold has whitespace-only lines")
            kept = match_kept(raw, gold)
            if kept is None:
                errs.append("gold is not an ordered subsequence of raw")
            elif rebuild(raw, kept) != gold:
                errs.append("gold does not equal raw minus deleted lines with blank runs collapsed")
            raw_bytes = open(raw_path, "rb").read()
            gold_bytes = open(gold_path, "rb").read()
            if fams == ["negative"]:
                if raw_bytes != gold_bytes:
                    errs.append("negative: gold not byte-identical to raw")
            elif fams:
                if raw_bytes == gold_bytes:
                    errs.append("positive: gold identical to raw (nothing deleted)")
                if n_gold == 0:
                    errs.append("positive: gold is empty")
        for line in set(l.strip() for l in raw):
            if len(line) > 3:
                if line in seen_lines and seen_lines[line] != base:
                    errs.append(f"line also used in {seen_lines[line]}: {line[:60]!r}")
                else:
                    seen_lines.setdefault(line, base)
        share = (100.0 * (n_raw - n_gold) / n_raw) if n_raw else 0.0
        status = "OK" if not errs else "FAIL"
        print(f"{status}  {base}  raw={n_raw} gold={n_gold} furniture={n_raw - n_gold} ({share:.0f}%)")
        for e in errs:
            print(f"      - {e}")
        errors_total += len(errs)
    if numbers and sorted(numbers) != list(range(1, len(numbers) + 1)):
        global_errors.append("file numbers are not consecutive from 001")
    for e in global_errors:
        print(f"FAIL  {e}")
    errors_total += len(global_errors)
    if errors_total:
        print(f"{errors_total} problem(s) found")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
