#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and .gold.txt exist
  * UTF-8, LF only, final newline, no leading/trailing blank lines in the gold
  * family names valid and in canonical order ('negative' alone for negatives)
  * gold is an ordered subsequence of the raw lines
  * blank lines in the gold are exactly the collapsed runs: one blank between two
    kept lines iff the raw text between them contained a blank line
  * negatives: gold byte-identical to raw; positives: gold strictly shorter
Across the set:
  * no non-blank line longer than 3 characters appears in more than one pair
Prints one line per pair and 'ALL OK' at the end (exit status 1 on any error).
"""
import os
import re
import sys
from collections import defaultdict

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(pair, msg):
    errors.append(f"{pair}: {msg}")


def load(path, pair):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(pair, f"{os.path.basename(path)} is not UTF-8 ({e})")
        return None, data
    if "\r" in text:
        err(pair, f"{os.path.basename(path)} contains CR characters")
    if not text.endswith("\n"):
        err(pair, f"{os.path.basename(path)} lacks a final newline")
    if text.endswith("\n\n"):
        err(pair, f"{os.path.basename(path)} ends with a blank line")
    if text.startswith("\ufeff"):
        err(pair, f"{os.path.basename(path)} starts with a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def align(raw, gold):
    """Greedy earliest match of the gold's non-blank lines in raw.
    Returns list of raw indices (one per non-blank gold line) or None."""
    idx, j = [], 0
    for g in gold:
        if g.strip() == "":
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j)
        j += 1
    return idx


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            err(g, "gold without raw file")

    line_owner = defaultdict(set)
    numbers = defaultdict(list)
    report = []
    for rf in raws:
        pair = rf[:-4]
        gf = pair + ".gold.txt"
        m = NAME_RE.match(rf)
        if not m:
            err(pair, "file name does not match NNN_<lang>_<families>.txt")
            continue
        num, lang, fams = m.groups()
        numbers[num].append(pair)
        fam_list = fams.split("-")
        negative = fam_list == ["negative"]
        if not negative:
            bad = [f for f in fam_list if f not in ORDER]
            if bad:
                err(pair, f"unknown families: {bad}")
            elif fam_list != sorted(fam_list, key=ORDER.index) or len(set(fam_list)) != len(fam_list):
                err(pair, "families not in canonical order or repeated")
        if gf not in golds:
            err(pair, "missing gold file")
            report.append((pair, None, None, None))
            continue
        raw, raw_bytes = load(os.path.join(HERE, rf), pair)
        gold, gold_bytes = load(os.path.join(HERE, gf), pair)
        if raw is None or gold is None:
            report.append((pair, None, None, None))
            continue
        if raw and raw[0].strip() == "":
            err(pair, "raw starts with a blank line")
        if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
            err(pair, "gold has a leading or trailing blank line")
        for a, b in zip(gold, gold[1:]):
            if a.strip() == "" and b.strip() == "":
                err(pair, "gold has an uncollapsed run of blank lines")
                break
        idx = align(raw, gold)
        if idx is None:
            err(pair, "gold is not an ordered subsequence of the raw lines")
        else:
            # rebuild the expected gold from the kept raw lines
            expected = []
            for k, i in enumerate(idx):
                if k > 0 and any(raw[x].strip() == "" for x in range(idx[k - 1] + 1, i)):
                    expected.append("")
                expected.append(raw[i])
            if expected != gold:
                err(pair, "blank lines in gold do not match collapsed blank runs of raw")
        if negative and raw_bytes != gold_bytes:
            err(pair, "negative but gold is not byte-identical to raw")
        if not negative and raw_bytes == gold_bytes:
            err(pair, "positive but gold is identical to raw")
        for line in set(raw):
            s = line.strip()
            if len(s) > 3:
                line_owner[s].add(pair)
        nb_raw = sum(1 for l in raw if l.strip())
        nb_gold = sum(1 for l in gold if l.strip())
        share = 100.0 * (nb_raw - nb_gold) / nb_raw if nb_raw else 0.0
        report.append((pair, nb_raw, nb_gold, share))

    for num, pairs in numbers.items():
        if len(pairs) > 1:
            err(num, f"number used by several pairs: {pairs}")
    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            err(", ".join(sorted(owners)), f"line used in more than one file: {line[:70]!r}")

    bad_pairs = {e.split(":")[0] for e in errors}
    for pair, nb_raw, nb_gold, share in report:
        status = "FAIL" if any(pair in b for b in bad_pairs) else "ok  "
        if nb_raw is None:
            print(f"{status} {pair}")
        else:
            print(f"{status} {pair}  raw={nb_raw} kept={nb_gold} furniture={share:.1f}%")
    if errors:
        print()
        for e in errors:
            print("ERROR", e)
        print(f"\n{len(errors)} error(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
