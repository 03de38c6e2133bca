#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory.

Checks, for every pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the file name is well formed; families are valid, unique and in canonical
    order, or the single word 'negative';
  * the gold lines are an ordered subsequence of the raw lines;
  * the gold has no runs of blank lines and no leading/trailing blank lines;
  * a negative's gold is byte-identical to its raw; a positive's gold differs;
  * for positives, the share of deleted non-blank lines is reported
    (warning only if outside 30-55 %).
Across the set: no non-blank line longer than 3 characters appears in more
than one pair.
Prints one line per pair and 'ALL OK' at the end (exit status 1 on failure).
"""
import os
import re
import sys
from collections import defaultdict

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

here = os.path.dirname(os.path.abspath(__file__))
errors = []
warnings = []


def fail(msg):
    errors.append(msg)


def read(path):
    data = open(path, "rb").read()
    problems = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return None, [f"not UTF-8 ({e})"]
    if b"\r" in data:
        problems.append("contains CR characters (must be LF only)")
    if not text.endswith("\n"):
        problems.append("missing final newline")
    if text.startswith("\ufeff"):
        problems.append("starts with a BOM")
    return text, problems


def is_subsequence(sub, seq):
    it = iter(seq)
    return all(any(x == y for y in it) for x in sub)


files = sorted(f for f in os.listdir(here) if f.endswith(".txt"))
raws = sorted(f[:-4] for f in files if not f.endswith(".gold.txt"))
golds = sorted(f[:-9] for f in files if f.endswith(".gold.txt"))
for g in sorted(set(golds) - set(raws)):
    fail(f"{g}: gold file without raw file")
for r in sorted(set(raws) - set(golds)):
    fail(f"{r}: raw file without gold file")

seen_numbers = {}
line_owner = defaultdict(set)

for base in raws:
    msgs = []
    m = NAME_RE.match(base)
    kind = "?"
    if not m:
        msgs.append("bad file name (expected NNN_<lang>_<families>)")
    else:
        num, lang, famstr = m.groups()
        if num in seen_numbers:
            msgs.append(f"number {num} also used by {seen_numbers[num]}")
        seen_numbers[num] = base
        if famstr == "negative":
            kind = "negative"
        else:
            kind = "positive"
            fams = famstr.split("-")
            bad = [f for f in fams if f not in ORDER]
            if bad:
                msgs.append(f"unknown families: {', '.join(bad)}")
            elif len(set(fams)) != len(fams):
                msgs.append("duplicate family in name")
            elif fams != sorted(fams, key=ORDER.index):
                msgs.append("families not in canonical order")
    raw_path = os.path.join(here, base + ".txt")
    gold_path = os.path.join(here, base + ".gold.txt")
    if not os.path.exists(gold_path):
        fail(f"{base}: FAIL: " + "; ".join(msgs + ["no gold file"]))
        continue
    raw, p1 = read(raw_path)
    gold, p2 = read(gold_path)
    msgs += [f"raw {p}" for p in p1] + [f"gold {p}" for p in p2]
    if raw is None or gold is None:
        fail(f"{base}: FAIL: " + "; ".join(msgs))
        continue
    rl = raw.split("\n")[:-1] if raw.endswith("\n") else raw.split("\n")
    gl = gold.split("\n")[:-1] if gold.endswith("\n") else gold.split("\n")
    if not gl:
        msgs.append("gold is empty")
    else:
        if gl[0].strip() == "" or gl[-1].strip() == "":
            msgs.append("gold has leading or trailing blank lines")
        for i in range(1, len(gl)):
            if gl[i].strip() == "" and gl[i - 1].strip() == "":
                msgs.append(f"gold has a run of blank lines at line {i + 1}")
                break
        if any(l.strip() == "" and l != "" for l in gl):
            msgs.append("gold has whitespace-only lines")
    if not is_subsequence(gl, rl):
        msgs.append("gold is not an ordered subsequence of raw lines")
    raw_nb = [l for l in rl if l.strip()]
    gold_nb = [l for l in gl if l.strip()]
    share = None
    if kind == "negative":
        if open(raw_path, "rb").read() != open(gold_path, "rb").read():
            msgs.append("negative but gold is not byte-identical to raw")
    elif kind == "positive":
        if raw == gold:
            msgs.append("positive but gold equals raw")
        share = (len(raw_nb) - len(gold_nb)) / max(1, len(raw_nb))
        if not 0.30 <= share <= 0.55:
            warnings.append(f"{base}: furniture share {share:.0%} outside 30-55%")
    for l in set(rl):
        if len(l.strip()) > 3:
            line_owner[l.strip()].add(base)
    if msgs:
        fail(f"{base}: FAIL: " + "; ".join(msgs))
        print(f"FAIL  {base}: " + "; ".join(msgs))
    else:
        extra = f"  raw {len(raw_nb)} / gold {len(gold_nb)} non-blank lines"
        if share is not None:
            extra += f", furniture {share:.0%}"
        print(f"ok    {base}{extra}")

for line, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        fail(f"line used in more than one file: {line[:70]!r} in {', '.join(sorted(owners))}")

for w in warnings:
    print("WARN  " + w)
if errors:
    for e in errors:
        if "line used" in e or "without" in e:
            print("FAIL  " + e)
    print(f"{len(errors)} problem(s)")
    sys.exit(1)
print("ALL OK")
