#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, decode as UTF-8, use LF line endings and end with a newline;
  * the name is well formed, families are valid and in canonical order ('negative' alone);
  * the gold is an ordered subsequence of the raw lines (byte-identical lines);
  * the gold has no leading/trailing blank lines and no runs of blank lines;
  * a negative's gold is byte-identical to its raw; a positive's gold is not;
  * positives have 30-55 % furniture among non-blank lines;
and across the set: no non-blank line longer than 3 characters appears in more than one pair.
Prints one line per pair and 'ALL OK' at the end (exit status 1 on any error).
"""
import os
import re
import sys
from collections import defaultdict

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
MIN_FURN, MAX_FURN = 0.30, 0.55

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def read_lines(path, label):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{label}: not UTF-8 ({e})")
        return None
    if text.startswith("\ufeff"):
        err(f"{label}: has a BOM")
    if "\r" in text:
        err(f"{label}: contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        err(f"{label}: missing final newline")
    if text.endswith("\n\n"):
        err(f"{label}: ends with a blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_blank(s):
    return s.strip() == ""


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]

for g in golds:
    if g[: -len(".gold.txt")] + ".txt" not in raws:
        err(f"{g}: gold without raw file")

seen_numbers = {}
line_owner = defaultdict(set)
per_pair = []

for raw_name in raws:
    stem = raw_name[:-4]
    problems_before = len(errors)
    m = NAME_RE.match(raw_name)
    if not m:
        err(f"{raw_name}: file name does not match NNN_<lang>_<families>.txt")
        continue
    num, lang, fam_str = m.groups()
    if num in seen_numbers:
        err(f"{raw_name}: number {num} already used by {seen_numbers[num]}")
    seen_numbers[num] = raw_name
    if lang not in LANGS:
        err(f"{raw_name}: unknown language code '{lang}'")
    fams = fam_str.split("-")
    negative = fams == ["negative"]
    if not negative:
        bad = [f for f in fams if f not in ORDER]
        if bad:
            err(f"{raw_name}: invalid family name(s) {bad}")
        else:
            idx = [ORDER.index(f) for f in fams]
            if idx != sorted(idx) or len(set(idx)) != len(idx):
                err(f"{raw_name}: families not in canonical order or repeated")
    gold_name = stem + ".gold.txt"
    gold_path = os.path.join(here, gold_name)
    if not os.path.exists(gold_path):
        err(f"{raw_name}: missing gold file {gold_name}")
        continue
    raw = read_lines(os.path.join(here, raw_name), raw_name)
    gold = read_lines(gold_path, gold_name)
    if raw is None or gold is None:
        continue

    # raw hygiene
    if raw and (is_blank(raw[0]) or is_blank(raw[-1])):
        err(f"{raw_name}: leading or trailing blank line")

    # gold blank structure
    if gold and (is_blank(gold[0]) or is_blank(gold[-1])):
        err(f"{gold_name}: leading or trailing blank line")
    for i in range(1, len(gold)):
        if is_blank(gold[i]) and is_blank(gold[i - 1]):
            err(f"{gold_name}: run of blank lines at line {i + 1}")
            break

    # ordered subsequence (greedy matching is exact for subsequence testing)
    j = 0
    kept = [False] * len(raw)
    for gl in gold:
        while j < len(raw) and raw[j] != gl:
            j += 1
        if j == len(raw):
            err(f"{gold_name}: line not found in order in raw: {gl[:70]!r}")
            break
        kept[j] = True
        j += 1

    raw_bytes = open(os.path.join(here, raw_name), "rb").read()
    gold_bytes = open(gold_path, "rb").read()
    nb_raw = [l for l in raw if not is_blank(l)]
    nb_gold = [l for l in gold if not is_blank(l)]
    furniture = len(nb_raw) - len(nb_gold)
    share = furniture / len(nb_raw) if nb_raw else 0.0
    if negative:
        if raw_bytes != gold_bytes:
            err(f"{raw_name}: negative but gold is not byte-identical to raw")
    else:
        if raw_bytes == gold_bytes or furniture == 0:
            err(f"{raw_name}: positive but nothing was deleted")
        elif not (MIN_FURN <= share <= MAX_FURN):
            err(f"{raw_name}: furniture share {share:.0%} outside {MIN_FURN:.0%}-{MAX_FURN:.0%}")

    for l in set(raw):
        key = " ".join(l.split()).casefold()
        if len(key) > 3:
            line_owner[key].add(stem)

    status = "OK" if len(errors) == problems_before else "FAIL"
    per_pair.append((raw_name, status, len(nb_raw), furniture, share))

dups = {k: v for k, v in line_owner.items() if len(v) > 1}
for k, v in sorted(dups.items()):
    err(f"line used in more than one file {sorted(v)}: {k[:70]!r}")

for name, status, n, furn, share in per_pair:
    print(f"{status:4}  {name}  ({n} non-blank lines, {furn} furniture, {share:.0%})")
if errors:
    print()
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} error(s)")
    sys.exit(1)
print("ALL OK")
