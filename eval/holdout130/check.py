#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * file name NNN_<lang>_<families>.txt with a matching .gold.txt (and no orphan gold);
  * families valid, unique, in canonical order, or exactly 'negative';
  * UTF-8, LF line endings, no BOM, final newline;
  * raw has no leading/trailing blank line; gold has no leading/trailing blank line
    and no run of more than one blank line;
  * gold is an ordered subsequence of raw lines and equals raw with some lines deleted
    and blank runs collapsed;
  * negatives: gold byte-identical to raw; positives: something deleted and the
    furniture share of non-blank lines between 30 and 55 %.
Across the set: no non-blank line longer than 3 characters occurs in more than one pair.
"""
import os, re, sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{os.path.basename(path)}: BOM present")
    if b"\r" in data:
        errs.append(f"{os.path.basename(path)}: CR characters (need LF only)")
    if not data.endswith(b"\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if data.endswith(b"\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def blank(s):
    return s.strip() == ""


def collapse(lines):
    out = []
    for ln in lines:
        if blank(ln) and (not out or blank(out[-1])):
            continue
        out.append(ln)
    while out and blank(out[-1]):
        out.pop()
    return out


def check_families(fams, errs, name):
    if fams == "negative":
        return True
    parts = fams.split("-")
    idx = []
    for p in parts:
        if p not in CANON:
            errs.append(f"{name}: unknown family '{p}'")
        else:
            idx.append(CANON.index(p))
    if len(set(parts)) != len(parts):
        errs.append(f"{name}: repeated family")
    if idx != sorted(idx):
        errs.append(f"{name}: families not in canonical order")
    return False


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    all_errs = []
    seen = defaultdict(set)   # line -> set of pair names
    numbers = set()
    for raw_name in raws:
        errs = []
        m = NAME_RE.match(raw_name)
        if not m:
            all_errs.append(f"{raw_name}: bad file name")
            print(f"FAIL {raw_name}: bad file name")
            continue
        no, lang, fams = m.groups()
        if no in numbers:
            errs.append(f"{raw_name}: duplicate number {no}")
        numbers.add(no)
        stem = raw_name[:-4]
        gold_name = stem + ".gold.txt"
        if gold_name not in golds:
            all_errs.append(f"{raw_name}: missing {gold_name}")
            print(f"FAIL {stem}: missing gold")
            continue
        golds.discard(gold_name)
        negative = check_families(fams, errs, raw_name)
        rb, raw = read_lines(os.path.join(HERE, raw_name), errs)
        gb, gold = read_lines(os.path.join(HERE, gold_name), errs)
        if raw and (blank(raw[0]) or blank(raw[-1])):
            errs.append(f"{raw_name}: leading or trailing blank line")
        if not gold or blank(gold[0]) or blank(gold[-1]):
            errs.append(f"{gold_name}: empty, or leading/trailing blank line")
        for a, b in zip(gold, gold[1:]):
            if blank(a) and blank(b):
                errs.append(f"{gold_name}: uncollapsed blank run")
                break
        # ordered subsequence + reconstruction
        kept = [False] * len(raw)
        j = 0
        ok_subseq = True
        for g in gold:
            if blank(g):
                continue
            while j < len(raw) and raw[j] != g:
                j += 1
            if j == len(raw):
                errs.append(f"{gold_name}: line not found in order in raw: {g[:60]!r}")
                ok_subseq = False
                break
            kept[j] = True
            j += 1
        if ok_subseq:
            rebuilt = collapse([ln for ln, k in zip(raw, kept) if k or blank(ln)])
            while rebuilt and blank(rebuilt[0]):
                rebuilt.pop(0)
            if rebuilt != gold:
                errs.append(f"{gold_name}: not raw-with-deletions-and-collapsed-blanks")
        raw_nb = [l for l in raw if not blank(l)]
        gold_nb = [l for l in gold if not blank(l)]
        share = (len(raw_nb) - len(gold_nb)) / len(raw_nb) if raw_nb else 0.0
        if negative:
            if rb != gb:
                errs.append(f"{stem}: negative but gold differs from raw")
        else:
            if len(gold_nb) == len(raw_nb):
                errs.append(f"{stem}: positive but nothing deleted")
            if not 0.30 <= share <= 0.55:
                errs.append(f"{stem}: furniture share {share:.0%} outside 30-55%")
        for ln in set(raw):
            if not blank(ln) and len(ln.strip()) > 3:
                seen[ln.strip()].add(stem)
        status = "OK  " if not errs else "FAIL"
        print(f"{status} {stem}  raw={len(raw_nb)} gold={len(gold_nb)} furniture={share:.0%}")
        for e in errs:
            print("     " + e)
        all_errs.extend(errs)
    for g in sorted(golds):
        all_errs.append(f"{g}: gold without raw")
        print(f"FAIL {g}: gold without raw")
    dups = {ln: s for ln, s in seen.items() if len(s) > 1}
    for ln, s in sorted(dups.items()):
        msg = f"line used in more than one file: {ln[:60]!r} in {', '.join(sorted(s))}"
        all_errs.append(msg)
        print("FAIL " + msg)
    if not raws:
        all_errs.append("no pairs found")
    print("ALL OK" if not all_errs else f"FAILED ({len(all_errs)} problems)")
    return 0 if not all_errs else 1


if __name__ == "__main__":
    sys.exit(main())
