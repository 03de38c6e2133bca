#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the file name is well formed, families are valid and in canonical order
    ('negative' stands alone);
  * gold lines form an ordered subsequence of raw lines (byte-identical);
  * gold has no runs of blank lines and no leading/trailing blank lines;
  * a negative's gold is byte-identical to its raw; a positive's gold differs;
and, across the set:
  * no non-blank line longer than 3 characters appears in more than one pair.

Prints one line per pair (with the furniture share of non-blank raw lines)
and 'ALL OK' at the end if nothing failed. Standard library only.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)
    print("  ERROR: " + msg)


def read(path):
    with open(path, "rb") as fh:
        data = fh.read()
    problems = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, ["not UTF-8 (%s)" % exc]
    if data.startswith(b"\xef\xbb\xbf"):
        problems.append("starts with a BOM")
    if b"\r" in data:
        problems.append("contains CR characters")
    if not data.endswith(b"\n"):
        problems.append("no final newline")
    if data.endswith(b"\n\n"):
        problems.append("trailing blank line")
    return text, problems


def is_subsequence(gold, raw):
    i = 0
    for line in raw:
        if i < len(gold) and gold[i] == line:
            i += 1
    return i == len(gold), i


def main():
    names = sorted(os.listdir(here))
    raws = [n for n in names if n.endswith(".txt") and not n.endswith(".gold.txt")]
    golds = [n for n in names if n.endswith(".gold.txt")]
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            err("%s has no raw file" % g)
    seen = defaultdict(set)  # line -> set of pair numbers
    numbers = defaultdict(list)
    for raw_name in raws:
        stem = raw_name[:-4]
        gold_name = stem + ".gold.txt"
        before = len(errors)
        m = NAME_RE.match(raw_name)
        if not m:
            err("%s: bad file name" % raw_name)
            continue
        num, lang, fams = m.groups()
        numbers[num].append(raw_name)
        fam_list = fams.split("-")
        if fam_list != ["negative"]:
            bad = [f for f in fam_list if f not in CANON]
            if bad:
                err("%s: unknown families %s" % (raw_name, bad))
            elif [CANON.index(f) for f in fam_list] != sorted(CANON.index(f) for f in fam_list) \
                    or len(set(fam_list)) != len(fam_list):
                err("%s: families not in canonical order or repeated" % raw_name)
        if gold_name not in golds:
            err("%s: missing gold file" % raw_name)
            continue
        raw_text, p1 = read(os.path.join(here, raw_name))
        gold_text, p2 = read(os.path.join(here, gold_name))
        for p in p1:
            err("%s: %s" % (raw_name, p))
        for p in p2:
            err("%s: %s" % (gold_name, p))
        if raw_text is None or gold_text is None:
            continue
        raw = raw_text.split("\n")[:-1]
        gold = gold_text.split("\n")[:-1]
        if raw and raw[0] == "":
            err("%s: leading blank line" % raw_name)
        ok, upto = is_subsequence(gold, raw)
        if not ok:
            err("%s: gold is not an ordered subsequence of raw (fails at gold line %d: %r)"
                % (stem, upto + 1, gold[upto][:60]))
        if gold and (gold[0] == "" or gold[-1] == ""):
            err("%s: leading or trailing blank line" % gold_name)
        for a, b in zip(gold, gold[1:]):
            if a == "" and b == "":
                err("%s: run of blank lines not collapsed" % gold_name)
                break
        for line in gold:
            if line != line.strip() and line.strip() == "":
                err("%s: whitespace-only line" % gold_name)
                break
        raw_nb = [l for l in raw if l.strip()]
        gold_nb = [l for l in gold if l.strip()]
        if fam_list == ["negative"]:
            if raw_text != gold_text:
                err("%s: negative but gold differs from raw" % stem)
        elif raw_text == gold_text:
            err("%s: positive but gold is identical to raw" % stem)
        for line in set(raw_nb):
            if len(line.strip()) > 3:
                seen[line].add(num)
        share = (len(raw_nb) - len(gold_nb)) / len(raw_nb) if raw_nb else 0.0
        status = "ok" if len(errors) == before else "FAIL"
        print("%-4s %-85s raw=%3d gold=%3d furniture=%4.1f%%"
              % (status, stem, len(raw_nb), len(gold_nb), 100 * share))
    for num, files in sorted(numbers.items()):
        if len(files) > 1:
            err("number %s used by several pairs: %s" % (num, files))
    for line, nums in sorted(seen.items()):
        if len(nums) > 1:
            err("line used in pairs %s: %r" % (sorted(nums), line[:70]))
    if errors:
        print("%d ERROR(S)" % len(errors))
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
