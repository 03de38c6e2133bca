#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist;
  * UTF-8, LF line endings only, final newline, no trailing whitespace;
  * family names are valid, unique and in canonical order ('negative' alone otherwise);
  * gold is an ordered subsequence of raw lines and equals raw with some
    non-blank lines deleted, blank runs collapsed and edges stripped;
  * gold has no double blank lines and no leading/trailing blank lines;
  * negatives: gold byte-identical to raw; positives: gold differs from raw and
    furniture is 30-55 % of non-blank raw lines;
Across the set: no non-blank line longer than 3 characters occurs in two files
(a pair's raw and gold count as one file).
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")


def read(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for i, ln in enumerate(lines, 1):
        if ln != ln.rstrip():
            errors.append(f"{os.path.basename(path)}:{i}: trailing whitespace")
        if "\t" in ln:
            errors.append(f"{os.path.basename(path)}:{i}: tab character")
    return lines


def collapse(lines):
    out = []
    for ln in lines:
        if ln == "" and (not out or out[-1] == ""):
            continue
        out.append(ln)
    while out and out[-1] == "":
        out.pop()
    return out


def check_pair(stem, raw, gold, errors):
    m = NAME.match(stem)
    if not m:
        errors.append(f"{stem}: bad file name")
        return None
    lang, fams = m.group(2), m.group(3)
    if lang not in LANGS:
        errors.append(f"{stem}: unknown language code {lang}")
    negative = fams == "negative"
    if not negative:
        parts = fams.split("-")
        for p in parts:
            if p not in ORDER:
                errors.append(f"{stem}: unknown family '{p}'")
        if len(set(parts)) != len(parts):
            errors.append(f"{stem}: duplicate family in name")
        known = [p for p in parts if p in ORDER]
        if known != sorted(known, key=ORDER.index):
            errors.append(f"{stem}: families not in canonical order")
    # gold formatting
    if gold and (gold[0] == "" or gold[-1] == ""):
        errors.append(f"{stem}: gold has leading/trailing blank line")
    for i in range(1, len(gold)):
        if gold[i] == "" and gold[i - 1] == "":
            errors.append(f"{stem}: gold has a run of blank lines at line {i + 1}")
            break
    if raw and (raw[0] == "" or raw[-1] == ""):
        errors.append(f"{stem}: raw has leading/trailing blank line")
    # subsequence: map every gold line to a raw line, in order
    kept, j = set(), 0
    for gi, gl in enumerate(gold):
        while j < len(raw) and raw[j] != gl:
            j += 1
        if j == len(raw):
            errors.append(f"{stem}: gold line {gi + 1} not found in order in raw: {gl[:60]!r}")
            return None
        if gl != "":
            kept.add(j)
        j += 1
    expected = collapse([ln for i, ln in enumerate(raw) if ln == "" or i in kept])
    while expected and expected[0] == "":
        expected.pop(0)
    if expected != gold:
        errors.append(f"{stem}: gold is not raw minus deleted lines with blank runs collapsed")
    nb_raw = [ln for ln in raw if ln.strip()]
    nb_gold = [ln for ln in gold if ln.strip()]
    share = 1 - len(nb_gold) / len(nb_raw) if nb_raw else 0.0
    if negative:
        if raw != gold:
            errors.append(f"{stem}: negative but gold differs from raw")
    else:
        if raw == gold:
            errors.append(f"{stem}: positive but gold identical to raw")
        if not 0.30 <= share <= 0.55:
            errors.append(f"{stem}: furniture share {share:.0%} outside 30-55%")
    return len(nb_raw), len(nb_gold), share


def main():
    errors = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
    raws = {f[:-4] for f in files if not f.endswith(".gold.txt")}
    for s in sorted(raws - golds):
        errors.append(f"{s}: gold file missing")
    for s in sorted(golds - raws):
        errors.append(f"{s}: raw file missing")
    seen = {}
    numbers = {}
    for stem in sorted(raws & golds):
        local = []
        raw = read(os.path.join(HERE, stem + ".txt"), local)
        gold = read(os.path.join(HERE, stem + ".gold.txt"), local)
        res = None
        if raw is not None and gold is not None:
            res = check_pair(stem, raw, gold, local)
            if (open(os.path.join(HERE, stem + ".txt"), "rb").read()
                    == open(os.path.join(HERE, stem + ".gold.txt"), "rb").read()) != stem.endswith("_negative"):
                local.append(f"{stem}: byte identity does not match negative/positive status")
            for ln in set(raw) | set(gold):
                key = ln.strip()
                if len(key) > 3:
                    seen.setdefault(key, set()).add(stem)
        num = stem[:3]
        if num in numbers:
            local.append(f"{stem}: number {num} also used by {numbers[num]}")
        numbers[num] = stem
        if res:
            status = "OK" if not local else "FAIL"
            print(f"{status}  {stem}  raw={res[0]} gold={res[1]} furniture={res[2]:.0%}")
        else:
            print(f"FAIL  {stem}")
        errors.extend(local)
    for line, stems in sorted(seen.items()):
        if len(stems) > 1:
            errors.append(f"line used in {len(stems)} files ({', '.join(sorted(stems))}): {line[:70]!r}")
    if errors:
        print()
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
