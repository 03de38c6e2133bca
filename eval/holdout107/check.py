#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the name is well formed, the language is one of en/ru/de/fr/es, and the
    families are valid, unique and in canonical order (or exactly 'negative');
  * the gold is an ordered subsequence of the raw lines, and equals the raw
    text with the unmatched lines deleted, blank runs collapsed to one and
    leading/trailing blanks removed;
  * a negative's gold is byte-identical to its raw, and a positive's is not;
and across the set: no non-blank line longer than 3 characters occurs in more
than one pair.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None, data
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters (need LF only)")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: missing final newline")
    if text.endswith("\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def tidy(lines):
    out = []
    for line in lines:
        if not line.strip():
            if not out or out[-1] == "":
                continue
            line = ""
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return out


def check_pair(stem, errors):
    m = NAME_RE.match(stem)
    if not m:
        errors.append(f"{stem}: name does not match NNN_<lang>_<families>")
        return None
    _, lang, fams = m.groups()
    if lang not in LANGS:
        errors.append(f"{stem}: unknown language '{lang}'")
    negative = fams == "negative"
    if not negative:
        parts = fams.split("-")
        bad = [p for p in parts if p not in CANON]
        if bad:
            errors.append(f"{stem}: invalid families {bad}")
        elif len(set(parts)) != len(parts):
            errors.append(f"{stem}: repeated family")
        elif parts != sorted(parts, key=CANON.index):
            errors.append(f"{stem}: families not in canonical order")
    raw_path = os.path.join(HERE, stem + ".txt")
    gold_path = os.path.join(HERE, stem + ".gold.txt")
    raw, raw_bytes = read_lines(raw_path, errors)
    gold, gold_bytes = read_lines(gold_path, errors)
    if raw is None or gold is None:
        return None
    # gold layout rules
    if gold and not gold[0].strip():
        errors.append(f"{stem}: gold starts with a blank line")
    if gold and not gold[-1].strip():
        errors.append(f"{stem}: gold ends with a blank line")
    for i in range(1, len(gold)):
        if not gold[i].strip() and not gold[i - 1].strip():
            errors.append(f"{stem}: gold has consecutive blank lines at line {i + 1}")
            break
    # ordered subsequence of non-blank lines
    gold_nb = [g for g in gold if g.strip()]
    keep = [False] * len(raw)
    j = 0
    for i, line in enumerate(raw):
        if j < len(gold_nb) and line.strip() and line == gold_nb[j]:
            keep[i] = True
            j += 1
    if j != len(gold_nb):
        errors.append(f"{stem}: gold line not found in order in raw: {gold_nb[j][:70]!r}")
    else:
        expected = tidy([l for l, k in zip(raw, keep) if k or not l.strip()])
        if expected != gold:
            errors.append(f"{stem}: gold blank lines differ from raw-with-deletions, collapsed")
    if negative and raw_bytes != gold_bytes:
        errors.append(f"{stem}: negative but gold differs from raw")
    if not negative and raw_bytes == gold_bytes:
        errors.append(f"{stem}: has families but nothing was deleted")
    n_raw = sum(1 for l in raw if l.strip())
    n_del = n_raw - len(gold_nb)
    return raw, gold, n_raw, n_del


def main():
    errors = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    stems = set()
    for f in files:
        stem = f[:-9] if f.endswith(".gold.txt") else f[:-4]
        stems.add(stem)
    for stem in sorted(stems):
        for suffix in (".txt", ".gold.txt"):
            if not os.path.exists(os.path.join(HERE, stem + suffix)):
                errors.append(f"{stem}: missing {suffix}")
    owners = defaultdict(set)
    for stem in sorted(stems):
        before = len(errors)
        if not all(os.path.exists(os.path.join(HERE, stem + s)) for s in (".txt", ".gold.txt")):
            print(f"FAIL {stem}")
            continue
        res = check_pair(stem, errors)
        if res:
            raw, gold, n_raw, n_del = res
            for line in raw + gold:
                if len(line.strip()) > 3:
                    owners[line.strip()].add(stem)
            share = n_del / n_raw if n_raw else 0
            status = "ok  " if len(errors) == before else "FAIL"
            print(f"{status} {stem}: {n_raw} non-blank lines, {n_del} deleted ({share:.0%})")
        else:
            print(f"FAIL {stem}")
    for line, where in sorted(owners.items()):
        if len(where) > 1:
            errors.append(f"line used in {len(where)} pairs ({', '.join(sorted(where))}): {line[:70]!r}")
    if errors:
        print()
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
