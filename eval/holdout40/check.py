#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks per pair: file naming, pairing, UTF-8 without BOM, LF only, final
newline, no leading/trailing blank line, gold is a line subsequence of raw,
blank-line collapsing, negatives byte-identical, positive line counts (15-40)
and furniture share (30-55%), furniture present at top, middle and bottom.
Checks on the whole set: 20 pairs, 4 per language, 1 negative per language,
every family in at least 3 languages, no line or long phrase reused across files.
"""
import re
import sys
from collections import defaultdict
from pathlib import Path

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
SHINGLE = 7  # words; a shared run this long across two files counts as a reused phrase

here = Path(__file__).resolve().parent
errors_total = 0


def load(path, errs):
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{path.name}: BOM")
    if b"\r" in data:
        errs.append(f"{path.name}: CR character (must be LF only)")
    if not data.endswith(b"\n"):
        errs.append(f"{path.name}: no final newline")
    if data.endswith(b"\n\n"):
        errs.append(f"{path.name}: blank line at end")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{path.name}: not UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    return data, lines


def expected_gold(raw, keep):
    """raw lines + indices of kept non-blank lines -> gold per the blank-line rules."""
    out = []
    for i, line in enumerate(raw):
        if line.strip() == "":
            if out and out[-1].strip() == "":
                continue
            if not out and not (i == 0):
                continue  # blank left at the start by a deletion
            out.append(line)
        elif i in keep:
            out.append(line)
    if raw and raw[-1].strip() != "":
        while out and out[-1].strip() == "":
            out.pop()
    return out


files = sorted(p for p in here.iterdir() if p.suffix == ".txt")
pairs = {}
for p in files:
    m = NAME.match(p.name)
    if not m:
        print(f"FAIL {p.name}: bad file name")
        errors_total += 1
        continue
    num, lang, fams, gold = m.groups()
    key = (num, lang, fams)
    pairs.setdefault(key, {})["gold" if gold else "raw"] = p

numbers = defaultdict(list)
lang_count = defaultdict(int)
neg_count = defaultdict(int)
fam_langs = defaultdict(set)
texts = {}

for (num, lang, fams), pr in sorted(pairs.items()):
    errs = []
    label = f"{num}_{lang}_{fams}"
    numbers[num].append(label)
    if "raw" not in pr or "gold" not in pr:
        print(f"FAIL {label}: missing {'raw' if 'raw' not in pr else 'gold'} file")
        errors_total += 1
        continue
    famlist = fams.split("-")
    negative = famlist == ["negative"]
    if not negative:
        bad = [f for f in famlist if f not in FAMILIES]
        if bad:
            errs.append(f"unknown families {bad}")
        if len(set(famlist)) != len(famlist):
            errs.append("family listed twice")
        for f in famlist:
            fam_langs[f].add(lang)
    lang_count[lang] += 1
    if negative:
        neg_count[lang] += 1

    rb, raw = load(pr["raw"], errs)
    gb, gold = load(pr["gold"], errs)
    texts[label] = raw
    if raw and raw[0].strip() == "":
        errs.append("raw starts with a blank line")
    if any(l != l.rstrip(" \t") for l in raw):
        errs.append("raw has trailing whitespace")
    for i in range(1, len(raw)):
        if raw[i].strip() == "" and raw[i - 1].strip() == "":
            errs.append("raw has a run of blank lines")
            break

    # gold must be a subsequence of raw (greedy match of every gold line)
    keep, j = set(), 0
    ok = True
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            errs.append(f"gold line not found in order in raw: {g[:60]!r}")
            ok = False
            break
        if g.strip():
            keep.add(j)
        j += 1
    if ok:
        exp = expected_gold(raw, keep)
        if exp != gold:
            errs.append("gold blank lines do not follow the collapse rules")
        if gold and gold[0].strip() == "" and not (raw and raw[0].strip() == ""):
            errs.append("gold starts with a blank line")

    raw_nb = [i for i, l in enumerate(raw) if l.strip()]
    n_raw = len(raw_nb)
    n_gold = sum(1 for l in gold if l.strip())
    n_furn = n_raw - n_gold
    share = n_furn / n_raw if n_raw else 0
    if negative:
        if rb != gb:
            errs.append("negative: gold is not byte-identical to raw")
    else:
        if not 15 <= n_raw <= 40:
            errs.append(f"{n_raw} non-blank lines (need 15-40)")
        if not 0.30 <= share <= 0.55:
            errs.append(f"furniture share {share:.0%} (need 30-55%)")
        if ok and keep:
            first, last = min(keep), max(keep)
            furn = [i for i in raw_nb if i not in keep]
            if not any(i < first for i in furn):
                errs.append("no furniture above the article")
            if not any(i > last for i in furn):
                errs.append("no furniture below the article")
            if not any(first < i < last for i in furn):
                errs.append("no furniture between paragraphs")
        if rb == gb:
            errs.append("positive file has identical gold")

    status = "FAIL" if errs else "ok  "
    kind = "negative" if negative else f"{len(famlist)} families"
    print(f"{status} {label}: {n_raw} lines, {n_furn} furniture ({share:.0%}), {kind}")
    for e in errs:
        print(f"       - {e}")
    errors_total += len(errs)

# set-level checks
set_errs = []
for num, labels in numbers.items():
    if len(labels) > 1:
        set_errs.append(f"number {num} used twice: {labels}")
if len(pairs) != 20:
    set_errs.append(f"{len(pairs)} pairs (need 20)")
for lang in LANGS:
    if lang_count[lang] != 4:
        set_errs.append(f"{lang}: {lang_count[lang]} pairs (need 4)")
    if neg_count[lang] != 1:
        set_errs.append(f"{lang}: {neg_count[lang]} negatives (need 1)")
for f in FAMILIES:
    if len(fam_langs[f]) < 3:
        set_errs.append(f"family {f} in {len(fam_langs[f])} languages {sorted(fam_langs[f])} (need 3)")

# reuse across files: identical non-blank lines, and shared runs of SHINGLE words
seen_line, seen_sh = {}, {}
for label, lines in texts.items():
    for l in lines:
        s = l.strip()
        if not s:
            continue
        if s in seen_line and seen_line[s] != label:
            set_errs.append(f"line reused in {seen_line[s]} and {label}: {s[:60]!r}")
        seen_line.setdefault(s, label)
    words = re.findall(r"\w+", " ".join(lines).lower())
    for k in range(len(words) - SHINGLE + 1):
        sh = " ".join(words[k:k + SHINGLE])
        if sh in seen_sh and seen_sh[sh] != label:
            set_errs.append(f"phrase reused in {seen_sh[sh]} and {label}: {sh!r}")
        seen_sh.setdefault(sh, label)

print(f"set: {len(pairs)} pairs; " + ", ".join(f"{l}={lang_count[l]}/{neg_count[l]}neg" for l in LANGS))
print("families by language count: " + " ".join(f"{f}:{len(fam_langs[f])}" for f in FAMILIES))
for e in set_errs:
    print(f"FAIL set: {e}")
errors_total += len(set_errs)
print("PASS" if errors_total == 0 else f"{errors_total} problem(s)")
sys.exit(1 if errors_total else 0)
