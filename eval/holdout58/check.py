#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks: file names, raw/gold pairing, UTF-8 without BOM, LF line endings,
final newline, gold is a line subsequence of raw, blank-line rules,
negatives byte-identical, line counts and furniture shares, furniture at
top / bottom / between paragraphs, language and family coverage, and that
no line or 6-word phrase is reused across files.
"""
import os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "ru", "de", "fr", "es"]
FAMS = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
        "copyright wire share counter newsletter subscribe donation membership paywall comments "
        "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
GOLD_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.gold\.txt$")
SHINGLE = 6

errors_total = 0


def read_lines(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append("BOM present")
    if b"\r" in data:
        errs.append("CR found (not LF-only)")
    if not data.endswith(b"\n"):
        errs.append("no final newline")
    if data.endswith(b"\n\n"):
        errs.append("ends with a blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not UTF-8: {e}")
        text = data.decode("utf-8", "replace")
    if text.endswith("\n"):
        text = text[:-1]
    return data, text.split("\n")


def align(raw, gold):
    """Greedy subsequence match of gold lines into raw; returns kept raw indices or None."""
    idx, j = [], 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j)
        j += 1
    return idx


def expected_gold(raw, deleted):
    out = []
    for i, l in enumerate(raw):
        if i in deleted:
            continue
        if l.strip() == "" and out and out[-1].strip() == "":
            continue
        out.append(l)
    if raw and raw[0].strip() != "":
        while out and out[0].strip() == "":
            out.pop(0)
    if raw and raw[-1].strip() != "":
        while out and out[-1].strip() == "":
            out.pop()
    return out


def shingles(lines):
    words = []
    for l in lines:
        words.extend(re.findall(r"\w+", l.lower()))
    return {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def main():
    global errors_total
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if NAME_RE.match(f)]
    golds = [f for f in files if GOLD_RE.match(f)]
    stray = [f for f in files if f.endswith(".txt") and f not in raws and f not in golds]
    global_errs = []
    for f in stray:
        global_errs.append(f"unexpected .txt file name: {f}")
    for g in golds:
        if g.replace(".gold.txt", ".txt") not in raws:
            global_errs.append(f"gold without raw: {g}")
    nums = collections.Counter()
    per_lang = collections.Counter()
    neg_lang = collections.Counter()
    fam_langs = collections.defaultdict(set)
    line_owner = {}
    shingle_owner = {}

    for f in raws:
        errs = []
        num, lang, fams = NAME_RE.match(f).groups()
        nums[num] += 1
        per_lang[lang] += 1
        gold_name = f[:-4] + ".gold.txt"
        famlist = fams.split("-")
        negative = famlist == ["negative"]
        if not negative:
            bad = [x for x in famlist if x not in FAMS]
            if bad:
                errs.append(f"unknown families {bad}")
            if len(set(famlist)) != len(famlist):
                errs.append("duplicate family in name")
            for x in famlist:
                fam_langs[x].add(lang)
        else:
            neg_lang[lang] += 1
        if gold_name not in golds:
            print(f"FAIL {f}: missing gold file")
            errors_total += 1
            continue
        raw_bytes, raw = read_lines(os.path.join(HERE, f), errs)
        gold_bytes, gold = read_lines(os.path.join(HERE, gold_name), errs)
        for i in range(1, len(raw)):
            if raw[i].strip() == "" and raw[i - 1].strip() == "":
                errs.append(f"raw has consecutive blank lines at line {i + 1}")
                break
        if raw and raw[0].strip() == "" and not (gold and gold[0].strip() == ""):
            pass
        idx = align(raw, gold)
        nonblank = [i for i, l in enumerate(raw) if l.strip()]
        info = ""
        if idx is None:
            errs.append("gold is not a line subsequence of raw")
        else:
            kept = set(i for i in idx if raw[i].strip())
            deleted = set(i for i in nonblank if i not in kept)
            if expected_gold(raw, deleted) != gold:
                errs.append("gold blank-line layout differs from raw-minus-deleted with collapsed blanks")
            if gold and gold[0].strip() == "" and raw[0].strip() != "":
                errs.append("gold starts with a blank line")
            n, d = len(nonblank), len(deleted)
            if negative:
                if raw_bytes != gold_bytes:
                    errs.append("negative: gold not byte-identical to raw")
                info = f"lines={n} negative"
            else:
                share = d / n if n else 0
                if not 15 <= n <= 40:
                    errs.append(f"non-blank lines {n} not in 15-40")
                if not 0.30 <= share <= 0.55:
                    errs.append(f"furniture share {share:.0%} not in 30-55%")
                top = nonblank[0] in deleted
                bottom = nonblank[-1] in deleted
                kept_nb = [i for i in nonblank if i in kept]
                mid_runs, in_run = 0, False
                if kept_nb:
                    for i in nonblank:
                        if i <= kept_nb[0] or i >= kept_nb[-1]:
                            continue
                        if i in deleted:
                            if not in_run:
                                mid_runs += 1
                            in_run = True
                        else:
                            in_run = False
                if not top:
                    errs.append("no furniture at the top")
                if not bottom:
                    errs.append("no furniture at the bottom")
                if not 2 <= mid_runs <= 5:
                    errs.append(f"{mid_runs} furniture places between paragraphs (want 2-5)")
                info = f"lines={n} furniture={d} ({share:.0%}) mid-places={mid_runs}"
            for i in nonblank:
                line = raw[i].strip()
                if line in line_owner and line_owner[line] != num:
                    errs.append(f"line reused from file {line_owner[line]}: {line[:60]!r}")
                line_owner.setdefault(line, num)
            for s in shingles(raw):
                if s in shingle_owner and shingle_owner[s] != num:
                    errs.append(f"phrase reused from file {shingle_owner[s]}: {s!r}")
                shingle_owner.setdefault(s, num)
        status = "FAIL" if errs else "OK  "
        print(f"{status} {f} {info}" + ("".join(f"\n     - {e}" for e in errs)))
        errors_total += len(errs)

    # set-level checks
    if len(raws) != 25:
        global_errs.append(f"expected 25 pairs, found {len(raws)}")
    for n, c in nums.items():
        if c > 1:
            global_errs.append(f"number {n} used {c} times")
    for lang in LANGS:
        if per_lang[lang] != 5:
            global_errs.append(f"{lang}: {per_lang[lang]} files, want 5")
        if neg_lang[lang] != 1:
            global_errs.append(f"{lang}: {neg_lang[lang]} negatives, want 1")
    for fam in FAMS:
        if len(fam_langs[fam]) < 3:
            global_errs.append(f"family {fam} in {len(fam_langs[fam])} languages ({sorted(fam_langs[fam])}), want >= 3")
    if not os.path.exists(os.path.join(HERE, "README.md")):
        global_errs.append("README.md missing")
    for e in global_errs:
        print(f"FAIL set: {e}")
    errors_total += len(global_errs)
    cov = " ".join(f"{fam}:{len(fam_langs[fam])}" for fam in FAMS)
    print(f"family/language coverage: {cov}")
    print("PASS" if errors_total == 0 else f"FAILED with {errors_total} problem(s)")
    return 0 if errors_total == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
