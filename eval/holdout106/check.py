#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks per pair:
  * raw and gold both exist, are UTF-8, LF-only, end with exactly one final newline
  * file name is NNN_<lang>_<families>.txt; families valid, unique, in canonical order,
    or the single word 'negative'
  * gold is an ordered subsequence of raw lines
  * gold equals raw with its deleted lines removed and blank runs collapsed
    (no double blank lines, no leading/trailing blank lines)
  * negatives: gold byte-identical to raw; positives: at least one line deleted
Checks across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair
    (a pair's raw and gold count as one file, since gold repeats raw by design)
Prints one line per pair and 'ALL OK' at the end; exits 1 on any error.
"""
import os, re, sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None, data
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    elif text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line(s)")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: BOM present")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def collapse(lines):
    out = []
    for l in lines:
        if l.strip() == "" and out and out[-1].strip() == "":
            continue
        out.append(l)
    while out and out[0].strip() == "":
        out.pop(0)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def check_pair(stem, errors):
    m = NAME_RE.match(stem + ".txt")
    if not m:
        errors.append(f"{stem}: bad file name")
        return None
    lang, fams = m.group(2), m.group(3)
    if lang not in LANGS:
        errors.append(f"{stem}: unknown language '{lang}'")
    famlist = fams.split("-")
    if famlist != ["negative"]:
        bad = [f for f in famlist if f not in FAMILIES]
        if bad:
            errors.append(f"{stem}: invalid family name(s) {bad}")
        else:
            idx = [FAMILIES.index(f) for f in famlist]
            if idx != sorted(set(idx)):
                errors.append(f"{stem}: families duplicated or not in canonical order")
    raw, rawb = read(os.path.join(HERE, stem + ".txt"), errors)
    gold, goldb = read(os.path.join(HERE, stem + ".gold.txt"), errors)
    if raw is None or gold is None:
        return None
    if famlist == ["negative"]:
        if rawb != goldb:
            errors.append(f"{stem}: negative but gold differs from raw")
    elif rawb == goldb:
        errors.append(f"{stem}: positive but nothing deleted")
    # gold must be an ordered subsequence of raw
    kept, j = [], 0
    for i, line in enumerate(raw):
        if j < len(gold) and line == gold[j]:
            kept.append(i)
            j += 1
    if j != len(gold):
        errors.append(f"{stem}: gold is not an ordered subsequence of raw "
                      f"(stuck at gold line {j + 1}: {gold[j][:60]!r})")
        return None
    # gold must equal raw minus deleted non-blank lines, blank runs collapsed
    keep_nb = {i for i in kept if raw[i].strip()}
    rebuilt = collapse([l for i, l in enumerate(raw) if not l.strip() or i in keep_nb])
    if rebuilt != gold:
        errors.append(f"{stem}: gold blank lines do not match raw after collapsing")
    for k in range(1, len(gold)):
        if not gold[k].strip() and not gold[k - 1].strip():
            errors.append(f"{stem}: gold has a run of blank lines at line {k + 1}")
            break
    if gold and (not gold[0].strip() or not gold[-1].strip()):
        errors.append(f"{stem}: gold has leading or trailing blank line")
    if raw and (not raw[0].strip()):
        errors.append(f"{stem}: raw starts with a blank line")
    nb_raw = [l for l in raw if l.strip()]
    nb_gold = [l for l in gold if l.strip()]
    return lang, famlist, nb_raw, len(nb_raw) - len(nb_gold)


def main():
    errors = []
    names = sorted(os.listdir(HERE))
    raws = [n[:-4] for n in names if n.endswith(".txt") and not n.endswith(".gold.txt")]
    golds = [n[:-9] for n in names if n.endswith(".gold.txt")]
    for s in sorted(set(golds) - set(raws)):
        errors.append(f"{s}: gold without raw")
    for s in sorted(set(raws) - set(golds)):
        errors.append(f"{s}: raw without gold")
    nums = defaultdict(list)
    seen = defaultdict(set)
    for stem in sorted(set(raws) & set(golds)):
        nums[stem[:3]].append(stem)
        before = len(errors)
        res = check_pair(stem, errors)
        if res is None:
            print(f"FAIL {stem}")
            continue
        lang, famlist, nb_raw, deleted = res
        for line in nb_raw:
            if len(line.strip()) > 3:
                seen[line.strip()].add(stem)
        pct = 100.0 * deleted / len(nb_raw) if nb_raw else 0.0
        status = "OK  " if len(errors) == before else "FAIL"
        print(f"{status} {stem}  lines={len(nb_raw)} deleted={deleted} ({pct:.0f}%)")
    for n, stems in nums.items():
        if len(stems) > 1:
            errors.append(f"number {n} used by several pairs: {stems}")
    for line, stems in sorted(seen.items()):
        if len(stems) > 1:
            errors.append(f"line used in several files {sorted(stems)}: {line[:70]!r}")
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} ERROR(S)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
