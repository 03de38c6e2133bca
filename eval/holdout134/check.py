#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair NNN_<lang>_<families>.txt / NNN_<lang>_<families>.gold.txt:
  * both files exist; file names are well formed; numbers are unique
  * UTF-8, LF line endings only, final newline, no trailing blank line at EOF
  * family names are valid, unique and in canonical order; 'negative' stands alone
  * gold lines form an ordered subsequence of the raw lines (blank lines included)
  * gold has no leading/trailing blank lines and no runs of more than one blank line
  * negatives: gold is byte-identical to raw; positives: gold differs from raw
  * positives: deleted (furniture) share of non-blank raw lines is 30-55 %
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair
Prints one line per pair and 'ALL OK' at the end; exit status 1 on any failure.
"""
import os, re, sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")
MIN_SHARE, MAX_SHARE = 0.30, 0.55

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)
    return msg


def read_lines(path, tag):
    data = open(path, "rb").read()
    probs = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        probs.append(f"{tag}: not UTF-8 ({e})")
        return None, data, probs
    if b"\r" in data:
        probs.append(f"{tag}: contains CR characters")
    if not text:
        probs.append(f"{tag}: empty file")
        return [], data, probs
    if text.startswith("\ufeff"):
        probs.append(f"{tag}: has a BOM")
    if not text.endswith("\n"):
        probs.append(f"{tag}: no final newline")
    elif text.endswith("\n\n"):
        probs.append(f"{tag}: trailing blank line(s)")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data, probs


def is_subsequence(sub, seq):
    it = iter(seq)
    return all(any(x == y for y in it) for x in sub)


files = sorted(f for f in os.listdir(here) if f.endswith(".txt"))
raws = [f for f in files if not f.endswith(".gold.txt")]
golds = {f for f in files if f.endswith(".gold.txt")}

for g in sorted(golds):
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        err(f"{g}: gold file without raw file")

numbers = defaultdict(list)
line_owner = defaultdict(set)        # line -> set of pair stems
report = []

for raw_name in raws:
    stem = raw_name[:-4]
    probs = []
    m = NAME.match(raw_name)
    fams = []
    if not m:
        probs.append(f"{raw_name}: bad file name")
    else:
        numbers[m.group(1)].append(raw_name)
        if m.group(2) not in LANGS:
            probs.append(f"{raw_name}: unknown language '{m.group(2)}'")
        fams = m.group(3).split("-")
        if fams == ["negative"]:
            pass
        elif "negative" in fams:
            probs.append(f"{raw_name}: 'negative' combined with families")
        else:
            bad = [f for f in fams if f not in CANON]
            if bad:
                probs.append(f"{raw_name}: invalid families {bad}")
            elif len(set(fams)) != len(fams):
                probs.append(f"{raw_name}: duplicated family")
            elif fams != sorted(fams, key=CANON.index):
                probs.append(f"{raw_name}: families not in canonical order")
    gold_name = stem + ".gold.txt"
    if gold_name not in golds:
        probs.append(f"{raw_name}: missing {gold_name}")
        for p in probs:
            err(p)
        report.append(f"FAIL {stem}")
        continue
    raw, raw_bytes, p1 = read_lines(os.path.join(here, raw_name), raw_name)
    gold, gold_bytes, p2 = read_lines(os.path.join(here, gold_name), gold_name)
    probs += p1 + p2
    share = None
    if raw is not None and gold is not None:
        if not gold or gold[0] == "" or gold[-1] == "":
            probs.append(f"{gold_name}: leading/trailing blank line or empty")
        for i in range(1, len(gold)):
            if gold[i] == "" and gold[i - 1] == "":
                probs.append(f"{gold_name}: run of blank lines at line {i + 1}")
                break
        if not is_subsequence(gold, raw):
            probs.append(f"{gold_name}: not an ordered subsequence of the raw lines")
        nb_raw = sum(1 for l in raw if l.strip())
        nb_gold = sum(1 for l in gold if l.strip())
        share = (nb_raw - nb_gold) / nb_raw if nb_raw else 0.0
        if fams == ["negative"]:
            if raw_bytes != gold_bytes:
                probs.append(f"{gold_name}: negative but not byte-identical to raw")
        else:
            if raw_bytes == gold_bytes:
                probs.append(f"{gold_name}: positive but identical to raw")
            elif not (MIN_SHARE <= share <= MAX_SHARE):
                probs.append(f"{raw_name}: furniture share {share:.1%} outside "
                             f"{MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
        for l in set(raw) | set(gold):
            if l.strip() and len(l.strip()) > 3:
                line_owner[l].add(stem)
    for p in probs:
        err(p)
    status = "ok  " if not probs else "FAIL"
    extra = f"furniture {share:5.1%}" if share is not None else ""
    report.append(f"{status} {stem}  raw={len(raw or [])} gold={len(gold or [])} {extra}")

for num, names in numbers.items():
    if len(names) > 1:
        err(f"number {num} used by several pairs: {names}")

for line, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        err(f"line used in {len(owners)} pairs {sorted(owners)}: {line[:70]!r}")

for r in report:
    print(r)
if errors:
    print()
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} problem(s)")
    sys.exit(1)
print("ALL OK")
