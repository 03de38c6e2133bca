#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Usage: python3 check.py   (exit status 0 when every check passes)
"""
import os
import re
import sys
from collections import defaultdict
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "ru", "de", "fr", "es"]
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
SHINGLE = 4            # a run of this many words may not appear in two different files
PAIRS_EXPECTED = 20
PER_LANG, NEG_PER_LANG, MIN_LANGS_PER_FAMILY = 4, 1, 3

errors_total = 0


def read_text(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{os.path.basename(path)}: has a BOM")
    if b"\r" in data:
        errs.append(f"{os.path.basename(path)}: contains CR (line endings must be LF)")
    if not data.endswith(b"\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return data, []
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for i, ln in enumerate(lines, 1):
        if ln != ln.rstrip():
            errs.append(f"{os.path.basename(path)}:{i}: trailing whitespace")
        if ln.strip() == "" and ln != "":
            errs.append(f"{os.path.basename(path)}:{i}: whitespace-only line")
    return data, lines


def align(raw, gold):
    """Greedy subsequence alignment: index in raw for each gold line, or None if impossible."""
    idx, j = [], 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j)
        j += 1
    return idx


def words(line):
    return re.findall(r"\w+", line.lower())


def main():
    global errors_total
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    global_errs = []
    for g in golds:
        if g[: -len(".gold.txt")] + ".txt" not in raws:
            global_errs.append(f"{g}: gold file without a raw file")

    numbers = defaultdict(list)
    per_lang = defaultdict(lambda: {"all": 0, "neg": 0})
    fam_langs = defaultdict(set)
    texts = {}

    for name in raws:
        errs = []
        m = NAME_RE.match(name)
        if not m:
            print(f"FAIL {name}: bad file name")
            errors_total += 1
            continue
        num, lang, fams_s = m.groups()
        numbers[num].append(name)
        fams = fams_s.split("-")
        negative = fams == ["negative"]
        if not negative:
            bad = [f for f in fams if f not in FAMILIES]
            if bad:
                errs.append(f"unknown families {bad}")
            if len(set(fams)) != len(fams):
                errs.append("duplicate family in name")
            if [f for f in FAMILIES if f in fams] != fams:
                errs.append("families not in canonical order")
            for f in fams:
                fam_langs[f].add(lang)
        elif "negative" in fams and len(fams) > 1:
            errs.append("'negative' must stand alone")
        per_lang[lang]["all"] += 1
        per_lang[lang]["neg"] += negative

        gold_name = name[:-4] + ".gold.txt"
        if gold_name not in golds:
            errs.append("missing gold file")
            print(f"FAIL {name}: " + "; ".join(errs))
            errors_total += 1
            continue
        raw_bytes, raw = read_text(os.path.join(HERE, name), errs)
        gold_bytes, gold = read_text(os.path.join(HERE, gold_name), errs)
        texts[name] = raw

        raw_nb = [l for l in raw if l.strip()]
        gold_nb = [l for l in gold if l.strip()]
        if len(set(raw_nb)) != len(raw_nb):
            errs.append("a non-blank line occurs twice in the raw file (ambiguous labels)")

        # blank-line rules in raw
        for i in range(1, len(raw)):
            if raw[i] == "" and raw[i - 1] == "":
                errs.append(f"raw line {i+1}: consecutive blank lines")
        if raw and (raw[0] == "" or raw[-1] == ""):
            errs.append("raw starts or ends with a blank line")

        idx = align(raw, gold)
        if idx is None:
            errs.append("gold is not a subsequence of raw")
        else:
            for k in range(1, len(gold)):
                if gold[k] == "" and gold[k - 1] == "":
                    errs.append(f"gold line {k+1}: run of blank lines not collapsed")
            if gold and gold[0] == "" and not (raw and raw[0] == ""):
                errs.append("gold starts with a blank line")
            if gold and gold[-1] == "" and not (raw and raw[-1] == ""):
                errs.append("gold ends with a blank line")
            # a blank line dropped between two kept content lines must leave one behind
            for k in range(1, len(gold)):
                a, b = idx[k - 1], idx[k]
                if gold[k] != "" and gold[k - 1] != "" and any(raw[x] == "" for x in range(a + 1, b)):
                    errs.append(f"gold line {k+1}: blank separator lost between kept blocks")

        n_raw, n_gold = len(raw_nb), len(gold_nb)
        n_furn = n_raw - n_gold
        share = n_furn / n_raw if n_raw else 0.0
        if negative:
            if raw_bytes != gold_bytes:
                errs.append("negative: gold differs from raw")
        else:
            if not (MIN_LINES <= n_raw <= MAX_LINES):
                errs.append(f"{n_raw} non-blank lines (want {MIN_LINES}-{MAX_LINES})")
            if not (MIN_SHARE <= share <= MAX_SHARE):
                errs.append(f"furniture share {share:.2f} (want {MIN_SHARE}-{MAX_SHARE})")
            if idx is not None and gold_nb:
                kept = [i for i, k in zip(idx, gold) if k != ""]
                deleted = [i for i, l in enumerate(raw) if l.strip() and i not in set(idx)]
                if not any(i < kept[0] for i in deleted):
                    errs.append("no furniture at the top")
                if not any(i > kept[-1] for i in deleted):
                    errs.append("no furniture at the bottom")
                if not any(kept[0] < i < kept[-1] for i in deleted):
                    errs.append("no furniture between paragraphs")
            if not gold_nb:
                errs.append("gold is empty")

        status = "FAIL" if errs else "ok  "
        kind = "negative" if negative else f"{len(fams)} families"
        print(f"{status} {name}: {n_raw} lines, {n_furn} furniture ({share:.0%}), {kind}"
              + ("" if not errs else " -- " + "; ".join(errs)))
        errors_total += bool(errs)

    # set-level checks
    if len(raws) != PAIRS_EXPECTED:
        global_errs.append(f"{len(raws)} pairs, want {PAIRS_EXPECTED}")
    for num, names in numbers.items():
        if len(names) > 1:
            global_errs.append(f"number {num} used twice: {names}")
    for lang in LANGS:
        c = per_lang[lang]
        if c["all"] != PER_LANG or c["neg"] != NEG_PER_LANG:
            global_errs.append(f"{lang}: {c['all']} files / {c['neg']} negatives, want {PER_LANG}/{NEG_PER_LANG}")
    for f in FAMILIES:
        if len(fam_langs[f]) < MIN_LANGS_PER_FAMILY:
            global_errs.append(f"family '{f}' in {len(fam_langs[f])} languages {sorted(fam_langs[f])}")

    # no phrase reused across files: identical lines or shared runs of SHINGLE words
    line_owner = defaultdict(set)
    shingles = defaultdict(set)
    for name, lines in texts.items():
        for l in lines:
            if l.strip():
                line_owner[l.strip().lower()].add(name)
                w = words(l)
                for i in range(len(w) - SHINGLE + 1):
                    shingles[" ".join(w[i:i + SHINGLE])].add(name)
    for l, owners in line_owner.items():
        if len(owners) > 1 and len(words(l)) > 1:
            global_errs.append(f"line reused in {sorted(owners)}: {l!r}")
    for s, owners in shingles.items():
        if len(owners) > 1:
            global_errs.append(f"phrase reused in {sorted(owners)}: {s!r}")

    for e in global_errs:
        print("FAIL set: " + e)
    errors_total += len(global_errs)
    cov = ", ".join(f"{f}:{len(fam_langs[f])}" for f in FAMILIES)
    print(f"family coverage (languages): {cov}")
    print("PASS" if errors_total == 0 else f"FAILED ({errors_total} problems)")
    return 0 if errors_total == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
