#!/usr/bin/env python3
"""Validate the blind boilerplate evaluation set in this directory.

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the name is well formed, families are valid and in canonical order
    (or the single word "negative");
  * the gold is an ordered subsequence of the raw lines and equals the raw
    with the deleted lines removed and blank runs collapsed to one;
  * the gold has no leading/trailing blank lines and no blank runs;
  * negatives are byte-identical to their raw; positives are not;
and across the set:
  * no non-blank line longer than 3 characters appears in more than one pair.

Standard library only. Prints one line per pair and "ALL OK" at the end.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    with open(path, "rb") as fh:
        data = fh.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({exc})")
        return data, []
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    if b"\r" in data:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def collapse(lines):
    out = []
    for ln in lines:
        if ln.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(ln)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def check_families(stem, errors):
    m = NAME_RE.match(stem)
    if not m:
        errors.append(f"{stem}: bad file name")
        return None, None, []
    num, lang, fams = m.groups()
    if lang not in LANGS:
        errors.append(f"{stem}: unknown language code {lang!r}")
    if fams == "negative":
        return num, lang, []
    parts = fams.split("-")
    for p in parts:
        if p not in CANON:
            errors.append(f"{stem}: invalid family {p!r}")
    if len(set(parts)) != len(parts):
        errors.append(f"{stem}: duplicated family")
    idx = [CANON.index(p) for p in parts if p in CANON]
    if idx != sorted(idx):
        errors.append(f"{stem}: families not in canonical order")
    return num, lang, parts


def check_pair(stem, errors):
    raw_path = os.path.join(HERE, stem + ".txt")
    gold_path = os.path.join(HERE, stem + ".gold.txt")
    num, lang, fams = check_families(stem, errors)
    raw_bytes, raw = read_lines(raw_path, errors)
    gold_bytes, gold = read_lines(gold_path, errors)
    local = []
    if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
        local.append("gold has leading/trailing blank line")
    for a, b in zip(gold, gold[1:]):
        if a.strip() == "" and b.strip() == "":
            local.append("gold has a run of blank lines")
            break
    # ordered subsequence: match gold non-blank lines to raw lines greedily
    kept = set()
    j = 0
    for g in gold:
        if g.strip() == "":
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            local.append(f"gold line not found in order in raw: {g[:60]!r}")
            break
        kept.add(j)
        j += 1
    else:
        expected = collapse([ln for i, ln in enumerate(raw) if ln.strip() == "" or i in kept])
        if expected != gold:
            local.append("gold differs from raw-minus-deletions with blank runs collapsed")
    raw_nb = sum(1 for ln in raw if ln.strip())
    gold_nb = sum(1 for ln in gold if ln.strip())
    deleted = raw_nb - gold_nb
    if fams == [] and num is not None:
        if raw_bytes != gold_bytes:
            local.append("negative but gold is not byte-identical to raw")
    elif num is not None:
        if deleted == 0:
            local.append("positive but nothing deleted")
    errors.extend(f"{stem}: {e}" for e in local)
    share = deleted / raw_nb if raw_nb else 0.0
    status = "OK" if not local else "FAIL"
    print(f"{status:4} {stem}  raw={raw_nb} kept={gold_nb} deleted={deleted} ({share:.0%})")
    return raw


def main():
    errors = []
    names = sorted(os.listdir(HERE))
    raws = {n[:-4] for n in names if n.endswith(".txt") and not n.endswith(".gold.txt")}
    golds = {n[:-9] for n in names if n.endswith(".gold.txt")}
    for s in sorted(raws - golds):
        errors.append(f"{s}: gold file missing")
        check_families(s, errors)
    for s in sorted(golds - raws):
        errors.append(f"{s}: raw file missing")
        check_families(s, errors)
    nums = defaultdict(list)
    seen = defaultdict(set)
    for stem in sorted(raws & golds):
        m = NAME_RE.match(stem)
        if m:
            nums[m.group(1)].append(stem)
        raw = check_pair(stem, errors)
        for ln in raw:
            s = ln.strip()
            if len(s) > 3:
                seen[s].add(stem)
    for n, stems in nums.items():
        if len(stems) > 1:
            errors.append(f"number {n} used by several pairs: {stems}")
    for line, stems in sorted(seen.items()):
        if len(stems) > 1:
            errors.append(f"line used in {len(stems)} files ({', '.join(sorted(stems))}): {line[:70]!r}")
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
