#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)(\.gold)?\.txt$")

errors = []
pending = []  # errors of the pair being checked


def err(msg):
    errors.append(msg)
    pending.append(msg)


def read(path):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{os.path.basename(path)}: not valid UTF-8 ({e})")
        return None, data
    if b"\r" in data:
        err(f"{os.path.basename(path)}: contains CR characters (LF line endings required)")
    if not data.endswith(b"\n"):
        err(f"{os.path.basename(path)}: no final newline")
    if data.endswith(b"\n\n"):
        err(f"{os.path.basename(path)}: trailing blank line")
    if text.startswith("\ufeff"):
        err(f"{os.path.basename(path)}: has a BOM")
    return text, data


def is_blank(line):
    return line.strip() == ""


def subsequence(gold, raw):
    """Greedy check that gold lines occur in raw in order; returns matched raw indices or None."""
    idx, out = 0, []
    for g in gold:
        while idx < len(raw) and raw[idx] != g:
            idx += 1
        if idx == len(raw):
            return None
        out.append(idx)
        idx += 1
    return out


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    stems = {}
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            err(f"{f}: file name does not match NNN_<lang>_<families>[.gold].txt")
            continue
        stem = f[:-9] if f.endswith(".gold.txt") else f[:-4]
        stems.setdefault(stem, set()).add("gold" if m.group(4) else "raw")

    numbers = defaultdict(list)
    line_owner = defaultdict(set)
    n_pairs = n_neg = 0

    for stem in sorted(stems):
        kinds = stems[stem]
        pending.clear()
        if kinds != {"raw", "gold"}:
            err(f"{stem}: incomplete pair (has {sorted(kinds)})")
            print(f"FAIL {stem}: " + "; ".join(pending))
            continue
        n_pairs += 1
        num, lang, fams = stem.split("_", 2)
        numbers[num].append(stem)
        if lang not in LANGS:
            err(f"{stem}: unknown language code {lang!r}")
        negative = fams == "negative"
        if negative:
            n_neg += 1
        else:
            famlist = fams.split("-")
            bad = [x for x in famlist if x not in ORDER]
            if bad:
                err(f"{stem}: unknown families {bad}")
            else:
                idx = [ORDER.index(x) for x in famlist]
                if idx != sorted(idx) or len(set(idx)) != len(idx):
                    err(f"{stem}: families not in canonical order or repeated")

        raw_text, raw_bytes = read(os.path.join(HERE, stem + ".txt"))
        gold_text, gold_bytes = read(os.path.join(HERE, stem + ".gold.txt"))
        if raw_text is None or gold_text is None:
            print(f"FAIL {stem}: " + "; ".join(pending))
            continue
        raw = raw_text.split("\n")[:-1]
        gold = gold_text.split("\n")[:-1]

        if not raw or is_blank(raw[0]) or is_blank(raw[-1]):
            err(f"{stem}: raw has leading/trailing blank lines or is empty")
        if not gold:
            err(f"{stem}: gold is empty")
            print(f"FAIL {stem}: " + "; ".join(pending))
            continue
        if is_blank(gold[0]) or is_blank(gold[-1]):
            err(f"{stem}: gold has leading/trailing blank lines")
        for i in range(1, len(gold)):
            if is_blank(gold[i]) and is_blank(gold[i - 1]):
                err(f"{stem}: gold line {i + 1}: run of blank lines not collapsed")
                break
        for i, ln in enumerate(gold):
            if is_blank(ln) and ln != "":
                err(f"{stem}: gold line {i + 1}: whitespace-only line")

        matched = subsequence(gold, raw)
        if matched is None:
            err(f"{stem}: gold is not an ordered subsequence of raw lines")
        else:
            # every blank line kept in gold must stand where raw had a blank between the kept lines
            for gi, ri in enumerate(matched):
                if is_blank(gold[gi]) and gi > 0 and gi + 1 < len(gold):
                    lo, hi = matched[gi - 1], matched[gi + 1]
                    if not any(is_blank(raw[k]) for k in range(lo + 1, hi)):
                        err(f"{stem}: gold blank line {gi + 1} has no blank in raw")

        raw_nb = [ln for ln in raw if not is_blank(ln)]
        gold_nb = [ln for ln in gold if not is_blank(ln)]
        furniture = len(raw_nb) - len(gold_nb)
        if negative:
            if raw_bytes != gold_bytes:
                err(f"{stem}: negative but gold differs from raw")
        else:
            if furniture == 0:
                err(f"{stem}: positive but no line was deleted")
        share = 100.0 * furniture / len(raw_nb) if raw_nb else 0.0

        for ln in set(raw_nb):
            if len(ln.strip()) > 3:
                line_owner[ln].add(stem)

        status = "FAIL" if pending else "OK  "
        detail = f"lines={len(raw_nb)} kept={len(gold_nb)} furniture={furniture} ({share:.0f}%)"
        if negative:
            detail += " negative"
        if pending:
            detail += " | " + "; ".join(pending)
        print(f"{status} {stem}  {detail}")

    pending.clear()
    for num, stems_for_num in numbers.items():
        if len(stems_for_num) > 1:
            err(f"number {num} used by several pairs: {stems_for_num}")

    dups = {ln: owners for ln, owners in line_owner.items() if len(owners) > 1}
    for ln, owners in sorted(dups.items()):
        err(f"line used in more than one file {sorted(owners)}: {ln[:80]!r}")

    for msg in pending:
        print("FAIL " + msg)
    print(f"{n_pairs} pairs ({n_neg} negatives, {n_pairs - n_neg} positives)")
    if errors:
        print(f"FAILED: {len(errors)} error(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
