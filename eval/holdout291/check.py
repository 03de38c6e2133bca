#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist; UTF-8; LF line endings only; final newline; no BOM
  * gold lines are an ordered subsequence of the raw lines (byte-identical lines)
  * gold has no runs of blank lines and no leading/trailing blank lines
  * negatives: gold is byte-identical to raw; positives: gold differs from raw
  * family names are valid, not repeated, in canonical order ('negative' alone)
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair
Prints one line per pair and 'ALL OK' at the end (exit status 1 on any problem).
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)
    print("  ERROR: " + msg)


def read_lines(path, label):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        err(f"{label}: starts with a BOM")
    if b"\r" in data:
        err(f"{label}: contains CR characters (LF only expected)")
    if not data.endswith(b"\n"):
        err(f"{label}: missing final newline")
    if data.endswith(b"\n\n"):
        err(f"{label}: ends with a blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{label}: not valid UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(sub, seq):
    it = iter(seq)
    for i, s in enumerate(sub):
        for x in it:
            if x == s:
                break
        else:
            return i  # index of first gold line that could not be matched
    return -1


files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
raws = sorted(f[:-4] for f in files if not f.endswith(".gold.txt"))
golds = sorted(f[:-9] for f in files if f.endswith(".gold.txt"))
for g in sorted(set(golds) - set(raws)):
    err(f"{g}.gold.txt has no raw file")

line_owner = defaultdict(set)
numbers = defaultdict(list)

for stem in raws:
    before = len(errors)
    m = NAME_RE.match(stem)
    if not m:
        err(f"{stem}: file name does not match NNN_<lang>_<families>")
        continue
    num, lang, fams = m.groups()
    numbers[num].append(stem)
    if lang not in LANGS:
        err(f"{stem}: unknown language code '{lang}'")
    fam_list = fams.split("-")
    negative = fam_list == ["negative"]
    if not negative:
        bad = [f for f in fam_list if f not in CANON]
        if bad:
            err(f"{stem}: invalid family name(s) {bad}")
        elif len(set(fam_list)) != len(fam_list):
            err(f"{stem}: repeated family name")
        elif fam_list != sorted(fam_list, key=CANON.index):
            err(f"{stem}: families not in canonical order")
    gold_path = os.path.join(HERE, stem + ".gold.txt")
    if not os.path.exists(gold_path):
        err(f"{stem}: gold file missing")
        continue
    raw_bytes, raw = read_lines(os.path.join(HERE, stem + ".txt"), stem + ".txt")
    gold_bytes, gold = read_lines(gold_path, stem + ".gold.txt")

    if raw and raw[0] == "":
        err(f"{stem}.txt: leading blank line")
    if gold and gold[0] == "":
        err(f"{stem}.gold.txt: leading blank line")
    if gold and gold[-1] == "":
        err(f"{stem}.gold.txt: trailing blank line")
    for i in range(1, len(gold)):
        if gold[i] == "" and gold[i - 1] == "":
            err(f"{stem}.gold.txt: run of blank lines at line {i + 1}")
            break
    for i, ln in enumerate(raw + gold):
        if ln != ln.rstrip() and ln.strip():
            err(f"{stem}: trailing whitespace in line '{ln[:40]}'")
            break
        if ln and not ln.strip():
            err(f"{stem}: whitespace-only line")
            break
    miss = is_subsequence(gold, raw)
    if miss >= 0:
        err(f"{stem}: gold line {miss + 1} not found in order in raw: '{gold[miss][:60]}'")
    if negative:
        if raw_bytes != gold_bytes:
            err(f"{stem}: negative but gold is not byte-identical to raw")
    elif raw_bytes == gold_bytes:
        err(f"{stem}: positive but gold is identical to raw")

    for ln in set(raw):
        if ln.strip() and len(ln.strip()) > 3:
            line_owner[ln.strip()].add(stem)

    raw_nb = sum(1 for x in raw if x.strip())
    gold_nb = sum(1 for x in gold if x.strip())
    share = 100.0 * (raw_nb - gold_nb) / raw_nb if raw_nb else 0.0
    status = "OK  " if len(errors) == before else "FAIL"
    print(f"{status} {stem}: raw {raw_nb} lines, gold {gold_nb}, furniture {share:.0f}%")

for num, stems in sorted(numbers.items()):
    if len(stems) > 1:
        err(f"number {num} used by more than one pair: {stems}")

for ln, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        err(f"line used in {len(owners)} files {sorted(owners)}: '{ln[:70]}'")

if not raws:
    err("no pairs found")

if errors:
    print(f"{len(errors)} problem(s) found")
    sys.exit(1)
print(f"{len(raws)} pairs checked")
print("ALL OK")
