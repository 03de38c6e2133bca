#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * raw and gold both exist; names match NNN_<lang>_<families>.txt / .gold.txt
  * families are valid, unique and in canonical order, or the single word 'negative'
  * both files are UTF-8, LF-only, end with exactly one final newline, no BOM
  * gold is an ordered subsequence of the raw lines
  * gold has no leading/trailing blank lines and no runs of blank lines
  * gold is exactly what deleting some raw lines and collapsing blank runs gives
  * negatives: gold byte-identical to raw; positives: at least one line deleted
Across the set:
  * numbers are unique
  * no non-blank line longer than 3 characters occurs in more than one pair
Prints one line per pair and 'ALL OK' at the end (exit status 1 on any error).
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)$")

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def read_lines(path, label):
    data = open(path, "rb").read()
    problems = []
    if data.startswith(b"\xef\xbb\xbf"):
        problems.append("BOM present")
    if b"\r" in data:
        problems.append("CR characters (not LF-only)")
    if not data.endswith(b"\n"):
        problems.append("no final newline")
    elif data.endswith(b"\n\n"):
        problems.append("blank line(s) at end of file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.append(f"not UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    for p in problems:
        err(f"{label}: {p}")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(small, big):
    it = iter(big)
    return all(any(x == y for y in it) for x in small)


def collapse(lines):
    out = []
    for ln in lines:
        if ln.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(ln)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def can_derive(raw, gold):
    """True if gold = collapse(raw with some lines deleted)."""
    # Match non-blank gold lines to raw lines greedily (they are unique enough);
    # then verify blank lines in gold sit exactly where a blank survives.
    g_nb = [ln for ln in gold if ln.strip()]
    idx, pos = [], 0
    for ln in g_nb:
        while pos < len(raw) and raw[pos] != ln:
            pos += 1
        if pos == len(raw):
            return False
        idx.append(pos)
        pos += 1
    # rebuild: between consecutive kept lines, a blank is possible iff raw has a blank there
    rebuilt = []
    for k, i in enumerate(idx):
        if k > 0:
            prev = idx[k - 1]
            gap_has_blank = any(raw[j].strip() == "" for j in range(prev + 1, i))
            rebuilt.append(("gap", gap_has_blank))
        rebuilt.append(("line", raw[i]))
    # walk gold and rebuilt together
    gi = 0
    for kind, val in rebuilt:
        if kind == "gap":
            has_blank = gi < len(gold) and gold[gi].strip() == ""
            if has_blank != val:  # collapse keeps exactly one blank iff the gap had one
                return False
            if has_blank:
                gi += 1
        else:
            if gi >= len(gold) or gold[gi] != val:
                return False
            gi += 1
    return gi == len(gold)


files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
raws = [f for f in files if not f.endswith(".gold.txt")]
golds = {f for f in files if f.endswith(".gold.txt")}
for g in sorted(golds):
    if g[: -len(".gold.txt")] + ".txt" not in raws:
        err(f"{g}: gold file without raw file")

seen_numbers = {}
line_owner = defaultdict(set)
report = []

for rf in raws:
    stem = rf[:-4]
    gf = stem + ".gold.txt"
    n_err = len(errors)
    m = NAME_RE.match(stem)
    if not m:
        err(f"{rf}: bad file name")
        continue
    num, lang, fams = m.groups()
    if num in seen_numbers:
        err(f"{rf}: number {num} also used by {seen_numbers[num]}")
    seen_numbers[num] = rf
    if lang not in LANGS:
        err(f"{rf}: unknown language code {lang}")
    negative = fams == "negative"
    if not negative:
        fl = fams.split("-")
        bad = [f for f in fl if f not in CANON]
        if bad:
            err(f"{rf}: invalid family name(s) {bad}")
        elif len(set(fl)) != len(fl):
            err(f"{rf}: duplicated family name")
        elif fl != sorted(fl, key=CANON.index):
            err(f"{rf}: families not in canonical order")
    if gf not in golds:
        err(f"{rf}: missing gold file {gf}")
        continue
    rdata, raw = read_lines(os.path.join(HERE, rf), rf)
    gdata, gold = read_lines(os.path.join(HERE, gf), gf)

    if raw and raw[0].strip() == "":
        err(f"{rf}: leading blank line")
    if gold and gold[0].strip() == "":
        err(f"{gf}: leading blank line")
    if gold and gold[-1].strip() == "":
        err(f"{gf}: trailing blank line")
    for i in range(1, len(gold)):
        if gold[i].strip() == "" and gold[i - 1].strip() == "":
            err(f"{gf}: run of blank lines at line {i + 1}")
    if any(ln != ln.strip("\n") for ln in raw):
        err(f"{rf}: stray newline")
    if not is_subsequence(gold, raw):
        err(f"{gf}: gold is not an ordered subsequence of raw")
    elif not can_derive(raw, gold):
        err(f"{gf}: gold cannot be obtained by deleting raw lines and collapsing blank runs")

    deleted = len([l for l in raw if l.strip()]) - len([l for l in gold if l.strip()])
    if negative:
        if rdata != gdata:
            err(f"{rf}: negative but gold is not byte-identical to raw")
    else:
        if deleted <= 0:
            err(f"{rf}: positive but no line was deleted")

    for ln in set(raw):
        if ln.strip() and len(ln.strip()) > 3:
            line_owner[ln.strip()].add(stem)

    nb = len([l for l in raw if l.strip()])
    share = (deleted / nb * 100) if nb else 0
    status = "OK" if len(errors) == n_err else "FAIL"
    report.append((stem, f"{status:4} {stem}: {nb} raw lines, {nb - deleted} kept, "
                         f"{deleted} furniture ({share:.0f}%)"))

for ln, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        err(f"line used in more than one file {sorted(owners)}: {ln[:70]!r}")

for _, line in report:
    print(line)
if errors:
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} ERROR(S)")
    sys.exit(1)
print("ALL OK")
