#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks: file names and family lists, raw/gold pairing, UTF-8 without BOM,
LF line endings and a final newline, gold being a line subsequence of raw,
the blank-line rules, negatives byte-identical, positive line counts and
furniture shares, furniture at top/middle/bottom of positives, set-level
coverage (4 files per language, 1 negative per language, every family in
at least 3 languages) and no line or 6-word phrase reused across files.
Prints one line per file and exits non-zero on any failure.
"""
import os, re, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
SHINGLE = 6

errors_total = 0


def read_text(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append("BOM present")
    if b"\r" in data:
        errs.append("CR characters (not LF-only)")
    if not data.endswith(b"\n"):
        errs.append("no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not UTF-8: {e}")
        text = data.decode("utf-8", "replace")
    return data, text


def split_lines(text):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def is_blank(s):
    return s.strip() == ""


def expected_gold(raw, kept_idx):
    """Raw minus deleted lines; blank runs touched by a deletion collapse to one;
    leading/trailing blanks only if raw has them there."""
    kept = set(kept_idx)
    out = []  # (line, raw_index)
    deleted_since_last = False
    for i, ln in enumerate(raw):
        if not is_blank(ln):
            if i in kept:
                out.append((ln, i))
                deleted_since_last = False
            else:
                deleted_since_last = True
            continue
        # blank line
        if out and is_blank(out[-1][0]) and (deleted_since_last or out[-1][1] != i - 1):
            continue  # collapse run created by a deletion
        out.append((ln, i))
    lines = [l for l, _ in out]
    if not (raw and is_blank(raw[0])):
        while lines and is_blank(lines[0]):
            lines.pop(0)
    if not (raw and is_blank(raw[-1])):
        while lines and is_blank(lines[-1]):
            lines.pop()
    return lines


def align(raw, gold):
    """Greedy line-subsequence match of gold into raw; returns raw indices or None."""
    idx, j = [], 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j)
        j += 1
    return idx


def main():
    global errors_total
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    per_lang = defaultdict(list)
    fam_langs = defaultdict(set)
    numbers = []
    line_owner = defaultdict(set)
    shingle_owner = defaultdict(set)

    for g in sorted(golds):
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold without raw file")
            errors_total += 1

    for f in raws:
        errs = []
        m = NAME_RE.match(f)
        if not m:
            print(f"FAIL {f}: bad file name")
            errors_total += 1
            continue
        num, lang, famstr = m.groups()
        numbers.append(int(num))
        fams = famstr.split("-")
        negative = fams == ["negative"]
        if not negative:
            bad = [x for x in fams if x not in FAMILIES]
            if bad:
                errs.append(f"unknown families {bad}")
            if len(set(fams)) != len(fams):
                errs.append("duplicate family in name")
            if [x for x in FAMILIES if x in fams] != fams:
                errs.append("families not in canonical order")
            for x in fams:
                fam_langs[x].add(lang)
        per_lang[lang].append((f, negative))

        gname = f[:-4] + ".gold.txt"
        if gname not in golds:
            print(f"FAIL {f}: missing {gname}")
            errors_total += 1
            continue
        rdata, rtext = read_text(os.path.join(HERE, f), errs)
        gdata, gtext = read_text(os.path.join(HERE, gname), errs)
        raw, gold = split_lines(rtext), split_lines(gtext)

        for ln in raw:
            if not is_blank(ln):
                line_owner[ln.strip()].add(f)
                words = re.findall(r"\w+", ln.lower())
                for k in range(len(words) - SHINGLE + 1):
                    shingle_owner[" ".join(words[k:k + SHINGLE])].add(f)

        nr = sum(1 for l in raw if not is_blank(l))
        ng = sum(1 for l in gold if not is_blank(l))
        share = (nr - ng) / nr if nr else 0.0

        idx = align(raw, gold)
        if idx is None:
            errs.append("gold is not a line subsequence of raw")
        else:
            kept_nonblank = [i for i, l in zip(idx, gold) if not is_blank(l)]
            exp = expected_gold(raw, kept_nonblank)
            if exp != gold:
                errs.append("blank-line rules violated (gold differs from raw minus deleted lines with blank runs collapsed)")
            if gold and is_blank(gold[0]) and not is_blank(raw[0]):
                errs.append("gold starts with a blank line")
            if gold and is_blank(gold[-1]) and not is_blank(raw[-1]):
                errs.append("gold ends with a blank line")

        if negative:
            if rdata != gdata:
                errs.append("negative: gold is not byte-identical to raw")
        else:
            if rdata == gdata:
                errs.append("positive: gold identical to raw")
            if not (MIN_LINES <= nr <= MAX_LINES):
                errs.append(f"{nr} non-blank lines (want {MIN_LINES}-{MAX_LINES})")
            if not (MIN_SHARE <= share <= MAX_SHARE):
                errs.append(f"furniture share {share:.2f} (want {MIN_SHARE}-{MAX_SHARE})")
            if idx is not None:
                kept = [i for i, l in zip(idx, gold) if not is_blank(l)]
                deleted = [i for i, l in enumerate(raw) if not is_blank(l) and i not in set(idx)]
                if kept and deleted:
                    top = any(d < kept[0] for d in deleted)
                    bottom = any(d > kept[-1] for d in deleted)
                    middle = any(kept[0] < d < kept[-1] for d in deleted)
                    where = [n for n, ok in (("top", top), ("middle", middle), ("bottom", bottom)) if not ok]
                    if where:
                        errs.append("no furniture at " + "/".join(where))

        status = "OK  " if not errs else "FAIL"
        kind = "negative" if negative else f"{len(fams)} families"
        print(f"{status} {f}: {nr} lines, {nr - ng} furniture ({share:.0%}), {kind}"
              + ("" if not errs else " -- " + "; ".join(errs)))
        errors_total += bool(errs)

    # set-level checks
    set_errs = []
    if len(raws) != 20:
        set_errs.append(f"{len(raws)} pairs, want 20")
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        set_errs.append("file numbers are not unique and consecutive from 001")
    for lang in LANGS:
        items = per_lang.get(lang, [])
        nneg = sum(1 for _, n in items if n)
        if len(items) != 4 or nneg != 1:
            set_errs.append(f"{lang}: {len(items)} files, {nneg} negatives (want 4 and 1)")
    for fam in FAMILIES:
        if len(fam_langs[fam]) < 3:
            set_errs.append(f"family {fam} in {len(fam_langs[fam])} languages ({sorted(fam_langs[fam])}), want >= 3")
    for ln, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            set_errs.append(f"line reused across files {sorted(owners)}: {ln[:60]!r}")
    for sh, owners in sorted(shingle_owner.items()):
        if len(owners) > 1:
            set_errs.append(f"phrase reused across files {sorted(owners)}: {sh!r}")
    for e in set_errs:
        print("FAIL set: " + e)
    errors_total += len(set_errs)
    cov = ", ".join(f"{f}:{len(fam_langs[f])}" for f in FAMILIES)
    print(f"family coverage (languages): {cov}")
    print("ALL CHECKS PASSED" if errors_total == 0 else f"{errors_total} problem(s)")
    return 1 if errors_total else 0


if __name__ == "__main__":
    sys.exit(main())
