#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the gold lines are an ordered subsequence of the raw lines (byte-identical);
  * the gold has no runs of blank lines and no leading/trailing blank lines;
  * a `negative` pair is byte-identical; a positive pair is not;
  * the family list is valid and in canonical order;
and, across the whole set, that no non-blank line longer than 3 characters
occurs in more than one pair.
Standard library only. Prints one line per pair and `ALL OK` at the end.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)$")

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def read_lines(path, label):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{label}: not valid UTF-8 ({e})")
        return None, data
    if "\r" in text:
        err(f"{label}: contains CR characters (must be LF only)")
    if not text.endswith("\n"):
        err(f"{label}: no final newline")
    if text.startswith("\ufeff"):
        err(f"{label}: starts with a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def is_subsequence(sub, full):
    it = iter(full)
    return all(any(s == f for f in it) for s in sub)


files = sorted(f for f in os.listdir(here) if f.endswith(".txt"))
raw_names = sorted(f[:-4] for f in files if not f.endswith(".gold.txt"))
gold_names = sorted(f[:-9] for f in files if f.endswith(".gold.txt"))

for g in gold_names:
    if g not in raw_names:
        err(f"{g}: gold file without raw file")

line_owner = defaultdict(set)   # line -> set of pair names
n_pairs = 0

for name in raw_names:
    n_pairs += 1
    before = len(errors)
    m = NAME_RE.match(name)
    fams = []
    if not m:
        err(f"{name}: file name does not match NNN_<lang>_<families>")
    else:
        fams = m.group(3).split("-")
        if fams == ["negative"]:
            pass
        elif "negative" in fams:
            err(f"{name}: 'negative' combined with other families")
        else:
            bad = [f for f in fams if f not in CANON]
            if bad:
                err(f"{name}: unknown families {bad}")
            else:
                idx = [CANON.index(f) for f in fams]
                if idx != sorted(idx) or len(set(idx)) != len(idx):
                    want = "-".join(sorted(set(fams), key=CANON.index))
                    err(f"{name}: families not in canonical order / duplicated (expected {want})")
    raw_path = os.path.join(here, name + ".txt")
    gold_path = os.path.join(here, name + ".gold.txt")
    if not os.path.exists(gold_path):
        err(f"{name}: missing gold file")
        print(f"FAIL {name}")
        continue
    raw, raw_bytes = read_lines(raw_path, name + ".txt")
    gold, gold_bytes = read_lines(gold_path, name + ".gold.txt")
    if raw is None or gold is None:
        print(f"FAIL {name}")
        continue

    if not is_subsequence(gold, raw):
        err(f"{name}: gold is not an ordered subsequence of raw lines")
    if gold and gold[0].strip() == "":
        err(f"{name}: gold starts with a blank line")
    if gold and gold[-1].strip() == "":
        err(f"{name}: gold ends with a blank line")
    for i in range(1, len(gold)):
        if gold[i].strip() == "" and gold[i - 1].strip() == "":
            err(f"{name}: gold has a run of blank lines at line {i + 1}")
            break
    for i, l in enumerate(gold):
        if l != "" and l.strip() == "":
            err(f"{name}: gold line {i + 1} is whitespace-only")
            break

    removed = sum(1 for l in raw if l.strip()) - sum(1 for l in gold if l.strip())
    if fams == ["negative"]:
        if raw_bytes != gold_bytes:
            err(f"{name}: negative but gold is not byte-identical to raw")
    elif fams:
        if removed <= 0:
            err(f"{name}: positive but no furniture line removed")

    for l in set(raw) | set(gold):
        if l.strip() and len(l) > 3:
            line_owner[l].add(name)

    nonblank = sum(1 for l in raw if l.strip())
    status = "ok  " if len(errors) == before else "FAIL"
    ratio = removed / nonblank if nonblank else 0
    print(f"{status} {name}: {nonblank} lines, {removed} furniture ({ratio:.0%})")

for line, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        err(f"line used in {len(owners)} files {sorted(owners)}: {line[:70]!r}")

if n_pairs == 0:
    err("no pairs found")

if errors:
    print()
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} problem(s)")
    sys.exit(1)
print("ALL OK")
