#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Usage: python3 check.py [directory]   (default: the directory of this script)
Exit status 0 when every check passes, 1 otherwise.
"""
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
PER_LANG = 4            # files per language
NEG_PER_LANG = 1        # negatives per language
MIN_LINES, MAX_LINES = 15, 40      # non-blank lines in a positive raw file
MIN_SHARE, MAX_SHARE = 0.30, 0.55  # furniture share of non-blank lines in a positive
NGRAM = 5               # no word sequence of this length may occur in two different files

NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")


def read_text(path, errors):
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append("starts with a BOM")
    if b"\r" in data:
        errors.append("contains CR (line endings must be LF)")
    if not data.endswith(b"\n"):
        errors.append("no final newline")
    if data.endswith(b"\n\n"):
        errors.append("ends with a blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"not UTF-8: {e}")
        return None
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def align(raw, gold):
    """Map each gold line to a raw line index (greedy, order-preserving).
    Non-blank gold lines are matched to identical non-blank raw lines; the result is a
    keep-mask over raw non-blank lines. Returns (mask, error)."""
    keep = [False] * len(raw)
    i = 0
    for g in gold:
        if g == "":
            continue
        while i < len(raw) and raw[i] != g:
            i += 1
        if i == len(raw):
            return None, f"gold line not found in raw (in order): {g[:70]!r}"
        keep[i] = True
        i += 1
    return keep, None


def render(raw, keep):
    """What the gold must be: raw minus furniture lines, blank runs collapsed to one,
    no blank line at start/end unless the raw has one there."""
    out = []
    for line, k in zip(raw, keep):
        if line == "":
            if out and out[-1] == "":
                continue
            if not out and raw and raw[0] != "":
                continue
            out.append(line)
        elif k:
            out.append(line)
    while out and out[-1] == "" and not (raw and raw[-1] == ""):
        out.pop()
    return out


def words(lines):
    return re.findall(r"\w+", " ".join(lines).lower())


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    failed = False
    raws, golds = {}, {}
    for p in sorted(root.iterdir()):
        if p.is_dir() or p.name in ("check.py", "README.md"):
            continue
        m = NAME_RE.match(p.name)
        if not m:
            print(f"FAIL {p.name}: unexpected file name")
            failed = True
            continue
        (golds if m.group(4) else raws)[p.name.replace(".gold.txt", ".txt")] = p

    for name in sorted(set(raws) ^ set(golds)):
        print(f"FAIL {name}: missing {'gold' if name in raws else 'raw'} partner")
        failed = True

    per_lang = Counter()
    neg_lang = Counter()
    numbers = Counter()
    file_ngrams = {}
    for name in sorted(set(raws) & set(golds)):
        errors = []
        num, lang, fams, _ = NAME_RE.match(name).groups()
        numbers[num] += 1
        if lang not in LANGS:
            errors.append(f"language {lang!r} not one of {LANGS}")
        per_lang[lang] += 1
        fam_list = fams.split("-")
        negative = fam_list == ["negative"]
        if negative:
            neg_lang[lang] += 1
        else:
            bad = [f for f in fam_list if f not in FAMILIES]
            if bad:
                errors.append(f"unknown families {bad}")
            if len(set(fam_list)) != len(fam_list):
                errors.append("family listed twice")
            if not bad and fam_list != sorted(fam_list, key=FAMILIES.index):
                errors.append("families not in canonical order")

        raw = read_text(raws[name], errors)
        gold = read_text(golds[name], errors)
        if raw is None or gold is None:
            print(f"FAIL {name}: " + "; ".join(errors))
            failed = True
            continue
        nonblank = [l for l in raw if l.strip()]
        for l in raw:
            if l != "" and not l.strip():
                errors.append("whitespace-only line (blank lines must be empty)")
                break
        dup = [l for l, c in Counter(nonblank).items() if c > 1]
        if dup:
            errors.append(f"raw has duplicate lines (alignment ambiguous): {dup[0][:50]!r}")

        keep, err = align(raw, gold)
        if err:
            errors.append(err)
            stat = ""
        else:
            expected = render(raw, keep)
            if gold != expected:
                for k, (a, b) in enumerate(zip(gold + [None] * len(expected), expected + [None] * len(gold))):
                    if a != b:
                        errors.append(f"gold differs from raw-minus-furniture at gold line {k + 1}: "
                                      f"got {a!r:.60}, expected {b!r:.60} (blank-line rule?)")
                        break
            n = len(nonblank)
            furn = [i for i, l in enumerate(raw) if l and not keep[i]]
            kept = [i for i, l in enumerate(raw) if l and keep[i]]
            share = len(furn) / n if n else 0
            stat = f"{n} lines, {len(furn)} furniture ({share:.0%})"
            if negative:
                if raws[name].read_bytes() != golds[name].read_bytes():
                    errors.append("negative: gold not byte-identical to raw")
            else:
                if not MIN_LINES <= n <= MAX_LINES:
                    errors.append(f"{n} non-blank lines, need {MIN_LINES}-{MAX_LINES}")
                if not MIN_SHARE <= share <= MAX_SHARE:
                    errors.append(f"furniture share {share:.0%}, need {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
                if not kept:
                    errors.append("no content kept")
                else:
                    if not any(i < kept[0] for i in furn):
                        errors.append("no furniture above the article")
                    if not any(i > kept[-1] for i in furn):
                        errors.append("no furniture below the article")
                    if not any(kept[0] < i < kept[-1] for i in furn):
                        errors.append("no furniture between article paragraphs")
        w = words(nonblank)
        file_ngrams[name] = {tuple(w[i:i + NGRAM]) for i in range(len(w) - NGRAM + 1)}

        if errors:
            failed = True
            print(f"FAIL {name}: {stat}; " + "; ".join(errors))
        else:
            print(f"ok   {name}: {'negative, ' if negative else ''}{stat}")

    # phrase reuse across files
    owners = defaultdict(set)
    for name, grams in file_ngrams.items():
        for g in grams:
            owners[g].add(name)
    shared = {g: o for g, o in owners.items() if len(o) > 1}
    for g, o in sorted(shared.items())[:20]:
        print(f"FAIL phrase reused in {sorted(o)}: {' '.join(g)!r}")
    if shared:
        failed = True

    # set composition
    for num, c in numbers.items():
        if c > 1:
            print(f"FAIL number {num} used by {c} files")
            failed = True
    for lang in LANGS:
        if per_lang[lang] != PER_LANG or neg_lang[lang] != NEG_PER_LANG:
            print(f"FAIL {lang}: {per_lang[lang]} files, {neg_lang[lang]} negatives "
                  f"(need {PER_LANG} and {NEG_PER_LANG})")
            failed = True
    total = sum(per_lang.values())
    print(f"{'FAILED' if failed else 'PASSED'}: {total} pairs, "
          f"{sum(neg_lang.values())} negatives, languages {dict(per_lang)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
