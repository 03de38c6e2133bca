#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks, per pair:
  * file name  NNN_<lang>_<families>.txt  (+ matching .gold.txt); families from the
    fixed list, no repeats, or the single word 'negative';
  * bytes: valid UTF-8, no BOM, LF only, final newline, no trailing blank line,
    no run of two blank lines in the raw file;
  * gold is a subsequence of raw (byte-identical lines, same order) and is exactly
    what deleting the unmatched raw lines produces once blank runs are collapsed to
    one and leading/trailing blanks are dropped (unless the raw has them there);
  * negatives: gold byte-identical to raw;
  * positives: 15-40 non-blank raw lines, 30-55% of them deleted, deletions present
    before the first kept line, after the last kept line and between kept lines.
Set-level: 4 pairs per language, exactly 1 negative per language, about half the
raw files with blank lines, no non-blank line shared between two different files.
Prints one line per pair and exits non-zero on any failure.
"""
import os, re, sys, glob, collections

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")


def read_lines(path, errs):
    data = open(path, "rb").read()
    tag = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{tag}: BOM")
    if b"\r" in data:
        errs.append(f"{tag}: CR characters (need LF only)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{tag}: not UTF-8 ({e})")
        return None, data
    if not text.endswith("\n"):
        errs.append(f"{tag}: no final newline")
        return text.split("\n"), data
    if text.endswith("\n\n"):
        errs.append(f"{tag}: trailing blank line")
    return text[:-1].split("\n"), data


def collapse(lines, raw):
    out = []
    for l in lines:
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


def align(raw, gold):
    """Leftmost alignment of gold's non-blank lines onto raw. Returns kept raw indices or None."""
    kept, j = [], 0
    for g in gold:
        if g.strip() == "":
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        kept.append(j)
        j += 1
    return kept


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    set_errs = []
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            set_errs.append(f"{g}: gold without raw")
    per_lang = collections.Counter()
    neg_lang = collections.Counter()
    with_blanks = 0
    numbers = collections.Counter()
    line_owner = collections.defaultdict(set)
    n_fail = 0

    for r in raws:
        errs = []
        m = NAME_RE.match(r)
        if not m:
            print(f"FAIL {r}: bad file name")
            n_fail += 1
            continue
        num, lang, fams = m.groups()
        numbers[num] += 1
        per_lang[lang] += 1
        negative = fams == "negative"
        if negative:
            neg_lang[lang] += 1
        else:
            fl = fams.split("-")
            bad = [f for f in fl if f not in FAMILIES]
            if bad:
                errs.append(f"unknown families {bad}")
            if len(set(fl)) != len(fl):
                errs.append("repeated family in name")
        gname = r[:-4] + ".gold.txt"
        if gname not in golds:
            print(f"FAIL {r}: missing {gname}")
            n_fail += 1
            continue
        raw, raw_bytes = read_lines(os.path.join(HERE, r), errs)
        gold, gold_bytes = read_lines(os.path.join(HERE, gname), errs)
        if raw is None or gold is None:
            print(f"FAIL {r}: " + "; ".join(errs))
            n_fail += 1
            continue
        for i in range(1, len(raw)):
            if raw[i].strip() == "" and raw[i - 1].strip() == "":
                errs.append(f"raw has consecutive blank lines at line {i + 1}")
                break
        if any(l.strip() == "" for l in raw):
            with_blanks += 1
        for l in raw:
            if l.strip():
                line_owner[l].add(num)

        raw_nb = [l for l in raw if l.strip()]
        gold_nb = [l for l in gold if l.strip()]
        kept = align(raw, gold)
        info = f"{len(raw_nb)} lines"
        if kept is None:
            errs.append("gold is not a subsequence of raw")
        else:
            keep = set(kept)
            expect = collapse([l for i, l in enumerate(raw) if l.strip() == "" or i in keep], raw)
            if expect != gold:
                errs.append("gold blank lines do not follow the collapse rules")
            for i in range(1, len(gold)):
                if gold[i].strip() == "" and gold[i - 1].strip() == "":
                    errs.append("gold has consecutive blank lines")
                    break
            deleted = [i for i, l in enumerate(raw) if l.strip() and i not in keep]
            n_del = len(deleted)
            share = n_del / len(raw_nb) if raw_nb else 0
            info += f", {n_del} furniture ({share:.0%})"
            if negative:
                if raw_bytes != gold_bytes:
                    errs.append("negative but gold differs from raw")
            else:
                if not 15 <= len(raw_nb) <= 40:
                    errs.append(f"{len(raw_nb)} non-blank lines (need 15-40)")
                if not 0.30 <= share <= 0.55:
                    errs.append(f"furniture share {share:.1%} (need 30-55%)")
                if kept:
                    first, last = kept[0], kept[-1]
                    if not any(i < first for i in deleted):
                        errs.append("no furniture at the top")
                    if not any(i > last for i in deleted):
                        errs.append("no furniture at the bottom")
                    if not any(first < i < last for i in deleted):
                        errs.append("no furniture between paragraphs")
                else:
                    errs.append("gold is empty")
        status = "FAIL" if errs else "ok  "
        if errs:
            n_fail += 1
        print(f"{status} {r}: {info}" + ("" if not errs else " -- " + "; ".join(errs)))

    for n, c in numbers.items():
        if c > 1:
            set_errs.append(f"number {n} used {c} times")
    for lang in LANGS:
        if per_lang[lang] != 4:
            set_errs.append(f"{lang}: {per_lang[lang]} pairs (need 4)")
        if neg_lang[lang] != 1:
            set_errs.append(f"{lang}: {neg_lang[lang]} negatives (need 1)")
    if raws and not 0.4 <= with_blanks / len(raws) <= 0.6:
        set_errs.append(f"{with_blanks}/{len(raws)} raw files keep blank lines (need about half)")
    for l, owners in line_owner.items():
        if len(owners) > 1:
            set_errs.append(f"line reused across files {sorted(owners)}: {l[:60]!r}")
    print(f"set: {len(raws)} pairs, {with_blanks} with blank lines, "
          f"{sum(neg_lang.values())} negatives")
    for e in set_errs:
        print(f"FAIL set: {e}")
    if n_fail or set_errs:
        print(f"FAILED ({n_fail} file(s), {len(set_errs)} set problem(s))")
        sys.exit(1)
    print("PASSED")


if __name__ == "__main__":
    main()
