#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the file name has the form NNN_<lang>_<families>, families valid, unique and in canonical order,
    or the single word 'negative';
  * the gold lines are an ordered subsequence of the raw lines;
  * the gold equals the raw with the deleted lines removed and blank runs collapsed to one,
    with no leading or trailing blank lines;
  * negatives are byte-identical to their raw file, positives delete at least one line;
and across the whole set: no non-blank line longer than 3 characters appears in more than one pair.
"""
import os, re, sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit copyright "
         "wire share counter newsletter subscribe donation membership paywall comments login authorbox tags "
         "footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
HERE = os.path.dirname(os.path.abspath(__file__))
NAME = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

errors = []
def err(msg):
    errors.append(msg)
    print("  ERROR: " + msg)

def read(path):
    data = open(path, "rb").read()
    problems = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return None, data, ["not UTF-8 (%s)" % e]
    if b"\r" in data:
        problems.append("contains CR characters (line endings must be LF)")
    if not data.endswith(b"\n"):
        problems.append("no final newline")
    if data.endswith(b"\n\n"):
        problems.append("ends with a blank line")
    if text.startswith("\ufeff"):
        problems.append("has a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data, problems

def collapse(lines):
    out = []
    for l in lines:
        if l.strip() == "" and out and out[-1].strip() == "":
            continue
        out.append(l)
    while out and out[0].strip() == "":
        out.pop(0)
    while out and out[-1].strip() == "":
        out.pop()
    return out

files = sorted(f for f in os.listdir(HERE) if re.match(r"^\d{3}_.*\.txt$", f))
bases = sorted({f[:-9] if f.endswith(".gold.txt") else f[:-4] for f in files})
if not bases:
    err("no pairs found")

line_owner = defaultdict(set)
numbers = defaultdict(list)

for base in bases:
    raw_p, gold_p = os.path.join(HERE, base + ".txt"), os.path.join(HERE, base + ".gold.txt")
    before = len(errors)
    status = ""
    m = NAME.match(base)
    if not m:
        err("%s: file name does not match NNN_<lang>_<families>" % base)
        fams = []
    else:
        numbers[m.group(1)].append(base)
        if m.group(2) not in LANGS:
            err("%s: unknown language code %r" % (base, m.group(2)))
        fams = m.group(3).split("-")
        if fams == ["negative"]:
            pass
        else:
            bad = [f for f in fams if f not in CANON]
            if bad:
                err("%s: invalid family name(s): %s" % (base, ", ".join(bad)))
            elif len(set(fams)) != len(fams):
                err("%s: family listed twice" % base)
            elif fams != sorted(fams, key=CANON.index):
                err("%s: families not in canonical order" % base)
    if not os.path.exists(raw_p) or not os.path.exists(gold_p):
        err("%s: incomplete pair (raw %s, gold %s)" % (base, os.path.exists(raw_p), os.path.exists(gold_p)))
        print("%s: FAIL" % base)
        continue
    raw, raw_bytes, p1 = read(raw_p)
    gold, gold_bytes, p2 = read(gold_p)
    for p in p1:
        err("%s.txt: %s" % (base, p))
    for p in p2:
        err("%s.gold.txt: %s" % (base, p))
    if raw is None or gold is None:
        print("%s: FAIL" % base)
        continue
    # gold must be an ordered subsequence of raw (greedy match of non-blank lines)
    kept, j = set(), 0
    ok_subseq = True
    for g in gold:
        if g.strip() == "":
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            err("%s: gold line not found in order in raw: %r" % (base, g[:80]))
            ok_subseq = False
            break
        kept.add(j)
        j += 1
    if ok_subseq:
        expected = collapse([l for i, l in enumerate(raw) if l.strip() == "" or i in kept])
        if expected != gold:
            err("%s: gold is not raw-minus-deletions with blank runs collapsed and trimmed" % base)
    for i in range(1, len(gold)):
        if gold[i].strip() == "" and gold[i - 1].strip() == "":
            err("%s: gold has a run of blank lines at line %d" % (base, i + 1))
            break
    if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
        err("%s: gold has leading or trailing blank lines" % base)
    n_raw = sum(1 for l in raw if l.strip())
    n_gold = sum(1 for l in gold if l.strip())
    if fams == ["negative"]:
        if raw_bytes != gold_bytes:
            err("%s: negative but gold is not byte-identical to raw" % base)
        status = "negative, %d lines kept" % n_gold
    else:
        if n_gold >= n_raw:
            err("%s: positive but no line deleted" % base)
        share = (n_raw - n_gold) / n_raw if n_raw else 0
        status = "%d of %d non-blank lines deleted (%.0f%% furniture), families: %s" % (
            n_raw - n_gold, n_raw, 100 * share, ", ".join(fams))
    for l in set(raw):
        s = l.strip()
        if len(s) > 3:
            line_owner[s].add(base)
    print("%s: %s  [%s]" % (base, "OK" if len(errors) == before else "FAIL", status))

for num, bs in numbers.items():
    if len(bs) > 1:
        err("number %s used by more than one pair: %s" % (num, ", ".join(bs)))
for line, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        err("line used in more than one file (%s): %r" % (", ".join(sorted(owners)), line[:80]))

if errors:
    print("%d ERROR(S)" % len(errors))
    sys.exit(1)
print("ALL OK")
