#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * raw and gold files both exist; name is NNN_<lang>_<families>[.gold].txt
  * UTF-8 without BOM, LF line endings only, final newline, blank lines truly empty
  * family names valid, no duplicates, in canonical order; 'negative' stands alone
  * negatives: gold byte-identical to raw; positives: gold differs from raw
  * gold has no leading/trailing blank lines and no runs of blank lines
  * gold non-blank lines are an ordered subsequence of the raw lines
  * a blank line sits between two gold lines exactly when the raw text between
    them contained a blank line (deleted lines leave collapsed blanks)
  * positives: furniture share of non-blank raw lines is between 30 % and 55 %
Across the set:
  * numbers unique; no non-blank line longer than 3 characters occurs in more
    than one pair
Prints one line per pair and 'ALL OK' at the end (exit status 1 otherwise).
"""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)$")
MIN_SHARE, MAX_SHARE = 0.30, 0.55

here = os.path.dirname(os.path.abspath(__file__))
errors_total = 0


def read_lines(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{os.path.basename(path)}: BOM present")
    if b"\r" in data:
        errs.append(f"{os.path.basename(path)}: CR characters present")
    if not data.endswith(b"\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if data.endswith(b"\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for n, l in enumerate(lines, 1):
        if l.strip() == "" and l != "":
            errs.append(f"{os.path.basename(path)}:{n}: whitespace-only line")
    return data, lines


files = sorted(f for f in os.listdir(here) if f.endswith(".txt"))
raws = sorted(f[:-4] for f in files if not f.endswith(".gold.txt"))
golds = sorted(f[:-9] for f in files if f.endswith(".gold.txt"))
set_errors = []
for b in sorted(set(raws) - set(golds)):
    set_errors.append(f"{b}: gold file missing")
for b in sorted(set(golds) - set(raws)):
    set_errors.append(f"{b}: raw file missing")

seen_numbers = {}
line_owner = {}  # line -> set of pair names
pair_results = []

for base in raws:
    errs = []
    m = NAME_RE.match(base)
    fams = []
    if not m:
        errs.append("bad file name")
    else:
        num, lang, famstr = m.groups()
        if num in seen_numbers:
            errs.append(f"number {num} also used by {seen_numbers[num]}")
        seen_numbers[num] = base
        if lang not in LANGS:
            errs.append(f"unknown language code {lang}")
        fams = famstr.split("-")
        if fams != ["negative"]:
            bad = [f for f in fams if f not in CANON]
            if bad:
                errs.append(f"invalid families {bad}")
            if len(set(fams)) != len(fams):
                errs.append("duplicate family")
            if not bad and fams != sorted(fams, key=CANON.index):
                errs.append("families not in canonical order")
    negative = fams == ["negative"]
    rpath = os.path.join(here, base + ".txt")
    gpath = os.path.join(here, base + ".gold.txt")
    if not os.path.exists(gpath):
        pair_results.append((base, errs + ["gold missing"]))
        continue
    rdata, raw = read_lines(rpath, errs)
    gdata, gold = read_lines(gpath, errs)

    # uniqueness bookkeeping
    for l in set(raw) | set(gold):
        if len(l.strip()) > 3:
            line_owner.setdefault(l, set()).add(base)

    if negative:
        if rdata != gdata:
            errs.append("negative: gold not byte-identical to raw")
    else:
        if rdata == gdata:
            errs.append("positive: gold identical to raw (nothing deleted)")

    if gold and gold[0] == "":
        errs.append("gold: leading blank line")
    if gold and gold[-1] == "":
        errs.append("gold: trailing blank line")
    for i in range(1, len(gold)):
        if gold[i] == "" and gold[i - 1] == "":
            errs.append(f"gold: blank run at line {i + 1}")
            break
    if raw and raw[0] == "":
        errs.append("raw: leading blank line")

    # ordered subsequence + blank placement
    idx = []
    j = 0
    ok_subseq = True
    for gl in gold:
        if gl == "":
            idx.append(None)
            continue
        while j < len(raw) and raw[j] != gl:
            j += 1
        if j == len(raw):
            errs.append(f"gold line not found in order in raw: {gl[:60]!r}")
            ok_subseq = False
            break
        idx.append(j)
        j += 1
    if ok_subseq:
        prev = None
        blank_between = False
        for gi, ri in zip(gold, idx):
            if ri is None:
                blank_between = True
                continue
            if prev is not None:
                raw_blank = any(raw[k] == "" for k in range(prev + 1, ri))
                if raw_blank != blank_between:
                    errs.append(f"blank-line mismatch before gold line {gi[:50]!r}")
            prev = ri
            blank_between = False

    nb_raw = sum(1 for l in raw if l.strip())
    nb_gold = sum(1 for l in gold if l.strip())
    share = 1 - nb_gold / nb_raw if nb_raw else 0
    if not negative and not (MIN_SHARE <= share <= MAX_SHARE):
        errs.append(f"furniture share {share:.0%} outside {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
    info = f"raw {nb_raw} / gold {nb_gold} non-blank lines, furniture {share:.0%}"
    pair_results.append((base, errs, info))

# cross-file uniqueness
dupe_errs = {}
for l, owners in line_owner.items():
    if len(owners) > 1:
        for o in owners:
            dupe_errs.setdefault(o, []).append(
                f"line shared with {sorted(owners - {o})}: {l[:60]!r}")

for item in pair_results:
    base, errs = item[0], list(item[1])
    errs += dupe_errs.get(base, [])
    info = item[2] if len(item) > 2 else ""
    if errs:
        errors_total += len(errs)
        print(f"FAIL {base}: {info}")
        for e in errs:
            print(f"     - {e}")
    else:
        print(f"ok   {base}: {info}")

for e in set_errors:
    errors_total += 1
    print(f"FAIL set: {e}")

if errors_total:
    print(f"{errors_total} ERROR(S)")
    sys.exit(1)
print("ALL OK")
