#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks: file names and pairing, UTF-8 / LF / final newline / no BOM, gold is a
line subsequence of raw, blank-line collapsing rules, negatives byte-identical,
line counts and furniture shares for positives, furniture at top / middle /
bottom, per-language quotas, and no line or four-word phrase reused across files.
Prints one line per pair and exits non-zero on any failure.
"""
import os, re, sys
from collections import Counter, defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_text(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append("BOM")
    if b"\r" in data:
        errs.append("CR character (not LF-only)")
    if not data.endswith(b"\n"):
        errs.append("no final newline")
    elif data.endswith(b"\n\n"):
        errs.append("more than one trailing newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not UTF-8: {e}")
        text = data.decode("utf-8", "replace")
    return data, text


def lines_of(text):
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def align(raw, gold):
    """Greedy match of gold's non-blank lines into raw; returns kept raw indices or None."""
    kept, j = [], 0
    for g in gold:
        if g == "":
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        kept.append(j)
        j += 1
    return kept


def expected_gold(raw, kept):
    """Delete every non-kept line, collapse blank runs, trim blanks the raw doesn't have at its ends."""
    keep = set(kept)
    out = []
    for i, t in enumerate(raw):
        if t == "":
            if out and out[-1] != "":
                out.append("")
            elif not out and i == 0:
                out.append("")          # raw itself starts with a blank line
        elif i in keep:
            out.append(t)
    if out and out[-1] == "" and raw[-1] != "":
        out.pop()
    return out


def main():
    names = sorted(os.listdir(HERE))
    raws = [n for n in names if n.endswith(".txt") and not n.endswith(".gold.txt")]
    golds = [n for n in names if n.endswith(".gold.txt")]
    failures = 0
    seen_lines = defaultdict(set)          # normalised line -> files
    per_lang = Counter(); neg_lang = Counter(); numbers = []

    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold without raw"); failures += 1

    for name in raws:
        errs, notes = [], []
        m = NAME_RE.match(name)
        if not m:
            print(f"FAIL {name}: bad file name"); failures += 1; continue
        num, lang, fams = m.group(1), m.group(2), m.group(3).split("-")
        numbers.append(int(num)); per_lang[lang] += 1
        negative = fams == ["negative"]
        if negative:
            neg_lang[lang] += 1
        else:
            bad = [f for f in fams if f not in FAMILIES]
            if bad: errs.append(f"unknown families {bad}")
            if len(set(fams)) != len(fams): errs.append("family listed twice")
        gname = name[:-4] + ".gold.txt"
        if gname not in golds:
            print(f"FAIL {name}: missing {gname}"); failures += 1; continue
        rdata, rtext = read_text(os.path.join(HERE, name), errs)
        gdata, gtext = read_text(os.path.join(HERE, gname), errs)
        raw, gold = lines_of(rtext), lines_of(gtext)

        for i in range(1, len(gold)):
            if gold[i] == "" and gold[i - 1] == "":
                errs.append(f"gold has consecutive blank lines at line {i+1}"); break
        if gold and gold[0] == "" and raw[0] != "": errs.append("gold starts with a blank line, raw does not")
        if gold and gold[-1] == "" and raw[-1] != "": errs.append("gold ends with a blank line, raw does not")
        for ln in raw:
            if ln != ln.strip() and ln.strip():
                notes.append("leading/trailing whitespace in a raw line"); break

        nb = [t for t in raw if t]
        dup = [t for t, c in Counter(nb).items() if c > 1]
        if dup: errs.append(f"duplicate non-blank line within raw: {dup[0][:50]!r}")
        for t in set(nb):
            seen_lines[t.strip().casefold()].add(name)

        kept = align(raw, gold)
        if kept is None:
            errs.append("gold is not a subsequence of raw")
        else:
            exp = expected_gold(raw, kept)
            if exp != gold:
                errs.append("gold blank lines do not follow the collapse rule")
        n_raw = len(nb)
        n_gold = sum(1 for t in gold if t)
        n_furn = n_raw - n_gold
        share = n_furn / n_raw if n_raw else 0.0

        if negative:
            if rdata != gdata: errs.append("negative: gold is not byte-identical to raw")
            if n_raw < 10: errs.append(f"negative too short ({n_raw} lines)")
        else:
            if not 15 <= n_raw <= 40: errs.append(f"{n_raw} non-blank lines (need 15-40)")
            if not 0.30 <= share <= 0.55: errs.append(f"furniture share {share:.2f} (need 0.30-0.55)")
            if kept is not None and kept:
                nb_idx = [i for i, t in enumerate(raw) if t]
                ks = set(kept)
                furn_idx = [i for i in nb_idx if i not in ks]
                if not any(i < kept[0] for i in furn_idx): errs.append("no furniture before the article")
                if not any(i > kept[-1] for i in furn_idx): errs.append("no furniture after the article")
                if not any(kept[0] < i < kept[-1] for i in furn_idx): errs.append("no furniture inside the article")
            if n_gold == 0: errs.append("gold is empty")

        status = "FAIL" if errs else "ok  "
        print(f"{status} {name}: {n_raw} lines, {n_furn} furniture ({share:.0%})"
              + ("" if not errs else " | " + "; ".join(errs))
              + ("" if not notes else " | note: " + "; ".join(notes)))
        failures += bool(errs)

    # set-level checks
    set_errs = []
    for lang in LANGS:
        if per_lang[lang] != 4: set_errs.append(f"{lang}: {per_lang[lang]} pairs (need 4)")
        if neg_lang[lang] != 1: set_errs.append(f"{lang}: {neg_lang[lang]} negatives (need 1)")
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        set_errs.append("numbers are not unique and consecutive from 001")
    for t, files in sorted(seen_lines.items()):
        if len(files) > 1:
            set_errs.append(f"line reused across files {sorted(files)}: {t[:60]!r}")
    # phrase reuse: any run of 4 words shared by two raw files
    shingles = defaultdict(set)
    for name in raws:
        for ln in open(os.path.join(HERE, name), encoding="utf-8", errors="replace"):
            w = re.findall(r"\w+", ln.casefold())
            for i in range(len(w) - 3):
                shingles[tuple(w[i:i + 4])].add(name[:3])
    for k, files in sorted(shingles.items()):
        if len(files) > 1:
            set_errs.append(f"phrase reused across files {sorted(files)}: {' '.join(k)!r}")
    for e in set_errs:
        print(f"FAIL set: {e}")
    failures += len(set_errs)
    print(f"{len(raws)} pairs checked, {failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
