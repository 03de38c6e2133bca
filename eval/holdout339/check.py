#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
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
        out.append("" if l.strip() == "" else l)
    while out and out[-1] == "":
        out.pop()
    return out


def check_blanks(name, lines, errors):
    if lines and lines[0].strip() == "":
        errors.append(f"{name}: leading blank line")
    if lines and lines[-1].strip() == "":
        errors.append(f"{name}: trailing blank line")
    for i in range(1, len(lines)):
        if lines[i].strip() == "" and lines[i - 1].strip() == "":
            errors.append(f"{name}: run of blank lines at line {i + 1}")
            break


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    all_errors = []
    seen = defaultdict(set)  # line -> set of pair names
    numbers = set()
    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            all_errors.append(f"{g}: gold without raw file")
    for raw in raws:
        errors = []
        base = raw[:-4]
        gold = base + ".gold.txt"
        m = NAME_RE.match(raw)
        if not m:
            errors.append(f"{raw}: bad file name")
            print(f"FAIL {base}")
            all_errors.extend(errors)
            continue
        num, lang, fam = m.groups()
        if num in numbers:
            errors.append(f"{raw}: duplicate number {num}")
        numbers.add(num)
        if lang not in LANGS:
            errors.append(f"{raw}: unknown language {lang}")
        negative = fam == "negative"
        fams = [] if negative else fam.split("-")
        if not negative:
            bad = [x for x in fams if x not in CANON]
            if bad:
                errors.append(f"{raw}: unknown families {bad}")
            elif fams != sorted(fams, key=CANON.index) or len(set(fams)) != len(fams):
                errors.append(f"{raw}: families not in canonical order / repeated")
        if gold not in golds:
            errors.append(f"{raw}: missing gold file {gold}")
            print(f"FAIL {base}")
            all_errors.extend(errors)
            continue
        rl = read_lines(os.path.join(HERE, raw), errors)
        gl = read_lines(os.path.join(HERE, gold), errors)
        if rl is None or gl is None:
            print(f"FAIL {base}")
            all_errors.extend(errors)
            continue
        check_blanks(raw, rl, errors)
        check_blanks(gold, gl, errors)
        # within-file uniqueness (keeps the subsequence mapping unambiguous)
        cnt = defaultdict(int)
        for l in rl:
            if len(l.strip()) > 3:
                cnt[l] += 1
                seen[l].add(base)
        for l, c in cnt.items():
            if c > 1:
                errors.append(f"{raw}: line repeated {c} times: {l[:60]!r}")
        # gold non-blank lines must be an ordered subsequence of raw lines
        kept = set()
        j = 0
        gnb = [l for l in gl if l.strip()]
        for gline in gnb:
            while j < len(rl) and rl[j] != gline:
                j += 1
            if j == len(rl):
                errors.append(f"{gold}: line not found in order in raw: {gline[:60]!r}")
                break
            kept.add(j)
            j += 1
        else:
            expected = collapse([l for i, l in enumerate(rl) if l.strip() == "" or i in kept])
            if expected != gl:
                errors.append(f"{gold}: blank lines do not match raw-with-deletions collapsed")
        nonblank_raw = sum(1 for l in rl if l.strip())
        deleted = nonblank_raw - len(gnb)
        raw_bytes = open(os.path.join(HERE, raw), "rb").read()
        gold_bytes = open(os.path.join(HERE, gold), "rb").read()
        if negative:
            if raw_bytes != gold_bytes:
                errors.append(f"{raw}: negative but gold is not byte-identical to raw")
        else:
            if deleted == 0:
                errors.append(f"{raw}: positive but nothing deleted")
        status = "ok  " if not errors else "FAIL"
        share = f"{deleted}/{nonblank_raw} furniture ({deleted / nonblank_raw:.0%})" if nonblank_raw else "empty"
        print(f"{status} {base}: {share}")
        all_errors.extend(errors)
    for line, where in sorted(seen.items()):
        if len(where) > 1:
            all_errors.append(f"line used in more than one file {sorted(where)}: {line[:60]!r}")
    if not raws:
        all_errors.append("no files found")
    for e in all_errors:
        print("ERROR", e)
    if all_errors:
        print(f"{len(all_errors)} ERROR(S)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
