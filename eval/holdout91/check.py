#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Usage: python3 check.py [DIR]   (default: the directory holding this script)
Exit status 0 when every check passes, 1 otherwise.
"""
import os
import re
import sys
from collections import Counter, defaultdict

FAMILIES = set("""masthead nav breadcrumb skip cookie consent readmore related ad promo caption
credit copyright wire share counter newsletter subscribe donation membership paywall comments
login authorbox tags footer app live notes""".split())
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
GOLD_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.gold\.txt$")
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
PER_LANG, NEG_PER_LANG = 4, 1
SHINGLE = 8  # words; a shared run this long across two files counts as a reused phrase

D = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))


def read_text(path, errs):
    b = open(path, "rb").read()
    if b.startswith(b"\xef\xbb\xbf"):
        errs.append("starts with a BOM")
    if b"\r" in b:
        errs.append("contains CR (line endings must be LF)")
    if not b.endswith(b"\n"):
        errs.append("no final newline")
    elif b.endswith(b"\n\n"):
        errs.append("ends with a blank line")
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not UTF-8: {e}")
        return b, None
    bad = sorted({c for c in t if (ord(c) < 32 and c != "\n") or c in "\u200b\ufeff"})
    if bad:
        errs.append(f"control/invisible characters: {[hex(ord(c)) for c in bad]}")
    return b, t


def split_lines(t):
    return t[:-1].split("\n") if t.endswith("\n") else t.split("\n")


def layout_checks(lines, errs, what):
    if lines and lines[0] == "":
        errs.append(f"{what}: starts with a blank line")
    for i, l in enumerate(lines):
        if l != l.rstrip():
            errs.append(f"{what} line {i+1}: trailing whitespace")
        if l.strip() == "" and l != "":
            errs.append(f"{what} line {i+1}: whitespace-only line")
        if i and l == "" and lines[i - 1] == "":
            errs.append(f"{what} line {i+1}: two blank lines in a row")


def expected_gold(raw, keep):
    """Rebuild the gold from raw lines and the kept flags, applying the blank-line rules."""
    out = []
    for l, k in zip(raw, keep):
        if l == "":
            if out and out[-1] == "":
                continue
            out.append("")
        elif k:
            out.append(l)
    while out and out[0] == "" and raw[0] != "":
        out.pop(0)
    if out and out[0] != "" and raw[0] == "":
        out.insert(0, "")
    while out and out[-1] == "" and raw[-1] != "":
        out.pop()
    return out


def check_pair(name, fams, raw_path, gold_path):
    errs, info = [], {}
    rb, rt = read_text(raw_path, errs)
    gb, gt = read_text(gold_path, errs)
    if rt is None or gt is None:
        return errs, info
    raw, gold = split_lines(rt), split_lines(gt)
    layout_checks(raw, errs, "raw")
    nb_raw = [l for l in raw if l]
    dups = [l for l, c in Counter(nb_raw).items() if c > 1]
    if dups:
        errs.append(f"raw repeats a line (alignment would be ambiguous): {dups[0][:60]!r}")
    # gold must be a subsequence of raw (greedy match of non-blank lines)
    keep = [False] * len(raw)
    j = 0
    for g in (l for l in gold if l):
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            errs.append(f"gold line not found in order in raw: {g[:70]!r}")
            return errs, info
        keep[j] = True
        j += 1
    if expected_gold(raw, keep) != gold:
        errs.append("gold blank lines do not follow the rules (collapse runs, no blank at start/end)")
    flags = [k for l, k in zip(raw, keep) if l]
    n, nf = len(flags), flags.count(False)
    info.update(lines=n, furniture=nf, share=nf / n if n else 0.0)
    if fams == ["negative"]:
        if rb != gb:
            errs.append("negative: gold is not byte-identical to raw")
        if not MIN_LINES <= n <= MAX_LINES:
            errs.append(f"negative: {n} non-blank lines (want {MIN_LINES}-{MAX_LINES})")
        return errs, info
    if rb == gb:
        errs.append("positive: gold identical to raw")
    if not MIN_LINES <= n <= MAX_LINES:
        errs.append(f"{n} non-blank lines (want {MIN_LINES}-{MAX_LINES})")
    if not MIN_SHARE <= nf / n <= MAX_SHARE:
        errs.append(f"furniture share {nf}/{n} = {nf/n:.0%} (want {MIN_SHARE:.0%}-{MAX_SHARE:.0%})")
    if True in flags:
        first, last = flags.index(True), n - 1 - flags[::-1].index(True)
        pos = dict(top=not all(flags[:first]),
                   middle=not all(flags[first:last + 1]),
                   bottom=not all(flags[last + 1:]))
        info["where"] = pos
        for k, v in pos.items():
            if not v:
                errs.append(f"no furniture at the {k}")
    else:
        errs.append("gold has no content lines")
    return errs, info


def shingles(text):
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def main():
    ok = True
    files = sorted(f for f in os.listdir(D) if f.endswith(".txt"))
    raws = {f for f in files if not f.endswith(".gold.txt")}
    golds = {f for f in files if f.endswith(".gold.txt")}
    set_errs = []
    for g in sorted(golds):
        if not GOLD_RE.match(g):
            set_errs.append(f"badly named gold file: {g}")
        elif g[:-9] + ".txt" not in raws:
            set_errs.append(f"gold without raw: {g}")
    numbers = Counter()
    per_lang = defaultdict(lambda: [0, 0])
    fam_use = Counter()
    texts = {}
    for r in sorted(raws):
        m = NAME_RE.match(r)
        if not m:
            print(f"FAIL {r}: bad file name")
            ok = False
            continue
        num, lang, fampart = m.groups()
        fams = fampart.split("-")
        errs = []
        if fams != ["negative"]:
            bad = [x for x in fams if x not in FAMILIES]
            if bad:
                errs.append(f"unknown families {bad}")
            if len(set(fams)) != len(fams):
                errs.append("a family is listed twice")
        numbers[num] += 1
        per_lang[lang][0] += 1
        per_lang[lang][1] += fams == ["negative"]
        fam_use.update(x for x in fams if x != "negative")
        gold = r[:-4] + ".gold.txt"
        if gold not in golds:
            errs.append("missing gold file")
            info = {}
        else:
            e, info = check_pair(r, fams, os.path.join(D, r), os.path.join(D, gold))
            errs += e
        try:
            texts[r] = open(os.path.join(D, r), encoding="utf-8").read()
        except UnicodeDecodeError:
            pass
        desc = ""
        if info:
            desc = f"{info['lines']} lines, {info['furniture']} furniture ({info['share']:.0%})"
        status = "ok  " if not errs else "FAIL"
        ok &= not errs
        print(f"{status} {r}: {desc}" + ("".join(f"\n     - {e}" for e in errs)))
    # set-level checks
    for num, c in numbers.items():
        if c > 1:
            set_errs.append(f"number {num} used {c} times")
    nums = sorted(int(x) for x in numbers)
    if nums != list(range(1, len(nums) + 1)):
        set_errs.append(f"numbers are not 001..{len(nums):03d} without gaps")
    for lang in LANGS:
        tot, neg = per_lang[lang]
        if tot != PER_LANG or neg != NEG_PER_LANG:
            set_errs.append(f"{lang}: {tot} pairs, {neg} negatives (want {PER_LANG} and {NEG_PER_LANG})")
    # phrase reuse across files
    sh = {f: shingles(t) for f, t in texts.items()}
    names = sorted(sh)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            common = sh[a] & sh[b]
            if common:
                set_errs.append(f"phrase shared by {a[:6]} and {b[:6]}: {sorted(common)[0]!r}")
    unused = sorted(FAMILIES - set(fam_use))
    print(f"set: {len(raws)} pairs; families used: {len(fam_use)}/{len(FAMILIES)}"
          + (f"; unused: {' '.join(unused)}" if unused else ""))
    for e in set_errs:
        print(f"FAIL set: {e}")
    ok &= not set_errs
    print("PASS" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
