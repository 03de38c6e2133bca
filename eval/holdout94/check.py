#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks file names, raw/gold pairing, encoding (UTF-8, no BOM, LF, final
newline), that every gold file is a line subsequence of its raw file and is
exactly what deleting the furniture lines and collapsing blank runs yields,
negatives byte-identical, per-file line counts and furniture shares,
placement of furniture (top, bottom, between paragraphs), the language
quota, and that no phrase (5-word shingle) is reused across files.

Prints one line per pair and exits non-zero on any failure.
"""
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ("en", "ru", "de", "fr", "es")
FAMILIES = set(
    "masthead nav breadcrumb skip cookie consent readmore related ad promo "
    "caption credit copyright wire share counter newsletter subscribe donation "
    "membership paywall comments login authorbox tags footer app live notes".split()
)
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
PER_LANG, NEG_PER_LANG = 4, 1
SHINGLE = 5

errors = []


def fail(msg):
    errors.append(msg)


def read_text(path):
    data = open(path, "rb").read()
    probs = []
    if data.startswith(b"\xef\xbb\xbf"):
        probs.append("BOM")
    if b"\r" in data:
        probs.append("CR characters")
    if not data.endswith(b"\n"):
        probs.append("no final newline")
    if data.endswith(b"\n\n"):
        probs.append("trailing blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        probs.append("not UTF-8 (%s)" % e)
        text = data.decode("utf-8", "replace")
    return data, text, probs


def align(raw, gold):
    """Greedy subsequence match of gold's non-blank lines against raw.

    Returns the set of raw indices kept, or None if gold is not a subsequence.
    """
    kept = set()
    i = 0
    for g in gold:
        if g == "":
            continue
        while i < len(raw) and raw[i] != g:
            i += 1
        if i == len(raw):
            return None
        kept.add(i)
        i += 1
    return kept


def expected_gold(raw, kept):
    out = []
    for idx, line in enumerate(raw):
        if line == "":
            if out and out[-1] == "":
                continue
            out.append("")
        elif idx in kept:
            out.append(line)
    # blank at start/end only if the raw has one there
    if out and out[0] == "" and not (raw and raw[0] == ""):
        out.pop(0)
    if out and out[-1] == "" and not (raw and raw[-1] == ""):
        out.pop()
    return out


def words(text):
    return re.findall(r"\w+", text.lower())


def main():
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws, golds = {}, {}
    for n in names:
        m = NAME_RE.match(n)
        if not m:
            fail("%s: bad file name" % n)
            continue
        num, lang, fams, is_gold = m.groups()
        if lang not in LANGS:
            fail("%s: unknown language %r" % (n, lang))
        if fams != "negative":
            parts = fams.split("-")
            bad = [p for p in parts if p not in FAMILIES]
            if bad:
                fail("%s: unknown families %s" % (n, bad))
            if len(set(parts)) != len(parts):
                fail("%s: repeated family" % n)
        key = n[: -len(".gold.txt")] if is_gold else n[: -len(".txt")]
        (golds if is_gold else raws)[key] = n

    for k in sorted(set(raws) - set(golds)):
        fail("%s: raw without gold" % k)
    for k in sorted(set(golds) - set(raws)):
        fail("%s: gold without raw" % k)

    nums = Counter(k[:3] for k in raws)
    for num, c in nums.items():
        if c > 1:
            fail("number %s used %d times" % (num, c))
    expected_nums = ["%03d" % i for i in range(1, len(raws) + 1)]
    if sorted(nums) != expected_nums:
        fail("numbering is not contiguous from 001")

    per_lang = Counter()
    neg_lang = Counter()
    shingles = defaultdict(set)
    all_lines = defaultdict(set)

    for key in sorted(set(raws) & set(golds)):
        _, lang, fams = key.split("_", 2)
        negative = fams == "negative"
        per_lang[lang] += 1
        if negative:
            neg_lang[lang] += 1
        rdata, rtext, rprobs = read_text(os.path.join(HERE, raws[key]))
        gdata, gtext, gprobs = read_text(os.path.join(HERE, golds[key]))
        status = []
        for p in rprobs:
            status.append("raw: " + p)
        for p in gprobs:
            status.append("gold: " + p)
        raw = rtext.split("\n")[:-1]
        gold = gtext.split("\n")[:-1]

        for a, b in zip(raw, raw[1:]):
            if a == "" and b == "":
                status.append("raw has consecutive blank lines")
                break
        for l in raw:
            if l != l.strip() and l.strip() == "":
                status.append("raw has whitespace-only line")
                break

        raw_nb = [i for i, l in enumerate(raw) if l]
        gold_nb = [l for l in gold if l]
        kept = align(raw, gold)
        if kept is None:
            status.append("gold is not a subsequence of raw")
            kept = set()
        else:
            if expected_gold(raw, kept) != gold:
                status.append("gold blank lines do not follow the deletion rule")

        n_raw = len(raw_nb)
        n_furn = n_raw - len(gold_nb)
        share = n_furn / n_raw if n_raw else 0.0

        if negative:
            if rdata != gdata:
                status.append("negative gold not byte-identical to raw")
        else:
            if not MIN_LINES <= n_raw <= MAX_LINES:
                status.append("%d non-blank lines (want %d-%d)" % (n_raw, MIN_LINES, MAX_LINES))
            if not MIN_SHARE <= share <= MAX_SHARE:
                status.append("furniture share %.0f%% (want %d-%d%%)" % (share * 100, MIN_SHARE * 100, MAX_SHARE * 100))
            if raw_nb and raw_nb[0] in kept:
                status.append("no furniture at the top")
            if raw_nb and raw_nb[-1] in kept:
                status.append("no furniture at the bottom")
            kept_sorted = sorted(kept)
            if kept_sorted:
                inner = [i for i in raw_nb if kept_sorted[0] < i < kept_sorted[-1] and i not in kept]
                if not inner:
                    status.append("no furniture between content lines")

        # phrase reuse bookkeeping
        for l in raw:
            if l:
                all_lines[l].add(key)
            w = words(l)
            for j in range(len(w) - SHINGLE + 1):
                shingles[" ".join(w[j : j + SHINGLE])].add(key)

        for s in status:
            fail("%s: %s" % (key, s))
        print(
            "%-4s %s  lines=%2d furniture=%2d share=%3.0f%%  %s"
            % ("OK" if not status else "FAIL", key[:6], n_raw, n_furn, share * 100,
               "negative" if negative else fams)
        )

    for lang in LANGS:
        if per_lang[lang] != PER_LANG:
            fail("%s: %d pairs (want %d)" % (lang, per_lang[lang], PER_LANG))
        if neg_lang[lang] != NEG_PER_LANG:
            fail("%s: %d negatives (want %d)" % (lang, neg_lang[lang], NEG_PER_LANG))
    for line, keys in sorted(all_lines.items()):
        if len(keys) > 1:
            fail("line reused across files %s: %r" % (sorted(keys), line))
    for sh, keys in sorted(shingles.items()):
        if len(keys) > 1:
            fail("phrase reused across files %s: %r" % (sorted(keys), sh))

    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nAll %d pairs pass." % len(set(raws) & set(golds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
