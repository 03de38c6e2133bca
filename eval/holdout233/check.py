#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{name}: not valid UTF-8 ({exc})")
        return None, data
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{name}: starts with a BOM")
    if b"\r" in data:
        errors.append(f"{name}: contains CR characters (LF line endings required)")
    if not data.endswith(b"\n"):
        errors.append(f"{name}: missing final newline")
    if data.endswith(b"\n\n"):
        errors.append(f"{name}: ends with a blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def is_blank(line):
    return line.strip() == ""


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    global_errors = []
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            global_errors.append(f"{g}: gold file without raw file")

    seen_numbers = {}
    line_owner = {}  # line -> set of pair stems
    results = []
    for raw_name in raws:
        errors = []
        stem = raw_name[:-4]
        m = NAME_RE.match(raw_name)
        fams = []
        negative = False
        if not m:
            errors.append("file name does not match NNN_<lang>_<families>.txt")
        else:
            num, lang, famstr = m.groups()
            if num in seen_numbers:
                errors.append(f"number {num} also used by {seen_numbers[num]}")
            seen_numbers[num] = raw_name
            fams = famstr.split("-")
            if fams == ["negative"]:
                negative = True
            else:
                bad = [f for f in fams if f not in CANON]
                if bad:
                    errors.append(f"unknown families: {', '.join(bad)}")
                if len(set(fams)) != len(fams):
                    errors.append("a family is listed twice")
                known = [f for f in fams if f in CANON]
                if known != sorted(known, key=CANON.index):
                    errors.append("families not in canonical order")
        gold_name = stem + ".gold.txt"
        if gold_name not in golds:
            errors.append("gold file missing")
            results.append((raw_name, errors, None))
            continue
        raw, raw_bytes = read_lines(os.path.join(HERE, raw_name), errors)
        gold, gold_bytes = read_lines(os.path.join(HERE, gold_name), errors)
        info = None
        if raw is not None and gold is not None:
            # gold must be an ordered subsequence of raw
            i = 0
            for gi, gl in enumerate(gold):
                while i < len(raw) and raw[i] != gl:
                    i += 1
                if i == len(raw):
                    errors.append(f"gold line {gi + 1} not found in order in raw: {gl[:60]!r}")
                    break
                i += 1
            # blank handling in gold
            if gold and is_blank(gold[0]):
                errors.append("gold starts with a blank line")
            if gold and is_blank(gold[-1]):
                errors.append("gold ends with a blank line")
            for k in range(1, len(gold)):
                if is_blank(gold[k]) and is_blank(gold[k - 1]):
                    errors.append(f"gold has uncollapsed blank lines at line {k + 1}")
                    break
            if raw and (is_blank(raw[0]) or is_blank(raw[-1])):
                errors.append("raw starts or ends with a blank line")
            raw_nb = sum(1 for l in raw if not is_blank(l))
            gold_nb = sum(1 for l in gold if not is_blank(l))
            removed = raw_nb - gold_nb
            if negative:
                if raw_bytes != gold_bytes:
                    errors.append("negative pair: gold is not byte-identical to raw")
            else:
                if removed <= 0:
                    errors.append("positive pair but nothing was removed")
            share = removed / raw_nb if raw_nb else 0.0
            info = f"{raw_nb} lines, {removed} furniture ({share:.0%})"
            for l in raw + gold:
                if not is_blank(l) and len(l.strip()) > 3:
                    line_owner.setdefault(l, set()).add(stem)
        results.append((raw_name, errors, info))

    dup_errors = {}
    for line, owners in line_owner.items():
        if len(owners) > 1:
            for o in owners:
                others = ", ".join(sorted(x[:3] for x in owners if x != o))
                dup_errors.setdefault(o, []).append(f"line shared with {others}: {line[:60]!r}")

    ok = not global_errors
    for raw_name, errors, info in results:
        errors = errors + dup_errors.get(raw_name[:-4], [])
        if errors:
            ok = False
            print(f"FAIL {raw_name}")
            for e in errors:
                print(f"     - {e}")
        else:
            print(f"ok   {raw_name}: {info}")
    for e in global_errors:
        print(f"FAIL {e}")
    if not raws:
        ok = False
        print("FAIL no pairs found")
    print("ALL OK" if ok else "ERRORS FOUND")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
