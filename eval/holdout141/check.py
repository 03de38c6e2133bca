#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist;
  * UTF-8, LF line endings only, final newline, no trailing whitespace;
  * family names are valid, unique and in canonical order, or exactly "negative";
  * gold lines are an ordered subsequence of raw lines (byte-identical);
  * gold has no runs of blank lines and no leading/trailing blank lines;
  * gold equals raw minus the unmatched lines, with blank runs collapsed;
  * negatives: gold byte-identical to raw; positives: gold differs from raw and
    furniture is 30-55 % of the raw non-blank lines.
Across the set: no non-blank line longer than 3 characters occurs in more than
one pair (raw files are compared; a gold file only repeats its own raw).
Prints one line per pair and "ALL OK" at the end (exit status 1 otherwise).
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
MIN_PCT, MAX_PCT = 30.0, 55.0

HERE = os.path.dirname(os.path.abspath(__file__))


def read(path, errs):
    with open(path, "rb") as fh:
        data = fh.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({exc})")
        return data, []
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{os.path.basename(path)}: BOM")
    if b"\r" in data:
        errs.append(f"{os.path.basename(path)}: CR characters (need LF only)")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for i, ln in enumerate(lines, 1):
        if ln != ln.rstrip():
            errs.append(f"{os.path.basename(path)}:{i}: trailing whitespace")
        if ln.strip() == "" and ln != "":
            errs.append(f"{os.path.basename(path)}:{i}: whitespace-only line")
    return data, lines


def collapse(lines):
    out = []
    for ln in lines:
        if ln == "" and (not out or out[-1] == ""):
            continue
        out.append(ln)
    while out and out[-1] == "":
        out.pop()
    return out


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    all_errs = []
    seen_numbers = {}
    line_owner = defaultdict(set)
    n_pos = n_neg = 0
    per_lang = defaultdict(lambda: [0, 0])

    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            all_errs.append(f"{g}: gold without raw")

    for raw_name in raws:
        errs = []
        m = NAME.match(raw_name)
        stem = raw_name[:-4]
        gold_name = stem + ".gold.txt"
        if not m:
            errs.append("bad file name")
            print(f"FAIL {raw_name}: {'; '.join(errs)}")
            all_errs.extend(errs)
            continue
        num, lang, fams = m.groups()
        if num in seen_numbers:
            errs.append(f"number {num} also used by {seen_numbers[num]}")
        seen_numbers[num] = raw_name
        if lang not in LANGS:
            errs.append(f"unknown language {lang}")
        negative = fams == "negative"
        if not negative:
            parts = fams.split("-")
            bad = [p for p in parts if p not in FAMILIES]
            if bad:
                errs.append(f"unknown families {bad}")
            elif len(set(parts)) != len(parts):
                errs.append("duplicate family")
            elif parts != sorted(parts, key=FAMILIES.index):
                errs.append("families not in canonical order")
        if gold_name not in golds:
            errs.append("missing gold file")
            print(f"FAIL {raw_name}: {'; '.join(errs)}")
            all_errs.extend(errs)
            continue

        raw_bytes, raw = read(os.path.join(HERE, raw_name), errs)
        gold_bytes, gold = read(os.path.join(HERE, gold_name), errs)

        # gold must be an ordered subsequence of raw
        kept = [False] * len(raw)
        j = 0
        for gl in gold:
            while j < len(raw) and raw[j] != gl:
                j += 1
            if j == len(raw):
                errs.append(f"gold line not found in order in raw: {gl[:60]!r}")
                break
            kept[j] = True
            j += 1
        if gold and (gold[0] == "" or gold[-1] == ""):
            errs.append("gold has leading or trailing blank line")
        if any(a == "" and b == "" for a, b in zip(gold, gold[1:])):
            errs.append("gold has a run of blank lines")
        if raw and (raw[0] == "" or raw[-1] == ""):
            errs.append("raw has leading or trailing blank line")
        if not errs:
            rebuilt = collapse([ln for ln, k in zip(raw, kept) if k or ln == ""])
            if rebuilt != gold:
                errs.append("gold is not raw minus deleted lines with blank runs collapsed")

        raw_nb = [ln for ln in raw if ln.strip()]
        gold_nb = [ln for ln in gold if ln.strip()]
        deleted = len(raw_nb) - len(gold_nb)
        pct = 100.0 * deleted / len(raw_nb) if raw_nb else 0.0
        if negative:
            n_neg += 1
            per_lang[lang][1] += 1
            if raw_bytes != gold_bytes:
                errs.append("negative but gold differs from raw")
        else:
            n_pos += 1
            per_lang[lang][0] += 1
            if deleted == 0:
                errs.append("positive but nothing deleted")
            elif not MIN_PCT <= pct <= MAX_PCT:
                errs.append(f"furniture share {pct:.0f}% outside {MIN_PCT:.0f}-{MAX_PCT:.0f}%")

        for ln in set(raw):
            if len(ln.strip()) > 3:
                line_owner[ln.strip()].add(stem)

        status = "ok  " if not errs else "FAIL"
        info = f"{len(raw_nb)} lines, {deleted} furniture ({pct:.0f}%)"
        print(f"{status} {stem}: {info}" + (f" -- {'; '.join(errs)}" if errs else ""))
        all_errs.extend(f"{stem}: {e}" for e in errs)

    dups = {ln: owners for ln, owners in line_owner.items() if len(owners) > 1}
    for ln, owners in sorted(dups.items()):
        msg = f"line used in {len(owners)} files ({', '.join(sorted(owners))}): {ln[:70]!r}"
        print(f"FAIL duplicate {msg}")
        all_errs.append(msg)

    print(f"{len(raws)} pairs: {n_pos} positive, {n_neg} negative; per language "
          + ", ".join(f"{k} {v[0]}+{v[1]}" for k, v in sorted(per_lang.items())))
    if all_errs:
        print(f"{len(all_errs)} problem(s)")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
