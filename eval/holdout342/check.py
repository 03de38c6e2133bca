#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({exc})")
        return []
    name = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{name}: has a BOM")
    if b"\r" in data:
        errors.append(f"{name}: contains CR (line endings must be LF)")
    if not text.endswith("\n"):
        errors.append(f"{name}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{name}: trailing blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(gold, raw):
    """Return index of first gold line that cannot be matched, or None."""
    j = 0
    for i, g in enumerate(gold):
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return i
        j += 1
    return None


def rebuild(gold, raw):
    """Delete from raw the non-blank lines missing from gold (greedy in-order match),
    collapse blank runs and trim blanks at both ends: the gold the policy expects."""
    want = [g for g in gold if g.strip()]
    out, k = [], 0
    for line in raw:
        if line.strip():
            if k < len(want) and line == want[k]:
                out.append(line)
                k += 1
            continue
        if out and out[-1].strip():
            out.append(line)
    while out and not out[-1].strip():
        out.pop()
    return out


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f[:-len(".gold.txt")] for f in files if f.endswith(".gold.txt")}
    all_errors = []
    line_owner = defaultdict(set)
    numbers = defaultdict(list)
    results = []

    for g in sorted(golds):
        if g + ".txt" not in raws:
            all_errors.append(f"{g}.gold.txt: no matching raw file")

    for raw_name in raws:
        stem = raw_name[:-4]
        errs = []
        m = NAME_RE.match(raw_name)
        fams = []
        if not m:
            errs.append("bad file name (want NNN_<lang>_<families>.txt)")
        else:
            numbers[m.group(1)].append(raw_name)
            fams = m.group(3).split("-")
            if fams != ["negative"]:
                bad = [f for f in fams if f not in ORDER]
                if bad:
                    errs.append(f"unknown families: {bad}")
                elif len(set(fams)) != len(fams):
                    errs.append("duplicate family in name")
                elif fams != sorted(fams, key=ORDER.index):
                    errs.append("families not in canonical order")
        if stem not in golds:
            errs.append("missing gold file")
            results.append((raw_name, errs, None))
            all_errors.extend(f"{raw_name}: {e}" for e in errs)
            continue
        raw = read_lines(os.path.join(HERE, raw_name), errs)
        gold = read_lines(os.path.join(HERE, stem + ".gold.txt"), errs)
        raw_bytes = open(os.path.join(HERE, raw_name), "rb").read()
        gold_bytes = open(os.path.join(HERE, stem + ".gold.txt"), "rb").read()

        if raw and not raw[0].strip():
            errs.append("raw starts with a blank line")
        if gold:
            if not gold[0].strip():
                errs.append("gold has a leading blank line")
            if not gold[-1].strip():
                errs.append("gold has a trailing blank line")
        for i in range(1, len(gold)):
            if not gold[i].strip() and not gold[i - 1].strip():
                errs.append(f"gold line {i + 1}: run of blank lines not collapsed")
                break
        bad = is_subsequence(gold, raw)
        if bad is not None:
            errs.append(f"gold line {bad + 1} is not an in-order raw line: {gold[bad][:60]!r}")

        if bad is None and rebuild(gold, raw) != gold:
            errs.append("gold blank lines differ from raw-with-deletions (collapse rule broken)")

        raw_nb = [l for l in raw if l.strip()]
        gold_nb = [l for l in gold if l.strip()]
        removed = len(raw_nb) - len(gold_nb)
        if fams == ["negative"]:
            if raw_bytes != gold_bytes:
                errs.append("negative: gold is not byte-identical to raw")
        elif m:
            if removed == 0:
                errs.append("positive with no furniture removed")
            else:
                share = removed / len(raw_nb)
                if not 0.30 <= share <= 0.55:
                    errs.append(f"furniture share {share:.0%} outside 30-55%")

        for line in set(raw):
            if len(line.strip()) > 3:
                line_owner[line].add(stem)
        results.append((raw_name, errs, (len(raw_nb), removed)))
        all_errors.extend(f"{raw_name}: {e}" for e in errs)

    for num, names in numbers.items():
        if len(names) > 1:
            all_errors.append(f"number {num} used by {names}")

    dup_by_file = defaultdict(list)
    for line, owners in line_owner.items():
        if len(owners) > 1:
            for o in owners:
                dup_by_file[o].append(line)
            all_errors.append(f"line used in {len(owners)} files {sorted(owners)}: {line[:70]!r}")

    for name, errs, stats in results:
        stem = name[:-4]
        dup = dup_by_file.get(stem, [])
        status = "OK" if not errs and not dup else f"FAIL ({len(errs) + len(dup)} problem(s))"
        info = ""
        if stats:
            n, r = stats
            info = f"{n} non-blank lines, {r} furniture ({100 * r / n:.0f}%)"
        print(f"{name:<110} {info:<45} {status}")

    if all_errors:
        print()
        for e in all_errors:
            print("ERROR:", e)
        print(f"{len(all_errors)} ERROR(S)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
