#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks: file names and families, raw/gold pairing, UTF-8 without BOM, LF line
endings and final newline, gold is a line subsequence of raw, blank-line rules,
negatives byte-identical, positive line counts and furniture share, furniture
present at top, bottom and inside the article, language/negative balance, and
no phrase (6-word run) reused across files.
Prints one line per file; exit status 1 on any failure.
"""
import os, re, sys
from collections import defaultdict, Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
EXTRA_OK = {"check.py", "README.md"}
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
SHINGLE = 6

errors_total = 0


def read_bytes(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append("BOM present")
    if b"\r" in data:
        errs.append("CR characters (not LF-only)")
    if not data.endswith(b"\n"):
        errs.append("no final newline")
    if data.endswith(b"\n\n"):
        errs.append("blank line at end of file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not UTF-8: {e}")
        text = data.decode("utf-8", "replace")
    return data, text


def lines_of(text):
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def expected_gold(raw, gold_lines, errs):
    """Greedy-match gold's non-blank lines in raw; rebuild the gold a deletion implies."""
    kept, j = set(), 0
    for g in gold_lines:
        if g.strip() == "":
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            errs.append(f"gold line not found in order in raw: {g[:60]!r}")
            return None, kept
        kept.add(j)
        j += 1
    out = []
    for i, line in enumerate(raw):
        if line.strip() == "":
            if out and out[-1].strip() == "":
                continue  # collapse runs of blanks
            out.append(line)
        elif i in kept:
            out.append(line)
    lead_blank = bool(raw) and raw[0].strip() == ""
    trail_blank = bool(raw) and raw[-1].strip() == ""
    while out and out[0].strip() == "" and not lead_blank:
        out.pop(0)
    while out and out[-1].strip() == "" and not trail_blank:
        out.pop()
    return out, kept


def shingles(text):
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def main():
    global errors_total
    files = sorted(os.listdir(HERE))
    raws, golds, stray = {}, {}, []
    for f in files:
        if f in EXTRA_OK or f.startswith("."):
            continue
        m = NAME_RE.match(f)
        if not m:
            stray.append(f)
            continue
        (golds if m.group(4) else raws)[f] = m
    for f in stray:
        print(f"FAIL {f}: unexpected file name")
        errors_total += 1

    numbers = Counter()
    per_lang = defaultdict(lambda: [0, 0])  # lang -> [files, negatives]
    shingle_owner = defaultdict(set)

    for f, m in sorted(raws.items()):
        errs = []
        num, lang, fam = m.group(1), m.group(2), m.group(3)
        numbers[num] += 1
        fams = fam.split("-")
        negative = fams == ["negative"]
        if not negative:
            bad = [x for x in fams if x not in FAMILIES]
            if bad:
                errs.append(f"unknown families {bad}")
            if len(set(fams)) != len(fams):
                errs.append("duplicate family in name")
        per_lang[lang][0] += 1
        per_lang[lang][1] += negative

        gname = f[:-4] + ".gold.txt"
        if gname not in golds:
            print(f"FAIL {f}: missing gold file {gname}")
            errors_total += 1
            continue
        rdata, rtext = read_bytes(os.path.join(HERE, f), errs)
        gerrs = []
        gdata, gtext = read_bytes(os.path.join(HERE, gname), gerrs)
        errs += ["gold: " + e for e in gerrs]
        raw, gold = lines_of(rtext), lines_of(gtext)

        if any(raw[i].strip() == "" and raw[i + 1].strip() == "" for i in range(len(raw) - 1)):
            errs.append("raw has consecutive blank lines")
        if raw and raw[0].strip() == "":
            errs.append("raw starts with a blank line")
        for i in range(len(gold) - 1):
            if gold[i].strip() == "" and gold[i + 1].strip() == "":
                errs.append(f"gold has a run of blank lines at line {i + 1}")
                break
        if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
            errs.append("gold starts or ends with a blank line")

        exp, kept = expected_gold(raw, gold, errs)
        if exp is not None and exp != gold:
            errs.append("gold is not raw minus deleted lines with blank runs collapsed")

        nonblank = [i for i, l in enumerate(raw) if l.strip()]
        deleted = [i for i in nonblank if i not in kept]
        share = len(deleted) / len(nonblank) if nonblank else 0.0
        if negative:
            if rdata != gdata:
                errs.append("negative: gold not byte-identical to raw")
        else:
            if not (MIN_LINES <= len(nonblank) <= MAX_LINES):
                errs.append(f"{len(nonblank)} non-blank lines (want {MIN_LINES}-{MAX_LINES})")
            if not (MIN_SHARE <= share <= MAX_SHARE):
                errs.append(f"furniture share {share:.0%} (want {MIN_SHARE:.0%}-{MAX_SHARE:.0%})")
            if kept:
                first_k, last_k = min(kept), max(kept)
                if not any(i < first_k for i in deleted):
                    errs.append("no furniture before the article")
                if not any(i > last_k for i in deleted):
                    errs.append("no furniture after the article")
                if not any(first_k < i < last_k for i in deleted):
                    errs.append("no furniture between article paragraphs")
            else:
                errs.append("gold is empty")
        for s in shingles(rtext):
            shingle_owner[s].add(f)

        status = "FAIL" if errs else "ok  "
        print(f"{status} {f}: {len(nonblank)} lines, {len(deleted)} furniture ({share:.0%})"
              + ("" if not errs else " | " + "; ".join(errs)))
        errors_total += bool(errs)

    for g in sorted(golds):
        if g[:-9] + ".txt" not in raws:
            print(f"FAIL {g}: gold without raw file")
            errors_total += 1
    for num, c in numbers.items():
        if c > 1:
            print(f"FAIL number {num} used {c} times")
            errors_total += 1
    for lang in LANGS:
        n, neg = per_lang[lang]
        if (n, neg) != (4, 2):
            print(f"FAIL language {lang}: {n} files, {neg} negatives (want 4 and 2)")
            errors_total += 1
    shared = defaultdict(list)
    for s, owners in shingle_owner.items():
        if len(owners) > 1:
            shared[tuple(sorted(owners))].append(s)
    for owners, ss in sorted(shared.items()):
        print(f"FAIL phrase reused across {', '.join(owners)}: {sorted(ss)[0]!r}")
        errors_total += 1

    print(f"{len(raws)} pairs checked, {errors_total} problem(s)")
    return 1 if errors_total else 0


if __name__ == "__main__":
    sys.exit(main())
