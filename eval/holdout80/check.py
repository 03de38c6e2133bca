#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks: file names and family lists, raw/gold pairing, UTF-8 without BOM,
LF line endings and a final newline, gold lines forming a subsequence of the
raw lines, the blank-line rules after deletion, negatives byte-identical,
positive line counts and furniture shares, furniture at top/middle/bottom,
per-language composition, and no line reused across files.
Prints one line per file and exits non-zero on any failure.
"""
import os
import re
import sys
from collections import Counter, defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
EXPECT_TOTAL, EXPECT_PER_LANG, EXPECT_NEG_PER_LANG = 20, 4, 2

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def fail(name, msg):
    errors.append(f"{name}: {msg}")


def read_text(path, name):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        fail(name, "starts with a BOM")
    if b"\r" in data:
        fail(name, "contains CR (line endings must be LF)")
    if not data.endswith(b"\n"):
        fail(name, "no final newline")
    if data.endswith(b"\n\n"):
        fail(name, "ends with a blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(name, f"not valid UTF-8: {e}")
        text = data.decode("utf-8", "replace")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def expected_gold(raw, deleted):
    """Raw minus deleted lines; blank runs left by a deletion collapse to one;
    no blank at start/end unless raw has one there."""
    out, stretch_blanks, stretch_deleted, started = [], 0, False, False
    for i, line in enumerate(raw):
        if i in deleted:
            stretch_deleted = True
            continue
        if line == "":
            stretch_blanks += 1
            continue
        # a kept non-blank line closes the stretch before it
        if not started:
            n = stretch_blanks if not stretch_deleted else (1 if raw[0] == "" else 0)
        else:
            n = stretch_blanks if not stretch_deleted else min(stretch_blanks, 1)
        out.extend([""] * n)
        out.append(line)
        started, stretch_blanks, stretch_deleted = True, 0, False
    if stretch_blanks:
        n = stretch_blanks if not stretch_deleted else (1 if raw[-1] == "" else 0)
        out.extend([""] * n)
    return out


files = sorted(f for f in os.listdir(here) if f.endswith(".txt"))
raws, golds = {}, {}
for f in files:
    m = NAME_RE.match(f)
    if not m:
        fail(f, "bad file name")
        continue
    key = f[: -len(".gold.txt")] if m.group(4) else f[: -len(".txt")]
    (golds if m.group(4) else raws)[key] = f

for k in sorted(set(raws) ^ set(golds)):
    fail(k, "missing raw or gold partner")

numbers = Counter(k[:3] for k in raws)
for n, c in numbers.items():
    if c > 1:
        fail(n, "number used by more than one pair")
nums = sorted(int(n) for n in numbers)
if nums != list(range(1, len(nums) + 1)):
    fail("set", f"numbers not consecutive from 001: {nums}")

per_lang = defaultdict(lambda: [0, 0])  # lang -> [total, negatives]
line_owner = defaultdict(set)

for key in sorted(set(raws) & set(golds)):
    num, lang, fams = NAME_RE.match(raws[key]).group(1, 2, 3)
    fam_list = fams.split("-")
    negative = fam_list == ["negative"]
    if not negative:
        bad = [x for x in fam_list if x not in FAMILIES]
        if bad:
            fail(key, f"unknown families {bad}")
        if len(set(fam_list)) != len(fam_list):
            fail(key, "family listed twice")
    per_lang[lang][0] += 1
    per_lang[lang][1] += negative

    rbytes, raw = read_text(os.path.join(here, raws[key]), raws[key])
    gbytes, gold = read_text(os.path.join(here, golds[key]), golds[key])

    # gold must be a subsequence of raw (match non-blank lines greedily)
    kept, j = set(), 0
    gold_nb = [l for l in gold if l != ""]
    for g in gold_nb:
        while j < len(raw) and (raw[j] == "" or raw[j] != g):
            j += 1
        if j == len(raw):
            fail(key, f"gold line not found in order in raw: {g[:60]!r}")
            break
        kept.add(j)
        j += 1
    deleted = {i for i, l in enumerate(raw) if l != "" and i not in kept}
    if expected_gold(raw, deleted) != gold:
        fail(key, "gold is not raw minus deleted lines with blank runs collapsed")
    for a, b in zip(gold, gold[1:]):
        if a == b == "":
            raw_has_double = any(x == y == "" for x, y in zip(raw, raw[1:]))
            if not raw_has_double:
                fail(key, "gold has a double blank line")
            break

    n_raw = sum(1 for l in raw if l != "")
    n_del = len(deleted)
    share = n_del / n_raw if n_raw else 0.0
    if negative:
        if rbytes != gbytes:
            fail(key, "negative but gold differs from raw")
        status = f"negative, {n_raw} lines, identical"
    else:
        if not MIN_LINES <= n_raw <= MAX_LINES:
            fail(key, f"{n_raw} non-blank lines, outside {MIN_LINES}-{MAX_LINES}")
        if not MIN_SHARE <= share <= MAX_SHARE:
            fail(key, f"furniture share {share:.0%} outside {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
        nb_idx = [i for i, l in enumerate(raw) if l != ""]
        if nb_idx[0] not in deleted:
            fail(key, "no furniture at the top")
        if nb_idx[-1] not in deleted:
            fail(key, "no furniture at the bottom")
        if kept:
            lo, hi = min(kept), max(kept)
            if not any(lo < i < hi for i in deleted):
                fail(key, "no furniture between article paragraphs")
        status = f"positive, {n_raw} lines, {n_del} furniture ({share:.0%}), families: {', '.join(fam_list)}"
    for l in raw:
        if l.strip():
            line_owner[l].add(key)
    print(f"{raws[key]}: {status}")

for line, owners in line_owner.items():
    if len(owners) > 1:
        fail("reuse", f"line appears in {sorted(owners)}: {line[:60]!r}")

total = sum(v[0] for v in per_lang.values())
if total != EXPECT_TOTAL:
    fail("set", f"{total} pairs, expected {EXPECT_TOTAL}")
for lang in LANGS:
    t, n = per_lang[lang]
    if t != EXPECT_PER_LANG or n != EXPECT_NEG_PER_LANG:
        fail("set", f"{lang}: {t} pairs / {n} negatives, expected {EXPECT_PER_LANG} / {EXPECT_NEG_PER_LANG}")

if errors:
    print(f"\nFAIL: {len(errors)} problem(s)")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print(f"\nOK: {total} pairs checked")
