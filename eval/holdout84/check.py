#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Usage: python3 check.py [DIR]   (default: the directory holding this script)
Exit status 0 when every check passes, 1 otherwise.
"""
import os, re, sys
from collections import Counter, defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
PER_LANG, NEG_PER_LANG = 4, 1
NGRAM = 7  # shared word n-grams of this length across files count as a reused phrase

d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
NAME = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
errors_total = 0


def read(path, errs):
    b = open(path, "rb").read()
    if b.startswith(b"\xef\xbb\xbf"):
        errs.append("BOM")
    if b"\r" in b:
        errs.append("CR characters (need LF only)")
    if not b.endswith(b"\n"):
        errs.append("no final newline")
    elif b.endswith(b"\n\n"):
        errs.append("blank line at end of file")
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not UTF-8: {e}")
        t = b.decode("utf-8", "replace")
    return b, t[:-1].split("\n") if t.endswith("\n") else t.split("\n")


def match(raw, gold):
    """Map each gold line to a raw index (greedy, in order). None if not a subsequence."""
    idx, j = [], 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j)
        j += 1
    return idx


files = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
stray = [f for f in os.listdir(d) if f not in files and f not in ("check.py", "README.md")]
raws, golds = {}, {}
for f in files:
    m = NAME.match(f)
    if not m:
        print(f"FAIL {f}: bad file name"); errors_total += 1; continue
    (golds if m.group(4) else raws)[f.replace(".gold.txt", ".txt")] = f

records, texts = [], {}
for key in sorted(set(raws) | set(golds)):
    errs = []
    if key not in raws:
        print(f"FAIL {golds[key]}: gold without raw"); errors_total += 1; continue
    if key not in golds:
        print(f"FAIL {key}: raw without gold"); errors_total += 1; continue
    num, lang, fams, _ = NAME.match(key).groups()
    famlist = fams.split("-")
    negative = famlist == ["negative"]
    if not negative:
        bad = [x for x in famlist if x not in FAMILIES]
        if bad: errs.append(f"unknown families {bad}")
        if len(set(famlist)) != len(famlist): errs.append("duplicate family")
    rb, raw = read(os.path.join(d, key), errs)
    gb, gold = read(os.path.join(d, golds[key]), errs)
    texts[key] = raw
    nb = [l for l in raw if l.strip()]
    info = f"{len(nb)} lines"
    if negative:
        if rb != gb: errs.append("negative gold is not byte-identical to raw")
        info += ", negative"
    else:
        idx = match(raw, gold)
        if idx is None:
            errs.append("gold is not a subsequence of raw")
        else:
            kept = set(idx)
            deleted = [i for i in range(len(raw)) if i not in kept]
            if any(not raw[i].strip() for i in kept if not raw[i] == "") : pass
            # blank-line rules
            for a in range(len(gold) - 1):
                if gold[a] == "" and gold[a + 1] == "":
                    errs.append(f"consecutive blank lines in gold at line {a + 1}")
            if gold and gold[0] == "" and raw[0] != "": errs.append("gold starts with blank line")
            if gold and gold[-1] == "" and raw[-1] != "": errs.append("gold ends with blank line")
            kn = [i for i in idx if raw[i] != ""]
            for a, b in zip(kn, kn[1:]):
                raw_blank = any(raw[k] == "" for k in range(a + 1, b))
                ga, gb_ = idx.index(a), idx.index(b)
                gold_blank = gb_ - ga == 2 and gold[ga + 1] == ""
                if gb_ - ga > 2: errs.append(f"extra lines in gold between raw {a + 1} and {b + 1}")
                if raw_blank != gold_blank:
                    errs.append(f"blank-line mismatch between raw lines {a + 1} and {b + 1}")
            deleted_nb = [i for i in deleted if raw[i].strip()]
            share = len(deleted_nb) / max(1, len(nb))
            info += f", {len(deleted_nb)} furniture ({share:.0%})"
            if not 15 <= len(nb) <= 40: errs.append(f"{len(nb)} non-blank lines (need 15-40)")
            if not 0.30 <= share <= 0.55: errs.append(f"furniture share {share:.0%} (need 30-55%)")
            nbi = [i for i in range(len(raw)) if raw[i].strip()]
            if nbi and nbi[0] in kept: errs.append("no furniture at the top")
            if nbi and nbi[-1] in kept: errs.append("no furniture at the bottom")
            if kn and not any(kn[0] < i < kn[-1] for i in deleted_nb):
                errs.append("no furniture between article paragraphs")
            if any(raw[i] != "" and not raw[i].strip() for i in range(len(raw))):
                errs.append("whitespace-only line")
    for i, l in enumerate(raw):
        if l != l.rstrip(): errs.append(f"trailing whitespace raw line {i + 1}"); break
    records.append((num, lang, negative, key))
    if errs: errors_total += 1
    print(("FAIL " if errs else "ok   ") + f"{key}: {info}" + ("" if not errs else " -- " + "; ".join(sorted(set(errs)))))

# set-level checks
set_errs = []
if stray: set_errs.append(f"unexpected files: {stray}")
nums = sorted(r[0] for r in records)
if nums != [f"{i:03d}" for i in range(1, len(nums) + 1)]: set_errs.append(f"numbers not 001..N without gaps/duplicates: {nums}")
by_lang = Counter(r[1] for r in records)
neg_lang = Counter(r[1] for r in records if r[2])
for lang in LANGS:
    if by_lang[lang] != PER_LANG: set_errs.append(f"{lang}: {by_lang[lang]} pairs (need {PER_LANG})")
    if neg_lang[lang] != NEG_PER_LANG: set_errs.append(f"{lang}: {neg_lang[lang]} negatives (need {NEG_PER_LANG})")
# phrase reuse across files: identical non-blank lines and shared word n-grams
line_owner, gram_owner = defaultdict(set), defaultdict(set)
for key, lines in texts.items():
    for l in lines:
        if l.strip(): line_owner[l.strip()].add(key[:3])
    words = re.findall(r"\w+", " ".join(lines).lower())
    for i in range(len(words) - NGRAM + 1):
        gram_owner[" ".join(words[i:i + NGRAM])].add(key[:3])
for l, owners in line_owner.items():
    if len(owners) > 1: set_errs.append(f"line reused in {sorted(owners)}: {l!r}")
for g, owners in gram_owner.items():
    if len(owners) > 1: set_errs.append(f"{NGRAM}-word phrase reused in {sorted(owners)}: {g!r}")
for e in set_errs: print("FAIL set: " + e)
if not set_errs:
    print(f"ok   set: {len(records)} pairs, " + ", ".join(f"{l} {by_lang[l]} ({neg_lang[l]} neg)" for l in LANGS))
errors_total += len(set_errs)
print("PASS" if errors_total == 0 else f"FAILED: {errors_total} problem(s)")
sys.exit(1 if errors_total else 0)
