#!/usr/bin/env python3
"""Validate the boilerplate-removal evaluation set in this directory.

Checks, per pair:
  * file names: NNN_<lang>_<families>.txt / NNN_<lang>_<families>.gold.txt,
    lang in en/ru/de/fr/es, families from the fixed list (or "negative")
  * every raw file has a gold file and vice versa, numbers unique
  * UTF-8 without BOM, LF line endings only, final newline, no trailing
    whitespace, blank lines really empty
  * gold non-blank lines are a subsequence of raw non-blank lines and the gold
    file is exactly what deleting those raw lines produces: runs of blank lines
    left behind by a deletion collapse to one, no blank line at the start or
    end unless the raw file has it there
  * negatives: gold byte-identical to raw
  * positives: 15-40 non-blank raw lines, 30-55 % of them deleted, deletions at
    the top, at the bottom and in at least 3 separate places between kept lines
Checks over the whole set:
  * 25 pairs, 5 per language, exactly 1 negative per language
  * each family in at least 3 languages
  * no non-blank line and no 6-word sequence shared between two pairs
Prints one line per pair, then a summary; exit status 1 on any failure.
"""
import collections
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{name}: BOM")
    if b"\r" in data:
        errors.append(f"{name}: CR character (not LF-only)")
    if not data.endswith(b"\n"):
        errors.append(f"{name}: no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{name}: not UTF-8 ({e})")
        return data, []
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for i, l in enumerate(lines, 1):
        if l != l.rstrip():
            errors.append(f"{name}:{i}: trailing whitespace or whitespace-only line")
    return data, lines


def expected_gold(raw, keep):
    """Gold implied by raw lines and a keep-flag per line (blank lines always kept)."""
    kept = [(i, l) for i, l in enumerate(raw) if keep[i]]
    out = []
    j = 0
    while j < len(kept):
        i, l = kept[j]
        if l != "":
            out.append((i, l))
            j += 1
            continue
        k = j
        while k < len(kept) and kept[k][1] == "":
            k += 1
        run = kept[j:k]
        contiguous = all(run[n + 1][0] == run[n][0] + 1 for n in range(len(run) - 1))
        out.extend(run if contiguous else run[:1])
        j = k
    # leading / trailing blanks survive only if they are raw's own edge blanks
    while out and out[0][1] == "" and not all(raw[x] == "" for x in range(0, out[0][0] + 1)):
        out.pop(0)
    while out and out[-1][1] == "" and not all(raw[x] == "" for x in range(out[-1][0], len(raw))):
        out.pop()
    return [l for _, l in out]


def check_pair(num, lang, fams, raw_path, gold_path, errors):
    e0 = len(errors)
    name = os.path.basename(raw_path)
    raw_bytes, raw = read_lines(raw_path, errors)
    gold_bytes, gold = read_lines(gold_path, errors)
    negative = fams == ["negative"]
    nb_raw = [l for l in raw if l]
    info = {"lines": len(nb_raw), "furn": 0, "share": 0.0}
    if negative:
        if raw_bytes != gold_bytes:
            errors.append(f"{name}: negative but gold differs from raw")
        return info, len(errors) == e0
    # align gold non-blank lines to raw non-blank lines (greedy, in order)
    gnb = [l for l in gold if l]
    keep = []
    p = 0
    for l in raw:
        if l == "":
            keep.append(True)
        elif p < len(gnb) and l == gnb[p]:
            keep.append(True)
            p += 1
        else:
            keep.append(False)
    if p != len(gnb):
        errors.append(f"{name}: gold is not a subsequence of raw (stuck at gold line {gnb[p][:60]!r})")
        return info, False
    if expected_gold(raw, keep) != gold:
        errors.append(f"{name}: gold blank lines do not follow the deletion/collapse rule")
    nbk = [k for l, k in zip(raw, keep) if l]
    furn = nbk.count(False)
    share = furn / len(nbk) if nbk else 0
    info.update(furn=furn, share=share)
    if not 15 <= len(nbk) <= 40:
        errors.append(f"{name}: {len(nbk)} non-blank lines (want 15-40)")
    if not 0.30 <= share <= 0.55:
        errors.append(f"{name}: furniture share {share:.2f} (want 0.30-0.55)")
    if furn == 0:
        errors.append(f"{name}: positive without furniture")
    else:
        first = nbk.index(True)
        last = len(nbk) - 1 - nbk[::-1].index(True)
        mid_runs = sum(1 for i in range(first + 1, last + 1) if not nbk[i] and nbk[i - 1])
        info["mid"] = mid_runs
        if first == 0:
            errors.append(f"{name}: no furniture at the top")
        if last == len(nbk) - 1:
            errors.append(f"{name}: no furniture at the bottom")
        if mid_runs < 3:
            errors.append(f"{name}: only {mid_runs} furniture places between paragraphs (want >= 3)")
    return info, len(errors) == e0


def main():
    errors = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws, golds = {}, {}
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            errors.append(f"{f}: bad file name")
            continue
        num, lang, fam, g = m.groups()
        fams = fam.split("-")
        if fams != ["negative"]:
            bad = [x for x in fams if x not in FAMILIES]
            if bad:
                errors.append(f"{f}: unknown families {bad}")
            if len(set(fams)) != len(fams):
                errors.append(f"{f}: repeated family")
        elif g is None and "negative" in fams and len(fams) > 1:
            errors.append(f"{f}: negative mixed with families")
        (golds if g else raws)[f[:-len(".gold.txt")] if g else f[:-4]] = (num, lang, fams)
    for stem in sorted(set(raws) ^ set(golds)):
        errors.append(f"{stem}: missing {'gold' if stem in raws else 'raw'} file")
    nums = collections.Counter(v[0] for v in raws.values())
    for n, c in nums.items():
        if c > 1:
            errors.append(f"number {n} used {c} times")

    per_lang = collections.Counter()
    neg_lang = collections.Counter()
    fam_langs = collections.defaultdict(set)
    line_owner = collections.defaultdict(set)
    gram_owner = collections.defaultdict(set)
    for stem in sorted(set(raws) & set(golds)):
        num, lang, fams = raws[stem]
        rp = os.path.join(HERE, stem + ".txt")
        gp = os.path.join(HERE, stem + ".gold.txt")
        info, ok = check_pair(num, lang, fams, rp, gp, errors)
        per_lang[lang] += 1
        if fams == ["negative"]:
            neg_lang[lang] += 1
        else:
            for x in fams:
                fam_langs[x].add(lang)
        for l in open(rp, encoding="utf-8", errors="replace").read().split("\n"):
            if l:
                line_owner[l].add(num)
                w = re.findall(r"\w+", l.lower())
                for k in range(len(w) - 5):
                    gram_owner[" ".join(w[k:k + 6])].add(num)
        kind = "negative" if fams == ["negative"] else f"furniture {info['furn']:2d}/{info['lines']:2d} = {info['share']:.2f}, {info.get('mid', 0)} mid places"
        print(f"{'OK  ' if ok else 'FAIL'} {stem}.txt  [{info['lines']} lines; {kind}]")

    if len(set(raws) & set(golds)) != 25:
        errors.append(f"{len(set(raws) & set(golds))} pairs (want 25)")
    for lang in LANGS:
        if per_lang[lang] != 5:
            errors.append(f"{lang}: {per_lang[lang]} pairs (want 5)")
        if neg_lang[lang] != 1:
            errors.append(f"{lang}: {neg_lang[lang]} negatives (want 1)")
    for x in FAMILIES:
        if len(fam_langs[x]) < 3:
            errors.append(f"family {x}: only in {sorted(fam_langs[x])} (want >= 3 languages)")
    for l, owners in line_owner.items():
        if len(owners) > 1:
            errors.append(f"line shared by {sorted(owners)}: {l[:70]!r}")
    for g, owners in gram_owner.items():
        if len(owners) > 1:
            errors.append(f"6-word sequence shared by {sorted(owners)}: {g!r}")

    print()
    print("families by language:")
    for x in FAMILIES:
        print(f"  {x:11s} {' '.join(sorted(fam_langs[x]))}")
    print()
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"PASSED: {len(set(raws) & set(golds))} pairs")


if __name__ == "__main__":
    main()
