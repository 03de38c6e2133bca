#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")

errors = []


def err(msg):
    errors.append(msg)


def read(path):
    data = open(path, "rb").read()
    problems = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return None, ["not UTF-8: %s" % e]
    if b"\r" in data:
        problems.append("contains CR characters (LF line endings required)")
    if not text.endswith("\n"):
        problems.append("no final newline")
    if text.endswith("\n\n"):
        problems.append("trailing blank line")
    if text.startswith("\n"):
        problems.append("leading blank line")
    if text.startswith("\ufeff"):
        problems.append("BOM present")
    return text, problems


def is_subsequence(gold, raw):
    i = 0
    for line in gold:
        while i < len(raw) and raw[i] != line:
            i += 1
        if i == len(raw):
            return False, line
        i += 1
    return True, None


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = {f[:-4] for f in files if not f.endswith(".gold.txt")}
    golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
    for b in sorted(raws - golds):
        err("%s: gold file missing" % b)
    for b in sorted(golds - raws):
        err("%s: raw file missing" % b)

    line_owner = defaultdict(set)   # non-blank line (>3 chars) -> pairs using it
    numbers = defaultdict(list)
    for base in sorted(raws & golds):
        before = len(errors)
        m = NAME_RE.match(base)
        fams = []
        if not m:
            err("%s: bad file name (expected NNN_<lang>_<families>)" % base)
        else:
            num, lang, famstr = m.groups()
            numbers[num].append(base)
            if lang not in LANGS:
                err("%s: unknown language code %r" % (base, lang))
            if famstr != "negative":
                fams = famstr.split("-")
                bad = [x for x in fams if x not in FAMILIES]
                if bad:
                    err("%s: unknown families %s" % (base, bad))
                elif fams != sorted(fams, key=FAMILIES.index) or len(set(fams)) != len(fams):
                    err("%s: families not in canonical order or repeated" % base)
        raw_text, p1 = read(os.path.join(HERE, base + ".txt"))
        gold_text, p2 = read(os.path.join(HERE, base + ".gold.txt"))
        for p in p1:
            err("%s.txt: %s" % (base, p))
        for p in p2:
            err("%s.gold.txt: %s" % (base, p))
        if raw_text is None or gold_text is None:
            continue
        raw = raw_text.split("\n")[:-1]
        gold = gold_text.split("\n")[:-1]
        ok, missing = is_subsequence(gold, raw)
        if not ok:
            err("%s: gold is not an ordered subsequence of raw (at line %r)" % (base, missing[:60]))
        for i in range(1, len(gold)):
            if gold[i] == "" and gold[i - 1] == "":
                err("%s: gold has a run of blank lines at line %d" % (base, i + 1))
                break
        if gold and (gold[0] == "" or gold[-1] == ""):
            err("%s: gold has leading or trailing blank line" % base)
        for name, lines in (("raw", raw), ("gold", gold)):
            if any(l != l.strip("\n") or l.endswith((" ", "\t")) for l in lines):
                err("%s: %s has trailing whitespace" % (base, name))
        deleted = len([l for l in raw if l.strip()]) - len([l for l in gold if l.strip()])
        if m and m.group(3) == "negative":
            if raw_text != gold_text:
                err("%s: negative but gold differs from raw" % base)
        elif m:
            if deleted <= 0:
                err("%s: positive but nothing deleted" % base)
        for l in set(raw):
            if l.strip() and len(l.strip()) > 3:
                line_owner[l].add(base)
        status = "OK" if len(errors) == before else "FAIL"
        kept = len([l for l in gold if l.strip()])
        print("%-4s %s  (raw %d non-blank, gold %d, deleted %d)" %
              (status, base, kept + deleted, kept, deleted))

    for num, bases in sorted(numbers.items()):
        if len(bases) > 1:
            err("number %s used by several pairs: %s" % (num, bases))
    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            err("line used in more than one file: %r in %s" % (line[:70], sorted(owners)))

    if errors:
        for e in errors:
            print("ERROR: " + e)
        print("FAILED (%d errors)" % len(errors))
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
