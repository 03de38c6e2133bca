#!/usr/bin/env python3
"""Validate the blind news-boilerplate evaluation set in this directory.

Standard library only. Prints one line per pair and ALL OK (exit 0) or
FAILED (exit 1) at the end.
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
RANK = {f: i for i, f in enumerate(FAMILIES)}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_text(path, errors):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{name}: starts with a BOM")
    if b"\r" in data:
        errors.append(f"{name}: contains CR characters (LF line endings required)")
    if not data.endswith(b"\n"):
        errors.append(f"{name}: no final newline")
    if data.endswith(b"\n\n"):
        errors.append(f"{name}: trailing blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{name}: not UTF-8 ({exc})")
        return data, []
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(small, big):
    it = iter(big)
    return all(any(s == b for b in it) for s in small)


def check_families(stem, fams, errors):
    parts = fams.split("-")
    if parts == ["negative"]:
        return True
    if "negative" in parts:
        errors.append(f"{stem}: 'negative' combined with other families")
        return False
    bad = [p for p in parts if p not in RANK]
    if bad:
        errors.append(f"{stem}: unknown families {bad}")
        return False
    if len(set(parts)) != len(parts):
        errors.append(f"{stem}: duplicated family")
    if [RANK[p] for p in parts] != sorted(RANK[p] for p in parts):
        errors.append(f"{stem}: families not in canonical order")
    return False


def main():
    names = sorted(n for n in os.listdir(HERE) if n.endswith(".txt"))
    global_errors = []
    raws, golds = {}, {}
    for n in names:
        m = NAME_RE.match(n)
        if not m:
            global_errors.append(f"{n}: file name does not match NNN_<lang>_<families>[.gold].txt")
            continue
        stem = n[: -len(".gold.txt")] if m.group(4) else n[: -len(".txt")]
        (golds if m.group(4) else raws)[stem] = n
    for stem in sorted(set(raws) | set(golds)):
        if stem not in raws:
            global_errors.append(f"{stem}: gold file without raw file")
        if stem not in golds:
            global_errors.append(f"{stem}: raw file without gold file")

    numbers = defaultdict(list)
    line_owner = defaultdict(set)
    all_ok = not global_errors
    results = []
    for stem in sorted(set(raws) & set(golds)):
        errors = []
        num, lang, fams = NAME_RE.match(raws[stem]).groups()[:3]
        numbers[num].append(stem)
        negative = check_families(stem, fams, errors)
        raw_bytes, raw = read_text(os.path.join(HERE, raws[stem]), errors)
        gold_bytes, gold = read_text(os.path.join(HERE, golds[stem]), errors)

        # blank-line discipline in gold
        if gold and gold[0] == "":
            errors.append(f"{stem}: gold starts with a blank line")
        if gold and gold[-1] == "":
            errors.append(f"{stem}: gold ends with a blank line")
        for i in range(1, len(gold)):
            if gold[i] == "" and gold[i - 1] == "":
                errors.append(f"{stem}: gold has a run of blank lines at line {i + 1}")
                break
        if raw and (raw[0] == "" or raw[-1] == ""):
            errors.append(f"{stem}: raw starts or ends with a blank line")

        # gold must be an ordered subsequence of raw lines
        if not is_subsequence(gold, raw):
            errors.append(f"{stem}: gold is not an ordered subsequence of raw lines")

        if negative:
            if raw_bytes != gold_bytes:
                errors.append(f"{stem}: negative but gold differs from raw")
        else:
            if raw_bytes == gold_bytes:
                errors.append(f"{stem}: positive but gold is identical to raw")

        # a gold is exactly raw minus some lines, blank runs collapsed
        raw_nb = [ln for ln in raw if ln.strip()]
        gold_nb = [ln for ln in gold if ln.strip()]
        removed = len(raw_nb) - len(gold_nb)
        if not negative and removed <= 0:
            errors.append(f"{stem}: no non-blank line removed")

        for ln in raw + gold:
            key = ln.strip()
            if len(key) > 3:
                line_owner[key].add(num)

        share = removed / len(raw_nb) if raw_nb else 0.0
        results.append((stem, errors, len(raw_nb), len(gold_nb), share, negative))

    # duplicate numbers
    for num, stems in numbers.items():
        if len(stems) > 1:
            global_errors.append(f"number {num} used by more than one pair: {stems}")

    # line reuse across files
    reused = defaultdict(list)
    for key, owners in line_owner.items():
        if len(owners) > 1:
            for o in owners:
                reused[o].append(key)

    for stem, errors, n_raw, n_gold, share, negative in results:
        num = stem[:3]
        for key in reused.get(num, []):
            errors.append(f"{stem}: line also used in another file: {key[:60]!r}")
        status = "OK  " if not errors else "FAIL"
        kind = "negative" if negative else f"furniture {n_raw - n_gold}/{n_raw} ({share:.0%})"
        print(f"{status} {stem}  raw={n_raw} gold={n_gold} non-blank lines, {kind}")
        for e in errors:
            print(f"     - {e}")
        if errors:
            all_ok = False
    for e in global_errors:
        print(f"FAIL {e}")
        all_ok = False
    if not results:
        print("FAIL no pairs found")
        all_ok = False
    print("ALL OK" if all_ok else "FAILED")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
