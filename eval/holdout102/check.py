#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks, per pair:
  * file names: NNN_<lang>_<families>.txt + NNN_<lang>_<families>.gold.txt,
    families from the fixed list (canonical order, no repeats) or "negative";
  * both files: valid UTF-8, no BOM, LF only, final newline;
  * raw has no blank lines (this set imitates a scraper that keeps none);
  * gold lines are a subsequence of raw lines (byte-identical, same order);
  * blank-line rules: no run of 2+ blank lines in gold, no blank line at the
    start/end of gold unless raw has one there;
  * negatives: gold byte-identical to raw;
  * positives: 15-40 non-blank raw lines, 30-55 % of them furniture (deleted),
    with deletions at the top, between kept lines and at the bottom.
Set-level checks: 20 pairs, 4 per language, 1 negative per language, unique
numbers, and no non-blank line shared by two files (no reused phrases).
Prints one line per file; exit status 1 on any failure.
"""
import os
import re
import sys
from collections import Counter, defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
GOLD_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.gold\.txt$")
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
EXPECTED_PAIRS, PER_LANG, NEG_PER_LANG = 20, 4, 1

HERE = os.path.dirname(os.path.abspath(__file__))


def read_text(path, errors):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append("BOM present")
    if b"\r" in data:
        errors.append("CR character (not LF-only)")
    if not data.endswith(b"\n"):
        errors.append("no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"not UTF-8: {exc}")
        text = data.decode("utf-8", "replace")
    return data, text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")


def match_subsequence(raw, gold):
    """Return list of raw indices kept (greedy), or None if gold is not a subsequence."""
    kept, j = [], 0
    for i, line in enumerate(raw):
        if j < len(gold) and line == gold[j]:
            kept.append(i)
            j += 1
    return kept if j == len(gold) else None


def check_pair(raw_name, gold_name, fams):
    errors = []
    raw_bytes, raw = read_text(os.path.join(HERE, raw_name), errors)
    gold_bytes, gold = read_text(os.path.join(HERE, gold_name), errors)
    negative = fams == ["negative"]

    if any(not l.strip() for l in raw):
        errors.append("raw contains blank lines (scraper in this set keeps none)")

    # blank-line rules for gold
    for a, b in zip(gold, gold[1:]):
        if not a.strip() and not b.strip():
            errors.append("gold has a run of 2+ blank lines")
            break
    if gold and not gold[0].strip() and (not raw or raw[0].strip()):
        errors.append("gold starts with a blank line but raw does not")
    if gold and not gold[-1].strip() and (not raw or raw[-1].strip()):
        errors.append("gold ends with a blank line but raw does not")

    kept = match_subsequence(raw, gold)
    if kept is None:
        errors.append("gold is not a subsequence of raw")
        kept = []

    nonblank = [i for i, l in enumerate(raw) if l.strip()]
    kept_nb = [i for i in kept if raw[i].strip()]
    n, k = len(nonblank), len(kept_nb)
    furn = n - k
    share = furn / n if n else 0.0

    if negative:
        if raw_bytes != gold_bytes:
            errors.append("negative: gold is not byte-identical to raw")
    else:
        if raw_bytes == gold_bytes:
            errors.append("positive: gold identical to raw")
        if not MIN_LINES <= n <= MAX_LINES:
            errors.append(f"{n} non-blank lines (need {MIN_LINES}-{MAX_LINES})")
        if not MIN_SHARE <= share <= MAX_SHARE:
            errors.append(f"furniture share {share:.1%} (need {MIN_SHARE:.0%}-{MAX_SHARE:.0%})")
        if kept_nb:
            kept_set = set(kept_nb)
            deleted = [i for i in nonblank if i not in kept_set]
            if not any(i < kept_nb[0] for i in deleted):
                errors.append("no furniture above the article")
            if not any(i > kept_nb[-1] for i in deleted):
                errors.append("no furniture below the article")
            if not any(kept_nb[0] < i < kept_nb[-1] for i in deleted):
                errors.append("no furniture between article paragraphs")
        else:
            errors.append("gold is empty")
    return errors, n, furn, share, raw


def main():
    names = sorted(os.listdir(HERE))
    raws, golds, problems = {}, {}, []
    for name in names:
        if not name.endswith(".txt"):
            continue
        g = GOLD_RE.match(name)
        r = NAME_RE.match(name)
        if g:
            golds[name[:-len(".gold.txt")]] = (name, g)
        elif r:
            raws[name[:-len(".txt")]] = (name, r)
        else:
            problems.append(f"{name}: bad file name")

    for base in sorted(set(golds) - set(raws)):
        problems.append(f"{golds[base][0]}: gold without raw")

    per_lang, neg_per_lang, numbers = Counter(), Counter(), Counter()
    line_owner = defaultdict(set)
    ok_count = 0
    for base in sorted(raws):
        raw_name, m = raws[base]
        num, lang, fam_str = m.groups()
        numbers[num] += 1
        per_lang[lang] += 1
        fams = fam_str.split("-")
        errors = []
        if fams != ["negative"]:
            unknown = [f for f in fams if f not in FAMILIES]
            if unknown:
                errors.append(f"unknown families {unknown}")
            elif fams != sorted(set(fams), key=FAMILIES.index):
                errors.append("families repeated or not in canonical order")
        else:
            neg_per_lang[lang] += 1
        if base not in golds:
            errors.append("missing gold file")
            print(f"FAIL {raw_name}: " + "; ".join(errors))
            problems.append(raw_name)
            continue
        errs, n, furn, share, raw_lines = check_pair(raw_name, golds[base][0], fams)
        errors += errs
        for l in raw_lines:
            if l.strip():
                line_owner[l].add(num)
        status = "OK  " if not errors else "FAIL"
        kind = "negative" if fams == ["negative"] else f"furniture {furn:2d}/{n:2d} = {share:5.1%}"
        print(f"{status} {raw_name}: {n} lines, {kind}" + ("" if not errors else " :: " + "; ".join(errors)))
        if errors:
            problems.append(raw_name)
        else:
            ok_count += 1

    # set-level checks
    if len(raws) != EXPECTED_PAIRS:
        problems.append(f"set: {len(raws)} pairs (expected {EXPECTED_PAIRS})")
    for lang in LANGS:
        if per_lang[lang] != PER_LANG:
            problems.append(f"set: {per_lang[lang]} files for {lang} (expected {PER_LANG})")
        if neg_per_lang[lang] != NEG_PER_LANG:
            problems.append(f"set: {neg_per_lang[lang]} negatives for {lang} (expected {NEG_PER_LANG})")
    for num, c in numbers.items():
        if c > 1:
            problems.append(f"set: number {num} used {c} times")
    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            problems.append(f"set: line reused in files {sorted(owners)}: {line[:70]!r}")

    for p in problems:
        if p.startswith("set:") or "bad file name" in p or "without raw" in p:
            print("FAIL " + p)
    print(f"{ok_count}/{len(raws)} pairs OK" + ("" if not problems else f", {len(problems)} problem(s)"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
