#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Usage: python3 check.py [DIR]   (defaults to the directory holding this script)
Exit status 0 if every check passes, 1 otherwise.
"""
import os, re, sys
from collections import Counter, defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership paywall "
            "comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
NGRAM = 6            # no run of this many words may appear in two different files
EXPECT_PAIRS, PER_LANG, NEG_PER_LANG = 20, 4, 1

base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
errors_total = 0


def read_text(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append("starts with a BOM")
    if b"\r" in data:
        errs.append("contains CR (line endings must be LF)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not valid UTF-8: {e}")
        return None
    if not text.endswith("\n"):
        errs.append("no final newline")
    elif text.endswith("\n\n"):
        errs.append("ends with a blank line")
    if text.startswith("\n"):
        errs.append("starts with a blank line")
    for i, l in enumerate(text.split("\n")[:-1], 1):
        if l.strip() == "" and l != "":
            errs.append(f"line {i} is whitespace-only")
        if l != l.rstrip():
            errs.append(f"line {i} has trailing whitespace")
        if any(ord(c) < 32 and c != "\t" for c in l):
            errs.append(f"line {i} has a control character")
    return text


def lines_of(text):
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def expected_gold(raw_lines, keep):
    out = []
    for l, k in zip(raw_lines, keep):
        if not k:
            continue
        if l == "" and (not out or out[-1] == ""):
            continue
        out.append(l)
    while out and out[-1] == "":
        out.pop()
    return out


names = sorted(f for f in os.listdir(base) if f.endswith(".txt"))
pairs = {}
global_errs = []
for f in names:
    m = NAME_RE.match(f)
    if not m:
        global_errs.append(f"bad file name: {f}")
        continue
    num, lang, fams, gold = m.groups()
    stem = f"{num}_{lang}_{fams}"
    pairs.setdefault(stem, {})["gold" if gold else "raw"] = f

nums = Counter(s[:3] for s in pairs)
for n, c in nums.items():
    if c > 1:
        global_errs.append(f"number {n} used by {c} different stems")

raw_texts = {}
per_lang = Counter()
neg_lang = Counter()
for stem in sorted(pairs):
    errs = []
    p = pairs[stem]
    num, lang, fams = stem.split("_", 2)
    if "raw" not in p or "gold" not in p:
        errs.append("missing " + ("raw" if "raw" not in p else "gold") + " file")
    famlist = fams.split("-")
    negative = famlist == ["negative"]
    if not negative:
        bad = [x for x in famlist if x not in FAMILIES]
        if bad:
            errs.append(f"unknown families {bad}")
        if len(set(famlist)) != len(famlist):
            errs.append("family listed twice")
    per_lang[lang] += 1
    neg_lang[lang] += negative
    info = ""
    if not errs:
        raw = read_text(os.path.join(base, p["raw"]), errs)
        gold = read_text(os.path.join(base, p["gold"]), errs)
        if raw is not None and gold is not None:
            raw_texts[stem] = raw
            rl, gl = lines_of(raw), lines_of(gold)
            for i in range(1, len(rl)):
                if rl[i] == "" and rl[i - 1] == "":
                    errs.append(f"raw has consecutive blank lines at {i + 1}")
            dup = [l for l, c in Counter(x for x in rl if x).items() if c > 1]
            if dup:
                errs.append(f"raw repeats a line: {dup[0][:50]!r}")
            nb = [l for l in rl if l]
            if not (MIN_LINES <= len(nb) <= MAX_LINES):
                errs.append(f"{len(nb)} non-blank lines (need {MIN_LINES}-{MAX_LINES})")
            # map gold's non-blank lines onto raw as a subsequence
            keep = [l == "" for l in rl]
            j = 0
            gnb = [l for l in gl if l]
            for i, l in enumerate(rl):
                if l and j < len(gnb) and l == gnb[j]:
                    keep[i] = True
                    j += 1
            if j < len(gnb):
                errs.append(f"gold line not found in raw order: {gnb[j][:60]!r}")
            else:
                exp = expected_gold(rl, keep)
                if exp != gl:
                    errs.append("gold blank lines differ from raw-minus-furniture with collapsed blanks")
                furn = [i for i, l in enumerate(rl) if l and not keep[i]]
                share = len(furn) / len(nb) if nb else 0
                if negative:
                    if raw != gold:
                        errs.append("negative: gold is not byte-identical to raw")
                    info = f"negative, {len(nb)} lines, gold == raw"
                else:
                    if not gnb:
                        errs.append("gold is empty")
                    if not (MIN_SHARE <= share <= MAX_SHARE):
                        errs.append(f"furniture share {share:.0%} outside {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
                    kept_idx = [i for i, l in enumerate(rl) if l and keep[i]]
                    if kept_idx:
                        top = any(i < kept_idx[0] for i in furn)
                        bottom = any(i > kept_idx[-1] for i in furn)
                        middle = any(kept_idx[0] < i < kept_idx[-1] for i in furn)
                        for ok, where in ((top, "top"), (bottom, "bottom"), (middle, "between paragraphs")):
                            if not ok:
                                errs.append(f"no furniture at the {where}")
                    info = f"{len(nb)} lines, {len(furn)} furniture ({share:.0%}), {len(gnb)} kept"
    errors_total += len(errs)
    status = "OK  " if not errs else "FAIL"
    print(f"{status} {stem}: {info}" + ("" if not errs else " | " + "; ".join(errs)))

# set-level checks
if len(pairs) != EXPECT_PAIRS:
    global_errs.append(f"{len(pairs)} pairs, expected {EXPECT_PAIRS}")
for lang in LANGS:
    if per_lang[lang] != PER_LANG:
        global_errs.append(f"{lang}: {per_lang[lang]} pairs, expected {PER_LANG}")
    if neg_lang[lang] != NEG_PER_LANG:
        global_errs.append(f"{lang}: {neg_lang[lang]} negatives, expected {NEG_PER_LANG}")

# no phrase reused across files: identical lines or shared word n-grams
line_owner = defaultdict(set)
gram_owner = defaultdict(set)
for stem, text in raw_texts.items():
    for l in lines_of(text):
        if len(l) >= 12:
            line_owner[l].add(stem)
    words = re.findall(r"\w+", text.lower())
    for i in range(len(words) - NGRAM + 1):
        gram_owner[" ".join(words[i:i + NGRAM])].add(stem)
for l, owners in line_owner.items():
    if len(owners) > 1:
        global_errs.append(f"line shared by {sorted(owners)}: {l[:60]!r}")
for g, owners in gram_owner.items():
    if len(owners) > 1:
        global_errs.append(f"{NGRAM}-word phrase shared by {sorted(owners)}: {g!r}")

for e in global_errs:
    print("FAIL set:", e)
errors_total += len(global_errs)
print(f"{len(pairs)} pairs checked, {errors_total} problem(s)")
sys.exit(1 if errors_total else 0)
