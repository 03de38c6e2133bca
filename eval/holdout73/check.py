#!/usr/bin/env python3
"""Validate the boilerplate-removal evaluation set in this directory.

Usage: python3 check.py [DIR]
Prints one line per file pair, then dataset-level checks; exits 1 on any failure.
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
PER_LANG, NEG_PER_LANG = 4, 1
NGRAM = 6  # shared word n-grams across files count as a reused phrase

d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
errors_total = 0


def fail(msgs, m):
    msgs.append(m)


def read_text(path, msgs):
    b = open(path, "rb").read()
    if b.startswith(b"\xef\xbb\xbf"):
        fail(msgs, f"{os.path.basename(path)}: BOM")
    if b"\r" in b:
        fail(msgs, f"{os.path.basename(path)}: CR characters (need LF only)")
    if not b.endswith(b"\n"):
        fail(msgs, f"{os.path.basename(path)}: no final newline")
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(msgs, f"{os.path.basename(path)}: not UTF-8 ({e})")
        t = b.decode("utf-8", "replace")
    return b, t[:-1].split("\n") if t.endswith("\n") else t.split("\n")


def script_ok(lang, lines):
    text = "".join(lines)
    cyr = sum(1 for c in text if "\u0400" <= c <= "\u04ff")
    lat = sum(1 for c in text if c.isascii() and c.isalpha() or "\u00c0" <= c <= "\u024f")
    if lang == "ru":
        return cyr > 2 * lat
    return lat > 20 * max(cyr, 1) or cyr == 0


def expected_gold(raw, gold):
    """Greedy-align non-blank gold lines to raw; rebuild gold from raw by deleting the
    unmatched non-blank lines, collapsing blank runs and trimming edge blanks the raw
    does not have. Returns (rebuilt lines or None, kept flags for raw lines)."""
    targets = [g for g in gold if g != ""]
    kept = [False] * len(raw)
    j = 0
    for i, l in enumerate(raw):
        if l == "":
            continue
        if j < len(targets) and l == targets[j]:
            kept[i] = True
            j += 1
    if j != len(targets):
        return None, kept
    out = []
    for i, l in enumerate(raw):
        if l == "":
            if out and out[-1] == "":
                continue
            out.append("")
        elif kept[i]:
            out.append(l)
    # the collapse above only merges runs; raw must not itself contain double blanks
    if raw and raw[0] != "":
        while out and out[0] == "":
            out.pop(0)
    if raw and raw[-1] != "":
        while out and out[-1] == "":
            out.pop()
    return out, kept


files = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
others = sorted(f for f in os.listdir(d)
                if not f.endswith(".txt") and f not in ("check.py", "README.md") and not f.startswith("."))
raws, golds = {}, {}
global_msgs = []
for f in files:
    m = NAME_RE.match(f)
    if not m:
        global_msgs.append(f"bad file name: {f}")
        continue
    (golds if m.group(4) else raws)[f[: -len(".gold.txt")] if m.group(4) else f[: -len(".txt")]] = f
for o in others:
    global_msgs.append(f"unexpected entry in directory: {o}")
for k in sorted(set(raws) ^ set(golds)):
    global_msgs.append(f"unpaired: {k} (raw={k in raws}, gold={k in golds})")

lang_count, neg_count = Counter(), Counter()
numbers = []
with_blanks = 0
texts = {}
for key in sorted(set(raws) & set(golds)):
    msgs = []
    num, lang, fam = NAME_RE.match(raws[key]).group(1, 2, 3)
    numbers.append(int(num))
    lang_count[lang] += 1
    fams = fam.split("-")
    negative = fams == ["negative"]
    if negative:
        neg_count[lang] += 1
    else:
        bad = [x for x in fams if x not in FAMILIES]
        if bad:
            fail(msgs, f"unknown families {bad}")
        if len(set(fams)) != len(fams):
            fail(msgs, "duplicate family in name")
    rb, raw = read_text(os.path.join(d, raws[key]), msgs)
    gb, gold = read_text(os.path.join(d, golds[key]), msgs)
    texts[key] = raw
    if not script_ok(lang, raw):
        fail(msgs, f"text does not look like <{lang}> script")
    for name, ls in (("raw", raw), ("gold", gold)):
        for a, b in zip(ls, ls[1:]):
            if a == "" and b == "":
                fail(msgs, f"{name}: consecutive blank lines")
                break
        if any(l != l.rstrip() for l in ls):
            fail(msgs, f"{name}: trailing whitespace")
    if raw and (raw[0] == "" or raw[-1] == ""):
        fail(msgs, "raw starts or ends with a blank line")
    if gold and ((gold[0] == "" and raw[0] != "") or (gold[-1] == "" and raw[-1] != "")):
        fail(msgs, "gold has a leading/trailing blank line the raw does not have")
    if "" in raw:
        with_blanks += 1
    rebuilt, kept = expected_gold(raw, gold)
    n_raw = sum(1 for l in raw if l)
    n_gold = sum(1 for l in gold if l)
    n_del = n_raw - n_gold
    share = n_del / n_raw if n_raw else 0
    if rebuilt is None:
        fail(msgs, "gold is not a subsequence of raw")
    elif rebuilt != gold:
        fail(msgs, "gold blank lines do not follow the collapse rule")
    if negative:
        if rb != gb:
            fail(msgs, "negative: gold not byte-identical to raw")
    else:
        if rb == gb:
            fail(msgs, "positive but nothing deleted")
        if not MIN_LINES <= n_raw <= MAX_LINES:
            fail(msgs, f"{n_raw} non-blank lines, need {MIN_LINES}-{MAX_LINES}")
        if not MIN_SHARE <= share <= MAX_SHARE:
            fail(msgs, f"furniture share {share:.2f}, need {MIN_SHARE}-{MAX_SHARE}")
        if rebuilt is not None:
            idx = [i for i, l in enumerate(raw) if l]
            flags = [kept[i] for i in idx]
            first, last = flags.index(True), len(flags) - 1 - flags[::-1].index(True)
            if first == 0:
                fail(msgs, "no furniture above the article")
            if last == len(flags) - 1:
                fail(msgs, "no furniture below the article")
            if all(flags[first:last + 1]):
                fail(msgs, "no furniture between article paragraphs")
    status = "OK  " if not msgs else "FAIL"
    print(f"{status} {raws[key]}: {n_raw} lines, {n_del} furniture ({share:.0%}), "
          f"{'blank lines' if '' in raw else 'no blank lines'}")
    for m in msgs:
        print(f"     - {m}")
    errors_total += len(msgs)

# dataset-level checks
if numbers and sorted(numbers) != list(range(1, len(numbers) + 1)):
    global_msgs.append(f"numbers not 001..{len(numbers):03d} without gaps: {sorted(numbers)}")
for lang in LANGS:
    if lang_count[lang] != PER_LANG:
        global_msgs.append(f"{lang}: {lang_count[lang]} pairs, expected {PER_LANG}")
    if neg_count[lang] != NEG_PER_LANG:
        global_msgs.append(f"{lang}: {neg_count[lang]} negatives, expected {NEG_PER_LANG}")
if texts and not 0.3 <= with_blanks / len(texts) <= 0.7:
    global_msgs.append(f"{with_blanks}/{len(texts)} files keep blank lines; aim for about half")

# reused phrases: identical lines or shared word n-grams across different files
line_owner = defaultdict(set)
gram_owner = defaultdict(set)
for key, lines in texts.items():
    for l in lines:
        if l.strip():
            line_owner[l.strip().lower()].add(key)
    words = re.findall(r"\w+", " ".join(lines).lower())
    for i in range(len(words) - NGRAM + 1):
        gram_owner[" ".join(words[i:i + NGRAM])].add(key)
for l, owners in line_owner.items():
    if len(owners) > 1:
        global_msgs.append(f"line reused across files {sorted(o[:3] for o in owners)}: {l[:70]!r}")
for g, owners in gram_owner.items():
    if len(owners) > 1:
        global_msgs.append(f"phrase reused across files {sorted(o[:3] for o in owners)}: {g!r}")

print(f"DATASET: {len(texts)} pairs; per language {dict(lang_count)}; negatives {sum(neg_count.values())}; "
      f"{with_blanks} with blank lines")
for m in global_msgs:
    print(f"FAIL {m}")
errors_total += len(global_msgs)
print("PASS" if errors_total == 0 else f"FAILED: {errors_total} problem(s)")
sys.exit(0 if errors_total == 0 else 1)
