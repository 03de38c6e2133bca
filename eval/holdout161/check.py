#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors_total = 0
seen_lines = {}  # line -> first pair that used it


def read(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR (line endings must be LF)")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: missing final newline")
    if text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line")
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)}: has BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(sub, full):
    it = iter(full)
    return all(any(x == y for y in it) for x in sub)


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
numbers = []

for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        print(f"FAIL {g}: gold file without raw file")
        errors_total += 1

for raw_name in raws:
    errs = []
    m = NAME_RE.match(raw_name)
    stem = raw_name[:-4]
    gold_name = stem + ".gold.txt"
    if not m:
        errs.append("bad file name (expected NNN_<lang>_<families>.txt)")
        fams = []
    else:
        numbers.append(int(m.group(1)))
        fam_part = m.group(3)
        fams = fam_part.split("-")
        if fams == ["negative"]:
            pass
        else:
            bad = [f for f in fams if f not in FAMILIES]
            if bad:
                errs.append(f"unknown families: {bad}")
            elif fams != sorted(fams, key=FAMILIES.index):
                errs.append("families not in canonical order")
            if len(set(fams)) != len(fams):
                errs.append("duplicate family in name")
    if gold_name not in golds:
        errs.append("missing gold file")
        print(f"FAIL {stem}: " + "; ".join(errs))
        errors_total += len(errs)
        continue
    raw = read(os.path.join(here, raw_name), errs)
    gold = read(os.path.join(here, gold_name), errs)
    if raw is not None and gold is not None:
        if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
            errs.append("gold has leading or trailing blank line")
        for i in range(1, len(gold)):
            if gold[i].strip() == "" and gold[i - 1].strip() == "":
                errs.append(f"gold has uncollapsed blank run at line {i + 1}")
                break
        if any(l.strip() == "" and l != "" for l in gold + raw):
            errs.append("whitespace-only line (blank lines must be empty)")
        if not is_subsequence(gold, raw):
            errs.append("gold is not an ordered subsequence of raw lines")
        if fams == ["negative"]:
            if open(os.path.join(here, raw_name), "rb").read() != open(os.path.join(here, gold_name), "rb").read():
                errs.append("negative but gold differs from raw")
        else:
            if len([l for l in gold if l.strip()]) == len([l for l in raw if l.strip()]):
                errs.append("positive but no line was deleted")
        for line in set(raw) | set(gold):
            s = line.strip()
            if len(s) <= 3:
                continue
            if s in seen_lines and seen_lines[s] != stem:
                errs.append(f"line also used in {seen_lines[s]}: {s[:60]!r}")
            else:
                seen_lines.setdefault(s, stem)
    nb_raw = len([l for l in (raw or []) if l.strip()])
    nb_gold = len([l for l in (gold or []) if l.strip()])
    if errs:
        errors_total += len(errs)
        print(f"FAIL {stem}: " + "; ".join(errs))
    else:
        share = 100 * (nb_raw - nb_gold) / nb_raw if nb_raw else 0
        print(f"ok   {stem}: {nb_raw} raw lines, {nb_gold} kept, furniture {share:.0f}%")

if len(set(numbers)) != len(numbers):
    print("FAIL: duplicate file numbers")
    errors_total += 1

if errors_total:
    print(f"{errors_total} ERROR(S)")
    sys.exit(1)
print("ALL OK")
