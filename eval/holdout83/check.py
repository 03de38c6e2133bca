#!/usr/bin/env python3
"""Validate the boilerplate-removal evaluation set in this directory.

Checks: file names and families, raw/gold pairing, encoding (UTF-8, no BOM,
LF only, final newline), gold is a line subsequence of raw, blank-line
collapsing, negatives byte-identical, line counts and furniture share,
furniture present at top / middle / bottom, per-language quotas, and no
non-blank line shared between different files.
Prints one line per file and exits non-zero on any failure.
"""
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
SCRIPT = {"ru": re.compile(r"[А-Яа-яЁё]"), "en": re.compile(r"[A-Za-z]"),
          "de": re.compile(r"[A-Za-zÄÖÜäöüß]"), "fr": re.compile(r"[A-Za-zÀ-ÿ]"),
          "es": re.compile(r"[A-Za-zÁÉÍÓÚÑáéíóúñü]")}

errors_total = 0


def read_text(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append("has BOM")
    if b"\r" in data:
        errs.append("contains CR (not LF-only)")
    if not data.endswith(b"\n"):
        errs.append("no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not UTF-8: {e}")
        text = data.decode("utf-8", "replace")
    return data, text


def split_lines(text):
    if text.endswith("\n"):
        text = text[:-1]
    return text.split("\n")


def derive_gold(raw, deleted):
    """Delete the given raw indices, collapse blank runs created by deletion,
    drop leading/trailing blanks unless the raw has them there."""
    kept = [l for i, l in enumerate(raw) if i not in deleted]
    out = []
    for l in kept:
        if l.strip() == "" and out and out[-1].strip() == "":
            continue
        out.append(l)
    if raw and raw[0].strip() != "":
        while out and out[0].strip() == "":
            out.pop(0)
    if raw and raw[-1].strip() != "":
        while out and out[-1].strip() == "":
            out.pop()
    return out


def main():
    global errors_total
    names = sorted(n for n in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, n)))
    pairs = {}
    other_errs = []
    for n in names:
        if n in ("check.py", "README.md"):
            continue
        m = NAME_RE.match(n)
        if not m:
            other_errs.append(f"unexpected file name: {n}")
            continue
        num, lang, fams, gold = m.groups()
        key = (num, lang, fams)
        pairs.setdefault(key, {})["gold" if gold else "raw"] = n

    numbers = Counter(k[0] for k in pairs)
    for num, c in numbers.items():
        if c > 1:
            other_errs.append(f"number {num} used by {c} different file stems")

    line_owner = defaultdict(set)   # casefolded non-blank line -> set of file numbers
    per_lang = Counter()
    neg_lang = Counter()

    for key in sorted(pairs):
        num, lang, fams = key
        stem = f"{num}_{lang}_{fams}"
        errs = []
        p = pairs[key]
        if "raw" not in p:
            errs.append("missing raw file")
        if "gold" not in p:
            errs.append("missing gold file")
        if errs:
            print(f"FAIL {stem}: " + "; ".join(errs))
            errors_total += 1
            continue
        fam_list = fams.split("-")
        negative = fam_list == ["negative"]
        if not negative:
            bad = [f for f in fam_list if f not in FAMILIES]
            if bad:
                errs.append(f"unknown families {bad}")
            if len(set(fam_list)) != len(fam_list):
                errs.append("duplicate family in name")
            if "negative" in fam_list:
                errs.append("'negative' mixed with families")
        per_lang[lang] += 1
        if negative:
            neg_lang[lang] += 1

        raw_bytes, raw_text = read_text(os.path.join(HERE, p["raw"]), errs)
        gold_bytes, gold_text = read_text(os.path.join(HERE, p["gold"]), errs)
        raw = split_lines(raw_text)
        gold = split_lines(gold_text)

        for label, lines in (("raw", raw), ("gold", gold)):
            for a, b in zip(lines, lines[1:]):
                if a.strip() == "" and b.strip() == "":
                    errs.append(f"{label} has a run of blank lines")
                    break
            if lines and lines[0].strip() == "" and not (raw and raw[0].strip() == ""):
                errs.append(f"{label} starts with a blank line")
            if lines and lines[-1].strip() == "" and not (raw and raw[-1].strip() == ""):
                errs.append(f"{label} ends with a blank line")

        # gold as subsequence of raw (greedy on non-blank lines)
        deleted = set()
        gi = 0
        gold_nb = [l for l in gold if l.strip()]
        for ri, l in enumerate(raw):
            if not l.strip():
                continue
            if gi < len(gold_nb) and l == gold_nb[gi]:
                gi += 1
            else:
                deleted.add(ri)
        if gi != len(gold_nb):
            errs.append(f"gold is not a subsequence of raw (stuck at gold non-blank line {gi + 1}: {gold_nb[gi][:60]!r})")
        else:
            if derive_gold(raw, deleted) != gold:
                errs.append("gold does not equal raw minus deleted lines with blank runs collapsed")

        raw_nb = [l for l in raw if l.strip()]
        n_nb = len(raw_nb)
        n_del = len(deleted)
        share = n_del / n_nb if n_nb else 0.0

        if negative:
            if raw_bytes != gold_bytes:
                errs.append("negative: gold not byte-identical to raw")
        else:
            if not 15 <= n_nb <= 40:
                errs.append(f"{n_nb} non-blank lines (need 15-40)")
            if not 0.30 <= share <= 0.55:
                errs.append(f"furniture share {share:.0%} (need 30-55%)")
            kept_idx = [i for i, l in enumerate(raw) if l.strip() and i not in deleted]
            if kept_idx and deleted:
                first, last = kept_idx[0], kept_idx[-1]
                if not any(i < first for i in deleted):
                    errs.append("no furniture before the article")
                if not any(i > last for i in deleted):
                    errs.append("no furniture after the article")
                if not any(first < i < last for i in deleted):
                    errs.append("no furniture between paragraphs")
            elif not deleted:
                errs.append("positive file with no furniture deleted")

        # language sanity: most kept lines contain letters of the language's script
        kept_lines = [l for l in gold if re.search(r"[^\W\d_]", l)]
        if kept_lines:
            hits = sum(1 for l in kept_lines if SCRIPT[lang].search(l))
            if hits / len(kept_lines) < 0.8:
                errs.append(f"only {hits}/{len(kept_lines)} kept lines in {lang} script")

        for l in raw_nb:
            line_owner[l.strip().casefold()].add(num)

        status = "FAIL" if errs else "ok  "
        print(f"{status} {stem}: {n_nb} non-blank, {n_del} furniture ({share:.0%}), "
              f"{'negative' if negative else str(len(fam_list)) + ' families'}"
              + ("" if not errs else " -- " + "; ".join(errs)))
        if errs:
            errors_total += 1

    shared = {l: nums for l, nums in line_owner.items() if len(nums) > 1}
    for l, nums in sorted(shared.items()):
        other_errs.append(f"line shared by files {sorted(nums)}: {l[:70]!r}")

    for lang in LANGS:
        if per_lang[lang] != 4:
            other_errs.append(f"{lang}: {per_lang[lang]} pairs (want 4)")
        if neg_lang[lang] != 1:
            other_errs.append(f"{lang}: {neg_lang[lang]} negatives (want 1)")
    if len(pairs) != 20:
        other_errs.append(f"{len(pairs)} pairs (want 20)")

    for e in other_errs:
        print("FAIL " + e)
    errors_total += len(other_errs)
    print(f"{len(pairs)} pairs checked, {errors_total} problem(s)")
    return 1 if errors_total else 0


if __name__ == "__main__":
    sys.exit(main())
