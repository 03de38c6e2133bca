#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read(path, errors):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{name}: not UTF-8 ({exc})")
        return data, []
    if b"\r" in data:
        errors.append(f"{name}: contains CR characters (LF line endings required)")
    if not data.endswith(b"\n"):
        errors.append(f"{name}: missing final newline")
    if data.endswith(b"\n\n"):
        errors.append(f"{name}: trailing blank line")
    if text.startswith("\ufeff"):
        errors.append(f"{name}: has a BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(small, big):
    it = iter(big)
    return all(any(x == y for y in it) for x in small)


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f[:-4] for f in files if not f.endswith(".gold.txt")]
    golds = [f[:-9] for f in files if f.endswith(".gold.txt")]
    all_errors = []
    for stem in sorted(set(golds) - set(raws)):
        all_errors.append(f"{stem}.gold.txt: no matching raw file")
    seen = {}  # line -> first pair stem
    numbers = {}
    for stem in sorted(raws):
        errors = []
        m = NAME_RE.match(stem)
        fams = []
        if not m:
            errors.append("bad file name (expected NNN_<lang>_<families>)")
        else:
            num, lang, famstr = m.groups()
            if num in numbers:
                errors.append(f"number {num} also used by {numbers[num]}")
            numbers[num] = stem
            if lang not in LANGS:
                errors.append(f"unknown language code {lang!r}")
            if famstr != "negative":
                fams = famstr.split("-")
                bad = [f for f in fams if f not in ORDER]
                if bad:
                    errors.append(f"invalid family names: {bad}")
                elif len(set(fams)) != len(fams):
                    errors.append("duplicate family names")
                elif fams != sorted(fams, key=ORDER.index):
                    errors.append("families not in canonical order")
        gold_path = os.path.join(HERE, stem + ".gold.txt")
        if not os.path.exists(gold_path):
            errors.append("missing .gold.txt")
            all_errors += [f"{stem}: {e}" for e in errors]
            print(f"FAIL {stem}")
            continue
        rdata, rlines = read(os.path.join(HERE, stem + ".txt"), errors)
        gdata, glines = read(gold_path, errors)
        if rlines and (not rlines[0].strip() or not rlines[-1].strip()):
            errors.append("raw has leading or trailing blank lines")
        if glines and (not glines[0].strip() or not glines[-1].strip()):
            errors.append("gold has leading or trailing blank lines")
        for i in range(1, len(glines)):
            if not glines[i].strip() and not glines[i - 1].strip():
                errors.append(f"gold line {i + 1}: uncollapsed run of blank lines")
                break
        if not is_subsequence(glines, rlines):
            errors.append("gold is not an ordered subsequence of raw lines")
        if m and famstr == "negative":
            if rdata != gdata:
                errors.append("negative: gold is not byte-identical to raw")
        elif m:
            if rdata == gdata:
                errors.append("positive pair but gold is identical to raw")
        # cross-file uniqueness of non-blank lines longer than 3 characters
        for line in set(rlines) | set(glines):
            key = line.strip()
            if len(key) <= 3:
                continue
            other = seen.get(key)
            if other is not None and other != stem:
                errors.append(f"line also used in {other}: {key[:60]!r}")
            else:
                seen[key] = stem
        nb_raw = sum(1 for l in rlines if l.strip())
        nb_gold = sum(1 for l in glines if l.strip())
        share = 100 * (nb_raw - nb_gold) / nb_raw if nb_raw else 0
        status = "OK  " if not errors else "FAIL"
        print(f"{status} {stem}  raw={nb_raw} gold={nb_gold} furniture={share:.0f}%")
        all_errors += [f"{stem}: {e}" for e in errors]
    if not raws:
        all_errors.append("no pairs found")
    if all_errors:
        print()
        for e in all_errors:
            print("ERROR", e)
        print(f"{len(all_errors)} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
