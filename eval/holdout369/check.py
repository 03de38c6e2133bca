#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))


def read(path):
    with open(path, "rb") as fh:
        data = fh.read()
    errs = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None, ["not valid UTF-8"]
    if b"\r" in data:
        errs.append("contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        errs.append("no final newline")
    if text.endswith("\n\n"):
        errs.append("trailing blank line")
    if text.startswith("\ufeff"):
        errs.append("starts with a BOM")
    return text, errs


def is_subsequence(gold, raw):
    it = iter(raw)
    return all(any(g == r for r in it) for g in gold)


def main():
    files = sorted(os.listdir(here))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt") and NAME_RE.match(f)]
    golds = [f for f in files if f.endswith(".gold.txt")]
    failures = 0
    seen = defaultdict(set)  # line -> set of pair names
    numbers = defaultdict(list)

    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold file without raw file")
            failures += 1
    stray = [f for f in files if f.endswith(".txt") and f not in raws and f not in golds]
    for f in stray:
        print(f"FAIL {f}: file name does not match NNN_<lang>_<families>.txt")
        failures += 1

    for rf in raws:
        errs = []
        m = NAME_RE.match(rf)
        num, lang, fams = m.group(1), m.group(2), m.group(3)
        numbers[num].append(rf)
        base = rf[:-4]
        gf = base + ".gold.txt"
        if lang not in LANGS:
            errs.append(f"unknown language {lang!r}")
        negative = fams == "negative"
        if not negative:
            parts = fams.split("-")
            bad = [p for p in parts if p not in FAMILIES]
            if bad:
                errs.append(f"unknown families {bad}")
            else:
                idx = [FAMILIES.index(p) for p in parts]
                if idx != sorted(idx) or len(set(idx)) != len(idx):
                    errs.append("families not in canonical order or repeated")
        if gf not in golds:
            errs.append("missing gold file")
            print(f"FAIL {base}: " + "; ".join(errs))
            failures += 1
            continue
        raw_text, e1 = read(os.path.join(here, rf))
        gold_text, e2 = read(os.path.join(here, gf))
        errs += ["raw: " + e for e in e1] + ["gold: " + e for e in e2]
        if raw_text is None or gold_text is None:
            print(f"FAIL {base}: " + "; ".join(errs))
            failures += 1
            continue
        raw = raw_text.rstrip("\n").split("\n")
        gold = gold_text.rstrip("\n").split("\n")
        if raw and raw[0].strip() == "":
            errs.append("raw: leading blank line")
        if gold and gold[0].strip() == "":
            errs.append("gold: leading blank line")
        if gold and gold[-1].strip() == "":
            errs.append("gold: trailing blank line")
        for i in range(1, len(gold)):
            if gold[i].strip() == "" and gold[i - 1].strip() == "":
                errs.append(f"gold: uncollapsed blank run at line {i + 1}")
                break
        if not is_subsequence(gold, raw):
            errs.append("gold is not an ordered subsequence of raw lines")
        if negative:
            if raw_text != gold_text:
                errs.append("negative but gold differs from raw")
        else:
            if raw_text == gold_text:
                errs.append("positive but gold is identical to raw")
            # the gold must equal raw minus some non-blank lines, with blank runs collapsed
            raw_nb = [l for l in raw if l.strip()]
            gold_nb = [l for l in gold if l.strip()]
            if len(gold_nb) >= len(raw_nb):
                errs.append("no furniture line removed")
        for line in set(raw):
            if len(line.strip()) > 3:
                seen[line].add(base)
        n_raw = sum(1 for l in raw if l.strip())
        n_gold = sum(1 for l in gold if l.strip())
        share = (n_raw - n_gold) / n_raw if n_raw else 0
        if errs:
            failures += 1
            print(f"FAIL {base}: " + "; ".join(errs))
        else:
            print(f"ok   {base}  lines={n_raw} kept={n_gold} furniture={share:.0%}")

    for num, names in numbers.items():
        if len(names) > 1:
            print(f"FAIL number {num} used by {names}")
            failures += 1
    dups = {l: s for l, s in seen.items() if len(s) > 1}
    for line, where in sorted(dups.items()):
        print(f"FAIL duplicate line in {sorted(where)}: {line!r}")
        failures += 1
    if not raws:
        print("FAIL no pairs found")
        failures += 1
    if failures:
        print(f"{failures} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
