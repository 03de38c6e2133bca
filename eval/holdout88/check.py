#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks, per pair NNN_<lang>_<families>.txt / NNN_<lang>_<families>.gold.txt:
  * file name pattern, language code, family names (known, no duplicates)
  * both files present; UTF-8 without BOM, LF only, non-empty, final newline
  * gold is a line subsequence of raw (byte-identical lines, same order)
  * gold equals raw minus the deleted lines, with the blank-line rules applied:
    a run of blank lines touched by a deletion collapses to one blank line,
    untouched runs stay as they are, and no blank line is left at the start
    or end unless the raw file has one there
  * non-blank raw lines are unique within a file (so the alignment is unambiguous)
  * negatives: gold byte-identical to raw
  * positives: 15-40 non-blank raw lines, 30-55 % of them furniture, and
    furniture at the top, at the bottom and between article lines
Set-level checks: 20 pairs numbered 001-020, 4 per language with exactly one
negative each, no non-blank line shared between two different pairs, and a
README.md that lists every file number.
Prints one line per pair, then a summary; exit status 1 on any failure.
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = (
    "masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
    "credit copyright wire share counter newsletter subscribe donation membership "
    "paywall comments login authorbox tags footer app live notes"
).split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
EXPECTED_PAIRS = 20
PER_LANG = 4
NEG_PER_LANG = 1

HERE = os.path.dirname(os.path.abspath(__file__))


def read_text(path, errors):
    data = open(path, "rb").read()
    if not data:
        errors.append(f"{os.path.basename(path)}: empty file")
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    if b"\r" in data:
        errors.append(f"{os.path.basename(path)}: contains CR (not LF-only)")
    if not data.endswith(b"\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    return data, text


def split_lines(text):
    # text ends with "\n"; drop the empty string after the final newline
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    return lines


def is_subsequence(small, big):
    it = iter(big)
    return all(any(x == y for y in it) for x in small)


def align(raw, gold):
    """Map gold non-blank lines onto raw non-blank lines (greedy, in order).
    Returns the set of raw indices that are kept, or None if impossible."""
    gold_nb = [g for g in gold if g.strip()]
    kept = set()
    j = 0
    for i, line in enumerate(raw):
        if j < len(gold_nb) and line.strip() and line == gold_nb[j]:
            kept.add(i)
            j += 1
    return kept if j == len(gold_nb) else None


def expected_gold(raw, kept):
    """Rebuild the gold from raw given the kept non-blank raw indices."""
    items = []  # ("L", text) kept non-blank, ("B", "") blank, ("D", None) deleted
    for i, line in enumerate(raw):
        if not line.strip():
            items.append(("B", line))
        elif i in kept:
            items.append(("L", line))
        else:
            items.append(("D", None))
    out = []
    seg = []
    seen_content = False

    def flush(seg, leading, trailing):
        blanks = [t for k, t in seg if k == "B"]
        has_del = any(k == "D" for k, _ in seg)
        if not has_del:
            return blanks
        if not blanks:
            return []
        if leading and not (raw and not raw[0].strip()):
            return []
        if trailing and not (raw and not raw[-1].strip()):
            return []
        return [blanks[0]]

    for kind, text in items:
        if kind == "L":
            out.extend(flush(seg, leading=not seen_content, trailing=False))
            seg = []
            out.append(text)
            seen_content = True
        else:
            seg.append((kind, text))
    out.extend(flush(seg, leading=not seen_content, trailing=True))
    return out


def main():
    errors_total = 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    set_errors = []

    for g in sorted(golds):
        if g[: -len(".gold.txt")] + ".txt" not in raws:
            set_errors.append(f"{g}: gold without raw file")

    numbers = []
    by_lang = defaultdict(lambda: [0, 0])  # lang -> [pairs, negatives]
    line_owner = defaultdict(set)  # non-blank line -> set of pair numbers

    for raw_name in raws:
        errors = []
        m = NAME_RE.match(raw_name)
        stem = raw_name[:-4]
        gold_name = stem + ".gold.txt"
        info = ""
        if not m:
            errors.append("bad file name")
            print(f"FAIL {raw_name}: {'; '.join(errors)}")
            errors_total += 1
            continue
        num, lang, fams = m.group(1), m.group(2), m.group(3).split("-")
        numbers.append(num)
        negative = fams == ["negative"]
        if not negative:
            unknown = [f for f in fams if f not in FAMILIES]
            if unknown:
                errors.append(f"unknown families {unknown}")
            if len(set(fams)) != len(fams):
                errors.append("duplicate family in name")
        elif len(fams) != 1:
            errors.append("'negative' combined with families")
        by_lang[lang][0] += 1
        by_lang[lang][1] += negative

        if gold_name not in golds:
            errors.append("missing gold file")
            print(f"FAIL {raw_name}: {'; '.join(errors)}")
            errors_total += 1
            continue

        r = read_text(os.path.join(HERE, raw_name), errors)
        g = read_text(os.path.join(HERE, gold_name), errors)
        if r is None or g is None:
            print(f"FAIL {raw_name}: {'; '.join(errors)}")
            errors_total += 1
            continue
        raw_bytes, raw_text = r
        gold_bytes, gold_text = g
        raw = split_lines(raw_text)
        gold = split_lines(gold_text)

        nonblank = [l for l in raw if l.strip()]
        for l in nonblank:
            line_owner[l].add(num)
        dupes = {l for l in nonblank if nonblank.count(l) > 1}
        if dupes:
            errors.append(f"repeated non-blank raw lines: {sorted(dupes)[:3]}")

        if not is_subsequence(gold, raw):
            errors.append("gold is not a line subsequence of raw")
        kept = align(raw, gold)
        if kept is None:
            errors.append("gold non-blank lines cannot be aligned to raw")
        else:
            exp = expected_gold(raw, kept)
            if exp != gold:
                # locate first difference for the message
                k = next((i for i, (a, b) in enumerate(zip(exp, gold)) if a != b),
                         min(len(exp), len(gold)))
                errors.append(f"blank-line rules violated near gold line {k + 1}")

            n_nb = len(nonblank)
            deleted = [i for i, l in enumerate(raw) if l.strip() and i not in kept]
            n_del = len(deleted)
            share = n_del / n_nb if n_nb else 0.0
            info = f"lines={n_nb} furniture={n_del} share={share:.2f}"
            if negative:
                if raw_bytes != gold_bytes:
                    errors.append("negative: gold differs from raw")
            else:
                if not (MIN_LINES <= n_nb <= MAX_LINES):
                    errors.append(f"{n_nb} non-blank lines (want {MIN_LINES}-{MAX_LINES})")
                if not (MIN_SHARE <= share <= MAX_SHARE):
                    errors.append(f"furniture share {share:.2f} (want {MIN_SHARE}-{MAX_SHARE})")
                if kept:
                    first, last = min(kept), max(kept)
                    if not any(i < first for i in deleted):
                        errors.append("no furniture at the top")
                    if not any(i > last for i in deleted):
                        errors.append("no furniture at the bottom")
                    if not any(first < i < last for i in deleted):
                        errors.append("no furniture between article lines")
                else:
                    errors.append("positive with no content kept")

        status = "OK  " if not errors else "FAIL"
        msg = f"{status} {raw_name} [{'negative' if negative else 'positive'}] {info}"
        if errors:
            msg += " :: " + "; ".join(errors)
            errors_total += 1
        print(msg)

    # set-level checks
    if len(raws) != EXPECTED_PAIRS:
        set_errors.append(f"{len(raws)} pairs, want {EXPECTED_PAIRS}")
    if len(set(numbers)) != len(numbers):
        set_errors.append("duplicate file numbers")
    want = [f"{i:03d}" for i in range(1, EXPECTED_PAIRS + 1)]
    if sorted(numbers) != want:
        set_errors.append("file numbers are not 001-%03d" % EXPECTED_PAIRS)
    for lang in LANGS:
        pairs, negs = by_lang.get(lang, [0, 0])
        if pairs != PER_LANG or negs != NEG_PER_LANG:
            set_errors.append(f"{lang}: {pairs} pairs / {negs} negatives "
                              f"(want {PER_LANG} / {NEG_PER_LANG})")
    shared = {l: sorted(o) for l, o in line_owner.items() if len(o) > 1}
    for l, owners in sorted(shared.items()):
        set_errors.append(f"line reused in files {owners}: {l[:60]!r}")
    readme = os.path.join(HERE, "README.md")
    if not os.path.exists(readme):
        set_errors.append("README.md missing")
    else:
        rtext = open(readme, encoding="utf-8").read()
        missing = [n for n in numbers if n not in rtext]
        if missing:
            set_errors.append(f"README.md does not list {missing}")

    for e in set_errors:
        print(f"FAIL set: {e}")
    n_fail = errors_total + len(set_errors)
    print(f"{len(raws)} pairs checked, {n_fail} problem(s)")
    return 1 if n_fail else 0


if __name__ == "__main__":
    sys.exit(main())
