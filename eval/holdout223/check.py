#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os, re, sys
from collections import defaultdict

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
HERE = os.path.dirname(os.path.abspath(__file__))
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")


def read_lines(path, errors):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{name}: not UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    if "\r" in text:
        errors.append(f"{name}: contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        errors.append(f"{name}: missing final newline")
    if text.endswith("\n\n"):
        errors.append(f"{name}: trailing blank line(s)")
    if text.startswith("\n"):
        errors.append(f"{name}: leading blank line(s)")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(gold, raw):
    it = iter(raw)
    for g in gold:
        for r in it:
            if r == g:
                break
        else:
            return False, g
    return True, None


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    total_errors = 0
    line_owner = defaultdict(set)
    numbers = defaultdict(list)

    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold without raw file")
            total_errors += 1

    for raw_name in raws:
        errors = []
        stem = raw_name[:-4]
        gold_name = stem + ".gold.txt"
        m = NAME_RE.match(raw_name)
        fams = []
        if not m:
            errors.append("bad file name (want NNN_<lang>_<families>.txt)")
        else:
            numbers[m.group(1)].append(raw_name)
            if m.group(2) not in LANGS:
                errors.append(f"unknown language code {m.group(2)!r}")
            fams = m.group(3).split("-")
            if fams != ["negative"]:
                bad = [f for f in fams if f not in ORDER]
                if bad:
                    errors.append(f"unknown families {bad}")
                elif len(set(fams)) != len(fams):
                    errors.append("duplicate family in name")
                elif fams != sorted(fams, key=ORDER.index):
                    errors.append("families not in canonical order: want "
                                  + "-".join(sorted(fams, key=ORDER.index)))
        if gold_name not in golds:
            errors.append("missing gold file")
            print(f"FAIL {raw_name}: " + "; ".join(errors))
            total_errors += len(errors)
            continue

        raw_bytes, raw = read_lines(os.path.join(HERE, raw_name), errors)
        gold_bytes, gold = read_lines(os.path.join(HERE, gold_name), errors)

        for i in range(1, len(raw)):
            if raw[i] == "" and raw[i - 1] == "":
                errors.append(f"raw: consecutive blank lines at line {i + 1}")
                break
        for i in range(1, len(gold)):
            if gold[i] == "" and gold[i - 1] == "":
                errors.append(f"gold: blank-line run not collapsed at line {i + 1}")
                break
        if gold and (gold[0] == "" or gold[-1] == ""):
            errors.append("gold: leading or trailing blank line")

        ok, missing = is_subsequence(gold, raw)
        if not ok:
            errors.append(f"gold line not found in order in raw: {missing[:70]!r}")

        # The gold must equal raw-minus-some-lines with blank runs collapsed:
        # every non-blank raw line kept in gold must appear there exactly as often.
        g_nonblank = [l for l in gold if l.strip()]
        r_nonblank = [l for l in raw if l.strip()]
        if len(g_nonblank) == 0:
            errors.append("gold has no content")

        if fams == ["negative"]:
            if raw_bytes != gold_bytes:
                errors.append("negative: gold is not byte-identical to raw")
        elif fams:
            if raw_bytes == gold_bytes:
                errors.append("positive: gold is identical to raw (no furniture removed)")

        for l in set(r_nonblank):
            if len(l.strip()) > 3:
                line_owner[l.strip()].add(raw_name)

        deleted = len(r_nonblank) - len(g_nonblank)
        share = 100.0 * deleted / len(r_nonblank) if r_nonblank else 0.0
        status = "OK  " if not errors else "FAIL"
        print(f"{status} {stem}  raw={len(r_nonblank)} gold={len(g_nonblank)} "
              f"deleted={deleted} ({share:.0f}%)" + ("" if not errors else "  " + "; ".join(errors)))
        total_errors += len(errors)

    for num, names in sorted(numbers.items()):
        if len(names) > 1:
            print(f"FAIL number {num} used by several files: {names}")
            total_errors += 1

    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            print(f"FAIL line used in {len(owners)} files {sorted(owners)}: {line[:70]!r}")
            total_errors += 1

    if total_errors:
        print(f"{total_errors} ERROR(S)")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
