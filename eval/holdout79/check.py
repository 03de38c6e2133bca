#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Run:  python3 check.py        (exit status 0 = everything passes)

Checks, per pair:
  * file name  NNN_<lang>_<families>.txt  plus  NNN_<lang>_<families>.gold.txt
  * <lang> in en/ru/de/fr/es; <families> is "negative" or a dash-joined list of
    known families, without repeats, in the canonical order of FAMILIES below
  * UTF-8 without BOM, LF line endings only, final newline, no trailing blank
    line, no whitespace-only lines, no trailing whitespace, no control chars
  * non-blank raw lines are unique inside a file (makes the alignment exact)
  * gold is a subsequence of raw, and gold equals raw with the deleted lines
    removed, runs of blank lines left behind by a deletion collapsed to one,
    and no blank line at the start or end unless raw has one there
  * negatives: gold byte-identical to raw
  * positives: 15-40 non-blank lines, 30-55 % of them deleted, with deleted
    lines at the top, at the bottom and between paragraphs of the article
Across the set:
  * 20 pairs numbered 001-020; 4 per language, exactly 1 negative per language
  * roughly half the pages (40-60 %) keep blank lines between blocks
  * no non-blank line appears in two different files, and no two files share
    a run of 5 words (a reused phrase)
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]
HERE = os.path.dirname(os.path.abspath(__file__))
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
SHINGLE = 5

errors = []


def err(fname, msg):
    errors.append(f"{fname}: {msg}")


def read_lines(path, fname):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        err(fname, "starts with a BOM")
    if b"\r" in data:
        err(fname, "contains CR (not LF-only)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(fname, f"not valid UTF-8: {e}")
        return None
    if not text.endswith("\n"):
        err(fname, "no final newline")
        return None
    lines = text[:-1].split("\n")
    if lines and lines[-1] == "":
        err(fname, "ends with a blank line")
    for i, l in enumerate(lines, 1):
        if l != "" and not l.strip():
            err(fname, f"line {i} is whitespace-only")
        if l != l.rstrip():
            err(fname, f"line {i} has trailing whitespace")
        if re.search(r"[\x00-\x08\x0b-\x1f\x7f]", l):
            err(fname, f"line {i} has a control character")
    return lines


def expected_gold(raw, keep):
    """raw lines + keep flags for non-blank lines -> expected gold lines."""
    out = []          # (line, raw index)
    for i, l in enumerate(raw):
        if l == "" or keep[i]:
            out.append((l, i))
    res = []
    j = 0
    while j < len(out):
        l, i = out[j]
        if l != "":
            res.append(l)
            j += 1
            continue
        k = j
        while k < len(out) and out[k][0] == "":
            k += 1
        run = out[j:k]
        contiguous = run[-1][1] - run[0][1] == len(run) - 1
        # a run is "left behind by a deletion" if deleted lines sat inside it
        # or right next to it
        touched = not contiguous
        lo, hi = run[0][1], run[-1][1]
        if lo > 0 and raw[lo - 1] != "" and not keep[lo - 1]:
            touched = True
        if hi + 1 < len(raw) and raw[hi + 1] != "" and not keep[hi + 1]:
            touched = True
        res.extend([""] if touched else [x[0] for x in run])
        j = k
    if raw and raw[0] != "":
        while res and res[0] == "":
            res.pop(0)
    if raw and raw[-1] != "":
        while res and res[-1] == "":
            res.pop()
    return res


def check_pair(stem, lang, fams, raw, gold):
    fname = stem + ".txt"
    nonblank = [l for l in raw if l != ""]
    if len(set(nonblank)) != len(nonblank):
        dup = sorted({l for l in nonblank if nonblank.count(l) > 1})
        err(fname, f"repeated non-blank line(s): {dup[:3]}")
        return None
    # align gold (subsequence) to raw
    keep = [False] * len(raw)
    gi = 0
    gold_nb = [l for l in gold if l != ""]
    for i, l in enumerate(raw):
        if l != "" and gi < len(gold_nb) and gold_nb[gi] == l:
            keep[i] = True
            gi += 1
    if gi != len(gold_nb):
        err(fname, f"gold is not a subsequence of raw (stuck at gold line {gold_nb[gi]!r})")
        return None
    exp = expected_gold(raw, keep)
    if exp != gold:
        for n, (a, b) in enumerate(zip(exp, gold), 1):
            if a != b:
                err(fname, f"gold differs from expected at gold line {n}: expected {a!r}, got {b!r}")
                break
        else:
            err(fname, f"gold has {len(gold)} lines, expected {len(exp)}")
        return None
    deleted = [i for i, l in enumerate(raw) if l != "" and not keep[i]]
    kept = [i for i, l in enumerate(raw) if l != "" and keep[i]]
    n_nb, n_del = len(nonblank), len(deleted)
    if fams == ["negative"]:
        if n_del:
            err(fname, f"negative but {n_del} line(s) deleted in gold")
        return n_nb, n_del
    if n_del == 0:
        err(fname, "positive but gold is identical to raw")
        return n_nb, n_del
    if not 15 <= n_nb <= 40:
        err(fname, f"{n_nb} non-blank lines (need 15-40)")
    share = n_del / n_nb
    if not 0.30 <= share <= 0.55:
        err(fname, f"furniture share {share:.2f} (need 0.30-0.55)")
    first = min(i for i, l in enumerate(raw) if l != "")
    last = max(i for i, l in enumerate(raw) if l != "")
    if keep[first]:
        err(fname, "no furniture at the top (first non-blank line is kept)")
    if keep[last]:
        err(fname, "no furniture at the bottom (last non-blank line is kept)")
    middle = [d for d in deleted
              if sum(1 for k in kept if k < d) >= 3 and sum(1 for k in kept if k > d) >= 2]
    if not middle:
        err(fname, "no furniture between paragraphs of the article")
    return n_nb, n_del


def words(line):
    return re.findall(r"\w+", line.lower())


def main():
    entries = sorted(os.listdir(HERE))
    allowed = {"check.py", "README.md", "__pycache__"}
    pairs = {}
    for e in entries:
        if e in allowed:
            continue
        if e.endswith(".gold.txt"):
            base = e[: -len(".gold.txt")] + ".txt"
            if base not in entries:
                err(e, "gold file without a raw file")
            continue
        m = NAME_RE.match(e)
        if not m:
            err(e, "unexpected file or bad name")
            continue
        if e[:-4] + ".gold.txt" not in entries:
            err(e, "raw file without a gold file")
            continue
        pairs[e[:-4]] = m

    numbers = sorted(int(m.group(1)) for m in pairs.values())
    if numbers != list(range(1, len(numbers) + 1)):
        err("set", f"numbers are not 001..{len(numbers):03d} without gaps/repeats: {numbers}")
    if len(pairs) != 20:
        err("set", f"{len(pairs)} pairs (need 20)")

    per_lang = defaultdict(lambda: [0, 0])
    with_blanks = 0
    line_owner = {}
    shingles = defaultdict(set)
    results = []
    for stem in sorted(pairs):
        m = pairs[stem]
        lang, famstr = m.group(2), m.group(3)
        fams = famstr.split("-")
        fname = stem + ".txt"
        if fams != ["negative"]:
            bad = [f for f in fams if f not in FAMILIES]
            if bad:
                err(fname, f"unknown families {bad}")
            elif len(set(fams)) != len(fams):
                err(fname, "repeated family in name")
            elif fams != sorted(fams, key=FAMILIES.index):
                err(fname, "families not in canonical order")
        raw_path = os.path.join(HERE, fname)
        gold_path = os.path.join(HERE, stem + ".gold.txt")
        raw = read_lines(raw_path, fname)
        gold = read_lines(gold_path, stem + ".gold.txt")
        if raw is None or gold is None:
            continue
        if raw and raw[0] == "":
            err(fname, "raw starts with a blank line")
        if fams == ["negative"]:
            if open(raw_path, "rb").read() != open(gold_path, "rb").read():
                err(fname, "negative: gold is not byte-identical to raw")
        res = check_pair(stem, lang, fams, raw, gold)
        per_lang[lang][0] += 1
        if fams == ["negative"]:
            per_lang[lang][1] += 1
        has_blank = "" in raw
        with_blanks += has_blank
        for l in raw:
            if l == "":
                continue
            key = " ".join(words(l))
            if key and key in line_owner and line_owner[key] != stem:
                err(fname, f"line also used in {line_owner[key]}: {l!r}")
            line_owner.setdefault(key, stem)
            w = words(l)
            for i in range(len(w) - SHINGLE + 1):
                shingles[" ".join(w[i:i + SHINGLE])].add(stem)
        if res:
            n_nb, n_del = res
            results.append(f"{stem}: lang={lang} non-blank={n_nb} furniture={n_del} "
                           f"share={n_del / n_nb:.2f} blank-lines={'yes' if has_blank else 'no'} "
                           f"families={famstr}")

    for lang in LANGS:
        tot, neg = per_lang[lang]
        if tot != 4 or neg != 1:
            err("set", f"{lang}: {tot} pairs, {neg} negatives (need 4 and 1)")
    if pairs and not 0.4 <= with_blanks / len(pairs) <= 0.6:
        err("set", f"{with_blanks}/{len(pairs)} pages keep blank lines (need about half)")
    for sh, owners in sorted(shingles.items()):
        if len(owners) > 1:
            err("set", f"phrase {sh!r} reused in {sorted(owners)}")

    for r in results:
        print(r)
    print(f"pages with blank lines: {with_blanks}/{len(pairs)}")
    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("\nPASS: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
