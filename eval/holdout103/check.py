#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks: file naming and pairing, UTF-8 without BOM, LF line endings, final
newline, gold is a line subsequence of raw, blank-line collapsing rules,
negatives byte-identical, positive line counts and furniture share, furniture
at top / middle / bottom, language and negative quotas, and no line reused
across files. Prints one line per pair and exits non-zero on any error.
"""
import os, re, sys
from collections import Counter, defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_text(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{os.path.basename(path)}: has BOM")
    if b"\r" in data:
        errs.append(f"{os.path.basename(path)}: contains CR")
    if not data.endswith(b"\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def expected_gold(raw, keep):
    out = []
    for line, k in zip(raw, keep):
        if not k:
            continue
        if line == "" and out and out[-1] == "":
            continue
        out.append(line)
    if raw and raw[0] != "":
        while out and out[0] == "":
            out.pop(0)
    if raw and raw[-1] != "":
        while out and out[-1] == "":
            out.pop()
    return out


def main():
    errors = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            errors.append(f"{g}: gold without raw")
    per_lang = Counter()
    neg_lang = Counter()
    numbers = Counter()
    line_owner = defaultdict(set)
    for f in raws:
        ferr = []
        m = NAME_RE.match(f)
        if not m:
            errors.append(f"{f}: bad file name")
            continue
        num, lang, fams = m.groups()
        numbers[num] += 1
        per_lang[lang] += 1
        famlist = fams.split("-")
        negative = famlist == ["negative"]
        if negative:
            neg_lang[lang] += 1
        else:
            bad = [x for x in famlist if x not in FAMILIES]
            if bad:
                ferr.append(f"unknown families {bad}")
            if len(set(famlist)) != len(famlist):
                ferr.append("duplicate family in name")
            if not bad and famlist != sorted(famlist, key=FAMILIES.index):
                ferr.append("families not in canonical order")
        gname = f[:-4] + ".gold.txt"
        if gname not in golds:
            errors.append(f"{f}: missing {gname}")
            continue
        rdata, raw = read_text(os.path.join(HERE, f), ferr)
        gdata, gold = read_text(os.path.join(HERE, gname), ferr)
        # line-level subsequence (greedy); blanks are matched separately below
        keep = [False] * len(raw)
        j = 0
        gnb = [l for l in gold if l != ""]
        for i, line in enumerate(raw):
            if line != "" and j < len(gnb) and line == gnb[j]:
                keep[i] = True
                j += 1
        if j != len(gnb):
            ferr.append(f"gold is not a subsequence of raw (stuck at gold line {gnb[j]!r:.60})")
        for i, line in enumerate(raw):
            if line == "":
                keep[i] = True
        if j == len(gnb):
            exp = expected_gold(raw, keep)
            if exp != gold:
                ferr.append("blank-line layout of gold differs from raw-minus-deletions")
        nb_raw = sum(1 for l in raw if l)
        nb_gold = len(gnb)
        deleted = nb_raw - nb_gold
        share = deleted / nb_raw if nb_raw else 0
        if negative:
            if rdata != gdata:
                ferr.append("negative: gold not byte-identical to raw")
        else:
            if not 15 <= nb_raw <= 40:
                ferr.append(f"{nb_raw} non-blank lines (need 15-40)")
            if not 0.30 <= share <= 0.55:
                ferr.append(f"furniture share {share:.2f} (need 0.30-0.55)")
            if rdata == gdata:
                ferr.append("positive but gold == raw")
            nbidx = [i for i, l in enumerate(raw) if l]
            if nbidx and keep[nbidx[0]]:
                ferr.append("no furniture at the top")
            if nbidx and keep[nbidx[-1]]:
                ferr.append("no furniture at the bottom")
            kept_nb = [i for i in nbidx if keep[i]]
            if kept_nb and not any(not keep[i] for i in nbidx if kept_nb[0] < i < kept_nb[-1]):
                ferr.append("no furniture between article paragraphs")
        for l in raw:
            if l.strip():
                line_owner[l.strip()].add(f[:3])
        status = "OK  " if not ferr else "FAIL"
        print(f"{status} {f}  lines={nb_raw} furniture={deleted} share={share:.2f}"
              + ("" if not ferr else "  <- " + "; ".join(ferr)))
        errors += [f"{f}: {e}" for e in ferr]
    for num, c in numbers.items():
        if c > 1:
            errors.append(f"number {num} used {c} times")
    for lang in LANGS:
        if per_lang[lang] != 4:
            errors.append(f"{lang}: {per_lang[lang]} pairs (need 4)")
        if neg_lang[lang] != 1:
            errors.append(f"{lang}: {neg_lang[lang]} negatives (need 1)")
    for line, owners in line_owner.items():
        if len(owners) > 1:
            errors.append(f"line reused across files {sorted(owners)}: {line[:60]!r}")
    print(f"{len(raws)} raw files, {len(golds)} gold files")
    if errors:
        print(f"{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
