#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks, per pair:
  * file names: NNN_<lang>_<families>.txt + NNN_<lang>_<families>.gold.txt
  * <lang> in en/ru/de/fr/es; <families> from the allowed list (no repeats) or 'negative'
  * UTF-8, no BOM, LF only, final newline
  * gold lines are a subsequence of raw lines (byte-identical)
  * gold equals the canonical derivation: raw minus deleted lines, runs of
    blank lines collapsed to one, no blank line at start/end unless raw has one
  * negatives: gold byte-identical to raw
  * positives: 15-40 non-blank raw lines, 30-55 % of them deleted,
    furniture at the top, at the bottom and between article lines
Set checks: numbering 001..N without gaps, 4 pairs per language,
exactly 1 negative per language, no stray files.
Exit status 0 only if everything passes.
"""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ("en", "ru", "de", "fr", "es")
FAMILIES = set("""masthead nav breadcrumb skip cookie consent readmore related ad promo
caption credit copyright wire share counter newsletter subscribe donation membership
paywall comments login authorbox tags footer app live notes""".split())
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
ALLOWED_EXTRA = {"check.py", "README.md"}


def read_lines(path, errors):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{name}: has a BOM")
    if b"\r" in data:
        errors.append(f"{name}: contains CR (not LF-only)")
    if not data.endswith(b"\n"):
        errors.append(f"{name}: no final newline")
    if data.endswith(b"\n\n"):
        # an empty last line would be a trailing blank line
        pass
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{name}: not UTF-8 ({e})")
        return data, None
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return data, lines


def align(raw, gold):
    """Greedy alignment of gold lines onto raw lines; returns index list or None."""
    idx, j = [], 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j)
        j += 1
    return idx


def canonical_gold(raw, kept_nonblank):
    out = []
    for i, line in enumerate(raw):
        if line.strip() == "":
            if out and out[-1].strip() == "":
                continue
            out.append(line)
        elif i in kept_nonblank:
            out.append(line)
    # leading/trailing blanks only if raw has them there
    if not (raw and raw[0].strip() == ""):
        while out and out[0].strip() == "":
            out.pop(0)
    if not (raw and raw[-1].strip() == ""):
        while out and out[-1].strip() == "":
            out.pop()
    return out


def check_pair(num, lang, fams, raw_path, gold_path):
    errors = []
    raw_bytes, raw = read_lines(raw_path, errors)
    gold_bytes, gold = read_lines(gold_path, errors)
    if raw is None or gold is None:
        return errors, "unreadable"
    negative = fams == ["negative"]
    raw_nb = [i for i, l in enumerate(raw) if l.strip() != ""]
    for i in range(1, len(raw)):
        if raw[i].strip() == "" and raw[i - 1].strip() == "":
            errors.append(f"raw line {i+1}: more than one blank line in a row")
    if negative:
        if raw_bytes != gold_bytes:
            errors.append("negative but gold is not byte-identical to raw")
        return errors, f"negative, {len(raw_nb)} non-blank lines, 0 furniture"
    # positives
    gold_nb = [l for l in gold if l.strip() != ""]
    raw_nb_lines = [raw[i] for i in raw_nb]
    a = align(raw_nb_lines, gold_nb)
    if a is None:
        errors.append("gold non-blank lines are not a subsequence of raw")
        return errors, "misaligned"
    if align(raw, gold) is None:
        errors.append("gold (with blank lines) is not a subsequence of raw")
    kept = {raw_nb[k] for k in a}
    expect = canonical_gold(raw, kept)
    if expect != gold:
        for n, (e, g) in enumerate(zip(expect, gold)):
            if e != g:
                errors.append(f"gold line {n+1}: blank-line layout differs from canonical ({g!r} vs expected {e!r})")
                break
        else:
            errors.append(f"gold has {len(gold)} lines, canonical derivation has {len(expect)}")
    n_raw = len(raw_nb)
    n_furn = n_raw - len(gold_nb)
    share = n_furn / n_raw if n_raw else 0
    if not 15 <= n_raw <= 40:
        errors.append(f"{n_raw} non-blank raw lines (need 15-40)")
    if not 0.30 <= share <= 0.55:
        errors.append(f"furniture share {share:.1%} (need 30-55%)")
    deleted = [i for i in raw_nb if i not in kept]
    if raw_nb[0] in kept:
        errors.append("no furniture at the top (first non-blank line is kept)")
    if raw_nb[-1] in kept:
        errors.append("no furniture at the bottom (last non-blank line is kept)")
    first_kept, last_kept = min(kept), max(kept)
    if not any(first_kept < i < last_kept for i in deleted):
        errors.append("no furniture between article lines")
    if raw_bytes == gold_bytes:
        errors.append("positive but gold identical to raw")
    return errors, f"{n_raw} non-blank lines, {n_furn} furniture ({share:.0%})"


def main():
    files = sorted(os.listdir(HERE))
    failures = 0
    raws, golds = {}, {}
    for f in files:
        p = os.path.join(HERE, f)
        if f in ALLOWED_EXTRA or f.startswith(".") or os.path.isdir(p):
            continue
        if f.endswith(".gold.txt"):
            golds[f[: -len(".gold.txt")] + ".txt"] = f
        elif f.endswith(".txt"):
            raws[f] = f
        else:
            print(f"FAIL {f}: unexpected file")
            failures += 1
    for g in sorted(set(golds) - set(raws)):
        print(f"FAIL {golds[g]}: gold without raw")
        failures += 1
    per_lang, neg_lang, nums = Counter(), Counter(), []
    for r in sorted(raws):
        m = NAME_RE.match(r)
        errs = []
        if not m:
            print(f"FAIL {r}: bad file name")
            failures += 1
            continue
        num, lang, famstr = m.groups()
        nums.append(int(num))
        fams = famstr.split("-")
        if lang not in LANGS:
            errs.append(f"unknown language {lang}")
        if fams != ["negative"]:
            bad = [x for x in fams if x not in FAMILIES]
            if bad:
                errs.append(f"unknown families {bad}")
            if len(set(fams)) != len(fams):
                errs.append("repeated family in name")
        else:
            neg_lang[lang] += 1
        per_lang[lang] += 1
        if r not in golds:
            errs.append("missing .gold.txt")
            info = ""
        else:
            e2, info = check_pair(num, lang, fams, os.path.join(HERE, r), os.path.join(HERE, golds[r]))
            errs += e2
        status = "ok  " if not errs else "FAIL"
        print(f"{status} {r}: {info}")
        for e in errs:
            print(f"     - {e}")
        failures += bool(errs)
    # set-level checks
    if sorted(nums) != list(range(1, len(nums) + 1)):
        print(f"FAIL numbering is not 001..{len(nums):03d} without gaps/duplicates")
        failures += 1
    for lang in LANGS:
        if per_lang[lang] != 4 or neg_lang[lang] != 1:
            print(f"FAIL language {lang}: {per_lang[lang]} pairs, {neg_lang[lang]} negatives (need 4 and 1)")
            failures += 1
    print(f"{len(raws)} pairs checked, {failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
