#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * raw NNN_<lang>_<families>.txt has a matching .gold.txt and vice versa
  * file name: three-digit number, language in {en, ru, de, fr, es}, families valid,
    unique and in canonical order, or the single word 'negative'
  * UTF-8, LF line endings only, final newline, no trailing whitespace, no
    leading/trailing blank lines in raw or gold
  * gold is an ordered subsequence of raw lines, and equals exactly what you get by
    deleting the non-kept raw lines and collapsing the blank runs left behind
  * gold has no runs of blank lines
  * negatives: gold byte-identical to raw; positives: at least one line deleted
  * positives: furniture share of non-blank lines within 30-55 %
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair
  * unique file numbers
  * README.md has a table row for every pair ('| NNN | lang |')
Prints one line per pair and 'ALL OK' at the end (exit status 1 on any error).
"""
import os
import re
import sys

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
MIN_FURN, MAX_FURN = 30.0, 55.0

HERE = os.path.dirname(os.path.abspath(__file__))
errors_total = 0


def read_text(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{os.path.basename(path)}: has a BOM")
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if lines and lines[0] == "":
        errs.append(f"{os.path.basename(path)}: leading blank line")
    for n, l in enumerate(lines, 1):
        if l != l.rstrip():
            errs.append(f"{os.path.basename(path)}:{n}: trailing whitespace")
        if l.strip() == "" and l != "":
            errs.append(f"{os.path.basename(path)}:{n}: whitespace-only line")
    return text, lines


def collapse(lines):
    out = []
    for l in lines:
        if l == "" and out and out[-1] == "":
            continue
        out.append(l)
    while out and out[0] == "":
        out.pop(0)
    while out and out[-1] == "":
        out.pop()
    return out


def check_families(fams, errs, name):
    if fams == "negative":
        return []
    parts = fams.split("-")
    for p in parts:
        if p not in ORDER:
            errs.append(f"{name}: unknown family '{p}'")
    if len(set(parts)) != len(parts):
        errs.append(f"{name}: repeated family")
    known = [p for p in parts if p in ORDER]
    if known != sorted(known, key=ORDER.index):
        errs.append(f"{name}: families not in canonical order")
    if "negative" in parts:
        errs.append(f"{name}: 'negative' combined with other families")
    return parts


def main():
    global errors_total
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    set_errs = []
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            set_errs.append(f"{g}: gold without raw file")

    seen_lines = {}   # line -> pair name
    numbers = {}
    readme = ""
    if os.path.exists(os.path.join(HERE, "README.md")):
        readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    else:
        set_errs.append("README.md missing")

    for raw_name in raws:
        errs = []
        base = raw_name[:-4]
        m = NAME.match(raw_name)
        if not m:
            errs.append(f"{raw_name}: bad file name")
            fams = ""
        else:
            num, lang, fams = m.groups()
            if lang not in LANGS:
                errs.append(f"{raw_name}: unknown language '{lang}'")
            if num in numbers:
                errs.append(f"{raw_name}: number {num} also used by {numbers[num]}")
            numbers[num] = raw_name
            check_families(fams, errs, raw_name)
        gold_name = base + ".gold.txt"
        if gold_name not in golds:
            errs.append(f"{raw_name}: gold file missing")
            report(base, errs, "")
            continue
        r = read_text(os.path.join(HERE, raw_name), errs)
        g = read_text(os.path.join(HERE, gold_name), errs)
        if r is None or g is None:
            report(base, errs, "")
            continue
        raw_text, raw = r
        gold_text, gold = g

        # gold: no blank runs
        for i in range(1, len(gold)):
            if gold[i] == "" and gold[i - 1] == "":
                errs.append(f"{gold_name}:{i + 1}: run of blank lines")

        # gold non-blank lines as ordered subsequence of raw (greedy), then exact rebuild
        keep = set()
        j = 0
        ok = True
        for gl in gold:
            if gl == "":
                continue
            while j < len(raw) and raw[j] != gl:
                j += 1
            if j == len(raw):
                errs.append(f"{gold_name}: line not found in order in raw: {gl[:70]!r}")
                ok = False
                break
            keep.add(j)
            j += 1
        if ok:
            expected = collapse([l for i, l in enumerate(raw) if l == "" or i in keep])
            if expected != gold:
                for k, (a, b) in enumerate(zip(expected, gold)):
                    if a != b:
                        errs.append(f"{gold_name}:{k + 1}: blank-line structure differs from "
                                    f"raw-minus-deletions (expected {a[:40]!r}, got {b[:40]!r})")
                        break
                else:
                    errs.append(f"{gold_name}: length differs from raw-minus-deletions "
                                f"({len(gold)} vs {len(expected)})")

        nb_raw = sum(1 for l in raw if l)
        nb_gold = sum(1 for l in gold if l)
        share = 100.0 * (nb_raw - nb_gold) / nb_raw if nb_raw else 0.0
        if fams == "negative":
            if raw_text != gold_text:
                errs.append(f"{raw_name}: negative but gold differs from raw")
        elif fams:
            if nb_gold == nb_raw:
                errs.append(f"{raw_name}: positive but nothing deleted")
            if not (MIN_FURN <= share <= MAX_FURN):
                errs.append(f"{raw_name}: furniture share {share:.0f}% outside {MIN_FURN:.0f}-{MAX_FURN:.0f}%")

        # cross-pair duplicates
        for l in set(raw):
            if len(l.strip()) > 3:
                if l in seen_lines and seen_lines[l] != base:
                    errs.append(f"{raw_name}: line also used in {seen_lines[l]}: {l[:60]!r}")
                else:
                    seen_lines[l] = base

        if readme and m and f"| {m.group(1)} | {m.group(2)} |" not in readme:
            errs.append(f"{raw_name}: no row '| {m.group(1)} | {m.group(2)} |' in README.md table")

        report(base, errs, f"raw {nb_raw} lines, gold {nb_gold}, furniture {share:.0f}%")

    for e in set_errs:
        print("ERROR", e)
    errors_total += len(set_errs)
    if not raws:
        print("ERROR no pairs found")
        errors_total += 1
    if errors_total:
        print(f"FAILED: {errors_total} error(s)")
        sys.exit(1)
    print("ALL OK")


def report(base, errs, info):
    global errors_total
    if errs:
        errors_total += len(errs)
        print(f"FAIL {base}: {info}")
        for e in errs:
            print("     ", e)
    else:
        print(f"ok   {base}: {info}")


if __name__ == "__main__":
    main()
