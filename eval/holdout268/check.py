#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist
  * UTF-8, LF line endings, final newline, no BOM
  * file name: three-digit number, language code, valid furniture families in
    canonical order without repeats, or the single word "negative"
  * gold lines are an ordered subsequence of raw lines, and the gold equals the
    raw with the unmatched non-blank lines deleted, blank runs collapsed to one,
    and leading/trailing blank lines removed
  * gold has no leading/trailing blank lines and no consecutive blank lines
  * negatives: gold byte-identical to raw; positives: at least one line deleted
Across the set:
  * no non-blank line longer than 3 characters (after stripping) occurs in more
    than one pair
Prints one line per pair and "ALL OK" at the end (exit status 1 on failure).
"""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
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
    except UnicodeDecodeError as e:
        errors.append(f"{name}: not valid UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
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


def check_families(stem, errors):
    m = NAME_RE.match(stem)
    if not m:
        errors.append(f"{stem}: file name does not match NNN_<lang>_<families>")
        return None
    fams = m.group(3)
    if fams == "negative":
        return []
    parts = fams.split("-")
    bad = [p for p in parts if p not in FAMILIES]
    if bad:
        errors.append(f"{stem}: unknown families {bad}")
        return parts
    if len(set(parts)) != len(parts):
        errors.append(f"{stem}: repeated family")
    if parts != sorted(parts, key=FAMILIES.index):
        errors.append(f"{stem}: families not in canonical order")
    return parts


def check_pair(stem, errors):
    raw_path = os.path.join(HERE, stem + ".txt")
    gold_path = os.path.join(HERE, stem + ".gold.txt")
    fams = check_families(stem, errors)
    raw_bytes, raw = read_lines(raw_path, errors)
    gold_bytes, gold = read_lines(gold_path, errors)

    if gold and gold[0].strip() == "":
        errors.append(f"{stem}: gold starts with a blank line")
    if gold and gold[-1].strip() == "":
        errors.append(f"{stem}: gold ends with a blank line")
    for i in range(1, len(gold)):
        if gold[i].strip() == "" and gold[i - 1].strip() == "":
            errors.append(f"{stem}: gold has consecutive blank lines at line {i + 1}")
            break

    # ordered subsequence: match gold lines (blank ones included) to raw lines
    j = 0
    kept = set()
    ok = True
    for gi, g in enumerate(gold):
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            errors.append(f"{stem}: gold line {gi + 1} not found in order in raw: {g[:60]!r}")
            ok = False
            break
        kept.add(j)
        j += 1
    if ok:
        expected = collapse(l for i, l in enumerate(raw) if l.strip() == "" or i in kept)
        if expected != gold:
            errors.append(f"{stem}: gold is not raw minus deleted lines with blank runs collapsed")

    deleted = sum(1 for i, l in enumerate(raw) if l.strip() and i not in kept)
    nonblank = sum(1 for l in raw if l.strip())
    if fams == []:
        if raw_bytes != gold_bytes:
            errors.append(f"{stem}: negative but gold differs from raw")
    elif fams is not None and raw_bytes == gold_bytes:
        errors.append(f"{stem}: positive but gold is identical to raw")
    share = deleted / nonblank if nonblank else 0.0
    return raw, gold, nonblank, deleted, share


def main():
    names = sorted(os.listdir(HERE))
    errors = []
    stems = set()
    for n in names:
        if n.endswith(".gold.txt"):
            stems.add(n[:-9])
        elif n.endswith(".txt"):
            stems.add(n[:-4])
    pairs = []
    for s in sorted(stems):
        if not os.path.exists(os.path.join(HERE, s + ".txt")):
            errors.append(f"{s}: raw file missing")
        elif not os.path.exists(os.path.join(HERE, s + ".gold.txt")):
            errors.append(f"{s}: gold file missing")
        else:
            pairs.append(s)

    numbers = {}
    seen = {}
    for stem in pairs:
        before = len(errors)
        raw, gold, nonblank, deleted, share = check_pair(stem, errors)
        num = stem[:3]
        if num in numbers:
            errors.append(f"{stem}: number {num} also used by {numbers[num]}")
        numbers[num] = stem
        for line in set(raw) | set(gold):
            key = line.strip()
            if len(key) > 3:
                seen.setdefault(key, set()).add(stem)
        status = "ok" if len(errors) == before else "FAIL"
        print(f"{status:4}  {stem}  lines={nonblank} deleted={deleted} ({share:.0%})")

    for line, where in sorted(seen.items()):
        if len(where) > 1:
            errors.append(f"line used in more than one file {sorted(where)}: {line[:70]!r}")

    if not pairs:
        errors.append("no pairs found")
    for e in errors:
        print("ERROR: " + e)
    if errors:
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
