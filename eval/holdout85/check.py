#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks, per pair:
  * file names: NNN_<lang>_<families>.txt + NNN_<lang>_<families>.gold.txt,
    lang in en/ru/de/fr/es, families from the allowed list (or 'negative');
  * both files: valid UTF-8, no BOM, LF only, final newline, no tabs/CR;
  * gold lines are a subsequence of raw lines, and gold equals what you get by
    deleting those raw lines and collapsing blank-line runs to one (no blank
    line at start/end unless the raw has one there);
  * negatives: gold byte-identical to raw;
  * positives: 15-40 non-blank raw lines, 30-55 % of them deleted, deletions at
    the top, at the bottom and between kept article lines;
Set-level: numbering 001..N contiguous, no number reused, quotas per language.
Prints one line per pair and exits non-zero on any failure.
"""
import os
import re
import sys
from collections import Counter

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
PER_LANG_TOTAL = 4
PER_LANG_NEG = 1

here = os.path.dirname(os.path.abspath(__file__))


def read_text(path, errors):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{os.path.basename(path)}: BOM")
    if b"\r" in data:
        errors.append(f"{os.path.basename(path)}: CR byte (not LF-only)")
    if not data.endswith(b"\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if data.endswith(b"\n\n"):
        errors.append(f"{os.path.basename(path)}: blank line at end")
    if b"\t" in data:
        errors.append(f"{os.path.basename(path)}: tab character")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    return data, text


def split_lines(text):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def expected_gold(raw, keep):
    """Apply the deletion: keep marked lines, collapse blank runs, trim ends."""
    out = []
    for line, k in zip(raw, keep):
        if not k:
            continue
        if line.strip() == "" and out and out[-1].strip() == "":
            continue
        out.append(line)
    if not (raw and raw[0].strip() == ""):
        while out and out[0].strip() == "":
            out.pop(0)
    if not (raw and raw[-1].strip() == ""):
        while out and out[-1].strip() == "":
            out.pop()
    return out


def match_gold(raw, gold):
    """Greedy subsequence match of gold lines into raw.

    Non-blank gold lines are matched to the earliest possible raw line; a blank
    gold line is matched to the next blank raw line before the next non-blank
    gold line's match. Returns keep-mask or None."""
    keep = [False] * len(raw)
    i = 0
    for line in gold:
        while i < len(raw) and raw[i] != line:
            i += 1
        if i == len(raw):
            return None
        keep[i] = True
        i += 1
    return keep


def check_pair(raw_path, gold_path, num, lang, fams):
    errors = []
    name = os.path.basename(raw_path)
    raw_bytes, raw_text = read_text(raw_path, errors)
    gold_bytes, gold_text = read_text(gold_path, errors)
    raw = split_lines(raw_text)
    gold = split_lines(gold_text)

    for ln in raw:
        if ln != ln.rstrip():
            errors.append(f"{name}: trailing whitespace in raw line {ln[:40]!r}")
            break
    if raw and raw[0].strip() == "":
        errors.append(f"{name}: raw starts with a blank line")
    for a, b in zip(raw, raw[1:]):
        if a == "" and b == "":
            errors.append(f"{name}: raw has two blank lines in a row")
            break

    nonblank = [l for l in raw if l.strip()]
    negative = fams == ["negative"]
    info = ""
    if negative:
        if raw_bytes != gold_bytes:
            errors.append(f"{name}: negative but gold differs from raw")
        if not 8 <= len(nonblank) <= 40:
            errors.append(f"{name}: negative has {len(nonblank)} non-blank lines (want 8-40)")
        info = f"negative, {len(nonblank)} lines"
    else:
        bad = [f for f in fams if f not in FAMILIES]
        if bad:
            errors.append(f"{name}: unknown families {bad}")
        if len(set(fams)) != len(fams):
            errors.append(f"{name}: duplicate family in name")
        keep = match_gold(raw, gold)
        if keep is None:
            errors.append(f"{name}: gold is not a subsequence of raw")
        else:
            # blank raw lines: keep them; expected_gold collapses runs
            keep_full = [k or raw[i].strip() == "" for i, k in enumerate(keep)]
            exp = expected_gold(raw, keep_full)
            if exp != gold:
                errors.append(f"{name}: gold does not match raw minus deleted lines "
                              f"with blank runs collapsed")
            deleted = [i for i, l in enumerate(raw) if l.strip() and not keep[i]]
            kept = [i for i, l in enumerate(raw) if l.strip() and keep[i]]
            n, d = len(nonblank), len(deleted)
            share = d / n if n else 0
            if not 15 <= n <= 40:
                errors.append(f"{name}: {n} non-blank lines (want 15-40)")
            if not 0.30 <= share <= 0.55:
                errors.append(f"{name}: furniture share {share:.0%} (want 30-55%)")
            if kept and deleted:
                if not deleted[0] < kept[0]:
                    errors.append(f"{name}: no furniture at the top")
                if not deleted[-1] > kept[-1]:
                    errors.append(f"{name}: no furniture at the bottom")
                if not any(kept[0] < i < kept[-1] for i in deleted):
                    errors.append(f"{name}: no furniture between article lines")
            else:
                errors.append(f"{name}: positive without deletions or content")
            if gold_bytes == raw_bytes:
                errors.append(f"{name}: positive but gold identical to raw")
            info = f"{n} lines, {d} furniture ({share:.0%}), {len(fams)} families"
    return errors, info


def main():
    files = sorted(f for f in os.listdir(here) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = set(f for f in files if f.endswith(".gold.txt"))
    all_errors = []
    seen_nums = Counter()
    per_lang = Counter()
    per_lang_neg = Counter()
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            all_errors.append(f"{g}: gold without raw")
    for f in raws:
        m = NAME_RE.match(f)
        if not m:
            all_errors.append(f"{f}: bad file name")
            print(f"FAIL {f}: bad file name")
            continue
        num, lang, fam_s = m.groups()
        fams = fam_s.split("-")
        if "negative" in fams and fams != ["negative"]:
            all_errors.append(f"{f}: 'negative' mixed with families")
        seen_nums[num] += 1
        per_lang[lang] += 1
        if fams == ["negative"]:
            per_lang_neg[lang] += 1
        gold = f[:-4] + ".gold.txt"
        if gold not in golds:
            all_errors.append(f"{f}: missing {gold}")
            print(f"FAIL {f}: missing gold")
            continue
        errs, info = check_pair(os.path.join(here, f), os.path.join(here, gold), num, lang, fams)
        all_errors.extend(errs)
        status = "ok  " if not errs else "FAIL"
        print(f"{status} {f}: {info}" + ("".join("\n     - " + e for e in errs)))
    nums = sorted(int(n) for n in seen_nums)
    dup = [n for n, c in seen_nums.items() if c > 1]
    if dup:
        all_errors.append(f"number used twice: {dup}")
    if nums and nums != list(range(1, len(nums) + 1)):
        all_errors.append(f"numbering not contiguous from 001: {nums}")
    for lang in LANGS:
        if per_lang[lang] != PER_LANG_TOTAL:
            all_errors.append(f"{lang}: {per_lang[lang]} pairs (want {PER_LANG_TOTAL})")
        if per_lang_neg[lang] != PER_LANG_NEG:
            all_errors.append(f"{lang}: {per_lang_neg[lang]} negatives (want {PER_LANG_NEG})")
    print()
    if all_errors:
        print(f"FAILED: {len(all_errors)} problem(s)")
        for e in all_errors:
            print("  " + e)
        return 1
    print(f"PASSED: {len(raws)} pairs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
