#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks, per pair:
  * file names: NNN_<lang>_<families>.txt + NNN_<lang>_<families>.gold.txt
  * families come from the allowed list (no repeats), or are exactly "negative"
  * UTF-8, no BOM, LF only, final newline, no trailing blank line, no blank first line
  * gold is a line subsequence of raw (every gold line byte-identical to a raw line)
  * blank-line rules: gold equals raw with the deleted lines removed, blank runs
    left behind by a deletion collapsed to one, no leading/trailing blank lines
    unless raw has them there
  * negatives: gold byte-identical to raw
  * positives: 15-40 non-blank raw lines, 30-55 % of them furniture, with
    furniture above the first kept line, below the last kept line and between
    kept lines
Set-level checks: 20 pairs, 4 per language, 1 negative per language, no stray
files, no non-blank line and no 8-word phrase shared between two different files.
"""
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "ru", "de", "fr", "es"]
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
ALLOWED_EXTRA = {"check.py", "README.md"}
NGRAM = 8

errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


def read_text(path, name):
    data = open(path, "rb").read()
    ok = True
    if data.startswith(b"\xef\xbb\xbf"):
        err(name, "starts with a BOM"); ok = False
    if b"\r" in data:
        err(name, "contains CR characters (need LF only)"); ok = False
    if not data.endswith(b"\n"):
        err(name, "no final newline"); ok = False
    if data.endswith(b"\n\n"):
        err(name, "ends with a blank line"); ok = False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(name, f"not valid UTF-8 ({e})")
        return None, data
    if not ok:
        return None, data
    return text[:-1].split("\n"), data


def expected_gold(raw, keep):
    """raw: list of lines; keep: set of indexes of kept non-blank lines."""
    out = []
    deleted_since = False
    for i, line in enumerate(raw):
        if line != "" and i not in keep:
            deleted_since = True
            continue
        if line == "":
            if not out and raw[0] != "":
                continue  # blank at start only because of a deletion
            if out and out[-1] == "" and deleted_since:
                continue  # run of blanks left by a deletion
        out.append(line)
        if line != "":
            deleted_since = False
    if raw and raw[-1] != "":
        while out and out[-1] == "":
            out.pop()
    return out


def match_subsequence(raw, gold):
    """Greedy match of gold's non-blank lines into raw's non-blank lines.
    Returns the set of raw indexes kept, or None."""
    keep = set()
    j = 0
    for g in gold:
        if g == "":
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        keep.add(j)
        j += 1
    return keep


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    for f in files:
        if f in ALLOWED_EXTRA or f in raws or f in golds or f.startswith("."):
            continue
        if f == "__pycache__":
            continue
        err(f, "unexpected file in the set directory")

    per_lang = Counter()
    neg_lang = Counter()
    numbers = Counter()
    lines_by_file = {}
    with_blanks = 0

    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            err(g, "gold without a raw file")

    for name in raws:
        m = NAME_RE.match(name)
        if not m:
            err(name, "bad file name")
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
                err(name, f"unknown families {bad}")
            if len(set(famlist)) != len(famlist):
                err(name, "family listed twice")
        gname = name[:-4] + ".gold.txt"
        if gname not in golds:
            err(name, "missing gold file")
            continue
        raw, rawb = read_text(os.path.join(HERE, name), name)
        gold, goldb = read_text(os.path.join(HERE, gname), gname)
        if raw is None or gold is None:
            continue
        if raw[0] == "":
            err(name, "raw starts with a blank line")
        if "" in raw:
            with_blanks += 1
        lines_by_file[name] = [l for l in raw if l.strip()]

        keep = match_subsequence(raw, gold)
        if keep is None:
            err(gname, "gold is not a subsequence of raw (some gold line not found in order)")
            continue
        exp = expected_gold(raw, keep)
        if exp != gold:
            for k, (a, b) in enumerate(zip(exp, gold)):
                if a != b:
                    err(gname, f"blank-line rules broken near gold line {k + 1}: expected {a!r}, got {b!r}")
                    break
            else:
                err(gname, f"blank-line rules broken: expected {len(exp)} lines, got {len(gold)}")
            continue

        nonblank = [i for i, l in enumerate(raw) if l != ""]
        if any(raw[i].strip() == "" for i in nonblank):
            err(name, "whitespace-only line")
        n = len(nonblank)
        furn = [i for i in nonblank if i not in keep]
        nf = len(furn)
        share = nf / n if n else 0
        if negative:
            if rawb != goldb:
                err(name, "negative but gold differs from raw")
            status = "negative, gold == raw"
        else:
            if not 15 <= n <= 40:
                err(name, f"{n} non-blank lines (need 15-40)")
            if not 0.30 <= share <= 0.55:
                err(name, f"furniture share {share:.0%} (need 30-55%)")
            if keep:
                first, last = min(keep), max(keep)
                if not any(i < first for i in furn):
                    err(name, "no furniture above the article")
                if not any(i > last for i in furn):
                    err(name, "no furniture below the article")
                if not any(first < i < last for i in furn):
                    err(name, "no furniture between article paragraphs")
            else:
                err(name, "gold is empty")
            status = f"positive, furniture {nf}/{n} = {share:.0%}"
        print(f"{name}: {n} lines, {'blank-separated' if '' in raw else 'no blank lines'}, {status}")

    # set-level checks
    if len(raws) != 20:
        err("set", f"{len(raws)} raw files (need 20)")
    for lang in LANGS:
        if per_lang[lang] != 4:
            err("set", f"{lang}: {per_lang[lang]} pairs (need 4)")
        if neg_lang[lang] != 1:
            err("set", f"{lang}: {neg_lang[lang]} negatives (need 1)")
    for num, c in numbers.items():
        if c > 1:
            err("set", f"number {num} used {c} times")

    # no phrase reuse across files
    owners = defaultdict(set)
    grams = defaultdict(set)
    for name, lines in lines_by_file.items():
        for l in lines:
            owners[l].add(name)
            words = re.findall(r"\w+", l.lower())
            for k in range(len(words) - NGRAM + 1):
                grams[" ".join(words[k:k + NGRAM])].add(name)
    for l, names in owners.items():
        if len(names) > 1:
            err("set", f"line {l!r} repeated in {sorted(names)}")
    for gtxt, names in grams.items():
        if len(names) > 1:
            err("set", f"phrase {gtxt!r} repeated in {sorted(names)}")

    print(f"set: {len(raws)} pairs, {with_blanks} with blank lines between blocks, "
          f"{sum(neg_lang.values())} negatives")
    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
