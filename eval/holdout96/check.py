#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Usage: python3 check.py [DIR]   (default: the directory containing this script)
Prints one line per raw/gold pair and a summary; exit status 1 on any failure.
"""
import os
import re
import sys
from collections import Counter, defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
EDGE = 3          # furniture must occur within the first/last EDGE non-blank raw lines
NGRAM = 7         # no run of NGRAM words may be shared by two different pairs
EXPECTED_PAIRS = 20
PER_LANG, NEG_PER_LANG = 4, 1


def read_text(path, errors):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append("starts with a BOM")
    if b"\r" in data:
        errors.append("contains CR characters (must be LF only)")
    if not data.endswith(b"\n"):
        errors.append("no final newline")
    elif data.endswith(b"\n\n"):
        errors.append("ends with a blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"not valid UTF-8: {e}")
        text = data.decode("utf-8", "replace")
    return data, text


def split_lines(text):
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def blank(s):
    return s.strip() == ""


def expected_gold(raw, keep):
    """Rebuild the gold from raw lines and a keep-mask over non-blank lines.

    Blank lines survive; a gap between kept lines that contained a deletion keeps at
    most one blank line; at the very start/end such a gap keeps a blank only if the raw
    itself starts/ends with one."""
    out, gap_blanks, gap_deleted, seen_kept = [], [], False, False
    for i, line in enumerate(raw):
        if blank(line):
            gap_blanks.append(line)
        elif not keep[i]:
            gap_deleted = True
        else:
            if gap_deleted:
                if seen_kept:
                    out.extend(gap_blanks[:1])
                elif raw and blank(raw[0]):
                    out.extend(gap_blanks[:1])
            else:
                out.extend(gap_blanks)
            out.append(line)
            seen_kept = True
            gap_blanks, gap_deleted = [], False
    if gap_deleted:
        if raw and blank(raw[-1]):
            out.extend(gap_blanks[:1])
    else:
        out.extend(gap_blanks)
    return out


def match_subsequence(raw, gold):
    """Greedy match of gold's non-blank lines onto raw's non-blank lines.
    Returns a keep-mask over raw or None if gold is not a subsequence."""
    keep = [False] * len(raw)
    j = 0
    for g in gold:
        if blank(g):
            continue
        while j < len(raw) and (blank(raw[j]) or raw[j] != g):
            j += 1
        if j == len(raw):
            return None
        keep[j] = True
        j += 1
    return keep


def words(line):
    return re.findall(r"\w+", line.lower())


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
    names = sorted(f for f in os.listdir(root) if f.endswith(".txt"))
    failures = 0
    set_errors = []
    pairs = {}
    for f in names:
        m = NAME_RE.match(f)
        if not m:
            set_errors.append(f"bad file name: {f}")
            continue
        stem = f[: -len(".gold.txt")] if m.group(4) else f[: -len(".txt")]
        pairs.setdefault(stem, {})["gold" if m.group(4) else "raw"] = f

    numbers = Counter()
    lang_count, lang_neg = Counter(), Counter()
    line_owner = defaultdict(set)
    gram_owner = defaultdict(set)

    for stem in sorted(pairs):
        p = pairs[stem]
        errors = []
        num, lang, fams = NAME_RE.match(stem + ".txt").group(1, 2, 3)
        numbers[num] += 1
        lang_count[lang] += 1
        if "raw" not in p or "gold" not in p:
            print(f"FAIL {stem}: missing {'gold' if 'raw' in p else 'raw'} file")
            failures += 1
            continue
        raw_bytes, raw_text = read_text(os.path.join(root, p["raw"]), errors)
        gold_errors = []
        gold_bytes, gold_text = read_text(os.path.join(root, p["gold"]), gold_errors)
        errors += ["gold: " + e for e in gold_errors]
        raw, gold = split_lines(raw_text), split_lines(gold_text)

        negative = fams == "negative"
        fam_list = fams.split("-")
        if negative:
            lang_neg[lang] += 1
        else:
            bad = [x for x in fam_list if x not in FAMILIES]
            if bad:
                errors.append(f"unknown families: {bad}")
            if len(set(fam_list)) != len(fam_list):
                errors.append("family listed twice")
            if not bad and fam_list != sorted(fam_list, key=FAMILIES.index):
                errors.append("families not in canonical order")

        keep = match_subsequence(raw, gold)
        n_raw = sum(1 for l in raw if not blank(l))
        n_gold = sum(1 for l in gold if not blank(l))
        share = (n_raw - n_gold) / n_raw if n_raw else 0.0
        if keep is None:
            errors.append("gold is not a line subsequence of raw")
        else:
            exp = expected_gold(raw, keep)
            if exp != gold:
                for k, (a, b) in enumerate(zip(exp, gold)):
                    if a != b:
                        break
                else:
                    k = min(len(exp), len(gold))
                errors.append(f"blank-line rules violated near gold line {k + 1}")
        if gold and blank(gold[0]) and not (raw and blank(raw[0])):
            errors.append("gold starts with a blank line")
        if gold and blank(gold[-1]) and not (raw and blank(raw[-1])):
            errors.append("gold ends with a blank line")
        for a, b in zip(gold, gold[1:]):
            if blank(a) and blank(b) and not any(blank(x) and blank(y) for x, y in zip(raw, raw[1:])):
                errors.append("gold has consecutive blank lines")
                break
        nonblank = [l for l in raw if not blank(l)]
        if len(set(nonblank)) != len(nonblank) and not negative:
            dup = [l for l, c in Counter(nonblank).items() if c > 1]
            kept_dup = [l for l in dup if l in gold]
            if kept_dup:
                errors.append(f"kept line duplicated in raw (ambiguous): {kept_dup[0][:50]!r}")

        if negative:
            if raw_bytes != gold_bytes:
                errors.append("negative: gold is not byte-identical to raw")
            if not (MIN_LINES <= n_raw <= MAX_LINES):
                errors.append(f"{n_raw} non-blank lines, expected {MIN_LINES}-{MAX_LINES}")
        else:
            if not (MIN_LINES <= n_raw <= MAX_LINES):
                errors.append(f"{n_raw} non-blank lines, expected {MIN_LINES}-{MAX_LINES}")
            if not (MIN_SHARE <= share <= MAX_SHARE):
                errors.append(f"furniture share {share:.0%} outside {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
            if keep is not None:
                idx = [i for i, l in enumerate(raw) if not blank(l)]
                deleted = [i for i in idx if not keep[i]]
                kept = [i for i in idx if keep[i]]
                if not any(i in deleted for i in idx[:EDGE]):
                    errors.append("no furniture at the top")
                if not any(i in deleted for i in idx[-EDGE:]):
                    errors.append("no furniture at the bottom")
                if kept and not any(kept[0] < i < kept[-1] for i in deleted):
                    errors.append("no furniture between article paragraphs")
                if raw_bytes == gold_bytes:
                    errors.append("positive file with nothing removed")

        for l in set(nonblank):
            line_owner[l].add(stem)
            w = words(l)
            for k in range(len(w) - NGRAM + 1):
                gram_owner[" ".join(w[k:k + NGRAM])].add(stem)

        status = "FAIL" if errors else "OK  "
        print(f"{status} {stem}: lang={lang} raw={n_raw} gold={n_gold} furniture={n_raw - n_gold} ({share:.0%})"
              + (" negative" if negative else f" families={len(fam_list)}")
              + ("" if not errors else " | " + "; ".join(errors)))
        failures += bool(errors)

    # set-level checks
    if len(pairs) != EXPECTED_PAIRS:
        set_errors.append(f"{len(pairs)} pairs, expected {EXPECTED_PAIRS}")
    dup_nums = [n for n, c in numbers.items() if c > 1]
    if dup_nums:
        set_errors.append(f"numbers used twice: {dup_nums}")
    want = [f"{i:03d}" for i in range(1, len(numbers) + 1)]
    if sorted(numbers) != want:
        set_errors.append("numbers are not contiguous from 001")
    for lang in LANGS:
        if lang_count[lang] != PER_LANG:
            set_errors.append(f"{lang}: {lang_count[lang]} pairs, expected {PER_LANG}")
        if lang_neg[lang] != NEG_PER_LANG:
            set_errors.append(f"{lang}: {lang_neg[lang]} negatives, expected {NEG_PER_LANG}")
    for l, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            set_errors.append(f"line reused across files {sorted(owners)}: {l[:60]!r}")
    for g, owners in sorted(gram_owner.items()):
        if len(owners) > 1:
            set_errors.append(f"phrase reused across files {sorted(owners)}: {g!r}")

    for e in set_errors:
        print(f"FAIL set: {e}")
    ok = not failures and not set_errors
    print(f"{'PASS' if ok else 'FAIL'}: {len(pairs)} pairs checked, {failures} failing pairs, {len(set_errors)} set-level problems")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
