#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks per pair: both files present; names well formed; UTF-8, LF line endings,
final newline; gold is an ordered subsequence of the raw lines and equals the raw
text with some non-blank lines deleted and blank runs collapsed; no leading or
trailing blank lines; negatives byte-identical; positives actually differ; family
names valid, unique and in canonical order; furniture share of positives 30-55 %.
Set-level: no non-blank line longer than 3 characters occurs in more than one pair;
4 pairs and 2 negatives per language.
"""
import os, re, sys
from collections import defaultdict, Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+?)(\.gold)?\.txt$")


def is_blank(line):
    return line.strip() == ""


def collapse(lines):
    out = []
    for l in lines:
        if is_blank(l) and (not out or is_blank(out[-1])):
            continue
        out.append(l)
    while out and is_blank(out[-1]):
        out.pop()
    return out


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"not UTF-8: {e}")
        return None, data
    if "\r" in text:
        errors.append("contains CR (line endings must be LF)")
    if not text.endswith("\n"):
        errors.append("no final newline")
    if text.startswith("\ufeff"):
        errors.append("starts with a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def check_pair(stem, fams, raw_path, gold_path):
    errors = []
    if fams != "negative":
        parts = fams.split("-")
        bad = [p for p in parts if p not in FAMILIES]
        if bad:
            errors.append(f"unknown families {bad}")
        elif len(set(parts)) != len(parts):
            errors.append("duplicate family in name")
        elif parts != sorted(parts, key=FAMILIES.index):
            errors.append("families not in canonical order")
    raw, raw_bytes = read_lines(raw_path, errors)
    gold, gold_bytes = read_lines(gold_path, errors)
    if raw is None or gold is None:
        return errors, raw or [], 0.0
    for label, lines in (("raw", raw), ("gold", gold)):
        if lines and (is_blank(lines[0]) or is_blank(lines[-1])):
            errors.append(f"{label} has leading or trailing blank line")
    for i in range(1, len(gold)):
        if is_blank(gold[i]) and is_blank(gold[i - 1]):
            errors.append(f"gold has a run of blank lines at line {i + 1}")
            break
    # ordered subsequence (all lines, blanks included)
    j = 0
    for line in raw:
        if j < len(gold) and line == gold[j]:
            j += 1
    if j != len(gold):
        errors.append(f"gold is not an ordered subsequence of raw (stuck at gold line {j + 1}: {gold[j][:60]!r})")
    # exact reconstruction: delete unmatched non-blank raw lines, collapse blanks
    gold_nb = [l for l in gold if not is_blank(l)]
    keep, k = [], 0
    for line in raw:
        if is_blank(line):
            keep.append(line)
        elif k < len(gold_nb) and line == gold_nb[k]:
            keep.append(line)
            k += 1
    if k == len(gold_nb) and collapse(keep) != gold:
        errors.append("gold is not raw minus deleted lines with blank runs collapsed")
    raw_nb = [l for l in raw if not is_blank(l)]
    deleted = len(raw_nb) - len(gold_nb)
    share = 100.0 * deleted / len(raw_nb) if raw_nb else 0.0
    if fams == "negative":
        if raw_bytes != gold_bytes:
            errors.append("negative: gold is not byte-identical to raw")
    else:
        if raw_bytes == gold_bytes:
            errors.append("positive: gold identical to raw")
        if not 30.0 <= share <= 55.0:
            errors.append(f"furniture share {share:.0f}% outside 30-55%")
    return errors, raw, share


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    pairs, problems = {}, []
    for f in files:
        m = NAME.match(f)
        if not m:
            problems.append(f"{f}: bad file name")
            continue
        num, lang, fams, gold = m.groups()
        if lang not in LANGS:
            problems.append(f"{f}: unknown language {lang}")
        if fams != "negative":
            parts = fams.split("-")
            if any(x not in FAMILIES for x in parts) or parts != sorted(set(parts), key=FAMILIES.index):
                problems.append(f"{f}: family list invalid or not in canonical order")
                print(f"FAIL {f}: family list invalid or not in canonical order")
        stem = f"{num}_{lang}_{fams}"
        pairs.setdefault(stem, {})["gold" if gold else "raw"] = os.path.join(HERE, f)
    numbers = Counter(s[:3] for s in pairs)
    for n, c in numbers.items():
        if c > 1:
            problems.append(f"number {n} used by {c} pairs")

    owners = defaultdict(set)
    per_lang = defaultdict(lambda: [0, 0])
    for stem in sorted(pairs):
        p = pairs[stem]
        num, lang, fams = stem.split("_", 2)
        if set(p) != {"raw", "gold"}:
            print(f"FAIL {stem}: incomplete pair (have {sorted(p)})")
            problems.append(stem)
            continue
        errors, raw, share = check_pair(stem, fams, p["raw"], p["gold"])
        per_lang[lang][0] += 1
        per_lang[lang][1] += fams == "negative"
        for line in raw:
            s = line.strip()
            if len(s) > 3:
                owners[s].add(stem)
        kind = "negative" if fams == "negative" else f"positive, furniture {share:.0f}%"
        if errors:
            problems.append(stem)
            print(f"FAIL {stem} ({kind}): " + "; ".join(errors))
        else:
            print(f"ok   {stem} ({kind})")

    for line, stems in sorted(owners.items()):
        if len(stems) > 1:
            problems.append(line)
            print(f"FAIL duplicate line in {sorted(stems)}: {line[:70]!r}")
    for lang, (n, neg) in sorted(per_lang.items()):
        if n != 4 or neg != 2:
            problems.append(lang)
            print(f"FAIL language {lang}: {n} pairs, {neg} negatives (want 4 and 2)")

    if problems:
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
