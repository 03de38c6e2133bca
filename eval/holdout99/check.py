#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks, per pair:
  * file name pattern NNN_<lang>_<families>.txt with a matching .gold.txt
  * families from the allowed list (no duplicates) or exactly "negative"
  * UTF-8, no BOM, LF only, final newline
  * gold is a subsequence of raw (every gold line byte-identical to a raw line, same order)
  * the gold equals raw with the unmatched lines deleted, runs of blank lines left
    behind by a deletion collapsed to one, and no blank line at start/end unless raw has it
  * negatives: gold byte-identical to raw
  * positives: 15-40 non-blank raw lines, 30-55 % of them furniture, furniture at the
    top, at the bottom and between content lines
Prints one line per file and exits non-zero on any failure.
"""
import os
import re
import sys
from collections import Counter

FAMILIES = set("""masthead nav breadcrumb skip cookie consent readmore related ad promo caption
credit copyright wire share counter newsletter subscribe donation membership paywall comments
login authorbox tags footer app live notes""".split())
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{os.path.basename(path)}: BOM")
    if b"\r" in data:
        errors.append(f"{os.path.basename(path)}: CR character (not LF-only)")
    if not data.endswith(b"\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return data, []
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def align(raw, gold):
    """Greedy subsequence alignment of gold onto raw. Returns a keep-mask or None."""
    keep = [False] * len(raw)
    i = 0
    for g in gold:
        while i < len(raw) and raw[i] != g:
            i += 1
        if i == len(raw):
            return None
        keep[i] = True
        i += 1
    return keep


def nonblank_mask(raw, gold):
    """Align non-blank lines only; returns mask of kept non-blank raw lines."""
    gnb = [g for g in gold if g.strip()]
    keep = [False] * len(raw)
    i = 0
    for g in gnb:
        while i < len(raw) and raw[i] != g:
            i += 1
        if i == len(raw):
            return None
        keep[i] = True
        i += 1
    return keep


def expected_gold(raw, keep_nb):
    """Delete furniture (non-blank, not kept) and apply the blank-line rules."""
    out = []
    deleted_since = False
    lead = 0
    while lead < len(raw) and raw[lead] == "":
        lead += 1
    trail = 0
    while trail < len(raw) - lead and raw[len(raw) - 1 - trail] == "":
        trail += 1
    for idx, line in enumerate(raw):
        if line != "":
            if keep_nb[idx]:
                out.append(line)
                deleted_since = False
            else:
                deleted_since = True
            continue
        # blank line
        if idx < lead or idx >= len(raw) - trail:
            out.append(line)  # raw's own leading/trailing blanks stay
            continue
        if not any(l != "" for l in out):
            continue  # blank left at start by a deletion
        if out[-1] == "" and deleted_since:
            continue  # run of blanks created by a deletion collapses to one
        out.append(line)
        deleted_since = False
    # blanks left at the end by a deletion
    core_end = len(out)
    # strip blanks that precede raw's own trailing run but were not raw's trailing blanks
    tail_raw = out[len(out) - trail:] if trail else []
    body = out[: len(out) - trail] if trail else out
    while body and body[-1] == "":
        body.pop()
    return body + tail_raw


def main():
    errors_total = 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt") and not f.endswith(".gold.txt"))
    golds = sorted(f for f in os.listdir(HERE) if f.endswith(".gold.txt"))
    lang_count = Counter()
    neg_count = Counter()
    numbers = []
    for g in golds:
        if g[: -len(".gold.txt")] + ".txt" not in files:
            print(f"FAIL {g}: gold without raw")
            errors_total += 1
    for f in files:
        errors = []
        m = NAME_RE.match(f)
        if not m:
            print(f"FAIL {f}: bad file name")
            errors_total += 1
            continue
        num, lang, fams = m.groups()
        numbers.append(num)
        if lang not in LANGS:
            errors.append(f"unknown language {lang}")
        fam_list = fams.split("-")
        negative = fam_list == ["negative"]
        if not negative:
            bad = [x for x in fam_list if x not in FAMILIES]
            if bad:
                errors.append(f"unknown families {bad}")
            if len(set(fam_list)) != len(fam_list):
                errors.append("duplicate family")
        lang_count[lang] += 1
        if negative:
            neg_count[lang] += 1
        gname = f[:-4] + ".gold.txt"
        gpath = os.path.join(HERE, gname)
        if not os.path.exists(gpath):
            print(f"FAIL {f}: missing {gname}")
            errors_total += 1
            continue
        rbytes, raw = read_lines(os.path.join(HERE, f), errors)
        gbytes, gold = read_lines(gpath, errors)
        if errors:
            print(f"FAIL {f}: " + "; ".join(errors))
            errors_total += 1
            continue
        if align(raw, gold) is None:
            errors.append("gold is not a subsequence of raw")
        keep = nonblank_mask(raw, gold)
        nb_idx = [i for i, l in enumerate(raw) if l != ""]
        dup = [l for l, c in Counter(raw[i] for i in nb_idx).items() if c > 1]
        if dup:
            errors.append(f"duplicate non-blank raw lines (alignment ambiguous): {dup[:2]}")
        if any(l.strip() == "" and l != "" for l in raw):
            errors.append("whitespace-only line in raw")
        if keep is not None:
            exp = expected_gold(raw, keep)
            if exp != gold:
                errors.append("blank-line rules violated (gold differs from raw minus furniture with collapsed blanks)")
        n_nb = len(nb_idx)
        n_furn = sum(1 for i in nb_idx if keep is not None and not keep[i])
        share = n_furn / n_nb if n_nb else 0.0
        if negative:
            if rbytes != gbytes:
                errors.append("negative but gold differs from raw")
        elif keep is not None:
            if not 15 <= n_nb <= 40:
                errors.append(f"{n_nb} non-blank lines (need 15-40)")
            if not 0.30 <= share <= 0.55:
                errors.append(f"furniture share {share:.0%} (need 30-55%)")
            kept = [i for i in nb_idx if keep[i]]
            furn = [i for i in nb_idx if not keep[i]]
            if not kept:
                errors.append("no content kept")
            else:
                if not any(i < kept[0] for i in furn):
                    errors.append("no furniture at top")
                if not any(i > kept[-1] for i in furn):
                    errors.append("no furniture at bottom")
                if not any(kept[0] < i < kept[-1] for i in furn):
                    errors.append("no furniture between content lines")
        status = "FAIL" if errors else "ok  "
        kind = "negative" if negative else "positive"
        print(f"{status} {f}: {kind}, {n_nb} non-blank lines, {n_furn} furniture ({share:.0%})"
              + ("" if not errors else " -- " + "; ".join(errors)))
        errors_total += bool(errors)
    dups = [n for n, c in Counter(numbers).items() if c > 1]
    if dups:
        print(f"FAIL duplicate numbers {dups}")
        errors_total += 1
    print("languages:", dict(sorted(lang_count.items())), "negatives:", dict(sorted(neg_count.items())))
    others = [f for f in os.listdir(HERE) if not f.endswith(".txt") and f not in ("check.py", "README.md")]
    if others:
        print("note: other files present:", others)
    print("PASS" if errors_total == 0 else f"{errors_total} problem(s)")
    return 1 if errors_total else 0


if __name__ == "__main__":
    sys.exit(main())
