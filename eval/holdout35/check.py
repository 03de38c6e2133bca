#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks: file names, raw/gold pairing, UTF-8 / LF / final newline / no BOM,
gold is a line subsequence of raw, blank-line collapse rules, negatives are
byte-identical, positive line counts (15-40 non-blank) and furniture share
(30-55 %), furniture at the top, in the middle and at the bottom, per-language
quotas, family coverage (each family in >= 3 languages) and no furniture or
content line reused verbatim across files.
Prints one line per file and exits non-zero on any failure.
"""
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "ru", "de", "fr", "es"]
VOCAB = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")

errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


def read_text(name):
    data = open(os.path.join(HERE, name), "rb").read()
    ok = True
    if data.startswith(b"\xef\xbb\xbf"):
        err(name, "has a BOM"); ok = False
    if b"\r" in data:
        err(name, "contains CR (not LF-only)"); ok = False
    if not data.endswith(b"\n"):
        err(name, "no final newline"); ok = False
    if data.endswith(b"\n\n"):
        err(name, "ends with a blank line"); ok = False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(name, f"not UTF-8: {e}"); return data, None
    return data, (text if ok or True else None)


def match_subsequence(raw, gold):
    """Map every gold line to a raw line index (greedy, in order) or None."""
    idx = []
    j = 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j)
        j += 1
    return idx


def expected_gold(raw, kept_nonblank):
    """Rebuild gold from raw, keeping the given non-blank raw indices and the
    raw blank lines, collapsing blank runs and trimming the edges like raw."""
    out = []
    for i, line in enumerate(raw):
        if line == "":
            if out and out[-1] == "":
                continue
            out.append(line)
        elif i in kept_nonblank:
            out.append(line)
    lead = raw and raw[0] == ""
    trail = raw and raw[-1] == ""
    while out and out[0] == "" and not lead:
        out.pop(0)
    while out and out[-1] == "" and not trail:
        out.pop()
    return out


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws, golds = {}, {}
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            err(f, "bad file name"); continue
        (golds if m.group(4) else raws)[f.replace(".gold.txt", ".txt")] = f

    for r in raws:
        if r not in golds:
            err(r, "no gold file")
    for g in golds:
        if g not in raws:
            err(golds[g], "no raw file")

    numbers = defaultdict(list)
    per_lang = defaultdict(lambda: {"pos": 0, "neg": 0})
    fam_langs = defaultdict(set)
    line_owner = {}

    for r in sorted(raws):
        m = NAME_RE.match(r)
        num, lang, fams = m.group(1), m.group(2), m.group(3).split("-")
        numbers[num].append(r)
        negative = fams == ["negative"]
        if not negative:
            for fam in fams:
                if fam not in VOCAB:
                    err(r, f"unknown family {fam!r}")
                fam_langs[fam].add(lang)
            if len(set(fams)) != len(fams):
                err(r, "family listed twice")
            if fams != sorted(fams, key=lambda x: VOCAB.index(x) if x in VOCAB else 99):
                err(r, "families not in canonical order")
        per_lang[lang]["neg" if negative else "pos"] += 1
        if r not in golds:
            continue
        n_err = len(errors)
        rdata, rtext = read_text(r)
        gdata, gtext = read_text(golds[r])
        if rtext is None or gtext is None:
            continue
        raw = rtext[:-1].split("\n") if rtext.endswith("\n") else rtext.split("\n")
        gold = gtext[:-1].split("\n") if gtext.endswith("\n") else gtext.split("\n")

        # cross-file reuse of identical lines (case-insensitive)
        for line in set(l.strip().casefold() for l in raw if l.strip()):
            if line in line_owner and line_owner[line] != r:
                err(r, f"line also used in {line_owner[line]}: {line[:60]!r}")
            line_owner.setdefault(line, r)

        if negative:
            if rdata != gdata:
                err(r, "negative but gold differs from raw")
            nb = sum(1 for l in raw if l.strip())
            status = "OK  " if len(errors) == n_err else "FAIL"
            print(f"{status} {r}: negative, {nb} non-blank lines, gold identical={rdata == gdata}")
            continue

        for i in range(1, len(gold)):
            if gold[i] == "" and gold[i - 1] == "":
                err(r, "gold has consecutive blank lines")
                break
        if gold and gold[0] == "" and raw[0] != "":
            err(r, "gold starts with a blank line")
        if gold and gold[-1] == "" and raw[-1] != "":
            err(r, "gold ends with a blank line")

        gold_nb = [g for g in gold if g != ""]
        raw_nb_idx = [i for i, l in enumerate(raw) if l != ""]
        raw_nb = [raw[i] for i in raw_nb_idx]
        sub = match_subsequence(raw_nb, gold_nb)
        if sub is None:
            err(r, "gold is not a subsequence of raw")
            continue
        kept = set(raw_nb_idx[k] for k in sub)
        if expected_gold(raw, kept) != gold:
            err(r, "gold is not raw minus deleted lines with blank runs collapsed")

        n = len(raw_nb)
        deleted_pos = [k for k in range(n) if k not in set(sub)]
        share = len(deleted_pos) / n if n else 0
        if not 15 <= n <= 40:
            err(r, f"{n} non-blank lines (need 15-40)")
        if not 0.30 <= share <= 0.55:
            err(r, f"furniture share {share:.1%} (need 30-55%)")
        if len(gold_nb) == n:
            err(r, "positive but nothing deleted")
        kept_pos = sorted(sub)
        top = any(k < kept_pos[0] for k in deleted_pos)
        bottom = any(k > kept_pos[-1] for k in deleted_pos)
        middle = any(sum(1 for q in kept_pos if q < k) >= 4 and sum(1 for q in kept_pos if q > k) >= 2
                     for k in deleted_pos)
        for flag, where in ((top, "top"), (middle, "middle"), (bottom, "bottom")):
            if not flag:
                err(r, f"no furniture at the {where}")
        status = "OK  " if len(errors) == n_err else "FAIL"
        print(f"{status} {r}: {n} non-blank, {len(deleted_pos)} furniture ({share:.0%}), "
              f"top={top} middle={middle} bottom={bottom}")

    for num, names in numbers.items():
        if len(names) > 1:
            err(num, f"number used twice: {names}")
    for lang in LANGS:
        c = per_lang[lang]
        if c["pos"] + c["neg"] != 4 or c["neg"] != 1:
            err(lang, f"{c['pos']} positives / {c['neg']} negatives (need 3 / 1)")
    for fam in VOCAB:
        if len(fam_langs[fam]) < 3:
            err(fam, f"family present in only {sorted(fam_langs[fam])} (need >= 3 languages)")

    print(f"{len(raws)} raw files, {len(golds)} gold files")
    if errors:
        print("\nFAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
