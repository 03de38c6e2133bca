#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist; UTF-8; LF line endings; exactly one final newline
  * file name well formed; families valid, unique, in canonical order, or `negative`
  * gold lines are an ordered subsequence of raw lines (byte-identical lines)
  * gold == raw with the unmatched lines deleted, blank runs collapsed to one,
    no leading/trailing blank lines
  * negatives: gold byte-identical to raw; positives: at least one line deleted
  * positives: furniture share of non-blank raw lines reported (must be 30-55 %)
Across the set: no non-blank line longer than 3 characters occurs in more than one pair.
"""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))
MIN_SHARE, MAX_SHARE = 0.30, 0.55


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    elif text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line(s)")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def collapse(lines):
    out = []
    for line in lines:
        if line.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(line)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    fatal = []
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            fatal.append(f"{g}: gold file without raw file")
    seen_numbers = {}
    line_owner = {}
    dup_errors = []
    results = []
    for raw_name in raws:
        errors = []
        stem = raw_name[:-4]
        m = NAME_RE.match(raw_name)
        fams = []
        if not m:
            errors.append("bad file name")
        else:
            num, lang, famstr = m.groups()
            if num in seen_numbers:
                errors.append(f"number {num} also used by {seen_numbers[num]}")
            seen_numbers[num] = raw_name
            if lang not in LANGS:
                errors.append(f"unknown language {lang}")
            if famstr != "negative":
                fams = famstr.split("-")
                bad = [f for f in fams if f not in CANON]
                if bad:
                    errors.append(f"invalid families {bad}")
                elif len(set(fams)) != len(fams):
                    errors.append("duplicate family in name")
                elif fams != sorted(fams, key=CANON.index):
                    errors.append("families not in canonical order")
        gold_name = stem + ".gold.txt"
        if gold_name not in golds:
            errors.append("missing gold file")
            results.append((raw_name, errors, ""))
            continue
        raw = read_lines(os.path.join(HERE, raw_name), errors)
        gold = read_lines(os.path.join(HERE, gold_name), errors)
        info = ""
        if raw is not None and gold is not None:
            if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
                errors.append("gold has leading/trailing blank line")
            for a, b in zip(gold, gold[1:]):
                if a.strip() == "" and b.strip() == "":
                    errors.append("gold has a run of blank lines")
                    break
            # ordered-subsequence match of gold non-blank lines into raw
            keep = [False] * len(raw)
            i = 0
            ok = True
            for gl in gold:
                if gl.strip() == "":
                    continue
                while i < len(raw) and raw[i] != gl:
                    i += 1
                if i == len(raw):
                    errors.append(f"gold line not found in order in raw: {gl[:60]!r}")
                    ok = False
                    break
                keep[i] = True
                i += 1
            if ok:
                rebuilt = collapse([l for l, k in zip(raw, keep) if k or l.strip() == ""])
                if rebuilt != gold:
                    errors.append("gold differs from raw-minus-deleted-lines after blank collapsing")
            raw_nb = [l for l in raw if l.strip()]
            gold_nb = [l for l in gold if l.strip()]
            deleted = len(raw_nb) - len(gold_nb)
            if m and m.group(3) == "negative":
                if open(os.path.join(HERE, raw_name), "rb").read() != open(os.path.join(HERE, gold_name), "rb").read():
                    errors.append("negative but gold is not byte-identical to raw")
                info = f"{len(raw_nb)} lines, all content"
            else:
                share = deleted / len(raw_nb) if raw_nb else 0
                info = f"{len(raw_nb)} lines, {deleted} furniture ({share:.0%})"
                if deleted == 0:
                    errors.append("positive but nothing deleted")
                elif not (MIN_SHARE <= share <= MAX_SHARE):
                    errors.append(f"furniture share {share:.0%} outside {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
            for l in set(raw_nb):
                key = l.strip()
                if len(key) <= 3:
                    continue
                if key in line_owner and line_owner[key] != stem:
                    dup_errors.append(f"line used in {line_owner[key]} and {stem}: {key[:60]!r}")
                else:
                    line_owner[key] = stem
        results.append((raw_name, errors, info))
    all_ok = not fatal and not dup_errors
    for name, errors, info in results:
        if errors:
            all_ok = False
            print(f"FAIL {name}: " + "; ".join(errors))
        else:
            print(f"ok   {name}  [{info}]")
    for e in fatal + dup_errors:
        print("FAIL " + e)
    if not raws:
        all_ok = False
        print("FAIL no files found")
    print("ALL OK" if all_ok else "FAILED")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
