#!/usr/bin/env python3
"""Validate the blind26 furniture-removal evaluation set.

Checks: file names, raw/gold pairing, UTF-8 / LF / final newline / no BOM,
gold is an in-order subsequence of raw, blank-line collapsing, negatives are
byte-identical, line counts and furniture shares of positives, furniture at the
top, middle and bottom of positives, per-language counts, family coverage
across languages, and reuse of furniture wording across files.
Prints one line per file and exits non-zero on any failure.
"""
import os, re, sys, glob
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")

errors, warnings = [], []


def err(f, msg):
    errors.append(f"{f}: {msg}")


def read(path):
    b = open(path, "rb").read()
    name = os.path.basename(path)
    if b.startswith(b"\xef\xbb\xbf"):
        err(name, "has a BOM")
    if b"\r" in b:
        err(name, "contains CR (not LF-only)")
    if not b.endswith(b"\n"):
        err(name, "no final newline")
    if b.endswith(b"\n\n"):
        err(name, "ends with a blank line")
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError as e:
        err(name, f"not UTF-8: {e}")
        t = b.decode("utf-8", "replace")
    return b, t[:-1].split("\n") if t.endswith("\n") else t.split("\n")


def expected_gold(raw, keep):
    """Raw minus furniture lines; blank runs left by a deletion collapse to one;
    no leading/trailing blank unless the raw has one there."""
    out = []
    for i, line in enumerate(raw):
        if line.strip() == "":
            out.append(("", i))
        elif i in keep:
            out.append((line, i))
    res = []
    for j, (line, i) in enumerate(out):
        if line == "" and res and res[-1][0] == "":
            # consecutive blanks in gold: keep only if they were adjacent in raw
            if res[-1][1] == i - 1:
                res.append((line, i))
            continue
        res.append((line, i))
    while res and res[0][0] == "" and res[0][1] != 0:
        res.pop(0)
    while res and res[-1][0] == "" and res[-1][1] != len(raw) - 1:
        res.pop()
    return [l for l, _ in res]


def main():
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, "*.txt")))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    for g in golds:
        if g[:-9] + ".txt" not in raws:
            err(g, "gold without raw")
    per_lang = defaultdict(lambda: {"pos": 0, "neg": 0})
    fam_langs = defaultdict(set)
    numbers = set()
    furniture_lines = defaultdict(set)  # normalised line -> files
    furniture_text = {}
    for f in raws:
        m = NAME_RE.match(f)
        if not m:
            err(f, "bad file name")
            continue
        num, lang, fams = m.groups()
        if num in numbers:
            err(f, "duplicate number")
        numbers.add(num)
        fams = fams.split("-")
        neg = fams == ["negative"]
        if not neg:
            bad = [x for x in fams if x not in FAMILIES]
            if bad:
                err(f, f"unknown families {bad}")
            if len(set(fams)) != len(fams):
                err(f, "family listed twice")
        gname = f[:-4] + ".gold.txt"
        if gname not in golds:
            err(f, "missing gold file")
            continue
        rb, raw = read(os.path.join(HERE, f))
        gb, gold = read(os.path.join(HERE, gname))
        if raw and raw[0].strip() == "" or gold and gold[0].strip() == "":
            if not (raw and raw[0].strip() == ""):
                err(f, "gold starts with a blank line but raw does not")
        for i in range(1, len(raw)):
            if raw[i].strip() == "" and raw[i - 1].strip() == "":
                warnings.append(f"{f}: raw has consecutive blank lines at {i}")
        # align non-blank gold lines to raw (greedy, in order)
        keep, j = set(), 0
        gnb = [l for l in gold if l.strip() != ""]
        for i, line in enumerate(raw):
            if j < len(gnb) and line.strip() != "" and line == gnb[j]:
                keep.add(i)
                j += 1
        if j != len(gnb):
            err(f, f"gold is not a subsequence of raw (stuck at gold line {gnb[j]!r:.60})")
            continue
        if expected_gold(raw, keep) != gold:
            err(f, "blank-line structure of gold does not match raw minus deletions")
        nb = [i for i, l in enumerate(raw) if l.strip() != ""]
        furn = [i for i in nb if i not in keep]
        share = len(furn) / len(nb) if nb else 0
        status = "ok"
        if neg:
            per_lang[lang]["neg"] += 1
            if rb != gb:
                err(f, "negative but gold is not byte-identical to raw")
        else:
            per_lang[lang]["pos"] += 1
            for x in fams:
                fam_langs[x].add(lang)
            if not 15 <= len(nb) <= 40:
                err(f, f"{len(nb)} non-blank lines (need 15-40)")
            if not 0.30 <= share <= 0.55:
                err(f, f"furniture share {share:.0%} (need 30-55%)")
            if not furn:
                err(f, "positive without furniture")
            else:
                kept = sorted(keep)
                if nb[0] in keep:
                    err(f, "no furniture at the top")
                if nb[-1] in keep:
                    err(f, "no furniture at the bottom")
                if not kept or not any(kept[0] < i < kept[-1] for i in furn):
                    err(f, "no furniture between paragraphs")
            for i in furn:
                key = re.sub(r"\W+", " ", raw[i].lower()).strip()
                furniture_lines[key].add(f)
                furniture_text.setdefault(f, []).append(key)
        print(f"{f}: {'negative' if neg else 'positive'}, {len(nb)} non-blank lines, "
              f"{len(furn)} furniture ({share:.0%}), {len(gnb)} kept")
    # cross-file checks
    if len(raws) != 25:
        err("set", f"{len(raws)} pairs (need 25)")
    for lang in LANGS:
        c = per_lang[lang]
        if c["pos"] + c["neg"] != 5 or c["neg"] != 1:
            err("set", f"{lang}: {c['pos']} positives, {c['neg']} negatives (need 4 + 1)")
    for fam in FAMILIES:
        if len(fam_langs[fam]) < 3:
            err("set", f"family {fam} appears in {len(fam_langs[fam])} languages (need >= 3)")
    for key, fs in furniture_lines.items():
        if len(fs) > 1:
            err("set", f"furniture line {key!r} reused in {sorted(fs)}")
    grams = defaultdict(set)
    for f, lines in furniture_text.items():
        for key in lines:
            w = key.split()
            for k in range(len(w) - 3):
                grams[" ".join(w[k:k + 4])].add(f)
    for g, fs in sorted(grams.items()):
        if len(fs) > 1:
            warnings.append(f"4-word phrase {g!r} shared by {sorted(fs)}")
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("FAIL", e)
    print(f"{len(raws)} pairs, {sum(c['neg'] for c in per_lang.values())} negatives, "
          f"{len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
