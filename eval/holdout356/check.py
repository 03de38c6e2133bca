#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "de", "fr", "es", "ru"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None, data
    if b"\r" in data:
        errors.append(f"{os.path.basename(path)}: contains CR (line endings must be LF)")
    if not data.endswith(b"\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if data.endswith(b"\n\n"):
        errors.append(f"{os.path.basename(path)}: blank line at end of file")
    return text, data


def is_subsequence(sub, seq):
    it = iter(seq)
    return all(any(x == y for y in it) for x in sub)


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = {f[:-4] for f in files if not f.endswith(".gold.txt")}
    golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
    global_errors = []
    for b in sorted(raws - golds):
        global_errors.append(f"{b}: gold file missing")
    for b in sorted(golds - raws):
        global_errors.append(f"{b}: raw file missing")

    line_owner = defaultdict(set)   # non-blank line (len > 3) -> pairs using it
    numbers = defaultdict(list)
    results = []
    for base in sorted(raws & golds):
        errors = []
        m = NAME_RE.match(base)
        fams = []
        if not m:
            errors.append("bad file name")
        else:
            numbers[m.group(1)].append(base)
            if m.group(2) not in LANGS:
                errors.append(f"unknown language code {m.group(2)!r}")
            fams = m.group(3).split("-")
            if fams != ["negative"]:
                bad = [f for f in fams if f not in FAMILIES]
                if bad:
                    errors.append(f"unknown families {bad}")
                elif fams != sorted(set(fams), key=FAMILIES.index):
                    errors.append("families not in canonical order or repeated")
        raw_text, raw_bytes = read(os.path.join(HERE, base + ".txt"), errors)
        gold_text, gold_bytes = read(os.path.join(HERE, base + ".gold.txt"), errors)
        info = ""
        if raw_text is not None and gold_text is not None:
            raw = raw_text.split("\n")[:-1] if raw_text.endswith("\n") else raw_text.split("\n")
            gold = gold_text.split("\n")[:-1] if gold_text.endswith("\n") else gold_text.split("\n")
            if raw and raw[0].strip() == "":
                errors.append("raw starts with a blank line")
            if not gold:
                errors.append("gold is empty")
            else:
                if gold[0].strip() == "":
                    errors.append("gold starts with a blank line")
                if gold[-1].strip() == "":
                    errors.append("gold ends with a blank line")
            for i in range(1, len(gold)):
                if gold[i].strip() == "" and gold[i - 1].strip() == "":
                    errors.append(f"gold has a run of blank lines at line {i + 1}")
                    break
            if any(l != l.rstrip("\n") for l in gold):
                errors.append("stray newline")
            if not is_subsequence(gold, raw):
                errors.append("gold is not an ordered subsequence of raw lines")
            raw_nb = [l for l in raw if l.strip()]
            gold_nb = [l for l in gold if l.strip()]
            if not is_subsequence(gold_nb, raw_nb):
                errors.append("gold non-blank lines are not a subsequence of raw non-blank lines")
            deleted = len(raw_nb) - len(gold_nb)
            share = deleted / len(raw_nb) if raw_nb else 0.0
            if fams == ["negative"]:
                if raw_bytes != gold_bytes:
                    errors.append("negative: gold is not byte-identical to raw")
            elif m:
                if deleted == 0:
                    errors.append("positive pair deletes nothing")
                if not 0.30 <= share <= 0.55:
                    errors.append(f"furniture share {share:.0%} outside 30-55%")
            info = f"{len(raw_nb)} lines, {deleted} furniture ({share:.0%})"
            for l in set(raw_nb):
                if len(l.strip()) > 3:
                    line_owner[l].add(base)
        results.append((base, errors, info))

    for num, bases in numbers.items():
        if len(bases) > 1:
            global_errors.append(f"number {num} used by {bases}")
    dup_by_pair = defaultdict(list)
    for line, owners in line_owner.items():
        if len(owners) > 1:
            for o in owners:
                dup_by_pair[o].append(line)

    ok = not global_errors
    for base, errors, info in results:
        for line in dup_by_pair.get(base, []):
            others = sorted(line_owner[line] - {base})
            errors.append(f"line also used in {others}: {line[:60]!r}")
        if errors:
            ok = False
            print(f"FAIL {base}: " + "; ".join(errors))
        else:
            print(f"ok   {base}: {info}")
    for e in global_errors:
        print(f"FAIL {e}")
    if ok:
        print("ALL OK")
        return 0
    print("ERRORS FOUND")
    return 1


if __name__ == "__main__":
    sys.exit(main())
