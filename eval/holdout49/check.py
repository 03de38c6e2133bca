#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Usage: python3 check.py [directory]   (default: the directory of this script)
Exit status 0 when every check passes, 1 otherwise.
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
PER_LANG = 4           # files per language
NEG_PER_LANG = 1       # negatives per language
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
MIN_LANGS_PER_FAMILY = 3
SHINGLE = 6            # cross-file phrase reuse: identical runs of this many words
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")
IGNORED = {"check.py", "README.md", "PROMPT.md"}

root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
errors_total = 0


def read_text(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append("BOM present")
    if b"\r" in data:
        errs.append("CR character (line endings must be LF)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not UTF-8: {e}")
        return data, None
    if not text.endswith("\n"):
        errs.append("no final newline")
    if text.endswith("\n\n"):
        errs.append("ends with a blank line")
    return data, text


def collapse(lines):
    out = []
    for l in lines:
        if l == "" and out and out[-1] == "":
            continue
        out.append(l)
    return out


def expected_gold(raw, gold):
    """Match gold's non-blank lines in raw (greedy); rebuild what gold must be."""
    keep = set()
    j = 0
    gnb = [l for l in gold if l.strip()]
    for i, l in enumerate(raw):
        if j < len(gnb) and l.strip() and l == gnb[j]:
            keep.add(i)
            j += 1
    if j < len(gnb):
        return None, keep, gnb[j]
    rebuilt = collapse([l for i, l in enumerate(raw) if (not l.strip()) or i in keep])
    if raw and raw[0] != "":
        while rebuilt and rebuilt[0] == "":
            rebuilt.pop(0)
    if raw and raw[-1] != "":
        while rebuilt and rebuilt[-1] == "":
            rebuilt.pop()
    return rebuilt, keep, None


def words(line):
    return re.findall(r"\w+", line.lower())


files = sorted(os.listdir(root))
raws = [f for f in files if NAME_RE.match(f) and not f.endswith(".gold.txt")]
golds = [f for f in files if f.endswith(".gold.txt")]
global_errs = []
for f in files:
    if f in IGNORED or f in raws or f in golds:
        continue
    global_errs.append(f"unexpected entry: {f}")
for g in golds:
    if g[:-len(".gold.txt")] + ".txt" not in raws:
        global_errs.append(f"gold without raw: {g}")

numbers = []
by_lang = defaultdict(list)
fam_langs = defaultdict(set)
line_owner = defaultdict(set)      # normalised line -> files
shingle_owner = defaultdict(set)   # word n-gram -> files

for name in raws:
    errs = []
    m = NAME_RE.match(name)
    num, lang, fams = m.group(1), m.group(2), m.group(3).split("-")
    numbers.append(int(num))
    if lang not in LANGS:
        errs.append(f"unknown language {lang}")
    negative = fams == ["negative"]
    if not negative:
        bad = [x for x in fams if x not in FAMILIES]
        if bad:
            errs.append(f"unknown families {bad}")
        if len(set(fams)) != len(fams):
            errs.append("duplicate family in name")
        if not bad and fams != sorted(fams, key=FAMILIES.index):
            errs.append("families not in canonical order")
        for x in fams:
            fam_langs[x].add(lang)
    elif "negative" in fams and len(fams) > 1:
        errs.append("'negative' must stand alone")
    by_lang[lang].append((name, negative))

    gname = name[:-4] + ".gold.txt"
    gpath = os.path.join(root, gname)
    if not os.path.exists(gpath):
        errs.append("missing gold file")
        print(f"FAIL {name}: " + "; ".join(errs))
        errors_total += 1
        continue
    rdata, rtext = read_text(os.path.join(root, name), errs)
    gdata, gtext = read_text(gpath, errs)
    if rtext is None or gtext is None:
        print(f"FAIL {name}: " + "; ".join(errs))
        errors_total += 1
        continue
    raw = rtext[:-1].split("\n") if rtext.endswith("\n") else rtext.split("\n")
    gold = gtext[:-1].split("\n") if gtext.endswith("\n") else gtext.split("\n")

    for i in range(1, len(raw)):
        if raw[i] == "" and raw[i - 1] == "":
            errs.append(f"raw has consecutive blank lines at line {i + 1}")
            break
    for i, l in enumerate(raw):
        if l != l.rstrip() or (l.strip() == "" and l != ""):
            errs.append(f"raw line {i + 1} has trailing or whitespace-only content")
            break
    nb = [l for l in raw if l.strip()]
    dups = {l for l in nb if nb.count(l) > 1}
    if dups:
        errs.append(f"duplicate lines inside raw: {sorted(dups)[:2]}")
    if gold and gold[0] == "" and raw[0] != "":
        errs.append("gold starts with a blank line")
    if gold and gold[-1] == "" and raw[-1] != "":
        errs.append("gold ends with a blank line")
    for i in range(1, len(gold)):
        if gold[i] == "" and gold[i - 1] == "":
            errs.append(f"gold has consecutive blank lines at line {i + 1}")
            break

    rebuilt, keep, missing = expected_gold(raw, gold)
    if missing is not None:
        errs.append(f"gold line not found in order in raw: {missing[:60]!r}")
    elif rebuilt != gold:
        errs.append("gold is not raw minus whole lines with blank runs collapsed")

    raw_nb = len(nb)
    gold_nb = sum(1 for l in gold if l.strip())
    share = (raw_nb - gold_nb) / raw_nb if raw_nb else 0.0
    if negative:
        if gdata != rdata:
            errs.append("negative: gold is not byte-identical to raw")
        if not (MIN_LINES <= raw_nb <= MAX_LINES):
            errs.append(f"negative has {raw_nb} non-blank lines (want {MIN_LINES}-{MAX_LINES})")
    else:
        if not (MIN_LINES <= raw_nb <= MAX_LINES):
            errs.append(f"{raw_nb} non-blank lines (want {MIN_LINES}-{MAX_LINES})")
        if not (MIN_SHARE <= share <= MAX_SHARE):
            errs.append(f"furniture share {share:.0%} (want {MIN_SHARE:.0%}-{MAX_SHARE:.0%})")
        if missing is None:
            nb_idx = [i for i, l in enumerate(raw) if l.strip()]
            kept = [i for i in nb_idx if i in keep]
            if not kept:
                errs.append("positive keeps no content")
            else:
                if nb_idx[0] in keep:
                    errs.append("no furniture at the top")
                if nb_idx[-1] in keep:
                    errs.append("no furniture at the bottom")
                if not any(kept[0] < i < kept[-1] and i not in keep for i in nb_idx):
                    errs.append("no furniture between content lines")

    for l in nb:
        w = words(l)
        if len(w) >= 3:
            line_owner[" ".join(w)].add(name)
        for k in range(len(w) - SHINGLE + 1):
            shingle_owner[" ".join(w[k:k + SHINGLE])].add(name)

    status = "FAIL" if errs else "ok  "
    kind = "negative" if negative else f"{len(fams)} families"
    print(f"{status} {name}: {raw_nb} lines, {raw_nb - gold_nb} furniture ({share:.0%}), {kind}"
          + ("" if not errs else " -- " + "; ".join(errs)))
    errors_total += bool(errs)

# set-level checks
if sorted(numbers) != list(range(1, len(numbers) + 1)):
    global_errs.append(f"file numbers are not 001..{len(numbers):03d} without gaps or repeats")
for lang in LANGS:
    items = by_lang.get(lang, [])
    negs = sum(1 for _, n in items if n)
    if len(items) != PER_LANG or negs != NEG_PER_LANG:
        global_errs.append(f"{lang}: {len(items)} files, {negs} negatives (want {PER_LANG} and {NEG_PER_LANG})")
for fam in FAMILIES:
    n = len(fam_langs.get(fam, ()))
    if n < MIN_LANGS_PER_FAMILY:
        global_errs.append(f"family {fam} appears in {n} languages (want >= {MIN_LANGS_PER_FAMILY})")
for key, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        global_errs.append(f"line reused across files {sorted(owners)}: {key[:60]!r}")
reused = defaultdict(list)
for key, owners in shingle_owner.items():
    if len(owners) > 1:
        reused[tuple(sorted(owners))].append(key)
for owners, keys in sorted(reused.items()):
    global_errs.append(f"phrase reused across {list(owners)}: {sorted(keys)[0]!r}" + (f" (+{len(keys) - 1} more)" if len(keys) > 1 else ""))

for e in global_errs:
    print(f"FAIL set: {e}")
cov = ", ".join(f"{f}:{len(fam_langs.get(f, ()))}" for f in FAMILIES)
print(f"family coverage (languages): {cov}")
total_fail = errors_total + len(global_errs)
print(f"{len(raws)} pairs checked, {total_fail} problem(s)" + (" -- PASS" if total_fail == 0 else " -- FAIL"))
sys.exit(1 if total_fail else 0)
