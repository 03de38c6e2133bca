#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, are UTF-8, use LF line endings and end with a newline
  * <families> are valid names in canonical order without repeats, or exactly 'negative'
  * the gold's non-blank lines are an ordered subsequence of the raw lines, and the gold equals
    the raw with the unmatched lines deleted and the resulting blank runs collapsed to one
  * the gold has no run of blank lines and no leading/trailing blank line
  * negatives: gold byte-identical to raw; positives: at least one line deleted and the
    furniture share of non-blank lines within 30-55 %
Across the set: no non-blank line longer than 3 characters appears in more than one pair.
Prints one line per pair and 'ALL OK' at the end (exit status 1 otherwise).
"""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def collapse(lines):
    out = []
    for line in lines:
        if line.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(line)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def read(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None, data
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: CR characters (need LF line endings)")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    problems = 0
    seen = {}          # line -> set of pair names
    numbers = {}
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold without raw file")
            problems += 1
    for rf in raws:
        errs = []
        base = rf[:-4]
        m = NAME.match(rf)
        if not m:
            errs.append("file name does not match NNN_<lang>_<families>.txt")
        else:
            num, lang, fams = m.groups()
            if num in numbers:
                errs.append(f"number {num} also used by {numbers[num]}")
            numbers[num] = base
            if lang not in LANGS:
                errs.append(f"unexpected language code {lang}")
            if fams != "negative":
                parts = fams.split("-")
                bad = [p for p in parts if p not in CANON]
                if bad:
                    errs.append(f"unknown families {bad}")
                elif parts != sorted(set(parts), key=CANON.index):
                    errs.append("families repeated or not in canonical order")
        gf = base + ".gold.txt"
        if gf not in golds:
            print(f"FAIL {rf}: missing {gf}")
            problems += 1
            continue
        raw, raw_bytes = read(os.path.join(HERE, rf), errs)
        gold, gold_bytes = read(os.path.join(HERE, gf), errs)
        info = ""
        if raw is not None and gold is not None:
            # gold structure
            if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
                errs.append("gold has a leading or trailing blank line")
            for a, b in zip(gold, gold[1:]):
                if a.strip() == "" and b.strip() == "":
                    errs.append("gold has a run of blank lines")
                    break
            # subsequence
            keep, j = set(), 0
            gold_nb = [(k, l) for k, l in enumerate(gold) if l.strip()]
            ok = True
            for _, line in gold_nb:
                while j < len(raw) and raw[j] != line:
                    j += 1
                if j == len(raw):
                    errs.append(f"gold line not found in order in raw: {line[:60]!r}")
                    ok = False
                    break
                keep.add(j)
                j += 1
            if ok:
                rebuilt = collapse([l for i, l in enumerate(raw) if i in keep or l.strip() == ""])
                if rebuilt != gold:
                    errs.append("gold differs from raw-minus-deleted-lines with blank runs collapsed")
            raw_nb = sum(1 for l in raw if l.strip())
            deleted = raw_nb - len(gold_nb)
            share = 100.0 * deleted / raw_nb if raw_nb else 0.0
            info = f"{raw_nb} lines, {deleted} furniture ({share:.0f}%)"
            if m and m.group(3) == "negative":
                if raw_bytes != gold_bytes:
                    errs.append("negative: gold is not byte-identical to raw")
            elif m:
                if deleted == 0:
                    errs.append("positive with no furniture deleted")
                elif not 30.0 <= share <= 55.0:
                    errs.append(f"furniture share {share:.1f}% outside 30-55%")
            for l in set(raw):
                if l.strip() and len(l.strip()) > 3:
                    seen.setdefault(l, set()).add(base)
        if errs:
            problems += len(errs)
            print(f"FAIL {base}: " + "; ".join(errs))
        else:
            print(f"ok   {base}: {info}")
    dups = {l: s for l, s in seen.items() if len(s) > 1}
    for l, s in sorted(dups.items()):
        print(f"FAIL duplicate line in {sorted(s)}: {l[:70]!r}")
        problems += 1
    if not raws:
        print("FAIL no pairs found")
        problems += 1
    if problems:
        print(f"{problems} PROBLEM(S)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
