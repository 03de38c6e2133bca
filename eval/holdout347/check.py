#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist;
  * UTF-8, LF line endings only, final newline, no trailing-newline-only files;
  * file name: 3-digit number, known language code, family names valid, unique and
    in canonical order, or exactly 'negative';
  * gold lines form an ordered subsequence of the raw lines (byte-identical lines);
  * gold has no leading/trailing blank lines and no runs of blank lines, and every
    blank run in gold corresponds to a blank (or a deleted region) in raw;
  * negatives: gold byte-identical to raw; positives: gold strictly shorter than raw;
Across the set:
  * numbers are unique;
  * no non-blank line longer than 3 characters appears in more than one pair
    (raw and gold of the same pair naturally share lines).
Prints one line per pair and 'ALL OK' at the end; exits 1 on any error.
"""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors_total = 0


def read_text(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)}: has BOM")
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line")
    return text


def is_blank(s):
    return s.strip() == ""


files = sorted(os.listdir(here))
raws = [f for f in files if NAME_RE.match(f) and not f.endswith(".gold.txt")]
golds = {f for f in files if f.endswith(".gold.txt")}
seen_numbers = {}
line_owner = {}   # stripped line -> first pair stem
pair_lines = {}

for g in sorted(golds):
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        print(f"ERROR {g}: gold without raw file")
        errors_total += 1

for raw_name in raws:
    errs = []
    stem = raw_name[:-4]
    m = NAME_RE.match(raw_name)
    num, lang, fams = m.groups()
    if num in seen_numbers:
        errs.append(f"number {num} also used by {seen_numbers[num]}")
    seen_numbers.setdefault(num, stem)
    if lang not in LANGS:
        errs.append(f"unknown language code {lang!r}")
    negative = fams == "negative"
    if not negative:
        parts = fams.split("-")
        bad = [p for p in parts if p not in CANON]
        if bad:
            errs.append(f"invalid family name(s): {bad}")
        elif len(set(parts)) != len(parts):
            errs.append("duplicate family name")
        elif [CANON.index(p) for p in parts] != sorted(CANON.index(p) for p in parts):
            errs.append("families not in canonical order")
    gold_name = stem + ".gold.txt"
    if gold_name not in golds:
        errs.append("missing gold file")
        print(f"FAIL {stem}: " + "; ".join(errs))
        errors_total += len(errs)
        continue
    raw = read_text(os.path.join(here, raw_name), errs)
    gold = read_text(os.path.join(here, gold_name), errs)
    if raw is None or gold is None:
        print(f"FAIL {stem}: " + "; ".join(errs))
        errors_total += len(errs)
        continue
    rl = raw[:-1].split("\n") if raw.endswith("\n") else raw.split("\n")
    gl = gold[:-1].split("\n") if gold.endswith("\n") else gold.split("\n")
    if not rl or is_blank(rl[0]) or is_blank(rl[-1]):
        errs.append("raw starts or ends with a blank line")
    # gold formatting
    if gl and (is_blank(gl[0]) or is_blank(gl[-1])):
        errs.append("gold has leading/trailing blank line")
    for a, b in zip(gl, gl[1:]):
        if is_blank(a) and is_blank(b):
            errs.append("gold has a run of blank lines")
            break
    # ordered subsequence (greedy matching; record which raw lines are kept)
    kept = []
    j = 0
    for i, line in enumerate(gl):
        while j < len(rl) and rl[j] != line:
            j += 1
        if j == len(rl):
            errs.append(f"gold line {i + 1} not found in order in raw: {line[:60]!r}")
            break
        kept.append(j)
        j += 1
    else:
        # gold must equal raw minus deleted lines with blank runs collapsed
        kept_set = set(kept)
        # non-blank raw lines that were deleted are the furniture; rebuild expected gold
        deleted_nonblank = [k for k in range(len(rl)) if k not in kept_set and not is_blank(rl[k])]
        rebuilt = []
        for k, line in enumerate(rl):
            if is_blank(line):
                if rebuilt and not is_blank(rebuilt[-1]):
                    rebuilt.append(line)
            elif k in kept_set:
                rebuilt.append(line)
        while rebuilt and is_blank(rebuilt[-1]):
            rebuilt.pop()
        if [x.strip() == "" for x in rebuilt] != [x.strip() == "" for x in gl] or \
                [x for x in rebuilt if not is_blank(x)] != [x for x in gl if not is_blank(x)]:
            errs.append("gold is not raw minus deleted lines with blank runs collapsed")
        if negative:
            if raw != gold:
                errs.append("negative but gold differs from raw")
        else:
            if not deleted_nonblank:
                errs.append("positive but no line deleted")
    # cross-file uniqueness
    own = set()
    for line in rl:
        s = line.strip()
        if len(s) > 3:
            own.add(s)
    for s in sorted(own):
        if s in line_owner and line_owner[s] != stem:
            errs.append(f"line also in {line_owner[s]}: {s[:60]!r}")
        else:
            line_owner.setdefault(s, stem)
    n_raw = sum(1 for x in rl if not is_blank(x))
    n_gold = sum(1 for x in gl if not is_blank(x))
    if errs:
        errors_total += len(errs)
        print(f"FAIL {stem}: " + "; ".join(errs))
    else:
        share = (n_raw - n_gold) / n_raw if n_raw else 0
        print(f"ok   {stem}: {n_raw} raw lines, {n_gold} kept, furniture {share:.0%}")

if not raws:
    print("ERROR: no pairs found")
    errors_total += 1
if errors_total:
    print(f"{errors_total} ERROR(S)")
    sys.exit(1)
print("ALL OK")
