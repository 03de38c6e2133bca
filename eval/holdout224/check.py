#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({exc})")
        return data, []
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line(s)")
    if text.startswith("\n"):
        errors.append(f"{os.path.basename(path)}: leading blank line(s)")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


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
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    all_errors = []
    seen_lines = {}          # line -> first pair that used it
    numbers = set()
    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            all_errors.append(f"{g}: gold file without raw file")
    for raw_name in raws:
        errors = []
        stem = raw_name[:-4]
        m = NAME_RE.match(raw_name)
        if not m:
            errors.append("bad file name")
        else:
            num, lang, fams = m.groups()
            if num in numbers:
                errors.append(f"number {num} used twice")
            numbers.add(num)
            if fams != "negative":
                parts = fams.split("-")
                bad = [p for p in parts if p not in CANON]
                if bad:
                    errors.append(f"unknown families: {bad}")
                elif [CANON.index(p) for p in parts] != sorted(set(CANON.index(p) for p in parts)):
                    errors.append("families not in canonical order or repeated")
        gold_name = stem + ".gold.txt"
        if gold_name not in golds:
            errors.append("missing gold file")
            all_errors += [f"{raw_name}: {e}" for e in errors]
            print(f"FAIL {stem}: " + "; ".join(errors))
            continue
        raw_bytes, raw = read_lines(os.path.join(HERE, raw_name), errors)
        gold_bytes, gold = read_lines(os.path.join(HERE, gold_name), errors)
        # gold must be an ordered subsequence of raw
        kept, j = [], 0
        for i, line in enumerate(raw):
            if j < len(gold) and line == gold[j]:
                kept.append(i)
                j += 1
        if j != len(gold):
            errors.append(f"gold line {j + 1} not found in order in raw: {gold[j][:60]!r}")
        else:
            # deleting the unmatched raw lines and collapsing blank runs must give the gold
            deleted = set(range(len(raw))) - set(kept)
            rebuilt = collapse([l for i, l in enumerate(raw) if i not in deleted])
            if rebuilt != gold:
                # the greedy match may have picked other blank lines; compare non-blank content
                if [l for l in rebuilt if l.strip()] != [l for l in gold if l.strip()]:
                    errors.append("gold is not raw minus deleted lines")
        for k in range(1, len(gold)):
            if gold[k].strip() == "" and gold[k - 1].strip() == "":
                errors.append(f"gold has a run of blank lines at line {k + 1}")
                break
        if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
            errors.append("gold has leading or trailing blank line")
        is_neg = m and m.group(3) == "negative"
        if is_neg and raw_bytes != gold_bytes:
            errors.append("negative but gold differs from raw")
        if m and not is_neg and raw_bytes == gold_bytes:
            errors.append("positive but nothing deleted")
        # no non-blank line (>3 chars) may appear in more than one pair
        for line in set(raw) | set(gold):
            key = line.strip()
            if len(key) <= 3:
                continue
            other = seen_lines.setdefault(key, stem)
            if other != stem:
                errors.append(f"line shared with {other}: {key[:60]!r}")
        nb_raw = sum(1 for l in raw if l.strip())
        nb_gold = sum(1 for l in gold if l.strip())
        share = 100.0 * (nb_raw - nb_gold) / nb_raw if nb_raw else 0.0
        status = "OK  " if not errors else "FAIL"
        print(f"{status} {stem}  raw={nb_raw} gold={nb_gold} furniture={share:.1f}%"
              + ("" if not errors else "  -> " + "; ".join(errors)))
        all_errors += [f"{raw_name}: {e}" for e in errors]
    if not raws:
        all_errors.append("no files found")
    if all_errors:
        print(f"{len(all_errors)} problem(s) found")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
