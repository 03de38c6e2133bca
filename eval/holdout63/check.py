#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory."""
import os, re, sys
from collections import Counter, defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read(path, errors):
    b = open(path, "rb").read()
    if b.startswith(b"\xef\xbb\xbf"):
        errors.append("BOM")
    if b"\r" in b:
        errors.append("CR characters (not LF-only)")
    if not b.endswith(b"\n"):
        errors.append("no final newline")
    if b.endswith(b"\n\n"):
        errors.append("trailing blank line")
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"not UTF-8: {e}")
        t = b.decode("utf-8", "replace")
    return b, t[:-1].split("\n") if t.endswith("\n") else t.split("\n")


def collapse(lines):
    out = []
    for l in lines:
        if l == "" and out and out[-1] == "":
            continue
        out.append(l)
    return out


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    ok = True
    per_lang = Counter(); neg_lang = Counter(); numbers = []
    line_owner = defaultdict(set)
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            print(f"FAIL {g}: gold without raw"); ok = False
    for f in raws:
        errs = []
        m = NAME_RE.match(f)
        if not m:
            print(f"FAIL {f}: bad file name"); ok = False; continue
        num, lang, fams = m.groups()
        numbers.append(int(num)); per_lang[lang] += 1
        famlist = fams.split("-")
        negative = famlist == ["negative"]
        if negative:
            neg_lang[lang] += 1
        else:
            bad = [x for x in famlist if x not in FAMILIES]
            if bad: errs.append(f"unknown families {bad}")
            if len(set(famlist)) != len(famlist): errs.append("duplicate family in name")
        gname = f[:-4] + ".gold.txt"
        if gname not in golds:
            print(f"FAIL {f}: missing {gname}"); ok = False; continue
        rb, raw = read(os.path.join(HERE, f), errs)
        gb, gold = read(os.path.join(HERE, gname), errs)
        for i, l in enumerate(raw):
            if l.strip():
                line_owner[l].add(f)
            if l != l.rstrip():
                errs.append(f"raw line {i+1} has trailing whitespace")
        if raw and raw[0] == "" : errs.append("raw starts with blank line")
        raw_nb = [l for l in raw if l.strip()]
        gold_nb = [l for l in gold if l.strip()]
        # gold non-blank lines must be a subsequence of raw non-blank lines
        kept = []; j = 0
        for i, l in enumerate(raw):
            if j < len(gold_nb) and l.strip() and l == gold_nb[j]:
                kept.append(i); j += 1
        if j != len(gold_nb):
            errs.append(f"gold is not a subsequence of raw (stuck at gold line: {gold_nb[j][:60]!r})")
        else:
            keep = set(kept)
            expected = collapse([l for i, l in enumerate(raw) if l == "" or i in keep])
            if raw and raw[0] != "":
                while expected and expected[0] == "": expected.pop(0)
            if raw and raw[-1] != "":
                while expected and expected[-1] == "": expected.pop()
            if expected != gold:
                errs.append("blank-line structure of gold differs from raw with deletions collapsed")
        for i in range(1, len(gold)):
            if gold[i] == "" and gold[i-1] == "":
                errs.append("gold has consecutive blank lines"); break
        n = len(raw_nb); d = n - len(gold_nb)
        share = d / n if n else 0
        info = f"{n} lines, {d} furniture ({share:.0%})"
        if negative:
            if rb != gb: errs.append("negative: gold not byte-identical to raw")
        else:
            if not 15 <= n <= 40: errs.append(f"{n} non-blank lines (need 15-40)")
            if not 0.30 <= share <= 0.55: errs.append(f"furniture share {share:.3f} outside 0.30-0.55")
            if not errs:
                nb_idx = [i for i, l in enumerate(raw) if l.strip()]
                deleted = [i for i in nb_idx if i not in keep]
                if nb_idx[0] not in deleted: errs.append("no furniture at the top")
                if nb_idx[-1] not in deleted: errs.append("no furniture at the bottom")
                # runs of deleted lines strictly between the first and last kept line
                first, last = kept[0], kept[-1]
                seq = [(i in keep) for i in nb_idx if first <= i <= last]
                runs = sum(1 for k in range(1, len(seq)) if not seq[k] and seq[k-1])
                info += f", {runs} interruptions"
                if runs < 3: errs.append(f"only {runs} interruptions between paragraphs (need 3)")
        if errs:
            ok = False
            print(f"FAIL {f}: {info}; " + "; ".join(errs))
        else:
            print(f"ok   {f}: {info}")
    # set-level checks
    for lang in LANGS:
        if per_lang[lang] != 4:
            print(f"FAIL set: {lang} has {per_lang[lang]} files (need 4)"); ok = False
        if neg_lang[lang] != 1:
            print(f"FAIL set: {lang} has {neg_lang[lang]} negatives (need 1)"); ok = False
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        print("FAIL set: numbering is not 001..N without gaps or duplicates"); ok = False
    dups = {l: fs for l, fs in line_owner.items() if len(fs) > 1}
    for l, fs in sorted(dups.items()):
        print(f"FAIL set: line reused across files {sorted(fs)}: {l[:70]!r}"); ok = False
    print("ALL CHECKS PASSED" if ok else "CHECKS FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
