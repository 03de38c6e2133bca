#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Usage: python3 check.py [DIR]   (default: the directory holding this script)
Standard library only. Prints one line per pair and ALL OK at the end.
"""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")


def read_text(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not valid UTF-8 ({e})")
        return data, None
    name = os.path.basename(path)
    if text.startswith("\ufeff"):
        errors.append(f"{name}: starts with a BOM")
    if "\r" in text:
        errors.append(f"{name}: contains CR characters (must be LF only)")
    if not text.endswith("\n"):
        errors.append(f"{name}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{name}: blank line(s) at end of file")
    if not text.strip():
        errors.append(f"{name}: empty")
    return data, text


def collapse(lines):
    out = []
    for ln in lines:
        if ln == "" and (not out or out[-1] == ""):
            continue
        out.append(ln)
    while out and out[-1] == "":
        out.pop()
    return out


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    files = sorted(os.listdir(d))
    errors_total = 0
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    orphan_errors = []
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            orphan_errors.append(f"{g}: gold file without raw file")
    seen_numbers = {}
    line_owner = {}  # non-blank line (len > 3) -> set of pair names
    for raw_name in raws:
        errors = []
        stem = raw_name[:-4]
        m = NAME_RE.match(raw_name)
        fams = []
        if not m:
            errors.append("file name does not match NNN_<lang>_<families>.txt")
        else:
            num, lang, famstr = m.groups()
            if num in seen_numbers:
                errors.append(f"number {num} also used by {seen_numbers[num]}")
            seen_numbers[num] = stem
            if lang not in LANGS:
                errors.append(f"unknown language code {lang!r}")
            if famstr != "negative":
                fams = famstr.split("-")
                bad = [f for f in fams if f not in FAMILIES]
                if bad:
                    errors.append(f"unknown families: {', '.join(bad)}")
                else:
                    idx = [FAMILIES.index(f) for f in fams]
                    if idx != sorted(set(idx)):
                        errors.append("families duplicated or not in canonical order")
        gold_name = stem + ".gold.txt"
        if gold_name not in golds:
            errors.append("missing gold file")
            report(stem, errors, None)
            errors_total += len(errors)
            continue
        rb, rt = read_text(os.path.join(d, raw_name), errors)
        gb, gt = read_text(os.path.join(d, gold_name), errors)
        if rt is None or gt is None:
            report(stem, errors, None)
            errors_total += len(errors)
            continue
        rl = rt.split("\n")[:-1] if rt.endswith("\n") else rt.split("\n")
        gl = gt.split("\n")[:-1] if gt.endswith("\n") else gt.split("\n")
        # gold shape
        if gl and gl[0] == "":
            errors.append("gold has a leading blank line")
        if gl and gl[-1] == "":
            errors.append("gold has a trailing blank line")
        for i in range(1, len(gl)):
            if gl[i] == "" and gl[i - 1] == "":
                errors.append(f"gold has a run of blank lines at line {i + 1}")
                break
        # ordered subsequence (non-blank lines), then exact reconstruction
        kept = [False] * len(rl)
        j = 0
        g_nonblank = [x for x in gl if x != ""]
        for i, line in enumerate(rl):
            if j < len(g_nonblank) and line != "" and line == g_nonblank[j]:
                kept[i] = True
                j += 1
        if j < len(g_nonblank):
            errors.append(f"gold line not found in order in raw: {g_nonblank[j][:70]!r}")
        else:
            expected = collapse([ln for ln, k in zip(rl, kept) if k or ln == ""])
            while expected and expected[0] == "":
                expected.pop(0)
            if expected != gl:
                for k, (a, b) in enumerate(zip(expected, gl)):
                    if a != b:
                        errors.append(f"blank-line structure differs from raw-minus-deletions at gold line {k + 1}")
                        break
                else:
                    errors.append("gold length differs from raw-minus-deletions")
        nonblank = [x for x in rl if x != ""]
        deleted = len(nonblank) - len(g_nonblank)
        if m and m.group(3) == "negative":
            if rb != gb:
                errors.append("negative: gold is not byte-identical to raw")
        elif m:
            if deleted == 0:
                errors.append("positive file but nothing deleted")
            if rb == gb:
                errors.append("positive file but gold identical to raw")
        for x in set(nonblank):
            if len(x) > 3:
                line_owner.setdefault(x, set()).add(stem)
        ratio = deleted / len(nonblank) if nonblank else 0.0
        info = f"lines={len(nonblank)} kept={len(g_nonblank)} furniture={deleted} ({ratio:.0%})"
        report(stem, errors, info)
        errors_total += len(errors)
    dup_errors = []
    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            dup_errors.append(f"line used in {len(owners)} files ({', '.join(sorted(owners))}): {line[:70]!r}")
    for e in orphan_errors + dup_errors:
        print("ERROR", e)
    errors_total += len(orphan_errors) + len(dup_errors)
    if not raws:
        print("ERROR no pairs found")
        errors_total += 1
    if errors_total:
        print(f"FAILED: {errors_total} error(s)")
        return 1
    print(f"{len(raws)} pairs checked")
    print("ALL OK")
    return 0


def report(stem, errors, info):
    if errors:
        print(f"FAIL {stem}" + (f"  [{info}]" if info else ""))
        for e in errors:
            print(f"     - {e}")
    else:
        print(f"ok   {stem}  [{info}]")


if __name__ == "__main__":
    sys.exit(main())
