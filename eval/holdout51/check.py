#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks: file names and pairing, UTF-8 / LF / final newline / no BOM, gold is a
subsequence of raw with the blank-line rules, negatives byte-identical,
line counts and furniture share for positives, furniture at top, middle and
bottom, set composition (numbers, languages, positives/negatives, family
coverage), a rough language check and phrase reuse across files.
Prints one line per file and exits non-zero on any failure.
"""
import os, re, sys, unicodedata
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
NGRAM = 4                      # shared word n-grams across files count as a reused phrase
EXPECTED_FILES = 20            # pairs
PER_LANG_POS, PER_LANG_NEG = 2, 2
MIN_LANGS_PER_FAMILY = 3
IGNORED = {"check.py", "README.md", "PROMPT.md"}

STOPWORDS = {
    "en": "the and of to in is that for was with on said by".split(),
    "de": "der die das und ist nicht mit sich auf für den von".split(),
    "fr": "le la les des est et une dans pour qui pas du".split(),
    "es": "el la los las que del en una por para con se".split(),
}

HERE = os.path.dirname(os.path.abspath(__file__))
errors_total = 0


def read_text(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append("BOM present")
    if b"\r" in data:
        errs.append("CR character (not LF-only)")
    if not data.endswith(b"\n"):
        errs.append("no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not UTF-8: {e}")
        text = data.decode("utf-8", "replace")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if lines and lines[0].strip() == "":
        errs.append("starts with a blank line")
    if lines and lines[-1].strip() == "":
        errs.append("ends with a blank line")
    for i, ln in enumerate(lines, 1):
        if ln != ln.strip() :
            errs.append(f"line {i}: leading/trailing whitespace")
        if ln == "" and i > 1 and lines[i - 2] == "":
            errs.append(f"line {i}: two blank lines in a row")
        if any(unicodedata.category(c) == "Cc" and c != "\t" for c in ln):
            errs.append(f"line {i}: control character")
    return data, lines


def align(raw, gold, errs):
    """Map gold non-blank lines onto raw indices; verify blank-line rules.
    Returns the set of kept raw indices (non-blank) or None."""
    gi_nb = [i for i, l in enumerate(gold) if l != ""]
    mapping, r = {}, 0
    for gi in gi_nb:
        while r < len(raw) and raw[r] != gold[gi]:
            r += 1
        if r == len(raw):
            errs.append(f"gold line {gi + 1} not found in raw order: {gold[gi][:60]!r}")
            return None
        mapping[gi] = r
        r += 1
    # blank-line rules
    if gold and gold[0] == "" and raw and raw[0] != "":
        errs.append("gold starts with a blank line but raw does not")
    if gold and gold[-1] == "" and raw and raw[-1] != "":
        errs.append("gold ends with a blank line but raw does not")
    for a, b in zip(gi_nb, gi_nb[1:]):
        between_gold = gold[a + 1:b]
        raw_has_blank = any(raw[k] == "" for k in range(mapping[a] + 1, mapping[b]))
        expected = [""] if raw_has_blank else []
        if between_gold != expected:
            errs.append(f"gold lines {a + 1}-{b + 1}: expected {len(expected)} blank line(s) "
                        f"between them, found {len(between_gold)}")
    return set(mapping.values())


def lang_guess(lines):
    text = " ".join(lines)
    letters = [c for c in text if c.isalpha()]
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    if letters and cyr / len(letters) > 0.5:
        return "ru"
    words = re.findall(r"[^\W\d_]+", text.lower())
    scores = {k: sum(words.count(w) for w in v) for k, v in STOPWORDS.items()}
    return max(scores, key=scores.get)


def ngrams(line, n=NGRAM):
    w = re.findall(r"[^\W_]+", line.lower())
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


def main():
    global errors_total
    names = sorted(f for f in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, f)))
    set_errs = []
    raws, golds = {}, {}
    for f in names:
        if f in IGNORED:
            continue
        m = NAME_RE.match(f)
        if not m:
            set_errs.append(f"unexpected file name: {f}")
            continue
        key = f[: -len(".gold.txt")] if m.group(4) else f[: -len(".txt")]
        (golds if m.group(4) else raws)[key] = f
    for k in sorted(set(raws) | set(golds)):
        if k not in raws:
            set_errs.append(f"{k}: gold without raw")
        if k not in golds:
            set_errs.append(f"{k}: raw without gold")

    pairs = sorted(set(raws) & set(golds))
    numbers = defaultdict(list)
    per_lang = defaultdict(lambda: {"pos": 0, "neg": 0})
    fam_langs = defaultdict(set)
    file_lines = {}
    for k in pairs:
        num, lang, fams = NAME_RE.match(raws[k]).group(1, 2, 3)
        errs = []
        numbers[num].append(k)
        raw_bytes, raw = read_text(os.path.join(HERE, raws[k]), errs)
        gold_bytes, gold = read_text(os.path.join(HERE, golds[k]), errs)
        file_lines[k] = [l for l in raw if l]
        negative = fams == "negative"
        fam_list = [] if negative else fams.split("-")
        if not negative:
            unknown = [x for x in fam_list if x not in FAMILIES]
            if unknown:
                errs.append(f"unknown families in name: {unknown}")
            if len(set(fam_list)) != len(fam_list):
                errs.append("duplicate family in name")
            known = [x for x in fam_list if x in FAMILIES]
            if known != sorted(known, key=FAMILIES.index):
                errs.append("families not in canonical order")
            for x in known:
                fam_langs[x].add(lang)
        per_lang[lang]["neg" if negative else "pos"] += 1

        kept = align(raw, gold, errs)
        nb_raw = sum(1 for l in raw if l)
        nb_gold = sum(1 for l in gold if l)
        removed = nb_raw - nb_gold
        share = removed / nb_raw if nb_raw else 0.0
        if not (MIN_LINES <= nb_raw <= MAX_LINES):
            errs.append(f"{nb_raw} non-blank raw lines, expected {MIN_LINES}-{MAX_LINES}")
        if negative:
            if raw_bytes != gold_bytes:
                errs.append("negative: gold is not byte-identical to raw")
        else:
            if not (MIN_SHARE <= share <= MAX_SHARE):
                errs.append(f"furniture share {share:.2f} outside {MIN_SHARE}-{MAX_SHARE}")
            if kept is not None:
                nb_idx = [i for i, l in enumerate(raw) if l]
                kept_idx = sorted(kept)
                if nb_idx and nb_idx[0] in kept:
                    errs.append("no furniture at the top (first line is content)")
                if nb_idx and nb_idx[-1] in kept:
                    errs.append("no furniture at the bottom (last line is content)")
                if kept_idx:
                    inner = [i for i in nb_idx if kept_idx[0] < i < kept_idx[-1] and i not in kept]
                    if not inner:
                        errs.append("no furniture between content lines")
            if removed == 0:
                errs.append("positive with nothing removed")
        g = lang_guess(raw)
        if g != lang:
            errs.append(f"text looks like {g}, name says {lang}")
        status = "OK  " if not errs else "FAIL"
        kind = "negative" if negative else f"{len(fam_list)} families"
        print(f"{status} {raws[k]}: {nb_raw} lines, {removed} furniture ({share:.0%}), {kind}")
        for e in errs:
            print(f"       - {e}")
        errors_total += len(errs)

    # set composition
    nums = sorted(numbers)
    if len(pairs) != EXPECTED_FILES:
        set_errs.append(f"{len(pairs)} pairs, expected {EXPECTED_FILES}")
    for n, ks in numbers.items():
        if len(ks) > 1:
            set_errs.append(f"number {n} used more than once: {ks}")
    if nums != [f"{i:03d}" for i in range(1, len(nums) + 1)]:
        set_errs.append("numbers are not consecutive from 001")
    for lang in LANGS:
        c = per_lang[lang]
        if c["pos"] != PER_LANG_POS or c["neg"] != PER_LANG_NEG:
            set_errs.append(f"{lang}: {c['pos']} positives / {c['neg']} negatives, "
                            f"expected {PER_LANG_POS}/{PER_LANG_NEG}")
    for fam in FAMILIES:
        if len(fam_langs[fam]) < MIN_LANGS_PER_FAMILY:
            set_errs.append(f"family {fam} in {len(fam_langs[fam])} language(s) "
                            f"{sorted(fam_langs[fam])}, expected >= {MIN_LANGS_PER_FAMILY}")
    # phrase reuse across files
    seen_line, seen_gram = {}, {}
    reuse = defaultdict(list)          # (file a, file b) -> examples
    for k, lines in file_lines.items():
        for l in lines:
            norm = " ".join(l.lower().split())
            if norm in seen_line and seen_line[norm] != k:
                reuse[(seen_line[norm], k)].append(f"line {l[:50]!r}")
            seen_line.setdefault(norm, k)
            for gram in ngrams(l):
                if gram in seen_gram and seen_gram[gram] != k:
                    reuse[(seen_gram[gram], k)].append(f"phrase {gram!r}")
                seen_gram.setdefault(gram, k)
    for (a, b), ex in sorted(reuse.items()):
        set_errs.append(f"{len(ex)} reused line(s)/phrase(s) between {a} and {b}, e.g. {ex[0]}")

    cov = ", ".join(f"{f}:{len(fam_langs[f])}" for f in FAMILIES)
    print(f"family coverage (languages): {cov}")
    for e in set_errs:
        print(f"FAIL set: {e}")
    errors_total += len(set_errs)
    print(f"{len(pairs)} pairs checked, {errors_total} problem(s)")
    return 1 if errors_total else 0


if __name__ == "__main__":
    sys.exit(main())
