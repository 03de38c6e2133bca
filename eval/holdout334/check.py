#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, are UTF-8, use LF only and end with a newline;
  * the name is well formed: families are valid and in canonical order,
    or the single word 'negative';
  * raw has no leading/trailing blank lines and no runs of blank lines;
  * gold non-blank lines are an ordered subsequence of raw non-blank lines;
  * gold equals raw with the unmatched lines deleted, blank runs collapsed
    to one and leading/trailing blanks stripped;
  * gold has no runs of blank lines and no leading/trailing blank lines;
  * negatives: gold byte-identical to raw; positives: gold differs from raw
    and furniture is 30-55 % of raw non-blank lines;
Across the set:
  * no non-blank line longer than 3 characters appears in more than one pair.
Prints one line per pair and 'ALL OK' at the end (exit status 1 otherwise).
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: BOM present")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def blank_problems(lines, label):
    out = []
    if lines and not lines[0].strip():
        out.append(f"{label}: leading blank line")
    if lines and not lines[-1].strip():
        out.append(f"{label}: trailing blank line")
    for i in range(1, len(lines)):
        if not lines[i].strip() and not lines[i - 1].strip():
            out.append(f"{label}: run of blank lines at line {i + 1}")
            break
    for i, ln in enumerate(lines):
        if ln and not ln.strip():
            out.append(f"{label}: whitespace-only line {i + 1}")
            break
    return out


def reconstruct(raw, gold_nonblank):
    """Greedy-match gold lines in raw; return (matched_ok, rebuilt_gold, n_deleted)."""
    keep = [False] * len(raw)
    j = 0
    for i, ln in enumerate(raw):
        if j < len(gold_nonblank) and ln.strip() and ln == gold_nonblank[j]:
            keep[i] = True
            j += 1
    if j != len(gold_nonblank):
        return False, None, None, j
    out = []
    for ln, k in zip(raw, keep):
        if ln.strip():
            if k:
                out.append(ln)
        else:
            if out and out[-1].strip():
                out.append(ln)
    while out and not out[-1].strip():
        out.pop()
    deleted = sum(1 for ln, k in zip(raw, keep) if ln.strip() and not k)
    return True, out, deleted, j


def main():
    errors_total = 0
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    line_owner = defaultdict(set)
    numbers = defaultdict(list)

    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold without raw")
            errors_total += 1

    for rf in raws:
        errs = []
        m = NAME_RE.match(rf)
        stem = rf[:-4]
        if not m:
            print(f"FAIL {rf}: bad file name")
            errors_total += 1
            continue
        num, lang, fams = m.groups()
        numbers[num].append(rf)
        fam_list = fams.split("-")
        negative = fams == "negative"
        if not negative:
            bad = [f for f in fam_list if f not in CANON]
            if bad:
                errs.append(f"unknown families {bad}")
            elif [CANON.index(f) for f in fam_list] != sorted(CANON.index(f) for f in fam_list):
                errs.append("families not in canonical order")
            if len(set(fam_list)) != len(fam_list):
                errs.append("duplicate family in name")
        gf = stem + ".gold.txt"
        if gf not in golds:
            errs.append("missing gold file")
            print(f"FAIL {rf}: " + "; ".join(errs))
            errors_total += len(errs)
            continue
        raw = read_lines(os.path.join(HERE, rf), errs)
        gold = read_lines(os.path.join(HERE, gf), errs)
        if raw is None or gold is None:
            print(f"FAIL {rf}: " + "; ".join(errs))
            errors_total += len(errs)
            continue
        errs += blank_problems(raw, "raw")
        errs += blank_problems(gold, "gold")
        raw_bytes = open(os.path.join(HERE, rf), "rb").read()
        gold_bytes = open(os.path.join(HERE, gf), "rb").read()
        gold_nb = [ln for ln in gold if ln.strip()]
        raw_nb = [ln for ln in raw if ln.strip()]
        ok, rebuilt, deleted, matched = reconstruct(raw, gold_nb)
        if not ok:
            errs.append(f"gold is not an ordered subsequence of raw (stuck at gold line: {gold_nb[matched][:60]!r})")
        elif rebuilt != gold:
            errs.append("gold differs from raw-minus-deletions with collapsed blanks")
        share = (deleted or 0) / len(raw_nb) if raw_nb else 0.0
        if negative:
            if raw_bytes != gold_bytes:
                errs.append("negative but gold is not byte-identical to raw")
        else:
            if raw_bytes == gold_bytes:
                errs.append("positive but gold is identical to raw")
            elif ok and not (0.30 <= share <= 0.55):
                errs.append(f"furniture share {share:.0%} outside 30-55%")
        for ln in raw + gold:
            s = ln.strip()
            if len(s) > 3:
                line_owner[s].add(stem)
        status = "FAIL" if errs else "ok  "
        print(f"{status} {stem}  raw={len(raw_nb)} gold={len(gold_nb)} furniture={share:.0%}"
              + ("" if not errs else "  -> " + "; ".join(errs)))
        errors_total += len(errs)

    for num, fs in numbers.items():
        if len(fs) > 1:
            print(f"FAIL number {num} used by {fs}")
            errors_total += 1

    dups = {s: owners for s, owners in line_owner.items() if len(owners) > 1}
    for s, owners in sorted(dups.items()):
        print(f"FAIL duplicate line in {sorted(owners)}: {s[:70]!r}")
        errors_total += 1

    if errors_total:
        print(f"{errors_total} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
