#!/usr/bin/env python3
"""Validate the blind news-boilerplate evaluation set in this directory.

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, are UTF-8, use LF line endings and end with exactly one newline
  * the raw file has no leading/trailing blank lines and no runs of blank lines
  * <families> is 'negative' or valid family names in canonical order, no repeats
  * every gold line is byte-identical to a raw line, in the same order (ordered subsequence)
  * gold == raw minus the deleted lines, with blank runs collapsed to one and
    no leading or trailing blank lines
  * negatives: gold is byte-identical to raw; positives: gold differs from raw
  * positives: deleted (furniture) lines are 30-55 % of the raw non-blank lines
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair
    (a raw file and its own gold count as one file)
Prints one line per pair and 'ALL OK' at the end; exits 1 on any error.
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None, data
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)}: has a BOM")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    elif text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line(s)")
    return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n"), data


def collapse(lines):
    out = []
    for ln in lines:
        if ln.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(ln)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def check_blank_layout(name, lines, errs):
    if lines and lines[0].strip() == "":
        errs.append(f"{name}: leading blank line")
    if lines and lines[-1].strip() == "":
        errs.append(f"{name}: trailing blank line")
    for i in range(1, len(lines)):
        if lines[i].strip() == "" and lines[i - 1].strip() == "":
            errs.append(f"{name}: run of blank lines at line {i + 1}")
            break
    for i, ln in enumerate(lines):
        if ln.strip() == "" and ln != "":
            errs.append(f"{name}: whitespace-only line {i + 1}")
            break


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    all_errs = []
    seen_numbers = {}
    line_owner = defaultdict(set)  # line -> set of pair stems

    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            all_errs.append(f"{g}: gold without raw file")

    for raw_name in raws:
        errs = []
        stem = raw_name[:-4]
        m = NAME_RE.match(raw_name)
        fams = []
        if not m:
            errs.append(f"{raw_name}: file name does not match NNN_<lang>_<families>.txt")
        else:
            num, lang, fam_s = m.groups()
            if num in seen_numbers:
                errs.append(f"{raw_name}: number {num} already used by {seen_numbers[num]}")
            seen_numbers[num] = raw_name
            if fam_s != "negative":
                fams = fam_s.split("-")
                bad = [f for f in fams if f not in FAMILIES]
                if bad:
                    errs.append(f"{raw_name}: unknown families {bad}")
                elif len(set(fams)) != len(fams):
                    errs.append(f"{raw_name}: repeated family")
                elif [FAMILIES.index(f) for f in fams] != sorted(FAMILIES.index(f) for f in fams):
                    errs.append(f"{raw_name}: families not in canonical order")
        gold_name = stem + ".gold.txt"
        if gold_name not in golds:
            errs.append(f"{raw_name}: missing {gold_name}")
            all_errs += errs
            print(f"FAIL {stem}")
            for e in errs:
                print(f"     - {e}")
            continue
        raw, raw_bytes = read_lines(os.path.join(HERE, raw_name), errs)
        gold, gold_bytes = read_lines(os.path.join(HERE, gold_name), errs)
        info = ""
        if raw is not None and gold is not None:
            check_blank_layout(raw_name, raw, errs)
            check_blank_layout(gold_name, gold, errs)
            # ordered subsequence of non-blank lines (greedy match)
            kept = [False] * len(raw)
            j = 0
            ok = True
            for gl in gold:
                if gl.strip() == "":
                    continue
                while j < len(raw) and raw[j] != gl:
                    j += 1
                if j == len(raw):
                    errs.append(f"{gold_name}: line not found in order in raw: {gl[:60]!r}")
                    ok = False
                    break
                kept[j] = True
                j += 1
            if ok:
                expected = collapse([ln for ln, k in zip(raw, kept) if k or ln.strip() == ""])
                while expected and expected[0].strip() == "":
                    expected.pop(0)
                if expected != gold:
                    errs.append(f"{gold_name}: blank lines do not match raw-minus-deletions with runs collapsed")
            nonblank = sum(1 for ln in raw if ln.strip())
            deleted = sum(1 for ln, k in zip(raw, kept) if ln.strip() and not k)
            if m and m.group(3) == "negative":
                if raw_bytes != gold_bytes:
                    errs.append(f"{raw_name}: negative but gold is not byte-identical to raw")
            elif m:
                if raw_bytes == gold_bytes:
                    errs.append(f"{raw_name}: positive but gold is identical to raw")
                ratio = deleted / nonblank if nonblank else 0
                info = f" furniture {deleted}/{nonblank} ({ratio:.0%})"
                if not 0.30 <= ratio <= 0.55:
                    errs.append(f"{raw_name}: furniture share {ratio:.0%} outside 30-55%")
            for ln in set(raw):
                if len(ln.strip()) > 3:
                    line_owner[ln].add(stem)
        all_errs += errs
        kind = "negative" if (m and m.group(3) == "negative") else "positive"
        print(f"{'OK  ' if not errs else 'FAIL'} {stem} [{kind}]{info}")
        for e in errs:
            print(f"     - {e}")

    dup_errs = []
    for ln, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            dup_errs.append(f"line used in {len(owners)} files ({', '.join(sorted(o[:6] for o in owners))}): {ln[:70]!r}")
    for e in dup_errs:
        print(f"DUP  {e}")
    all_errs += dup_errs
    gold_orphans = [e for e in all_errs if "gold without raw" in e]
    for e in gold_orphans:
        print(f"FAIL {e}")
    print(f"{len(raws)} pairs checked")
    if all_errs:
        print(f"{len(all_errs)} ERROR(S)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
