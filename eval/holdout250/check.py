#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, are UTF-8, use LF line endings, end with exactly one final newline;
  * the name is well formed, families are valid, unique and in canonical order
    (or the single word 'negative');
  * the gold is an ordered subsequence of the raw lines, and is exactly what you get by
    deleting the unmatched non-blank raw lines, collapsing blank runs to one and
    stripping leading/trailing blank lines;
  * negatives are byte-identical to their raw file; positives delete at least one line;
  * raw files contain no runs of more than one blank line and no leading/trailing blanks.
Across the set: no non-blank line longer than 3 characters appears in more than one file.
"""
import collections, os, re, sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None, data
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    elif text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line(s)")
    if text.startswith("\ufeff"):
        errs.append(f"{os.path.basename(path)}: BOM present")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n"), data


def blank(s):
    return s.strip() == ""


def check_blanks(lines, label, errs):
    if lines and (blank(lines[0]) or blank(lines[-1])):
        errs.append(f"{label}: leading or trailing blank line")
    for a, b in zip(lines, lines[1:]):
        if blank(a) and blank(b):
            errs.append(f"{label}: run of blank lines not collapsed")
            break


def expected_gold(raw, gold, errs, label):
    """Align gold non-blank lines to raw non-blank lines (greedy, in order)."""
    keep = [blank(l) for l in raw]  # blanks provisionally kept
    gi = [l for l in gold if not blank(l)]
    j = 0
    for i, line in enumerate(raw):
        if blank(line):
            continue
        if j < len(gi) and line == gi[j]:
            keep[i] = True
            j += 1
    if j != len(gi):
        errs.append(f"{label}: gold line not found in order in raw: {gi[j][:70]!r}")
        return None
    out = []
    for line, k in zip(raw, keep):
        if not k:
            continue
        if blank(line) and (not out or blank(out[-1])):
            continue
        out.append(line)
    while out and blank(out[-1]):
        out.pop()
    return out


def is_subsequence(small, big):
    it = iter(big)
    return all(any(s == b for b in it) for s in small)


def main():
    errs_total = 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt") and not f.endswith(".gold.txt"))
    golds = sorted(f for f in os.listdir(HERE) if f.endswith(".gold.txt"))
    seen = collections.defaultdict(set)
    numbers = collections.Counter()
    for g in golds:
        if g[:-9] + ".txt" not in files:
            print(f"FAIL {g}: gold without raw file")
            errs_total += 1
    if not files:
        print("FAIL: no pairs found")
        errs_total += 1
    for f in files:
        errs = []
        m = NAME.match(f)
        if not m:
            errs.append("bad file name")
            fams = []
        else:
            numbers[m.group(1)] += 1
            fams = m.group(3).split("-")
            if fams != ["negative"]:
                bad = [x for x in fams if x not in CANON]
                if bad:
                    errs.append(f"unknown families {bad}")
                elif len(set(fams)) != len(fams):
                    errs.append("duplicate family")
                elif fams != sorted(fams, key=CANON.index):
                    errs.append("families not in canonical order")
        gpath = os.path.join(HERE, f[:-4] + ".gold.txt")
        if not os.path.exists(gpath):
            errs.append("gold file missing")
            print(f"FAIL {f}: " + "; ".join(errs))
            errs_total += 1
            continue
        raw, rawb = read_lines(os.path.join(HERE, f), errs)
        gold, goldb = read_lines(gpath, errs)
        if raw is not None and gold is not None:
            check_blanks(raw, "raw", errs)
            check_blanks(gold, "gold", errs)
            if not is_subsequence(gold, raw):
                errs.append("gold is not an ordered subsequence of raw")
            exp = expected_gold(raw, gold, errs, "gold")
            if exp is not None and exp != gold:
                errs.append("gold blank lines do not match deletion + collapse of raw")
            if fams == ["negative"]:
                if rawb != goldb:
                    errs.append("negative but gold differs from raw")
            elif rawb == goldb:
                errs.append("positive but nothing deleted")
            for line in set(raw):
                if not blank(line) and len(line.strip()) > 3:
                    seen[line].add(f)
        nraw = sum(1 for l in (raw or []) if not blank(l))
        ngold = sum(1 for l in (gold or []) if not blank(l))
        if errs:
            errs_total += 1
            print(f"FAIL {f}: " + "; ".join(errs))
        else:
            share = (nraw - ngold) / nraw if nraw else 0
            print(f"ok   {f}  raw={nraw} gold={ngold} deleted={nraw - ngold} ({share:.0%})")
    for num, c in numbers.items():
        if c > 1:
            print(f"FAIL number {num} used by {c} pairs")
            errs_total += 1
    for line, fs in sorted(seen.items()):
        if len(fs) > 1:
            print(f"FAIL line shared by {sorted(fs)}: {line[:70]!r}")
            errs_total += 1
    if errs_total:
        print(f"{errs_total} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
