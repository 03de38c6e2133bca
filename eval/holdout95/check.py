#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks: file names and families, raw/gold pairing, UTF-8 without BOM, LF
only, final newline, gold is a line subsequence of raw, blank-line rules,
negatives byte-identical, positives 15-40 non-blank lines with 30-55 %
furniture placed at top, bottom and between content lines, language
quotas, and no phrase (5-word run or whole line) reused across files.
Prints one line per file and exits non-zero on any failure.
"""
import os, re, sys
from collections import Counter, defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))
NGRAM = 5

errors_total = 0


def read_text(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append("BOM")
    if b"\r" in data:
        errs.append("CR found (not LF-only)")
    if not data.endswith(b"\n"):
        errs.append("no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not UTF-8: {e}")
        text = data.decode("utf-8", "replace")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def match_subsequence(raw, gold):
    """Map each gold line to a raw index, in order (greedy, byte-identical)."""
    idx, j = [], 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j)
        j += 1
    return idx


def expected_gold(raw, kept_nonblank):
    """Rebuild gold from the kept non-blank raw lines using the blank-line rules."""
    out = []
    if raw and raw[0] == "" and kept_nonblank:
        out.append("")
    prev = None
    for i in kept_nonblank:
        if prev is not None and any(raw[k] == "" for k in range(prev + 1, i)):
            out.append("")
        out.append(raw[i])
        prev = i
    if raw and raw[-1] == "" and kept_nonblank:
        out.append("")
    return out


def main():
    global errors_total
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    per_lang = Counter()
    neg_lang = Counter()
    numbers = Counter()
    ngram_owner = defaultdict(set)
    line_owner = defaultdict(set)

    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold without raw")
            errors_total += 1

    for f in raws:
        errs = []
        m = NAME_RE.match(f)
        if not m:
            print(f"FAIL {f}: bad file name")
            errors_total += 1
            continue
        num, lang, fam = m.groups()
        numbers[num] += 1
        per_lang[lang] += 1
        negative = fam == "negative"
        if negative:
            neg_lang[lang] += 1
        else:
            fams = fam.split("-")
            bad = [x for x in fams if x not in FAMILIES]
            if bad:
                errs.append(f"unknown families {bad}")
            if len(set(fams)) != len(fams):
                errs.append("duplicate family")
        gname = f[:-4] + ".gold.txt"
        if gname not in golds:
            print(f"FAIL {f}: missing gold")
            errors_total += 1
            continue
        rbytes, raw = read_text(os.path.join(HERE, f), errs)
        gbytes, gold = read_text(os.path.join(HERE, gname), errs)

        # raw blank-line hygiene
        if raw and raw[0] == "":
            errs.append("raw starts with blank line")
        if raw and raw[-1] == "":
            errs.append("raw ends with blank line")
        for a, b in zip(raw, raw[1:]):
            if a == "" and b == "":
                errs.append("raw has consecutive blank lines")
                break
        for i, ln in enumerate(raw):
            if ln != ln.strip() and ln.strip():
                errs.append(f"raw line {i+1} has leading/trailing whitespace")
            if ln.strip() == "" and ln != "":
                errs.append(f"raw line {i+1} is whitespace-only")

        raw_nb = [i for i, ln in enumerate(raw) if ln != ""]
        dup = [ln for ln, c in Counter(raw[i] for i in raw_nb).items() if c > 1]
        if dup:
            errs.append(f"duplicate raw lines {dup[:2]}")

        idx = match_subsequence(raw, gold)
        info = ""
        if idx is None:
            errs.append("gold is not a line subsequence of raw")
        else:
            kept = [i for i, g in zip(idx, gold) if g != ""]
            exp = expected_gold(raw, kept)
            if exp != gold:
                errs.append("gold blank lines do not follow the collapse rules")
            n = len(raw_nb)
            k = len(kept)
            furn = n - k
            share = furn / n if n else 0
            info = f"lines={n} kept={k} furniture={furn} share={share:.0%}"
            if negative:
                if rbytes != gbytes:
                    errs.append("negative gold not byte-identical to raw")
                if not 15 <= n <= 40:
                    errs.append(f"negative has {n} non-blank lines (want 15-40)")
            else:
                if not 15 <= n <= 40:
                    errs.append(f"{n} non-blank lines (want 15-40)")
                if not 0.30 <= share <= 0.55:
                    errs.append(f"furniture share {share:.1%} outside 30-55%")
                if kept:
                    if raw_nb[0] in kept:
                        errs.append("no furniture at the top")
                    if raw_nb[-1] in kept:
                        errs.append("no furniture at the bottom")
                    inner = [i for i in raw_nb if kept[0] < i < kept[-1] and i not in kept]
                    if not inner:
                        errs.append("no furniture between content lines")
                else:
                    errs.append("gold is empty")

        # phrase-reuse bookkeeping
        for i in raw_nb:
            line_owner[raw[i].casefold()].add(f)
            words = re.findall(r"\w+", raw[i].casefold())
            for s in range(len(words) - NGRAM + 1):
                ngram_owner[" ".join(words[s:s + NGRAM])].add(f)

        if errs:
            errors_total += len(errs)
            print(f"FAIL {f}: {info}; " + "; ".join(errs))
        else:
            print(f"ok   {f}: {info}")

    # set-level checks
    set_errs = []
    for lang in LANGS:
        if per_lang[lang] != 4:
            set_errs.append(f"{lang}: {per_lang[lang]} files (want 4)")
        if neg_lang[lang] != 1:
            set_errs.append(f"{lang}: {neg_lang[lang]} negatives (want 1)")
    if len(raws) != 20:
        set_errs.append(f"{len(raws)} raw files (want 20)")
    for num, c in numbers.items():
        if c > 1:
            set_errs.append(f"number {num} used {c} times")
    for ln, owners in line_owner.items():
        if len(owners) > 1:
            set_errs.append(f"line reused across files: {ln!r} in {sorted(owners)}")
    for ng, owners in ngram_owner.items():
        if len(owners) > 1:
            set_errs.append(f"phrase reused across files: {ng!r} in {sorted(owners)}")
    for e in set_errs:
        print(f"FAIL set: {e}")
    errors_total += len(set_errs)
    print(f"{'PASS' if errors_total == 0 else 'FAIL'}: {len(raws)} pairs, {errors_total} problem(s)")
    return 0 if errors_total == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
