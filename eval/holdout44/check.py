#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks per pair: file naming, raw/gold pairing, UTF-8 without BOM, LF endings and
final newline, gold is a line subsequence of raw, blank-line collapsing rules,
negatives byte-identical, positives 15-40 non-blank lines with 30-55% furniture,
furniture present at the top, in the middle and at the bottom.
Checks over the set: 20 pairs, 4 per language, 1 negative per language,
every family in at least 3 languages, no line or 6-word phrase reused across files.
"""
import os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
FAM = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
       "credit copyright wire share counter newsletter subscribe donation membership "
       "paywall comments login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]
NAME = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
SHINGLE = 6

errors_total = 0


def read_text(path, errs):
    b = open(path, "rb").read()
    if b.startswith(b"\xef\xbb\xbf"):
        errs.append("BOM")
    if b"\r" in b:
        errs.append("CR characters (not LF-only)")
    if not b.endswith(b"\n"):
        errs.append("no final newline")
    if b.endswith(b"\n\n"):
        errs.append("blank line at end of file")
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not UTF-8: {e}")
        t = b.decode("utf-8", "replace")
    return b, t[:-1].split("\n") if t.endswith("\n") else t.split("\n")


def align(raw, gold):
    """Greedy line alignment; returns list of raw indices kept, or None."""
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
    """Drop furniture (non-blank raw lines not kept), collapse blank runs that a
    deletion produced, strip leading/trailing blanks the raw does not have."""
    out = []  # (raw_index, line)
    for i, l in enumerate(raw):
        if l.strip() == "":
            out.append((i, l))
        elif i in kept_nonblank:
            out.append((i, l))
    res = []
    for i, l in out:
        if l.strip() == "" and res and res[-1][1].strip() == "":
            if i != res[-1][0] + 1:  # run produced by a deletion -> collapse
                continue
        res.append((i, l))
    lines = [l for _, l in res]
    if raw and raw[0].strip() != "":
        while lines and lines[0].strip() == "":
            lines.pop(0)
    if raw and raw[-1].strip() != "":
        while lines and lines[-1].strip() == "":
            lines.pop()
    return lines


def main():
    global errors_total
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    pairs = {}
    set_errs = []
    for f in files:
        m = NAME.match(f)
        if not m:
            set_errs.append(f"bad file name: {f}")
            continue
        key = f[: -len(".gold.txt")] if m.group(4) else f[: -len(".txt")]
        pairs.setdefault(key, {})["gold" if m.group(4) else "raw"] = f
    lang_count = collections.Counter()
    neg_count = collections.Counter()
    fam_langs = collections.defaultdict(set)
    numbers = []
    line_owner = collections.defaultdict(set)
    shingle_owner = collections.defaultdict(set)
    for key in sorted(pairs):
        errs = []
        p = pairs[key]
        m = NAME.match(key + ".txt")
        num, lang, fams = m.group(1), m.group(2), m.group(3)
        numbers.append(num)
        lang_count[lang] += 1
        if "raw" not in p or "gold" not in p:
            errs.append("missing raw or gold file")
            print(f"FAIL {key}: {'; '.join(errs)}")
            errors_total += 1
            continue
        famlist = fams.split("-")
        negative = famlist == ["negative"]
        if negative:
            neg_count[lang] += 1
        else:
            bad = [x for x in famlist if x not in FAM]
            if bad:
                errs.append(f"unknown families {bad}")
            if len(set(famlist)) != len(famlist):
                errs.append("duplicate family in name")
            if [x for x in FAM if x in famlist] != famlist:
                errs.append("families not in canonical order")
            for x in famlist:
                fam_langs[x].add(lang)
        rb, raw = read_text(os.path.join(HERE, p["raw"]), errs)
        gb, gold = read_text(os.path.join(HERE, p["gold"]), errs)
        nb_raw = [l for l in raw if l.strip()]
        nb_gold = [l for l in gold if l.strip()]
        # within-file duplicates make the alignment ambiguous
        dup = [l for l, c in collections.Counter(nb_raw).items() if c > 1]
        if dup:
            errs.append(f"duplicate non-blank lines in raw: {dup[:2]}")
        for l in nb_raw:
            line_owner[l.strip()].add(key)
            words = re.findall(r"\w+", l.lower())
            for i in range(len(words) - SHINGLE + 1):
                shingle_owner[" ".join(words[i:i + SHINGLE])].add(key)
        info = ""
        if negative:
            if rb != gb:
                errs.append("negative: gold is not byte-identical to raw")
            info = f"negative, {len(nb_raw)} lines"
        else:
            idx = align(raw, gold)
            if idx is None:
                errs.append("gold is not a line subsequence of raw")
            else:
                kept = {i for i in idx if raw[i].strip()}
                exp = expected_gold(raw, kept)
                if exp != gold:
                    errs.append("blank-line rules violated (gold differs from raw minus furniture with collapsed blanks)")
                n = len(nb_raw)
                furn = n - len(nb_gold)
                share = furn / n if n else 0
                if not 15 <= n <= 40:
                    errs.append(f"{n} non-blank lines (need 15-40)")
                if not 0.30 <= share <= 0.55:
                    errs.append(f"furniture share {share:.0%} (need 30-55%)")
                kept_sorted = sorted(kept)
                deleted = [i for i, l in enumerate(raw) if l.strip() and i not in kept]
                if kept_sorted:
                    first, last = kept_sorted[0], kept_sorted[-1]
                    if not any(d < first for d in deleted):
                        errs.append("no furniture at the top")
                    if not any(d > last for d in deleted):
                        errs.append("no furniture at the bottom")
                    if not any(first < d < last for d in deleted):
                        errs.append("no furniture between paragraphs")
                else:
                    errs.append("gold has no content")
                info = f"{n} lines, {furn} furniture ({share:.0%}), {len(famlist)} families"
        if errs:
            errors_total += 1
            print(f"FAIL {key}: {'; '.join(errs)}")
        else:
            print(f"ok   {key}: {info}")
    # set-level checks
    if len(pairs) != 20:
        set_errs.append(f"{len(pairs)} pairs (need 20)")
    if sorted(numbers) != [f"{i:03d}" for i in range(1, len(numbers) + 1)]:
        set_errs.append("numbers are not a contiguous 001.. sequence")
    for lg in LANGS:
        if lang_count[lg] != 4:
            set_errs.append(f"{lg}: {lang_count[lg]} pairs (need 4)")
        if neg_count[lg] != 1:
            set_errs.append(f"{lg}: {neg_count[lg]} negatives (need 1)")
    for fam in FAM:
        if len(fam_langs[fam]) < 3:
            set_errs.append(f"family {fam} in {len(fam_langs[fam])} languages (need 3)")
    for l, owners in line_owner.items():
        if len(owners) > 1:
            set_errs.append(f"line reused across files {sorted(owners)}: {l[:60]!r}")
    for s, owners in shingle_owner.items():
        if len(owners) > 1:
            set_errs.append(f"phrase reused across files {sorted(owners)}: {s!r}")
    print("families by language: " + ", ".join(f"{f}={len(fam_langs[f])}" for f in FAM))
    for e in set_errs:
        print("FAIL set: " + e)
    if errors_total or set_errs:
        print(f"FAILED: {errors_total} file problem(s), {len(set_errs)} set problem(s)")
        return 1
    print(f"PASSED: {len(pairs)} pairs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
