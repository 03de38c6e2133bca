#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks: file names, raw/gold pairing, UTF-8 without BOM, LF line endings and a
final newline, gold being an ordered subsequence of raw, the blank-line rules,
negatives byte-identical, line counts and furniture shares of positives, the
language/negative mix, and that no non-blank line is reused across files.
Prints one line per pair and exits non-zero on any error.
"""
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
EXPECTED_PAIRS = 20
PER_LANG = 4
NEG_PER_LANG = 1

errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


def read_text(path, name):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        err(name, "has a BOM")
    if b"\r" in data:
        err(name, "contains CR characters (must be LF only)")
    if not data.endswith(b"\n"):
        err(name, "no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(name, f"not valid UTF-8: {e}")
        text = data.decode("utf-8", "replace")
    return data, text


def split_lines(text):
    # text ends with "\n"; drop the empty string after the final newline
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def align(raw, gold):
    """Greedy alignment of the non-blank gold lines onto the non-blank raw lines.
    Returns the set of raw indices of deleted (non-blank) lines, or None if the
    gold is not an ordered subsequence of the raw."""
    kept, i = set(), 0
    for g in gold:
        if g == "":
            continue
        while i < len(raw) and raw[i] != g:
            i += 1
        if i == len(raw):
            return None
        kept.add(i)
        i += 1
    return {j for j, l in enumerate(raw) if l != "" and j not in kept}


def expected_gold(raw, deleted):
    """Apply the deletion rule: drop deleted lines, collapse blank runs that a
    deletion produced, strip leading/trailing blanks the raw did not have."""
    out, deleted_since_blank = [], False
    for idx, line in enumerate(raw):
        if idx in deleted:
            deleted_since_blank = True
            continue
        if line == "" and out and out[-1] == "" and deleted_since_blank:
            continue  # a run of blanks left behind by a deletion
        if line != "":
            deleted_since_blank = False
        out.append(line)
    if not (raw and raw[0] == ""):
        while out and out[0] == "":
            out.pop(0)
    if not (raw and raw[-1] == ""):
        while out and out[-1] == "":
            out.pop()
    return out


def nonblank(lines):
    return [l for l in lines if l.strip()]


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws, golds = {}, {}
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            err(f, "bad file name")
            continue
        num, lang, fams, is_gold = m.groups()
        stem = f"{num}_{lang}_{fams}"
        (golds if is_gold else raws)[stem] = f
        if fams != "negative":
            toks = fams.split("-")
            bad = [t for t in toks if t not in FAMILIES]
            if bad:
                err(f, f"unknown families {bad}")
            if len(set(toks)) != len(toks):
                err(f, "family listed twice")
            if "negative" in toks:
                err(f, "'negative' mixed with families")

    for stem in sorted(set(raws) | set(golds)):
        if stem not in raws:
            err(stem, "gold without raw")
        if stem not in golds:
            err(stem, "raw without gold")

    stems = sorted(set(raws) & set(golds))
    nums = Counter(s[:3] for s in stems)
    for n, c in nums.items():
        if c > 1:
            err(n, "number used by more than one pair")
    if len(stems) != EXPECTED_PAIRS:
        err("set", f"{len(stems)} pairs, expected {EXPECTED_PAIRS}")
    if sorted(int(n) for n in nums) != list(range(1, len(nums) + 1)):
        err("set", "pair numbers are not 001..N without gaps")

    per_lang = Counter(s.split("_")[1] for s in stems)
    neg_lang = Counter(s.split("_")[1] for s in stems if s.endswith("_negative"))
    for lang in LANGS:
        if per_lang[lang] != PER_LANG:
            err("set", f"{lang}: {per_lang[lang]} pairs, expected {PER_LANG}")
        if neg_lang[lang] != NEG_PER_LANG:
            err("set", f"{lang}: {neg_lang[lang]} negatives, expected {NEG_PER_LANG}")

    line_owner = defaultdict(set)
    for stem in stems:
        before = len(errors)
        rpath, gpath = os.path.join(HERE, raws[stem]), os.path.join(HERE, golds[stem])
        rbytes, rtext = read_text(rpath, raws[stem])
        gbytes, gtext = read_text(gpath, golds[stem])
        raw, gold = split_lines(rtext), split_lines(gtext)
        negative = stem.endswith("_negative")

        for l in nonblank(raw):
            line_owner[l].add(stem)
        for i in range(1, len(raw)):
            if raw[i] == "" and raw[i - 1] == "":
                err(raws[stem], f"consecutive blank lines at line {i + 1}")
        if raw and raw[0] == "":
            err(raws[stem], "starts with a blank line")
        if raw and raw[-1] == "":
            err(raws[stem], "ends with a blank line")
        for i, l in enumerate(raw + gold):
            if l != l.rstrip(" \t"):
                err(stem, f"trailing whitespace in a line: {l[:40]!r}")
                break

        nr, ng = len(nonblank(raw)), len(nonblank(gold))
        share = (nr - ng) / nr if nr else 0.0
        if negative:
            if rbytes != gbytes:
                err(stem, "negative: gold is not byte-identical to raw")
        else:
            if rbytes == gbytes:
                err(stem, "positive: gold identical to raw (no furniture removed)")
            if not MIN_LINES <= nr <= MAX_LINES:
                err(stem, f"{nr} non-blank raw lines, expected {MIN_LINES}-{MAX_LINES}")
            if not MIN_SHARE <= share <= MAX_SHARE:
                err(stem, f"furniture share {share:.0%}, expected {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")

        deleted = align(raw, gold)
        if deleted is None:
            err(stem, "gold is not a subsequence of raw")
        elif expected_gold(raw, deleted) != gold:
            err(stem, "blank lines of gold do not follow the rule (collapse runs left by a deletion, "
                      "no blank at start/end unless the raw has one there)")

        status = "OK " if len(errors) == before else "ERR"
        kind = "negative" if negative else f"furniture {nr - ng}/{nr} = {share:.0%}"
        print(f"{status} {stem[:3]} {stem.split('_')[1]}  raw {nr:2d} lines  gold {ng:2d}  {kind}")

    for line, owners in line_owner.items():
        if len(owners) > 1:
            err("reuse", f"line used in {sorted(o[:3] for o in owners)}: {line[:60]!r}")

    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print(f"\nAll checks passed: {len(stems)} pairs.")


if __name__ == "__main__":
    main()
