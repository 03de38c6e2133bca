#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist
  * UTF-8 without BOM, LF line endings only, final newline
  * <families> is 'negative' or valid family names in canonical order, no repeats
  * gold non-blank lines form an ordered subsequence of the raw lines
  * gold equals raw minus the deleted lines, with blank runs collapsed to one
    and no leading/trailing blank lines
  * negatives: gold byte-identical to raw; positives: at least one line deleted
Across the set:
  * no non-blank line longer than 3 characters appears in more than one pair
Prints one line per pair and 'ALL OK' at the end when everything passes.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_text(path, errors):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    if b"\r" in data:
        errors.append(f"{os.path.basename(path)}: contains CR (not LF-only)")
    if not data.endswith(b"\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if data.endswith(b"\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return data, lines


def collapse(lines):
    out = []
    for ln in lines:
        if ln.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(ln)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def check_families(fams, errors):
    if fams == "negative":
        return
    parts = fams.split("-")
    bad = [p for p in parts if p not in CANON]
    if bad:
        errors.append(f"unknown families: {', '.join(bad)}")
        return
    if len(set(parts)) != len(parts):
        errors.append("family listed twice")
    idx = [CANON.index(p) for p in parts]
    if idx != sorted(idx):
        errors.append("families not in canonical order; expected "
                      + "-".join(sorted(set(parts), key=CANON.index)))


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    stems = {}
    global_errors = []
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            global_errors.append(f"unexpected file name: {f}")
            continue
        stem = f[: -len(".gold.txt")] if m.group(4) else f[: -len(".txt")]
        stems.setdefault(stem, set()).add("gold" if m.group(4) else "raw")

    numbers = defaultdict(list)
    line_owner = defaultdict(set)
    failed = False
    family_use = defaultdict(int)
    langs = defaultdict(lambda: [0, 0])

    for stem in sorted(stems):
        errors = []
        num, lang, fams = NAME_RE.match(stem + ".txt").group(1, 2, 3)
        numbers[num].append(stem)
        check_families(fams, errors)
        if stems[stem] != {"raw", "gold"}:
            missing = {"raw", "gold"} - stems[stem]
            errors.append(f"missing {', '.join(sorted(missing))} file")
            print(f"FAIL {stem}: " + "; ".join(errors))
            failed = True
            continue
        raw_b, raw = read_text(os.path.join(HERE, stem + ".txt"), errors)
        gold_b, gold = read_text(os.path.join(HERE, stem + ".gold.txt"), errors)

        if not raw or raw[0].strip() == "" or raw[-1].strip() == "":
            errors.append("raw has leading/trailing blank line or is empty")
        if not gold or gold[0].strip() == "" or gold[-1].strip() == "":
            errors.append("gold has leading/trailing blank line or is empty")
        for i in range(1, len(gold)):
            if gold[i].strip() == "" and gold[i - 1].strip() == "":
                errors.append(f"gold has a run of blank lines at line {i + 1}")
                break

        # ordered subsequence of non-blank lines
        raw_nb = [(i, ln) for i, ln in enumerate(raw) if ln.strip()]
        gold_nb = [ln for ln in gold if ln.strip()]
        kept = set()
        j = 0
        for ln in gold_nb:
            while j < len(raw_nb) and raw_nb[j][1] != ln:
                j += 1
            if j == len(raw_nb):
                errors.append(f"gold line not found in raw order: {ln[:60]!r}")
                break
            kept.add(raw_nb[j][0])
            j += 1
        else:
            expected = collapse([ln for i, ln in enumerate(raw)
                                 if ln.strip() == "" or i in kept])
            if expected != gold:
                errors.append("gold is not raw minus deleted lines with blank runs collapsed")

        deleted = sum(1 for i, ln in raw_nb if i not in kept)
        if fams == "negative":
            if raw_b != gold_b:
                errors.append("negative pair: gold is not byte-identical to raw")
            langs[lang][1] += 1
        else:
            if deleted == 0:
                errors.append("positive pair deletes nothing")
            for fam in fams.split("-"):
                family_use[fam] += 1
            langs[lang][0] += 1

        for ln in set(raw):
            if len(ln.strip()) > 3:
                line_owner[ln].add(stem)

        share = deleted / len(raw_nb) if raw_nb else 0
        if errors:
            failed = True
            print(f"FAIL {stem}: " + "; ".join(errors))
        else:
            print(f"ok   {stem}  raw={len(raw_nb)} kept={len(gold_nb)} "
                  f"deleted={deleted} ({share:.0%})")

    for num, owners in numbers.items():
        if len(owners) > 1:
            global_errors.append(f"number {num} used by {', '.join(owners)}")
    for ln, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            global_errors.append(f"line used in {len(owners)} pairs ({', '.join(sorted(owners))}): {ln[:70]!r}")

    print(f"pairs: {len(stems)}; per language (positive/negative): "
          + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(langs.items())))
    unused = [f for f in CANON if f not in family_use]
    print("families covered: %d/%d%s" % (len(CANON) - len(unused), len(CANON),
          (" (unused: " + ", ".join(unused) + ")") if unused else ""))
    for e in global_errors:
        print("FAIL " + e)
    if failed or global_errors:
        print("FAILED")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
