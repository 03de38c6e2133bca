#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")
MIN_SHARE, MAX_SHARE = 0.30, 0.55

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{name}: not valid UTF-8 ({e})")
        return None
    if "\r" in text:
        errors.append(f"{name}: contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        errors.append(f"{name}: missing final newline")
    if text.endswith("\n\n"):
        errors.append(f"{name}: trailing blank line")
    if text.startswith("\ufeff"):
        errors.append(f"{name}: has a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def collapse(lines):
    out = []
    for l in lines:
        if l.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(l)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = {f[:-4] for f in files if not f.endswith(".gold.txt")}
    golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
    global_errors = []
    for s in sorted(golds - raws):
        global_errors.append(f"{s}.gold.txt has no raw file")
    for s in sorted(raws - golds):
        global_errors.append(f"{s}.txt has no gold file")

    numbers = defaultdict(list)
    line_owner = defaultdict(set)   # line -> set of pair stems
    results = []
    n_fail = 0
    for stem in sorted(raws & golds):
        errors = []
        m = NAME_RE.match(stem)
        fams = []
        if not m:
            errors.append("bad file name")
        else:
            numbers[m.group(1)].append(stem)
            if m.group(2) not in LANGS:
                errors.append(f"unknown language {m.group(2)!r}")
            fams = m.group(3).split("-")
            if fams != ["negative"]:
                bad = [f for f in fams if f not in FAMILIES]
                if bad:
                    errors.append(f"invalid families {bad}")
                elif fams != sorted(set(fams), key=FAMILIES.index):
                    errors.append("families not in canonical order or duplicated")
        raw = read_lines(os.path.join(HERE, stem + ".txt"), errors)
        gold = read_lines(os.path.join(HERE, stem + ".gold.txt"), errors)
        share = 0.0
        if raw is not None and gold is not None:
            if gold and gold[0].strip() == "":
                errors.append("gold has leading blank line")
            if gold and gold[-1].strip() == "":
                errors.append("gold has trailing blank line")
            for a, b in zip(gold, gold[1:]):
                if a.strip() == "" and b.strip() == "":
                    errors.append("gold has an uncollapsed run of blank lines")
                    break
            # ordered subsequence (greedy)
            kept = []
            j = 0
            for i, l in enumerate(raw):
                if j < len(gold) and l == gold[j]:
                    kept.append(i)
                    j += 1
            if j != len(gold):
                errors.append(f"gold is not an ordered subsequence of raw (gold line {j + 1}: {gold[j][:60]!r})")
            else:
                deleted = set(range(len(raw))) - set(kept)
                expect = collapse([l for i, l in enumerate(raw) if i not in deleted])
                while expect and expect[0].strip() == "":
                    expect.pop(0)
                if expect != gold:
                    errors.append("gold differs from raw-minus-deleted-lines with blank runs collapsed")
            raw_nb = [l for l in raw if l.strip()]
            gold_nb = [l for l in gold if l.strip()]
            share = (len(raw_nb) - len(gold_nb)) / len(raw_nb) if raw_nb else 0.0
            if fams == ["negative"]:
                raw_bytes = open(os.path.join(HERE, stem + ".txt"), "rb").read()
                gold_bytes = open(os.path.join(HERE, stem + ".gold.txt"), "rb").read()
                if raw_bytes != gold_bytes:
                    errors.append("negative but gold is not byte-identical to raw")
            else:
                if not (MIN_SHARE <= share <= MAX_SHARE):
                    errors.append(f"furniture share {share:.0%} outside {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
            for l in set(raw) | set(gold):
                if l.strip() and len(l) > 3:
                    line_owner[l].add(stem)
        results.append((stem, share, errors))

    for num, stems in numbers.items():
        if len(stems) > 1:
            global_errors.append(f"number {num} used by {stems}")
    dup_by_stem = defaultdict(list)
    for l, owners in line_owner.items():
        if len(owners) > 1:
            for o in owners:
                dup_by_stem[o].append((l, sorted(owners - {o})))

    for stem, share, errors in results:
        for l, others in dup_by_stem.get(stem, []):
            errors.append(f"line also used in {others}: {l[:60]!r}")
        status = "OK" if not errors else "FAIL"
        kind = "negative" if stem.endswith("_negative") else f"furniture {share:.0%}"
        print(f"{status:4} {stem} ({kind})")
        for e in errors:
            print(f"     - {e}")
        n_fail += bool(errors)
    for e in global_errors:
        print(f"FAIL {e}")
    if n_fail or global_errors or not results:
        print(f"FAILED: {n_fail} pair(s) with errors, {len(global_errors)} set-level error(s)")
        return 1
    print(f"ALL OK ({len(results)} pairs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
