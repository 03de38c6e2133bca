#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os, re, sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors_total = 0
line_owner = defaultdict(set)   # non-blank line (>3 chars) -> set of pair names
results = []


def read(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: missing final newline")
    if text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line")
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)}: has BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def expected_gold(raw, kept_idx):
    """Delete every raw line not in kept_idx (blank lines are never deleted on their own),
    collapse blank runs, strip leading/trailing blank lines."""
    out = []
    for i, ln in enumerate(raw):
        if ln.strip() == "":
            if out and out[-1] != "":
                out.append("")
            continue
        if i in kept_idx:
            out.append(ln)
    while out and out[-1] == "":
        out.pop()
    return out


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
golds = {f for f in files if f.endswith(".gold.txt")}
numbers = set()

for f in golds:
    if f[:-len(".gold.txt")] + ".txt" not in raws:
        print(f"FAIL {f}: gold file without raw file")
        errors_total += 1

for raw_name in raws:
    errs = []
    base = raw_name[:-4]
    gold_name = base + ".gold.txt"
    m = NAME_RE.match(raw_name)
    fams = []
    if not m:
        errs.append("bad file name")
    else:
        num, lang, famstr = m.groups()
        if num in numbers:
            errs.append(f"duplicate number {num}")
        numbers.add(num)
        if famstr != "negative":
            fams = famstr.split("-")
            bad = [x for x in fams if x not in CANON]
            if bad:
                errs.append(f"unknown families: {bad}")
            elif fams != sorted(fams, key=CANON.index) or len(set(fams)) != len(fams):
                errs.append("families not in canonical order or duplicated")
    if gold_name not in golds:
        errs.append("missing gold file")
        results.append((raw_name, errs, ""))
        continue
    raw = read(os.path.join(here, raw_name), errs)
    gold = read(os.path.join(here, gold_name), errs)
    info = ""
    if raw is not None and gold is not None:
        # blank structure of gold
        if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
            errs.append("gold has leading or trailing blank line")
        for a, b in zip(gold, gold[1:]):
            if a.strip() == "" and b.strip() == "":
                errs.append("gold has an uncollapsed run of blank lines")
                break
        # gold non-blank lines must be an ordered subsequence of raw lines
        kept, j = set(), 0
        ok = True
        for g in gold:
            if g.strip() == "":
                continue
            while j < len(raw) and raw[j] != g:
                j += 1
            if j == len(raw):
                errs.append(f"gold line not found in order in raw: {g[:60]!r}")
                ok = False
                break
            kept.add(j)
            j += 1
        if ok and expected_gold(raw, kept) != gold:
            errs.append("gold does not equal raw minus deleted lines with blank runs collapsed")
        nb_raw = [l for l in raw if l.strip()]
        nb_gold = [l for l in gold if l.strip()]
        deleted = len(nb_raw) - len(nb_gold)
        if m and m.group(3) == "negative":
            rb = open(os.path.join(here, raw_name), "rb").read()
            gb = open(os.path.join(here, gold_name), "rb").read()
            if rb != gb:
                errs.append("negative: gold is not byte-identical to raw")
        else:
            if deleted == 0:
                errs.append("positive file but nothing deleted")
        for l in set(nb_raw):
            if len(l.strip()) > 3:
                line_owner[l.strip()].add(base)
        pct = 100.0 * deleted / len(nb_raw) if nb_raw else 0
        info = f"raw={len(nb_raw)} gold={len(nb_gold)} deleted={deleted} ({pct:.0f}%)"
    results.append((raw_name, errs, info))

# cross-file duplicate lines (a raw file and its own gold count as one pair)
dups = defaultdict(list)
for line, owners in line_owner.items():
    if len(owners) > 1:
        for o in owners:
            dups[o + ".txt"].append(line)

for raw_name, errs, info in results:
    for line in dups.get(raw_name, []):
        errs.append(f"line also used in another file: {line[:60]!r}")
    status = "OK  " if not errs else "FAIL"
    print(f"{status} {raw_name} {info}")
    for e in errs:
        print(f"     - {e}")
    errors_total += len(errs)

if errors_total:
    print(f"{errors_total} problem(s)")
    sys.exit(1)
print("ALL OK")
