#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks, per pair:
  * file name  NNN_<lang>_<families>.txt  with a matching .gold.txt
  * families from the allowed list (no repeats), or exactly "negative"
  * UTF-8 (strict), no BOM, LF only, final newline, no trailing whitespace
  * raw: no blank line at start/end, never two blank lines in a row
  * gold lines are a subsequence of raw lines (byte-identical lines, same order)
  * gold equals raw with the unmatched lines deleted, blank runs collapsed to one,
    and no leading/trailing blank line unless raw has one there
  * negatives: gold byte-identical to raw
  * positives: 15-40 non-blank raw lines, 30-55 % of them furniture,
    furniture at the top, at the bottom and between two content lines
Checks over the whole set:
  * 20 pairs numbered 001-020, 4 per language, 1 negative per language
  * about half of the raw files keep blank lines (8-12 of 20)
  * no non-blank line and no 6-word phrase shared between two files
  * no stray files in the directory
Prints one line per file and exits non-zero on any failure.
"""
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ("en", "ru", "de", "fr", "es")
FAMILIES = set("""masthead nav breadcrumb skip cookie consent readmore related ad promo
caption credit copyright wire share counter newsletter subscribe donation membership
paywall comments login authorbox tags footer app live notes""".split())
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
ALLOWED_EXTRA = {"check.py", "README.md"}
SHINGLE = 6

errors_total = 0


def read_text(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{os.path.basename(path)}: BOM")
    if b"\r" in data:
        errs.append(f"{os.path.basename(path)}: CR character (not LF-only)")
    if not data.endswith(b"\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for i, ln in enumerate(lines, 1):
        if ln != ln.rstrip():
            errs.append(f"{os.path.basename(path)}:{i}: trailing whitespace / whitespace-only line")
        if "\t" in ln:
            errs.append(f"{os.path.basename(path)}:{i}: tab character")
    return data, lines


def match_subsequence(raw, gold):
    """Greedy match of gold lines onto raw lines. Returns list of raw indices or None."""
    idx, j = [], 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j)
        j += 1
    return idx


def expected_gold(raw, keep):
    """raw with non-kept non-blank lines removed, blank runs collapsed, edges trimmed."""
    out = []
    for i, ln in enumerate(raw):
        if ln == "":
            if out and out[-1] == "":
                continue
            out.append("")
        elif i in keep:
            out.append(ln)
    if raw and raw[0] != "":
        while out and out[0] == "":
            out.pop(0)
    if raw and raw[-1] != "":
        while out and out[-1] == "":
            out.pop()
    return out


def words(line):
    return re.findall(r"\w+", line.lower())


def main():
    global errors_total
    names = sorted(os.listdir(HERE))
    set_errs = []
    raws = [n for n in names if n.endswith(".txt") and not n.endswith(".gold.txt")]
    golds = [n for n in names if n.endswith(".gold.txt")]
    for n in names:
        if n in ALLOWED_EXTRA or n in raws or n in golds:
            continue
        set_errs.append(f"stray entry in directory: {n}")
    for g in golds:
        if g[: -len(".gold.txt")] + ".txt" not in raws:
            set_errs.append(f"gold without raw: {g}")

    per_lang = Counter()
    neg_lang = Counter()
    numbers = []
    with_blanks = 0
    line_owner = defaultdict(set)
    shingle_owner = defaultdict(set)

    for r in raws:
        errs = []
        m = NAME_RE.match(r)
        if not m:
            print(f"FAIL {r}: bad file name")
            errors_total += 1
            continue
        num, lang, fams = m.group(1), m.group(2), m.group(3).split("-")
        numbers.append(int(num))
        per_lang[lang] += 1
        negative = fams == ["negative"]
        if negative:
            neg_lang[lang] += 1
        else:
            bad = [f for f in fams if f not in FAMILIES]
            if bad:
                errs.append(f"unknown families {bad}")
            if len(set(fams)) != len(fams):
                errs.append("family listed twice")
        gname = r[:-4] + ".gold.txt"
        if gname not in golds:
            print(f"FAIL {r}: no gold file")
            errors_total += 1
            continue
        rdata, raw = read_text(os.path.join(HERE, r), errs)
        gdata, gold = read_text(os.path.join(HERE, gname), errs)

        # raw blank-line shape
        if raw and (raw[0] == "" or raw[-1] == ""):
            errs.append("raw starts or ends with a blank line")
        for a, b in zip(raw, raw[1:]):
            if a == "" and b == "":
                errs.append("raw has two blank lines in a row")
                break
        if "" in raw:
            with_blanks += 1

        # gold shape
        for a, b in zip(gold, gold[1:]):
            if a == "" and b == "":
                errs.append("gold has two blank lines in a row")
                break
        if gold and gold[0] == "" and raw[0] != "":
            errs.append("gold starts with a blank line but raw does not")
        if gold and gold[-1] == "" and raw[-1] != "":
            errs.append("gold ends with a blank line but raw does not")

        raw_nb = [i for i, ln in enumerate(raw) if ln != ""]
        gold_nb = [ln for ln in gold if ln != ""]
        idx = match_subsequence([raw[i] for i in raw_nb], gold_nb)
        keep = set()
        if idx is None:
            errs.append("gold non-blank lines are not a subsequence of raw")
        else:
            keep = {raw_nb[k] for k in idx}
            if expected_gold(raw, keep) != gold:
                errs.append("gold is not raw-minus-deleted-lines with blank runs collapsed")
        # also every gold line (incl. blanks) must occur in raw in order
        if match_subsequence(raw, gold) is None:
            errs.append("gold (with blank lines) is not a subsequence of raw")

        n_raw = len(raw_nb)
        n_furn = n_raw - len(gold_nb)
        share = n_furn / n_raw if n_raw else 0.0
        if negative:
            if rdata != gdata:
                errs.append("negative: gold differs from raw")
            if not 15 <= n_raw <= 40:
                errs.append(f"negative has {n_raw} non-blank lines (want 15-40)")
        else:
            if not 15 <= n_raw <= 40:
                errs.append(f"{n_raw} non-blank lines (want 15-40)")
            if not 0.30 <= share <= 0.55:
                errs.append(f"furniture share {share:.2f} (want 0.30-0.55)")
            if keep:
                flags = [i in keep for i in raw_nb]  # True = content
                if flags[0]:
                    errs.append("no furniture at the top (first line is content)")
                if flags[-1]:
                    errs.append("no furniture at the bottom (last line is content)")
                first_c = flags.index(True) if True in flags else None
                last_c = len(flags) - 1 - flags[::-1].index(True) if True in flags else None
                if first_c is None or not any(not f for f in flags[first_c:last_c + 1]):
                    errs.append("no furniture between paragraphs of the article")

        # cross-file reuse bookkeeping
        for ln in set(x for x in raw if x):
            line_owner[ln].add(r)
            w = words(ln)
            for k in range(len(w) - SHINGLE + 1):
                shingle_owner[" ".join(w[k:k + SHINGLE])].add(r)

        status = "ok  " if not errs else "FAIL"
        kind = "negative" if negative else f"furniture {n_furn:2d}/{n_raw:2d} = {share:.0%}"
        print(f"{status} {r}  [{lang}] lines={n_raw:2d} {kind} blanks={'yes' if '' in raw else 'no'}")
        for e in errs:
            print(f"       - {e}")
        errors_total += len(errs)

    # set-level checks
    if sorted(numbers) != list(range(1, 21)):
        set_errs.append(f"numbers are not 001-020: {sorted(numbers)}")
    for lang in LANGS:
        if per_lang[lang] != 4:
            set_errs.append(f"{lang}: {per_lang[lang]} files (want 4)")
        if neg_lang[lang] != 1:
            set_errs.append(f"{lang}: {neg_lang[lang]} negatives (want 1)")
    if not 8 <= with_blanks <= 12:
        set_errs.append(f"{with_blanks} raw files keep blank lines (want about half: 8-12)")
    for ln, owners in line_owner.items():
        if len(owners) > 1:
            set_errs.append(f"line reused across files {sorted(owners)}: {ln[:60]!r}")
    for sh, owners in shingle_owner.items():
        if len(owners) > 1:
            set_errs.append(f"{SHINGLE}-word phrase reused across files {sorted(owners)}: {sh!r}")

    print(f"set: {len(raws)} pairs, per language {dict(per_lang)}, negatives {dict(neg_lang)}, "
          f"{with_blanks} with blank lines")
    for e in set_errs:
        print(f"FAIL set: {e}")
    errors_total += len(set_errs)
    print("PASS" if errors_total == 0 else f"{errors_total} problem(s)")
    return 0 if errors_total == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
