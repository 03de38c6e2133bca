#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not valid UTF-8 ({e})")
        return data, []
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters (LF only)")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: missing final newline")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(sub, full):
    i = 0
    for line in full:
        if i < len(sub) and sub[i] == line:
            i += 1
    return i == len(sub)


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    all_ok = True
    seen_numbers = {}
    line_owner = {}   # non-blank line -> first pair using it
    dup_errors = []

    for g in sorted(golds):
        if g.replace(".gold.txt", ".txt") not in raws:
            print(f"FAIL {g}: gold file without raw file")
            all_ok = False

    for raw in raws:
        errors = []
        m = NAME.match(raw)
        fams = []
        if not m:
            errors.append("file name does not match NNN_<lang>_<families>.txt")
        else:
            num, lang, famstr = m.groups()
            if num in seen_numbers:
                errors.append(f"number {num} also used by {seen_numbers[num]}")
            seen_numbers[num] = raw
            if lang not in LANGS:
                errors.append(f"unknown language code {lang!r}")
            if famstr != "negative":
                fams = famstr.split("-")
                bad = [f for f in fams if f not in FAMILIES]
                if bad:
                    errors.append(f"unknown families: {', '.join(bad)}")
                elif fams != sorted(fams, key=FAMILIES.index) or len(set(fams)) != len(fams):
                    errors.append("families not in canonical order or repeated")
        gold = raw[:-4] + ".gold.txt"
        if gold not in golds:
            print(f"FAIL {raw}: missing {gold}")
            all_ok = False
            continue
        rbytes, rlines = read_lines(os.path.join(HERE, raw), errors)
        gbytes, glines = read_lines(os.path.join(HERE, gold), errors)

        if not is_subsequence(glines, rlines):
            errors.append("gold is not an ordered subsequence of raw lines")
        if glines and (glines[0].strip() == "" or glines[-1].strip() == ""):
            errors.append("gold has leading or trailing blank lines")
        for a, b in zip(glines, glines[1:]):
            if a.strip() == "" and b.strip() == "":
                errors.append("gold has an uncollapsed run of blank lines")
                break
        for l in glines:
            if l != "" and l.strip() == "":
                errors.append("gold has a whitespace-only line")
                break

        raw_nb = [l for l in rlines if l.strip()]
        gold_nb = [l for l in glines if l.strip()]
        removed = len(raw_nb) - len(gold_nb)
        if m and m.group(3) == "negative":
            if rbytes != gbytes:
                errors.append("negative: gold is not byte-identical to raw")
        else:
            if removed == 0:
                errors.append("positive file but no line was removed")

        for l in set(raw_nb):
            key = l.strip()
            if len(key) <= 3:
                continue
            owner = line_owner.setdefault(key, raw)
            if owner != raw:
                dup_errors.append(f"line used in {owner} and {raw}: {key[:70]!r}")

        share = 100.0 * removed / len(raw_nb) if raw_nb else 0.0
        if errors:
            all_ok = False
            print(f"FAIL {raw}: " + "; ".join(errors))
        else:
            print(f"ok   {raw}: {len(raw_nb)} raw lines, {len(gold_nb)} kept, {removed} removed ({share:.0f}% furniture)")

    for e in dup_errors:
        print("FAIL duplicate " + e)
        all_ok = False
    if not raws:
        print("FAIL no files found")
        all_ok = False
    print("ALL OK" if all_ok else "ERRORS FOUND")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
