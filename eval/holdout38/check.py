#!/usr/bin/env python3
"""Validate the blind furniture-removal evaluation set in this directory.

Checks: file naming and pairing, encoding (UTF-8, no BOM, LF only, final newline),
gold = raw with whole lines deleted (subsequence, blank-line collapse, no stray
leading/trailing blank lines), negatives byte-identical, positives' size and
furniture share, furniture at top/middle/bottom, per-language composition
(4 files, 1 negative, 2 without blank lines), family coverage (>= 3 languages)
and phrase reuse across files. Prints one line per file; exit code 1 on failure.
"""
import os, re, sys, itertools
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
SHINGLE = 7  # words; any shared run of this many words across files counts as a reused phrase

errors = []
def err(msg):
    errors.append(msg)

def read_text(path):
    b = open(path, "rb").read()
    probs = []
    if b.startswith(b"\xef\xbb\xbf"):
        probs.append("BOM")
    if b"\r" in b:
        probs.append("CR characters")
    if not b.endswith(b"\n"):
        probs.append("no final newline")
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError as e:
        probs.append(f"not UTF-8 ({e})")
        t = b.decode("utf-8", "replace")
    return b, t, probs

def align(raw, gold):
    """Greedy line alignment; returns kept-mask over raw lines or None."""
    keep = [False] * len(raw)
    i = 0
    for g in gold:
        while i < len(raw) and raw[i] != g:
            i += 1
        if i == len(raw):
            return None
        keep[i] = True
        i += 1
    return keep

def expected_gold(raw, keep):
    out = []
    for line, k in zip(raw, keep):
        if line == "":
            if out and out[-1] == "":
                continue
            out.append(line)
        elif k:
            out.append(line)
    # blank lines never count as furniture; collapse runs and trim ends
    lead = raw and raw[0] == ""
    trail = raw and raw[-1] == ""
    while out and out[0] == "" and not lead:
        out.pop(0)
    while out and out[-1] == "" and not trail:
        out.pop()
    return out

def main():
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".txt") and not f.endswith(".gold.txt"))
    golds = sorted(f for f in os.listdir(HERE) if f.endswith(".gold.txt"))
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in names:
            err(f"{g}: gold without raw")
    per_lang = defaultdict(list)
    fam_langs = defaultdict(set)
    numbers = []
    content_lines = {}  # file -> list of non-blank lines (for reuse check)
    for name in names:
        m = NAME_RE.match(name)
        if not m:
            err(f"{name}: bad file name"); continue
        num, lang, fams = m.groups()
        numbers.append(num)
        fam_list = fams.split("-")
        neg = fams == "negative"
        if not neg:
            bad = [f for f in fam_list if f not in FAMILIES]
            if bad:
                err(f"{name}: unknown families {bad}")
            if len(set(fam_list)) != len(fam_list):
                err(f"{name}: duplicate family in name")
            for f in fam_list:
                fam_langs[f].add(lang)
        gname = name[:-4] + ".gold.txt"
        if gname not in golds:
            err(f"{name}: missing gold file"); continue
        rb, rt, rp = read_text(os.path.join(HERE, name))
        gb, gt, gp = read_text(os.path.join(HERE, gname))
        for p in rp: err(f"{name}: {p}")
        for p in gp: err(f"{gname}: {p}")
        raw = rt[:-1].split("\n") if rt.endswith("\n") else rt.split("\n")
        gold = gt[:-1].split("\n") if gt.endswith("\n") else gt.split("\n")
        nb_raw = [l for l in raw if l.strip()]
        content_lines[name] = nb_raw
        if any(l != l.strip() and l.strip() == "" for l in raw):
            err(f"{name}: whitespace-only line (use truly empty blank lines)")
        if len(set(nb_raw)) != len(nb_raw):
            err(f"{name}: repeated non-blank line inside raw (ambiguous alignment)")
        has_blank = "" in raw
        per_lang[lang].append((name, neg, has_blank))
        status = []
        if neg:
            if rb != gb:
                err(f"{name}: negative but gold differs from raw")
            status.append(f"negative, {len(nb_raw)} lines, identical={rb == gb}")
        else:
            keep = align(raw, gold)
            if keep is None:
                err(f"{name}: gold is not a line subsequence of raw"); continue
            exp = expected_gold(raw, keep)
            if exp != gold:
                err(f"{name}: gold blank-line layout differs from raw-minus-deletions (collapse/trim rule)")
            idx = [i for i, l in enumerate(raw) if l != ""]
            furn = [i for i in idx if not keep[i]]
            cont = [i for i in idx if keep[i]]
            share = len(furn) / len(idx)
            if not 15 <= len(idx) <= 40:
                err(f"{name}: {len(idx)} non-blank lines (need 15-40)")
            if not 0.30 <= share <= 0.55:
                err(f"{name}: furniture share {share:.0%} (need 30-55%)")
            if not cont:
                err(f"{name}: no content"); continue
            top = any(i < cont[0] for i in furn)
            mid = any(cont[0] < i < cont[-1] for i in furn)
            bot = any(i > cont[-1] for i in furn)
            if not (top and mid and bot):
                err(f"{name}: furniture position top={top} middle={mid} bottom={bot}")
            if rb == gb:
                err(f"{name}: positive but gold identical to raw")
            status.append(f"{len(idx)} lines, {len(furn)} furniture ({share:.0%}), top/mid/bottom={top}/{mid}/{bot}")
        status.append("blank-lines" if has_blank else "no-blank-lines")
        print(f"{'FAIL' if any(e.startswith(name) for e in errors) else 'ok  '} {name}: " + "; ".join(status))

    # numbering
    if sorted(numbers) != [f"{i:03d}" for i in range(1, len(numbers) + 1)]:
        err(f"file numbers not consecutive from 001: {sorted(numbers)}")
    if len(numbers) != 20:
        err(f"expected 20 pairs, found {len(numbers)}")
    # per-language composition
    for lang in LANGS:
        files = per_lang.get(lang, [])
        negs = sum(1 for f in files if f[1])
        noblank = sum(1 for f in files if not f[2])
        if len(files) != 4 or negs != 1 or noblank != 2:
            err(f"language {lang}: {len(files)} files, {negs} negatives, {noblank} without blank lines (need 4/1/2)")
        print(f"lang {lang}: {len(files)} files, {negs} negative, {noblank} without blank lines")
    # family coverage
    for f in FAMILIES:
        n = len(fam_langs.get(f, ()))
        if n < 3:
            err(f"family {f} appears in only {n} languages")
    print("family coverage: " + ", ".join(f"{f}={len(fam_langs.get(f, ()))}" for f in FAMILIES))
    # phrase reuse across files
    def shingles(lines):
        s = set()
        for l in lines:
            w = re.findall(r"\w+", l.lower())
            for i in range(len(w) - SHINGLE + 1):
                s.add(tuple(w[i:i + SHINGLE]))
        return s
    sh = {n: shingles(ls) for n, ls in content_lines.items()}
    lines_of = {n: set(ls) for n, ls in content_lines.items()}
    for a, b in itertools.combinations(sorted(content_lines), 2):
        same = {l for l in lines_of[a] & lines_of[b] if len(l) >= 4}
        if same:
            err(f"line reused in {a[:6]} and {b[:6]}: {sorted(same)[:3]}")
        common = sh[a] & sh[b]
        if common:
            err(f"phrase reused in {a[:6]} and {b[:6]}: {' '.join(sorted(common)[0])}")
    if not os.path.exists(os.path.join(HERE, "README.md")):
        err("README.md missing")
    else:
        readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
        for num in numbers:
            if num not in readme:
                err(f"README.md does not list file {num}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("\nALL CHECKS PASSED")

if __name__ == "__main__":
    main()
