#!/usr/bin/env python3
"""Validate the raw/gold evaluation pairs in this directory.

Checks: file names and families, pairing, UTF-8 without BOM, LF only, final
newline, gold is a line subsequence of raw, blank-line collapsing rules,
negatives byte-identical, positive line counts and furniture share, furniture
placement (top, middle, bottom), and no line or 4-word phrase reused
across files.
Prints one line per pair; exits non-zero on any failure.
"""
import pathlib, re, sys
from collections import defaultdict

ROOT = pathlib.Path(__file__).resolve().parent
LANGS = {"en", "ru", "de", "fr", "es"}
FAMILIES = set("""masthead nav breadcrumb skip cookie consent readmore related ad promo
caption credit copyright wire share counter newsletter subscribe donation membership paywall
comments login authorbox tags footer app live notes""".split())
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")
EXPECTED_PAIRS = 20
PER_LANG = 4
NEG_PER_LANG = 1

errors = []
def err(name, msg):
    errors.append(f"{name}: {msg}")

def read_text(path):
    b = path.read_bytes()
    name = path.name
    if b.startswith(b"\xef\xbb\xbf"):
        err(name, "has BOM")
    if b"\r" in b:
        err(name, "contains CR")
    if not b.endswith(b"\n"):
        err(name, "no final newline")
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError as e:
        err(name, f"not UTF-8: {e}")
        t = b.decode("utf-8", "replace")
    return b, t[:-1].split("\n") if t.endswith("\n") else t.split("\n")

def leading_blanks(lines):
    n = 0
    for l in lines:
        if l.strip():
            break
        n += 1
    return n

raws = sorted(p for p in ROOT.glob("*.txt") if not p.name.endswith(".gold.txt"))
golds = sorted(ROOT.glob("*.gold.txt"))
raw_names = {p.name for p in raws}
for g in golds:
    if g.name.replace(".gold.txt", ".txt") not in raw_names:
        err(g.name, "gold without raw")

numbers = []
lang_count = defaultdict(int)
neg_count = defaultdict(int)
line_owner = defaultdict(set)

for raw_path in raws:
    name = raw_path.name
    m = NAME_RE.match(name)
    if not m:
        err(name, "bad file name")
        continue
    num, lang, fams = m.group(1), m.group(2), m.group(3).split("-")
    numbers.append(int(num))
    if lang not in LANGS:
        err(name, f"bad language {lang}")
    lang_count[lang] += 1
    negative = fams == ["negative"]
    if negative:
        neg_count[lang] += 1
    else:
        bad = [f for f in fams if f not in FAMILIES]
        if bad:
            err(name, f"unknown families {bad}")
        if len(set(fams)) != len(fams):
            err(name, "duplicate family in name")
    gold_path = raw_path.with_name(name[:-4] + ".gold.txt")
    if not gold_path.exists():
        err(name, "missing gold file")
        continue
    rb, raw = read_text(raw_path)
    gb, gold = read_text(gold_path)
    for i in range(1, len(raw)):
        if not raw[i].strip() and not raw[i - 1].strip():
            pass  # allowed in raw; gold rules handled below
    for l in raw:
        if l.strip():
            line_owner[l.strip()].add(name)

    # subsequence match of gold lines in raw (non-blank anchors)
    kept_idx = []
    j = 0
    ok = True
    for gl in gold:
        if not gl.strip():
            continue
        while j < len(raw) and raw[j] != gl:
            j += 1
        if j == len(raw):
            err(name, f"gold line not found in order in raw: {gl[:60]!r}")
            ok = False
            break
        kept_idx.append(j)
        j += 1
    if not ok:
        continue
    # whitespace-only lines must be truly empty
    for l in raw + gold:
        if l and not l.strip():
            err(name, "whitespace-only line")
            break
    # blank-line rules: reconstruct expected gold from raw + kept indices
    kept = set(kept_idx)
    expected = []
    # leading
    if kept_idx:
        first = kept_idx[0]
        lead = leading_blanks(raw)
        deleted_before = any(raw[k].strip() for k in range(first))
        expected += [""] * (lead if not deleted_before else min(lead, 1) if lead else 0)
        for a, b in zip(kept_idx, kept_idx[1:] + [None]):
            expected.append(raw[a])
            if b is None:
                gap = raw[a + 1:]
                trail = 0
                for l in reversed(gap):
                    if l.strip():
                        break
                    trail += 1
                deleted_after = any(l.strip() for l in gap)
                expected += [""] * (trail if not deleted_after else min(trail, 1))
            else:
                gap = raw[a + 1:b]
                blanks = sum(1 for l in gap if not l.strip())
                deleted = any(l.strip() for l in gap)
                expected += [""] * (blanks if not deleted else min(blanks, 1))
    if gold != expected:
        for i, (x, y) in enumerate(zip(gold, expected)):
            if x != y:
                err(name, f"blank-line rule violated near gold line {i+1}: {x[:40]!r} vs expected {y[:40]!r}")
                break
        else:
            err(name, f"gold length {len(gold)} != expected {len(expected)} (blank-line rule)")

    n_raw = sum(1 for l in raw if l.strip())
    n_gold = sum(1 for l in gold if l.strip())
    n_furn = n_raw - n_gold
    share = n_furn / n_raw if n_raw else 0
    if negative:
        if rb != gb:
            err(name, "negative: gold not byte-identical to raw")
        status = "negative"
    else:
        if not 15 <= n_raw <= 40:
            err(name, f"{n_raw} non-blank lines, need 15-40")
        if not 0.30 <= share <= 0.55:
            err(name, f"furniture share {share:.0%}, need 30-55%")
        nb = [i for i, l in enumerate(raw) if l.strip()]
        top = any(i < kept_idx[0] for i in nb)
        bottom = any(i > kept_idx[-1] for i in nb)
        middle = any(kept_idx[0] < i < kept_idx[-1] and i not in kept for i in nb)
        if not (top and middle and bottom):
            err(name, f"furniture placement top={top} middle={middle} bottom={bottom}")
        status = "positive"
    print(f"{name:<100} {lang} {status:<8} lines={n_raw:>2} furniture={n_furn:>2} share={share:4.0%}")

# cross-file checks
if len(raws) != EXPECTED_PAIRS:
    err("*", f"{len(raws)} raw files, expected {EXPECTED_PAIRS}")
if sorted(numbers) != list(range(1, len(numbers) + 1)):
    err("*", f"numbers not 001..{len(numbers):03d} without gaps/duplicates")
for lang in sorted(LANGS):
    if lang_count[lang] != PER_LANG:
        err("*", f"{lang}: {lang_count[lang]} files, expected {PER_LANG}")
    if neg_count[lang] != NEG_PER_LANG:
        err("*", f"{lang}: {neg_count[lang]} negatives, expected {NEG_PER_LANG}")
# no phrase (any run of 4 words) shared between two files
ngram_owner = defaultdict(set)
for raw_path in raws:
    words = re.findall(r"\w+", raw_path.read_text(encoding="utf-8", errors="replace").lower())
    for i in range(len(words) - 3):
        ngram_owner[tuple(words[i:i + 4])].add(raw_path.name[:3])
for gram, owners in sorted(ngram_owner.items()):
    if len(owners) > 1:
        err("*", f"phrase reused across files {sorted(owners)}: {' '.join(gram)!r}")
for line, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        err("*", f"line reused across files {sorted(owners)}: {line[:60]!r}")

if errors:
    print("\nFAILED:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print(f"\nOK: {len(raws)} pairs checked")
