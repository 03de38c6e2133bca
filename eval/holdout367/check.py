#!/usr/bin/env python3
"""Validate the blind news-boilerplate evaluation set in this directory.

Checks, per pair:
  * both files exist (NNN_<lang>_<families>.txt and .gold.txt), numbers unique
  * UTF-8 without BOM, LF line endings only, final newline
  * family list valid, no duplicates, canonical order; 'negative' stands alone
  * gold has no leading/trailing blank lines and no runs of blank lines
  * gold is an ordered subsequence of the raw lines, and equals the raw text with
    the unmatched lines deleted and the remaining blank runs collapsed
  * negatives: gold byte-identical to raw; positives: at least one line deleted,
    furniture share of non-blank lines between 30 % and 55 %
Across the set:
  * no non-blank line longer than 3 characters appears in more than one pair

Standard library only. Usage: python3 check.py [directory]
"""
import os
import re
import sys

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
MIN_SHARE, MAX_SHARE = 0.30, 0.55


def is_blank(line):
    return line.strip() == ""


def read_lines(path, errors):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{os.path.basename(path)}: starts with a BOM")
    if b"\r" in data:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not data.endswith(b"\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({exc})")
        text = data.decode("utf-8", "replace")
    if text.endswith("\n"):
        text = text[:-1]
    return data, text.split("\n")


def rebuild(raw, gold):
    """Match gold's non-blank lines in raw (in order) and rebuild the expected gold.

    Returns (expected_lines, unmatched_gold_line_or_None, kept_nonblank_count).
    """
    targets = [g for g in gold if not is_blank(g)]
    ti = 0
    kept = []
    for line in raw:
        if is_blank(line):
            kept.append("")
        elif ti < len(targets) and line == targets[ti]:
            kept.append(line)
            ti += 1
    if ti < len(targets):
        return None, targets[ti], ti
    out = []
    for line in kept:
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return out, None, ti


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(__file__))
    problems = 0
    pairs = {}
    stray = []
    for fn in sorted(os.listdir(root)):
        if not fn.endswith(".txt"):
            continue
        m = NAME_RE.match(fn)
        if not m:
            stray.append(fn)
            continue
        key = fn[: -len(".gold.txt")] if m.group(4) else fn[: -len(".txt")]
        pairs.setdefault(key, {})["gold" if m.group(4) else "raw"] = fn

    for fn in stray:
        print(f"FAIL  {fn}: file name does not match NNN_<lang>_<families>[.gold].txt")
        problems += 1

    seen_numbers = {}
    line_owner = {}  # line -> set of pair keys
    results = []
    for key in sorted(pairs):
        errors = []
        files = pairs[key]
        num, lang, fams = NAME_RE.match(key + ".txt").group(1, 2, 3)
        if num in seen_numbers:
            errors.append(f"number {num} also used by {seen_numbers[num]}")
        seen_numbers[num] = key
        for part in ("raw", "gold"):
            if part not in files:
                errors.append(f"missing {part} file")
        famlist = fams.split("-")
        negative = famlist == ["negative"]
        if not negative:
            bad = [f for f in famlist if f not in ORDER]
            if bad:
                errors.append(f"unknown families: {', '.join(bad)}")
            else:
                idx = [ORDER.index(f) for f in famlist]
                if len(set(idx)) != len(idx):
                    errors.append("duplicate family in name")
                elif idx != sorted(idx):
                    errors.append("families not in canonical order")
        elif "negative" in famlist and len(famlist) > 1:
            errors.append("'negative' combined with other families")
        info = ""
        if "raw" in files and "gold" in files:
            raw_bytes, raw = read_lines(os.path.join(root, files["raw"]), errors)
            gold_bytes, gold = read_lines(os.path.join(root, files["gold"]), errors)
            if gold and is_blank(gold[0]):
                errors.append("gold starts with a blank line")
            if gold and is_blank(gold[-1]):
                errors.append("gold ends with a blank line")
            for i in range(1, len(gold)):
                if is_blank(gold[i]) and is_blank(gold[i - 1]):
                    errors.append(f"gold has a run of blank lines at line {i + 1}")
                    break
            if any(is_blank(g) and g != "" for g in gold):
                errors.append("gold has whitespace-only lines")
            expected, missing, _ = rebuild(raw, gold)
            if missing is not None:
                errors.append(f"gold line not found in raw order: {missing[:70]!r}")
            elif expected != gold:
                for i, (a, b) in enumerate(zip(expected, gold)):
                    if a != b:
                        break
                else:
                    i = min(len(expected), len(gold))
                errors.append(f"gold differs from raw-minus-deletions with blank runs collapsed "
                              f"(first difference at gold line {i + 1})")
            raw_nb = [l for l in raw if not is_blank(l)]
            gold_nb = [l for l in gold if not is_blank(l)]
            deleted = len(raw_nb) - len(gold_nb)
            if negative:
                if raw_bytes != gold_bytes:
                    errors.append("negative: gold is not byte-identical to raw")
                info = f"negative, {len(raw_nb)} lines"
            else:
                share = deleted / len(raw_nb) if raw_nb else 0.0
                if deleted <= 0:
                    errors.append("positive pair without any deleted line")
                elif not (MIN_SHARE <= share <= MAX_SHARE):
                    errors.append(f"furniture share {share:.0%} outside {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
                info = f"{deleted}/{len(raw_nb)} lines furniture ({share:.0%})"
            for l in set(raw_nb):
                if len(l.strip()) > 3:
                    line_owner.setdefault(l, set()).add(key)
        results.append((key, errors, info))

    dup_by_key = {}
    for line, owners in line_owner.items():
        if len(owners) > 1:
            for k in owners:
                others = ", ".join(sorted(o[:6] for o in owners if o != k))
                dup_by_key.setdefault(k, []).append(f"line shared with {others}: {line[:60]!r}")

    for key, errors, info in results:
        errors = errors + dup_by_key.get(key, [])
        if errors:
            problems += len(errors)
            print(f"FAIL  {key}")
            for e in errors:
                print(f"      - {e}")
        else:
            print(f"OK    {key}  [{info}]")

    if problems:
        print(f"FAILED: {problems} problem(s)")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
