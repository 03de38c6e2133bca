#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os, re, sys
from collections import defaultdict

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return []
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def is_subsequence(gold, raw):
    i = 0
    for line in raw:
        if i < len(gold) and gold[i] == line:
            i += 1
    return i == len(gold)


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    all_errs = []
    seen_nums = set()
    line_owner = defaultdict(set)
    for g in golds:
        if g.replace(".gold.txt", ".txt") not in raws:
            all_errs.append(f"{g}: gold without raw")
    for r in raws:
        errs = []
        m = NAME.match(r)
        if not m:
            errs.append("bad file name")
        else:
            num, lang, fams = m.groups()
            if num in seen_nums:
                errs.append(f"duplicate number {num}")
            seen_nums.add(num)
            if lang not in LANGS:
                errs.append(f"unknown language {lang}")
            if fams != "negative":
                parts = fams.split("-")
                bad = [p for p in parts if p not in ORDER]
                if bad:
                    errs.append(f"unknown families {bad}")
                elif [ORDER.index(p) for p in parts] != sorted(ORDER.index(p) for p in parts) \
                        or len(set(parts)) != len(parts):
                    errs.append("families not in canonical order or repeated")
        gpath = os.path.join(HERE, r.replace(".txt", ".gold.txt"))
        if not os.path.exists(gpath):
            errs.append("missing gold file")
            all_errs += [f"{r}: {e}" for e in errs]
            print(f"FAIL {r}: " + "; ".join(errs))
            continue
        raw = read(os.path.join(HERE, r), errs)
        gold = read(gpath, errs)
        if not is_subsequence(gold, raw):
            errs.append("gold is not an ordered subsequence of raw")
        if gold and gold[0].strip() == "":
            errs.append("gold has leading blank line")
        if gold and gold[-1].strip() == "":
            errs.append("gold has trailing blank line")
        for a, b in zip(gold, gold[1:]):
            if a.strip() == "" and b.strip() == "":
                errs.append("gold has an uncollapsed run of blank lines")
                break
        if any(l != l.rstrip() and l.strip() for l in raw):
            errs.append("raw has trailing whitespace on a line")
        raw_bytes = open(os.path.join(HERE, r), "rb").read()
        gold_bytes = open(gpath, "rb").read()
        neg = m and m.group(3) == "negative"
        if neg and raw_bytes != gold_bytes:
            errs.append("negative: gold not byte-identical to raw")
        if m and not neg and raw_bytes == gold_bytes:
            errs.append("positive: gold identical to raw (no furniture removed)")
        for line in set(raw):
            s = line.strip()
            if len(s) > 3:
                line_owner[s].add(r)
        nb_raw = sum(1 for l in raw if l.strip())
        nb_gold = sum(1 for l in gold if l.strip())
        share = 100.0 * (nb_raw - nb_gold) / nb_raw if nb_raw else 0.0
        if errs:
            all_errs += [f"{r}: {e}" for e in errs]
            print(f"FAIL {r}: " + "; ".join(errs))
        else:
            print(f"ok   {r}  ({nb_raw} non-blank lines, {nb_raw - nb_gold} furniture, {share:.0f}%)")
    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            msg = f"line used in several files {sorted(owners)}: {line[:70]!r}"
            all_errs.append(msg)
            print("FAIL " + msg)
    if all_errs:
        print(f"{len(all_errs)} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
