#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks, per pair: file names, pairing, UTF-8 without BOM, LF line endings,
final newline, gold is a line subsequence of raw, blank-line rules after
deletion, negatives byte-identical, positives' line counts, furniture share
and furniture placement (top, bottom, 2-5 runs between paragraphs).
Checks, over the set: 25 pairs, 5 per language, 1 negative per language,
each family present in at least 3 languages, no non-blank line repeated
across files, no shared run of 6 words across files.
Exit status 0 when everything passes.
"""
import os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "ru", "de", "fr", "es"]
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
NGRAM = 5

def read(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append("BOM")
    if b"\r" in data:
        errs.append("CR characters (not LF-only)")
    if not data.endswith(b"\n"):
        errs.append("no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not UTF-8: {e}")
        text = data.decode("utf-8", "replace")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return data, lines

def align(raw, gold):
    """Greedy subsequence match of gold lines into raw lines; returns kept raw indices or None."""
    kept, j = [], 0
    for i, line in enumerate(raw):
        if j < len(gold) and line == gold[j]:
            kept.append(i); j += 1
    return kept if j == len(gold) else None

def expected_gold(raw, deleted):
    """Raw minus deleted lines; blank runs that a deletion touched collapse to one."""
    out, i = [], 0
    n = len(raw)
    while i < n:
        if i in deleted:
            i += 1; continue
        if raw[i].strip() == "":
            # gather the run of blank/deleted lines
            j = i; blanks = []; touched = False
            while j < n and (raw[j].strip() == "" or j in deleted):
                if j in deleted: touched = True
                elif raw[j].strip() == "": blanks.append(raw[j])
                j += 1
            out.extend(blanks[:1] if touched else blanks)
            i = j
        else:
            out.append(raw[i]); i += 1
    # deletions at the edges must not leave a leading/trailing blank line
    if raw and raw[0].strip() != "":
        while out and out[0].strip() == "": out.pop(0)
    if raw and raw[-1].strip() != "":
        while out and out[-1].strip() == "": out.pop()
    return out

def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    problems = 0
    raws, golds = {}, {}
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            print(f"FAIL {f}: bad file name"); problems += 1; continue
        key = f[: -len(".gold.txt")] if m.group(4) else f[: -len(".txt")]
        (golds if m.group(4) else raws)[key] = f
    for k in sorted(set(raws) | set(golds)):
        if k not in raws: print(f"FAIL {k}: gold without raw"); problems += 1
        if k not in golds: print(f"FAIL {k}: raw without gold"); problems += 1

    lang_count = collections.Counter(); neg_count = collections.Counter()
    fam_langs = collections.defaultdict(set)
    numbers = collections.Counter()
    line_owner = collections.defaultdict(set)
    ngram_owner = collections.defaultdict(set)

    for key in sorted(set(raws) & set(golds)):
        errs = []
        num, lang, fams = NAME_RE.match(raws[key]).group(1, 2, 3)
        numbers[num] += 1
        lang_count[lang] += 1
        fam_list = fams.split("-")
        negative = fams == "negative"
        if negative:
            neg_count[lang] += 1
        else:
            bad = [x for x in fam_list if x not in FAMILIES]
            if bad: errs.append(f"unknown families {bad}")
            if len(set(fam_list)) != len(fam_list): errs.append("family listed twice")
            for x in fam_list: fam_langs[x].add(lang)
        rb, raw = read(os.path.join(HERE, raws[key]), errs)
        gb, gold = read(os.path.join(HERE, golds[key]), errs)
        if raw and raw[0].strip() == "" or raw and raw[-1].strip() == "":
            errs.append("raw starts or ends with a blank line")
        kept = align(raw, gold)
        nonblank = [i for i, l in enumerate(raw) if l.strip()]
        info = ""
        if kept is None:
            errs.append("gold is not a line subsequence of raw")
        else:
            kept_set = set(kept)
            deleted = {i for i in nonblank if i not in kept_set}
            exp = expected_gold(raw, deleted)
            if exp != gold:
                errs.append("blank-line rule broken (gold differs from raw minus deleted lines with collapsed blank runs)")
            if negative:
                if rb != gb: errs.append("negative: gold not byte-identical to raw")
            else:
                n, d = len(nonblank), len(deleted)
                share = d / n if n else 0
                info = f"{n} lines, {d} furniture ({share:.0%})"
                if not 15 <= n <= 40: errs.append(f"{n} non-blank lines (need 15-40)")
                if not 0.30 <= share <= 0.55: errs.append(f"furniture share {share:.0%} (need 30-55%)")
                kept_nb = [i for i in nonblank if i in kept_set]
                if not kept_nb:
                    errs.append("no content kept")
                else:
                    if nonblank[0] not in deleted: errs.append("no furniture at the top")
                    if nonblank[-1] not in deleted: errs.append("no furniture at the bottom")
                    runs, inrun = 0, False
                    for i in nonblank:
                        if i < kept_nb[0] or i > kept_nb[-1]: continue
                        if i in deleted:
                            if not inrun: runs += 1; inrun = True
                        else:
                            inrun = False
                    info += f", {runs} inner runs"
                    if not 2 <= runs <= 5: errs.append(f"{runs} furniture runs between paragraphs (need 2-5)")
        for l in raw:
            if l.strip():
                line_owner[l.casefold()].add(key)
                words = re.findall(r"\w+", l.casefold())
                for i in range(len(words) - NGRAM + 1):
                    ngram_owner[" ".join(words[i:i + NGRAM])].add(key)
        if negative and not info:
            info = f"{len(nonblank)} lines, negative"
        status = "ok  " if not errs else "FAIL"
        problems += bool(errs)
        print(f"{status} {raws[key]}: {info}" + ("" if not errs else " | " + "; ".join(errs)))

    set_errs = []
    if len(set(raws) & set(golds)) != 25: set_errs.append(f"{len(set(raws) & set(golds))} pairs (need 25)")
    for l in LANGS:
        if lang_count[l] != 5: set_errs.append(f"{l}: {lang_count[l]} pairs (need 5)")
        if neg_count[l] != 1: set_errs.append(f"{l}: {neg_count[l]} negatives (need 1)")
    dup_nums = [n for n, c in numbers.items() if c > 1]
    if dup_nums: set_errs.append(f"numbers used twice: {dup_nums}")
    for fam in FAMILIES:
        if len(fam_langs[fam]) < 3:
            set_errs.append(f"family {fam} in {len(fam_langs[fam])} languages (need 3)")
    for line, owners in line_owner.items():
        if len(owners) > 1:
            set_errs.append(f"line repeated across files {sorted(owners)}: {line[:60]!r}")
    for gram, owners in ngram_owner.items():
        if len(owners) > 1:
            set_errs.append(f"{NGRAM}-word phrase shared by {sorted(owners)}: {gram!r}")
    print("families by language: " + ", ".join(f"{f}={'/'.join(sorted(fam_langs[f]))}" for f in FAMILIES))
    for e in set_errs:
        print("FAIL set: " + e)
    problems += len(set_errs)
    print("PASS" if not problems else f"{problems} problem(s)")
    return 0 if not problems else 1

if __name__ == "__main__":
    sys.exit(main())
