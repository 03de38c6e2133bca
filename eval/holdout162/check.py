#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and .gold.txt exist;
  * UTF-8, LF line endings only, final newline;
  * the file name's family list is 'negative' or valid family names, no repeats,
    in canonical order;
  * the gold is what you get by deleting whole lines from the raw, collapsing
    runs of blank lines to one and trimming leading/trailing blank lines
    (so gold lines are byte-identical to raw lines, in the same order);
  * negatives: gold byte-identical to raw; positives: gold differs from raw;
  * positives: deleted (furniture) lines are 30-55 % of non-blank raw lines.
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair.
Prints one line per pair and 'ALL OK' at the end (exit status 1 otherwise).
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None, data
    if b"\r" in data:
        errs.append(f"{os.path.basename(path)}: CR characters (need LF line endings)")
    if not data.endswith(b"\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if data.endswith(b"\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def collapse(lines):
    out = []
    for ln in lines:
        if ln.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(ln)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def check_families(stem, errs):
    if stem == "negative":
        return []
    fams = stem.split("-")
    for f in fams:
        if f not in FAMILIES:
            errs.append(f"unknown family '{f}'")
    if len(set(fams)) != len(fams):
        errs.append("repeated family in name")
    idx = [FAMILIES.index(f) for f in fams if f in FAMILIES]
    if idx != sorted(idx):
        errs.append("families not in canonical order")
    return fams


def main():
    names = sorted(os.listdir(HERE))
    raws = [n for n in names if n.endswith(".txt") and not n.endswith(".gold.txt")]
    golds = [n for n in names if n.endswith(".gold.txt")]
    failed = False
    seen = defaultdict(set)  # line -> set of pair numbers
    numbers = set()
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold without raw file")
            failed = True
    for raw_name in raws:
        errs = []
        m = NAME_RE.match(raw_name)
        if not m:
            print(f"FAIL {raw_name}: bad file name")
            failed = True
            continue
        num, lang, stem = m.groups()
        if num in numbers:
            errs.append(f"number {num} used twice")
        numbers.add(num)
        if lang not in LANGS:
            errs.append(f"unknown language '{lang}'")
        fams = check_families(stem, errs)
        gold_name = raw_name[:-4] + ".gold.txt"
        if gold_name not in golds:
            print(f"FAIL {raw_name}: " + "; ".join(errs + [f"missing {gold_name}"]))
            failed = True
            continue
        raw, raw_bytes = read(os.path.join(HERE, raw_name), errs)
        gold, gold_bytes = read(os.path.join(HERE, gold_name), errs)
        if raw is None or gold is None:
            print(f"FAIL {raw_name}: " + "; ".join(errs))
            failed = True
            continue
        if raw and raw[0].strip() == "":
            errs.append("raw starts with a blank line")
        # gold must be an ordered subsequence of raw (non-blank lines matched in order)
        kept, j = set(), 0
        gold_nb = [ln for ln in gold if ln.strip()]
        for i, ln in enumerate(raw):
            if j < len(gold_nb) and ln == gold_nb[j]:
                kept.add(i)
                j += 1
        if j != len(gold_nb):
            errs.append(f"gold line not found in raw (in order): {gold_nb[j][:60]!r}")
        else:
            expected = collapse([ln for i, ln in enumerate(raw) if i in kept or ln.strip() == ""])
            if expected != gold:
                errs.append("gold is not raw-minus-deleted-lines with blank runs collapsed and trimmed")
        if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
            errs.append("leading/trailing blank line in gold")
        if any(gold[k].strip() == "" and gold[k + 1].strip() == "" for k in range(len(gold) - 1)):
            errs.append("run of blank lines in gold")
        raw_nb = [ln for ln in raw if ln.strip()]
        n_del = len(raw_nb) - len(gold_nb)
        ratio = n_del / len(raw_nb) if raw_nb else 0.0
        if stem == "negative":
            if raw_bytes != gold_bytes:
                errs.append("negative: gold not byte-identical to raw")
        else:
            if n_del == 0:
                errs.append("positive pair but nothing deleted")
            elif not 0.30 <= ratio <= 0.55:
                errs.append(f"furniture share {ratio:.0%} outside 30-55%")
        for ln in set(raw) | set(gold):
            if ln.strip() and len(ln.strip()) > 3:
                seen[ln].add(raw_name)
        if errs:
            failed = True
            print(f"FAIL {raw_name}: " + "; ".join(errs))
        else:
            kind = "negative" if stem == "negative" else f"{len(fams)} families"
            print(f"ok   {raw_name}: {len(raw_nb)} lines, {n_del} deleted ({ratio:.0%}), {kind}")
    for ln, files in sorted(seen.items()):
        if len(files) > 1:
            failed = True
            print(f"FAIL duplicate line in {', '.join(sorted(files))}: {ln[:70]!r}")
    if not raws:
        print("FAIL no files")
        failed = True
    if failed:
        print("FAILED")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
