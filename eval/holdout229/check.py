#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory.

Checks, per pair (NNN_<lang>_<families>.txt + .gold.txt):
  * both files exist, are UTF-8, use LF line endings and end with one newline;
  * the name is well formed, family names are valid, unique and in canonical order;
  * the gold is an ordered subsequence of the raw lines;
  * the gold has no leading/trailing blank lines and no runs of blank lines,
    and equals the raw with its furniture lines deleted and blank runs collapsed;
  * a 'negative' gold is byte-identical to its raw; a positive gold is not;
  * furniture share of non-blank raw lines is 30-55 % for positives.
Across the set: no non-blank line longer than 3 characters occurs in more than
one pair (a raw file and its own gold naturally share lines), and no such line
occurs twice inside one raw file.

Standard library only. Prints one line per pair, then ALL OK or a failure count.
"""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")
MIN_SHARE, MAX_SHARE = 0.30, 0.55

HERE = os.path.dirname(os.path.abspath(__file__))


def read_text(path, errors):
    with open(path, "rb") as fh:
        data = fh.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({exc})")
        return data, None
    name = os.path.basename(path)
    if "\r" in text:
        errors.append(f"{name}: contains CR characters (must be LF only)")
    if not text.endswith("\n"):
        errors.append(f"{name}: no final newline")
    elif text.endswith("\n\n"):
        errors.append(f"{name}: trailing blank line(s)")
    if text.startswith("\ufeff"):
        errors.append(f"{name}: starts with a BOM")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(sub, seq):
    """Return the list of matched raw indices, or None."""
    idx = []
    j = 0
    for line in sub:
        while j < len(seq) and seq[j] != line:
            j += 1
        if j == len(seq):
            return None
        idx.append(j)
        j += 1
    return idx


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
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f[:-4] for f in files if not f.endswith(".gold.txt")]
    golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
    failures = 0
    owners = {}  # line -> set of pair stems
    numbers = {}

    for stem in sorted(set(raws) | golds):
        errors = []
        if stem not in golds:
            errors.append("missing .gold.txt")
        if stem not in raws:
            errors.append("missing raw .txt")
        m = NAME_RE.match(stem)
        fams = []
        if not m:
            errors.append("bad file name (want NNN_<lang>_<families>)")
        else:
            num, lang, famstr = m.groups()
            if num in numbers:
                errors.append(f"number {num} already used by {numbers[num]}")
            numbers[num] = stem
            if lang not in LANGS:
                errors.append(f"unknown language {lang!r}")
            if famstr != "negative":
                fams = famstr.split("-")
                bad = [f for f in fams if f not in FAMILIES]
                if bad:
                    errors.append(f"unknown families {bad}")
                elif len(set(fams)) != len(fams):
                    errors.append("duplicate family names")
                elif fams != sorted(fams, key=FAMILIES.index):
                    errors.append("families not in canonical order")
        if errors:
            failures += 1
            print(f"FAIL {stem}: " + "; ".join(errors))
            continue

        raw_bytes, raw = read_text(os.path.join(HERE, stem + ".txt"), errors)
        gold_bytes, gold = read_text(os.path.join(HERE, stem + ".gold.txt"), errors)
        detail = ""
        if raw is not None and gold is not None:
            if raw and raw[0] == "":
                errors.append("raw starts with a blank line")
            if not gold or gold[0] == "" or gold[-1] == "":
                errors.append("gold has leading/trailing blank lines or is empty")
            for a, b in zip(gold, gold[1:]):
                if a == "" and b == "":
                    errors.append("gold has a run of blank lines")
                    break
            idx = is_subsequence(gold, raw)
            if idx is None:
                errors.append("gold is not an ordered subsequence of raw")
            else:
                # Rebuild: keep all raw blank lines plus matched non-blank lines, collapse.
                kept = set(i for i, ln in zip(idx, gold) if ln != "")
                rebuilt = collapse([ln for i, ln in enumerate(raw) if ln == "" or i in kept])
                if rebuilt != gold:
                    errors.append("gold differs from raw-minus-deleted-lines with blank runs collapsed")
            raw_nb = [ln for ln in raw if ln.strip()]
            gold_nb = [ln for ln in gold if ln.strip()]
            furn = len(raw_nb) - len(gold_nb)
            share = furn / len(raw_nb) if raw_nb else 0.0
            detail = f"lines={len(raw_nb)} furniture={furn} ({share:.0%})"
            if not fams:
                if raw_bytes != gold_bytes:
                    errors.append("negative but gold is not byte-identical to raw")
            else:
                if raw_bytes == gold_bytes:
                    errors.append("positive but gold is identical to raw")
                if not (MIN_SHARE <= share <= MAX_SHARE):
                    errors.append(f"furniture share {share:.0%} outside {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
            seen_here = set()
            for ln in raw:
                if ln.strip() and len(ln) > 3:
                    if ln in seen_here:
                        errors.append(f"line repeated within raw: {ln[:60]!r}")
                    seen_here.add(ln)
                    owners.setdefault(ln, set()).add(stem)
        if errors:
            failures += 1
            print(f"FAIL {stem}: " + "; ".join(errors))
        else:
            print(f"ok   {stem}: {detail}")

    for ln, stems in sorted(owners.items()):
        if len(stems) > 1:
            failures += 1
            print(f"FAIL duplicate line in {sorted(stems)}: {ln[:80]!r}")

    if failures:
        print(f"{failures} FAILURE(S)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
