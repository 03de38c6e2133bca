#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks: file names and pairing, UTF-8 without BOM, LF only, final newline,
gold is an in-order subsequence of raw, blank-line collapsing, negatives are
byte-identical, non-blank line counts (15-40) and furniture share (30-55 %)
for positives, furniture at top / middle / bottom, 4 files per language with
1 negative each, every family in >= 3 languages, and no phrase (line or
6-word sequence) reused across files.
"""
import os, re, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")

errors = []
def err(fname, msg):
    errors.append(f"{fname}: {msg}")

def read_text(path):
    fname = os.path.basename(path)
    b = open(path, "rb").read()
    if b.startswith(b"\xef\xbb\xbf"):
        err(fname, "has BOM")
    if b"\r" in b:
        err(fname, "contains CR (not LF-only)")
    if not b.endswith(b"\n"):
        err(fname, "no final newline")
    if b.endswith(b"\n\n"):
        err(fname, "ends with a blank line")
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError as e:
        err(fname, f"not UTF-8: {e}")
        t = b.decode("utf-8", "replace")
    return t[:-1].split("\n") if t.endswith("\n") else t.split("\n")

def expected_gold(raw, keep):
    out = []
    for i, line in enumerate(raw):
        if line.strip() == "":
            if out and out[-1].strip() == "":
                continue
            out.append(line)
        elif keep[i]:
            out.append(line)
    # blank lines at start/end only if raw has them there
    if not (raw and raw[0].strip() == ""):
        while out and out[0].strip() == "":
            out.pop(0)
    if not (raw and raw[-1].strip() == ""):
        while out and out[-1].strip() == "":
            out.pop()
    return out

def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = set(f for f in files if f.endswith(".gold.txt"))
    per_lang = defaultdict(lambda: {"pos": 0, "neg": 0})
    fam_langs = defaultdict(set)
    numbers = set()
    texts = {}
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            err(g, "gold without raw file")
    for f in raws:
        m = NAME_RE.match(f)
        if not m:
            err(f, "bad file name"); continue
        num, lang, fams = m.groups()
        if num in numbers:
            err(f, "duplicate number")
        numbers.add(num)
        gname = f[:-4] + ".gold.txt"
        if gname not in golds:
            err(f, "missing gold file"); continue
        raw = read_text(os.path.join(HERE, f))
        gold = read_text(os.path.join(HERE, gname))
        texts[f] = raw
        negative = fams == "negative"
        famlist = [] if negative else fams.split("-")
        for x in famlist:
            if x not in FAMILIES:
                err(f, f"unknown family '{x}'")
        if len(set(famlist)) != len(famlist):
            err(f, "duplicate family in name")
        if "negative" in famlist:
            err(f, "'negative' mixed with families")
        # subsequence of non-blank lines (greedy)
        keep = [False] * len(raw)
        j = 0
        gnb = [l for l in gold if l.strip()]
        for i, line in enumerate(raw):
            if j < len(gnb) and line.strip() and line == gnb[j]:
                keep[i] = True; j += 1
        if j != len(gnb):
            err(f, f"gold is not a subsequence of raw (stuck at gold line {gnb[j]!r:.60})")
            continue
        exp = expected_gold(raw, keep)
        if exp != gold:
            err(f, "gold blank-line layout differs from raw with deletions collapsed")
        nb = [i for i, l in enumerate(raw) if l.strip()]
        furn = [i for i in nb if not keep[i]]
        share = len(furn) / len(nb) if nb else 0
        status = "negative" if negative else "positive"
        if negative:
            per_lang[lang]["neg"] += 1
            if open(os.path.join(HERE, f), "rb").read() != open(os.path.join(HERE, gname), "rb").read():
                err(f, "negative gold not byte-identical to raw")
        else:
            per_lang[lang]["pos"] += 1
            for x in famlist:
                fam_langs[x].add(lang)
            if not 15 <= len(nb) <= 40:
                err(f, f"{len(nb)} non-blank lines (want 15-40)")
            if not 0.30 <= share <= 0.55:
                err(f, f"furniture share {share:.0%} (want 30-55%)")
            kept = [i for i in nb if keep[i]]
            if not kept:
                err(f, "gold is empty")
            else:
                if keep[nb[0]]:
                    err(f, "no furniture at the top")
                if keep[nb[-1]]:
                    err(f, "no furniture at the bottom")
                if not any(kept[0] < i < kept[-1] for i in furn):
                    err(f, "no furniture between paragraphs")
        print(f"{f:<110} {status:<8} lines={len(nb):>2} furniture={len(furn):>2} ({share:.0%})")
    for lang in LANGS:
        c = per_lang[lang]
        if c["pos"] != 3 or c["neg"] != 1:
            err(lang, f"{c['pos']} positives / {c['neg']} negatives (want 3/1)")
    for x in FAMILIES:
        if len(fam_langs[x]) < 3:
            err(x, f"family in {len(fam_langs[x])} languages (want >= 3): {sorted(fam_langs[x])}")
    # phrase reuse across files: identical lines (>= 12 chars) and shared 6-word runs
    seen_line, seen_gram = {}, {}
    for f, raw in texts.items():
        grams_here, lines_here = set(), set()
        for line in raw:
            s = line.strip()
            if len(s) >= 12:
                lines_here.add(s)
            words = re.findall(r"\w+", s.lower())
            for k in range(len(words) - 5):
                grams_here.add(" ".join(words[k:k + 6]))
        for s in lines_here:
            if s in seen_line:
                err(f, f"line reused from {seen_line[s]}: {s[:60]!r}")
            seen_line.setdefault(s, f)
        for g in grams_here:
            if g in seen_gram:
                err(f, f"phrase reused from {seen_gram[g]}: {g!r}")
            seen_gram.setdefault(g, f)
    print()
    print("families by language:")
    for x in FAMILIES:
        print(f"  {x:<11} {' '.join(sorted(fam_langs[x]))}")
    if errors:
        print("\nFAIL")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print(f"\nOK: {len(raws)} pairs")

if __name__ == "__main__":
    main()
