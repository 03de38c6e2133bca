#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks, per pair:
  * file name: NNN_<lang>_<families>.txt with lang in en/ru/de/fr/es and
    families either "negative" or a dash-joined, duplicate-free list from the
    allowed family list, in the list's canonical order;
  * every raw file has a .gold.txt partner and vice versa;
  * UTF-8 (strict), no BOM, LF only, non-empty, final newline, no line ending
    in whitespace, no runs of blank lines;
  * gold lines are a subsequence of raw lines (byte-identical lines), and the
    raw file has no repeated non-blank line, so the alignment is unambiguous;
  * gold is exactly what you get by deleting the furniture lines from raw,
    collapsing the blank runs this leaves to one blank line and dropping
    blank lines at the start/end (unless raw has them there);
  * negatives: gold byte-identical to raw;
  * positives: 15-40 non-blank raw lines, 30-55% of them furniture, and
    furniture at the top, at the bottom and between kept lines;
Set-wide:
  * 4 files per language, 2 of them negatives;
  * no phrase (6 consecutive words) shared between two different files.
Prints one line per file and exits non-zero on any failure.
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
SHINGLE = 6

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errs):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    if not data:
        errs.append(f"{name}: empty file")
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{name}: starts with a BOM")
    if b"\r" in data:
        errs.append(f"{name}: contains CR (must be LF only)")
    if not data.endswith(b"\n"):
        errs.append(f"{name}: no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{name}: not UTF-8 ({e})")
        return None
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for i, l in enumerate(lines, 1):
        if l != l.rstrip():
            errs.append(f"{name}:{i}: trailing whitespace")
        if i > 1 and l == "" and lines[i - 2] == "":
            errs.append(f"{name}:{i}: run of blank lines")
    return data, lines


def align(raw, gold):
    """Greedy subsequence match; returns the list of raw indices kept, or None."""
    kept = []
    j = 0
    for i, l in enumerate(raw):
        if j < len(gold) and l == gold[j]:
            kept.append(i)
            j += 1
    return kept if j == len(gold) else None


def derive_gold(raw, keep_nonblank):
    """Delete non-blank lines not in keep_nonblank, collapse blank runs."""
    out = []
    for i, l in enumerate(raw):
        if l == "":
            if out and out[-1] == "":
                continue
            out.append(l)
        elif i in keep_nonblank:
            out.append(l)
    if raw and raw[0] != "":
        while out and out[0] == "":
            out.pop(0)
    if raw and raw[-1] != "":
        while out and out[-1] == "":
            out.pop()
    return out


def words(line):
    return re.findall(r"\w+", line.lower())


def main():
    errs_total = 0
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    per_lang = defaultdict(lambda: [0, 0])
    shingles = defaultdict(set)
    numbers = set()
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold without raw partner")
            errs_total += 1
    for f in files:
        if os.path.isfile(os.path.join(HERE, f)) and not f.endswith(".txt") \
                and f not in ("check.py", "README.md"):
            print(f"FAIL {f}: unexpected file")
            errs_total += 1

    for f in raws:
        errs = []
        m = NAME_RE.match(f)
        if not m:
            print(f"FAIL {f}: bad file name")
            errs_total += 1
            continue
        num, lang, fams = m.groups()
        if num in numbers:
            errs.append(f"duplicate number {num}")
        numbers.add(num)
        negative = fams == "negative"
        if not negative:
            fl = fams.split("-")
            bad = [x for x in fl if x not in FAMILIES]
            if bad:
                errs.append(f"unknown families {bad}")
            elif len(set(fl)) != len(fl):
                errs.append("repeated family in name")
            elif fl != sorted(fl, key=FAMILIES.index):
                errs.append("families not in canonical order")
        per_lang[lang][0] += 1
        per_lang[lang][1] += negative
        gname = f[:-4] + ".gold.txt"
        if gname not in golds:
            print(f"FAIL {f}: no gold partner")
            errs_total += 1
            continue
        r = read_lines(os.path.join(HERE, f), errs)
        g = read_lines(os.path.join(HERE, gname), errs)
        if r is None or g is None:
            print(f"FAIL {f}: " + "; ".join(errs))
            errs_total += 1
            continue
        rdata, raw = r
        gdata, gold = g
        nonblank = [l for l in raw if l]
        if len(set(nonblank)) != len(nonblank):
            errs.append("raw repeats a non-blank line (ambiguous alignment)")
        kept = align(raw, gold)
        info = ""
        if kept is None:
            errs.append("gold is not a subsequence of raw")
        else:
            keep_nb = {i for i in kept if raw[i]}
            if derive_gold(raw, keep_nb) != gold:
                errs.append("gold blank lines do not follow the collapse rule")
            nb_idx = [i for i, l in enumerate(raw) if l]
            furn = [i for i in nb_idx if i not in keep_nb]
            share = len(furn) / len(nb_idx) if nb_idx else 0.0
            info = f"lines={len(nb_idx)} furniture={len(furn)} ({share:.0%})"
            if negative:
                if rdata != gdata:
                    errs.append("negative: gold not byte-identical to raw")
            else:
                if not 15 <= len(nb_idx) <= 40:
                    errs.append(f"{len(nb_idx)} non-blank lines (need 15-40)")
                if not 0.30 <= share <= 0.55:
                    errs.append(f"furniture share {share:.1%} (need 30-55%)")
                if not furn:
                    errs.append("positive without furniture")
                else:
                    if furn[0] != nb_idx[0]:
                        errs.append("no furniture at the top")
                    if furn[-1] != nb_idx[-1]:
                        errs.append("no furniture at the bottom")
                    kept_sorted = sorted(keep_nb)
                    if not kept_sorted or not any(kept_sorted[0] < i < kept_sorted[-1] for i in furn):
                        errs.append("no furniture between article lines")
        for l in raw:
            w = words(l)
            for k in range(len(w) - SHINGLE + 1):
                shingles[" ".join(w[k:k + SHINGLE])].add(f)
        if errs:
            errs_total += 1
            print(f"FAIL {f}: {info}; " + "; ".join(errs))
        else:
            kind = "negative" if negative else "positive"
            print(f"ok   {f}: {kind} {info}")

    for lang in LANGS:
        n, neg = per_lang[lang]
        if n != 4 or neg != 2:
            print(f"FAIL language {lang}: {n} files, {neg} negatives (need 4 and 2)")
            errs_total += 1
    shared = {s: fs for s, fs in shingles.items() if len(fs) > 1}
    for s, fs in sorted(shared.items()):
        print(f"FAIL phrase reused across files: '{s}' in {sorted(fs)}")
        errs_total += 1

    print(f"{len(raws)} pairs checked, {errs_total} problem(s)")
    return 1 if errs_total else 0


if __name__ == "__main__":
    sys.exit(main())
