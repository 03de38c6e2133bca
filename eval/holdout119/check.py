#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

here = os.path.dirname(os.path.abspath(__file__))
errors_total = 0


def read_lines(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line")
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)}: has BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(gold, raw):
    i = 0
    for line in raw:
        if i < len(gold) and gold[i] == line:
            i += 1
    return i == len(gold)


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
stems = sorted({f[:-4] for f in raws} | {f[:-9] for f in golds})

seen_lines = {}   # line -> stem
seen_numbers = {}
results = []

for stem in stems:
    errs = []
    raw_p = os.path.join(here, stem + ".txt")
    gold_p = os.path.join(here, stem + ".gold.txt")
    if not os.path.exists(raw_p):
        errs.append("raw file missing")
    if not os.path.exists(gold_p):
        errs.append("gold file missing")
    m = NAME_RE.match(stem)
    fams = []
    negative = False
    if not m:
        errs.append("bad file name (expected NNN_<lang>_<families>)")
    else:
        num, lang, famstr = m.groups()
        if num in seen_numbers:
            errs.append(f"number {num} also used by {seen_numbers[num]}")
        seen_numbers[num] = stem
        if lang not in LANGS:
            errs.append(f"unknown language code {lang}")
        if famstr == "negative":
            negative = True
        else:
            fams = famstr.split("-")
            bad = [f for f in fams if f not in CANON]
            if bad:
                errs.append(f"invalid family name(s): {', '.join(bad)}")
            elif len(set(fams)) != len(fams):
                errs.append("duplicate family name")
            elif fams != sorted(fams, key=CANON.index):
                errs.append("families not in canonical order")
    if not errs:
        r = read_lines(raw_p, errs)
        g = read_lines(gold_p, errs)
        if r and g:
            raw_bytes, raw = r
            gold_bytes, gold = g
            if not gold or gold[0] == "":
                errs.append("gold has leading blank line or is empty")
            if gold and gold[-1] == "":
                errs.append("gold has trailing blank line")
            for i in range(1, len(gold)):
                if gold[i] == "" and gold[i - 1] == "":
                    errs.append(f"gold has a run of blank lines at line {i + 1}")
                    break
            if not is_subsequence(gold, raw):
                errs.append("gold is not an ordered subsequence of raw lines")
            if negative:
                if raw_bytes != gold_bytes:
                    errs.append("negative: gold is not byte-identical to raw")
            else:
                if raw_bytes == gold_bytes:
                    errs.append("positive: gold identical to raw (nothing deleted)")
            for line in raw:
                key = line.strip()
                if len(key) > 3:
                    other = seen_lines.get(key)
                    if other is not None and other != stem:
                        errs.append(f"line reused from {other}: {key[:60]!r}")
                    else:
                        seen_lines[key] = stem
            n_raw = sum(1 for l in raw if l.strip())
            n_gold = sum(1 for l in gold if l.strip())
            info = f"raw={n_raw} kept={n_gold} deleted={n_raw - n_gold}"
            if n_raw:
                info += f" ({(n_raw - n_gold) / n_raw:.0%})"
    status = "OK " if not errs else "ERR"
    results.append((stem, status, errs, info if not errs else ""))
    errors_total += len(errs)

for stem, status, errs, info in results:
    print(f"{status} {stem} {info}".rstrip())
    for e in errs:
        print(f"    - {e}")

if not stems:
    print("no pairs found")
    errors_total += 1
if errors_total:
    print(f"FAILED: {errors_total} problem(s)")
    sys.exit(1)
print("ALL OK")
