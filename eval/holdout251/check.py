#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist
  * UTF-8, LF line endings only, final newline, no leading blank line
  * family names are valid and in canonical order ('negative' stands alone)
  * gold is an ordered subsequence of raw lines
  * gold equals raw minus the deleted lines, with blank runs collapsed to one
    and no leading/trailing blank lines
  * negatives: gold is byte-identical to raw; positives: at least one line deleted
Across the set:
  * no non-blank line longer than 3 characters is used in more than one pair
"""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)$")

here = os.path.dirname(os.path.abspath(__file__))
root = sys.argv[1] if len(sys.argv) > 1 else here
problems = []


def fail(name, msg):
    problems.append(f"{name}: {msg}")


def read_lines(path, name):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(name, f"{os.path.basename(path)} is not UTF-8 ({e})")
        return None, data
    if "\r" in text:
        fail(name, f"{os.path.basename(path)} contains CR characters")
    if not text.endswith("\n"):
        fail(name, f"{os.path.basename(path)} has no final newline")
    if text.endswith("\n\n"):
        fail(name, f"{os.path.basename(path)} ends with a blank line")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if lines and lines[0].strip() == "":
        fail(name, f"{os.path.basename(path)} starts with a blank line")
    return lines, data


def collapse(lines):
    out = []
    for l in lines:
        if l.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(l)
    while out and out[-1].strip() == "":
        out.pop()
    return out


files = sorted(os.listdir(root))
stems = set()
for f in files:
    if f.endswith(".gold.txt"):
        stems.add(f[:-len(".gold.txt")])
    elif f.endswith(".txt"):
        stems.add(f[:-len(".txt")])

line_owner = {}
numbers = {}
report = []
for stem in sorted(stems):
    raw_p = os.path.join(root, stem + ".txt")
    gold_p = os.path.join(root, stem + ".gold.txt")
    before = len(problems)
    m = NAME_RE.match(stem)
    if not m:
        fail(stem, "file name does not match NNN_<lang>_<families>")
        continue
    num, lang, fams = m.groups()
    numbers.setdefault(num, []).append(stem)
    famlist = fams.split("-")
    negative = famlist == ["negative"]
    if not negative:
        for fam in famlist:
            if fam not in CANON:
                fail(stem, f"unknown family '{fam}'")
        idx = [CANON.index(x) for x in famlist if x in CANON]
        if idx != sorted(set(idx)):
            fail(stem, "families not in canonical order (or repeated)")
    elif "negative" in famlist and len(famlist) > 1:
        fail(stem, "'negative' combined with families")
    if not os.path.exists(raw_p):
        fail(stem, "raw file missing")
        continue
    if not os.path.exists(gold_p):
        fail(stem, "gold file missing")
        continue
    raw, raw_b = read_lines(raw_p, stem)
    gold, gold_b = read_lines(gold_p, stem)
    if raw is None or gold is None:
        continue
    # gold formatting
    for i in range(1, len(gold)):
        if gold[i].strip() == "" and gold[i - 1].strip() == "":
            fail(stem, f"gold has consecutive blank lines at line {i + 1}")
            break
    if gold and gold[-1].strip() == "":
        fail(stem, "gold ends with a blank line")
    # ordered subsequence (greedy over all lines, blanks included)
    j = 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            fail(stem, f"gold line not found in order in raw: {g[:60]!r}")
            break
        j += 1
    # exact reconstruction: keep matched non-blank lines plus all blanks, collapse
    keep = [False] * len(raw)
    j = 0
    ok = True
    for g in (x for x in gold if x.strip()):
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            ok = False
            break
        keep[j] = True
        j += 1
    if ok:
        rebuilt = collapse([l for l, k in zip(raw, keep) if k or l.strip() == ""])
        if rebuilt != gold:
            fail(stem, "gold is not raw-minus-deletions with blank runs collapsed to one")
    deleted = sum(1 for l, k in zip(raw, keep) if l.strip() and not k)
    if negative:
        if raw_b != gold_b:
            fail(stem, "negative but gold is not byte-identical to raw")
    elif deleted == 0:
        fail(stem, "positive but nothing was deleted")
    # cross-file uniqueness
    for l in set(raw) | set(gold):
        s = l.strip()
        if len(s) > 3:
            line_owner.setdefault(s, set()).add(stem)
    nonblank = sum(1 for l in raw if l.strip())
    share = deleted / nonblank if nonblank else 0
    status = "OK  " if len(problems) == before else "FAIL"
    report.append(f"{status} {stem}  raw={nonblank} kept={nonblank - deleted} "
                  f"deleted={deleted} ({share:.0%})")

for num, st in numbers.items():
    if len(st) > 1:
        fail(num, "number used by more than one pair: " + ", ".join(st))
for s, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        fail("duplicate", f"line {s[:60]!r} appears in {', '.join(sorted(owners))}")

for r in report:
    print(r)
if not stems:
    fail("set", "no pairs found")
if problems:
    for p in problems:
        print("PROBLEM", p)
    print(f"FAILED ({len(problems)} problems)")
    sys.exit(1)
print("ALL OK")
