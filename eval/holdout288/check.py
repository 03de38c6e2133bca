#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({exc})")
        return []
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR (line endings must be LF)")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(sub, seq):
    it = iter(seq)
    return all(any(x == y for y in it) for x in sub)


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    all_errors = []
    seen = {}  # line -> set of pair names
    numbers = {}
    summary = []

    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            all_errors.append(f"{g}: gold file without raw file")
            print(f"FAIL {g}: gold file without raw file")

    for raw_name in raws:
        errors = []
        stem = raw_name[:-4]
        gold_name = stem + ".gold.txt"
        m = NAME_RE.match(raw_name)
        if not m:
            errors.append("bad file name (want NNN_<lang>_<families>.txt)")
            fams = []
        else:
            num, lang, famstr = m.groups()
            if num in numbers:
                errors.append(f"number {num} also used by {numbers[num]}")
            numbers[num] = raw_name
            if lang not in LANGS:
                errors.append(f"unknown language code {lang}")
            fams = famstr.split("-")
            if fams != ["negative"]:
                bad = [f for f in fams if f not in CANON]
                if bad:
                    errors.append(f"unknown families {bad}")
                elif len(set(fams)) != len(fams):
                    errors.append("duplicate family in name")
                elif fams != sorted(fams, key=CANON.index):
                    errors.append("families not in canonical order")
        if gold_name not in golds:
            errors.append("missing gold file")
            all_errors += [f"{raw_name}: {e}" for e in errors]
            print(f"FAIL {stem}: " + "; ".join(errors))
            continue

        raw = read_lines(os.path.join(HERE, raw_name), errors)
        gold = read_lines(os.path.join(HERE, gold_name), errors)

        if raw and not raw[0].strip():
            errors.append("raw starts with a blank line")
        if gold:
            if not gold[0].strip():
                errors.append("gold has a leading blank line")
            if not gold[-1].strip():
                errors.append("gold has a trailing blank line")
        for i in range(1, len(gold)):
            if not gold[i].strip() and not gold[i - 1].strip():
                errors.append(f"gold has an uncollapsed blank run at line {i + 1}")
                break
        if not is_subsequence(gold, raw):
            errors.append("gold is not an ordered subsequence of raw lines")

        raw_nb = [l for l in raw if l.strip()]
        gold_nb = [l for l in gold if l.strip()]
        deleted = len(raw_nb) - len(gold_nb)
        if fams == ["negative"]:
            rb = open(os.path.join(HERE, raw_name), "rb").read()
            gb = open(os.path.join(HERE, gold_name), "rb").read()
            if rb != gb:
                errors.append("negative but gold is not byte-identical to raw")
        elif fams:
            if deleted <= 0:
                errors.append("positive but nothing was deleted")
            if raw == gold:
                errors.append("positive but gold equals raw")

        for line in set(l.strip() for l in raw_nb):
            if len(line) > 3:
                seen.setdefault(line, set()).add(stem)

        share = deleted / len(raw_nb) if raw_nb else 0.0
        summary.append((stem, errors, len(raw_nb), len(gold_nb), share))
        all_errors += [f"{raw_name}: {e}" for e in errors]

    dup_by_pair = {}
    for line, owners in seen.items():
        if len(owners) > 1:
            msg = f"line used in {len(owners)} files: {line[:70]!r}"
            all_errors.append(msg)
            for o in owners:
                dup_by_pair.setdefault(o, []).append(msg)

    for stem, errors, rn, gn, share in summary:
        errs = errors + dup_by_pair.get(stem, [])
        status = "OK  " if not errs else "FAIL"
        line = f"{status} {stem}: {rn} non-blank raw lines, {gn} kept, furniture {share:.0%}"
        if errs:
            line += " -- " + "; ".join(errs)
        print(line)

    if all_errors or not raws:
        print(f"{len(all_errors)} problem(s) found")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
