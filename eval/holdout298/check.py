#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and .gold.txt exist; valid UTF-8, LF only, final newline
  * family names valid, unique and in canonical order; 'negative' stands alone
  * gold is an ordered subsequence of the raw lines, and equals the raw text with those
    non-blank lines removed, blank runs collapsed to one, no leading/trailing blank lines
  * negatives: gold byte-identical to raw; positives: gold differs from raw and the share
    of furniture among non-blank lines is 30-55 %
Across the set: no non-blank line longer than 3 characters appears in more than one pair.
"""
import os, re, sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)$")
HERE = os.path.dirname(os.path.abspath(__file__))


def read(path, errs):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None, data
    if "\r" in text:
        errs.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errs.append(f"{os.path.basename(path)}: no final newline")
    if text.endswith("\n\n"):
        errs.append(f"{os.path.basename(path)}: trailing blank line")
    return text, data


def collapse(lines):
    out = []
    for ln in lines:
        if ln.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append("" if ln.strip() == "" else ln)
    while out and out[-1] == "":
        out.pop()
    return out


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f[:-4] for f in files if not f.endswith(".gold.txt")]
    golds = {f[:-9] for f in files if f.endswith(".gold.txt")}
    all_errs, seen = [], defaultdict(set)
    numbers = set()
    for g in sorted(golds - set(raws)):
        all_errs.append(f"{g}.gold.txt has no raw file")
    for base in raws:
        errs = []
        m = NAME_RE.match(base)
        fams = []
        if not m:
            errs.append("bad file name")
        else:
            num, lang, famstr = m.groups()
            if num in numbers:
                errs.append(f"number {num} used twice")
            numbers.add(num)
            if lang not in LANGS:
                errs.append(f"unknown language {lang}")
            fams = famstr.split("-")
            if fams == ["negative"]:
                pass
            elif "negative" in fams:
                errs.append("'negative' combined with families")
            else:
                bad = [f for f in fams if f not in CANON]
                if bad:
                    errs.append(f"unknown families {bad}")
                elif len(set(fams)) != len(fams):
                    errs.append("duplicate family")
                elif fams != sorted(fams, key=CANON.index):
                    errs.append("families not in canonical order")
        if base not in golds:
            errs.append("gold file missing")
            print(f"FAIL {base}: " + "; ".join(errs))
            all_errs += [f"{base}: {e}" for e in errs]
            continue
        raw_t, raw_b = read(os.path.join(HERE, base + ".txt"), errs)
        gold_t, gold_b = read(os.path.join(HERE, base + ".gold.txt"), errs)
        if raw_t is None or gold_t is None:
            print(f"FAIL {base}: " + "; ".join(errs))
            all_errs += [f"{base}: {e}" for e in errs]
            continue
        raw = raw_t.split("\n")[:-1]
        gold = gold_t.split("\n")[:-1]
        if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
            errs.append("gold has leading or trailing blank line")
        for a, b in zip(gold, gold[1:]):
            if a.strip() == "" and b.strip() == "":
                errs.append("gold has an uncollapsed blank run")
                break
        # ordered subsequence of non-blank lines
        keep, j = set(), 0
        gold_nb = [ln for ln in gold if ln.strip()]
        for i, ln in enumerate(raw):
            if j < len(gold_nb) and ln == gold_nb[j]:
                keep.add(i)
                j += 1
        if j != len(gold_nb):
            errs.append(f"gold line not found in raw order: {gold_nb[j][:60]!r}")
        else:
            expected = collapse([ln for i, ln in enumerate(raw) if i in keep or ln.strip() == ""])
            while expected and expected[0] == "":
                expected.pop(0)
            if expected != gold:
                errs.append("gold is not raw minus deleted lines with blank runs collapsed")
        raw_nb = [ln for ln in raw if ln.strip()]
        removed = len(raw_nb) - len(gold_nb)
        share = 100.0 * removed / len(raw_nb) if raw_nb else 0.0
        if fams == ["negative"]:
            if raw_b != gold_b:
                errs.append("negative: gold not byte-identical to raw")
        elif fams:
            if removed == 0:
                errs.append("positive but nothing removed")
            elif not 30.0 <= share <= 55.0:
                errs.append(f"furniture share {share:.1f}% outside 30-55%")
        for ln in set(raw):
            if ln.strip() and len(ln.strip()) > 3:
                seen[ln.strip()].add(base)
        status = "OK  " if not errs else "FAIL"
        print(f"{status} {base}: {len(raw_nb)} lines, {removed} furniture ({share:.1f}%)"
              + ("" if not errs else " -- " + "; ".join(errs)))
        all_errs += [f"{base}: {e}" for e in errs]
    for ln, where in sorted(seen.items()):
        if len(where) > 1:
            msg = f"line used in {len(where)} files: {ln[:60]!r} ({', '.join(sorted(where))})"
            print("FAIL " + msg)
            all_errs.append(msg)
    if not raws:
        all_errs.append("no pairs found")
    if all_errs:
        print(f"{len(all_errs)} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
