#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks: file names and pairing, encoding (UTF-8, no BOM, LF, final newline),
gold is an in-order subsequence of raw, blank-line rules, negatives identical,
line counts, furniture share, furniture placement (top / bottom / 2-5 places
in between), family coverage across languages and no line reused across files.
Prints one line per file and exits non-zero on any failure.
"""
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "ru", "de", "fr", "es"]
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)(\.gold)?\.txt$")
IGNORED = {"check.py", "README.md", "PROMPT.md"}

errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


def read_text(path, name):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        err(name, "has a BOM")
    if b"\r" in data:
        err(name, "contains CR characters (not LF-only)")
    if not data.endswith(b"\n"):
        err(name, "no final newline")
    if data.endswith(b"\n\n"):
        err(name, "ends with a blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(name, f"not UTF-8: {e}")
        text = data.decode("utf-8", "replace")
    return text


def split_lines(text):
    if text.endswith("\n"):
        text = text[:-1]
    return text.split("\n")


def align(raw, gold):
    """Greedy in-order match of gold lines to raw lines.

    Non-blank gold lines are matched to the earliest identical raw line after
    the previous match. Returns list of kept raw indices (non-blank only) or
    None if gold is not a subsequence of raw."""
    kept = []
    i = 0
    for g in gold:
        if g.strip() == "":
            continue
        while i < len(raw) and raw[i] != g:
            i += 1
        if i == len(raw):
            return None
        kept.append(i)
        i += 1
    return kept


def expected_gold(raw, kept):
    keep = set(kept)
    out = []
    for idx, line in enumerate(raw):
        if line.strip() == "":
            if out and out[-1].strip() == "":
                continue  # collapse runs of blanks
            out.append(line)
        elif idx in keep:
            out.append(line)
    raw_starts_blank = bool(raw) and raw[0].strip() == ""
    raw_ends_blank = bool(raw) and raw[-1].strip() == ""
    if not raw_starts_blank:
        while out and out[0].strip() == "":
            out.pop(0)
    if not raw_ends_blank:
        while out and out[-1].strip() == "":
            out.pop()
    return out


def norm(line):
    return re.sub(r"\s+", " ", line.strip().lower())


def main():
    files = sorted(f for f in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, f)))
    pairs = defaultdict(dict)
    for f in files:
        if f in IGNORED:
            continue
        m = NAME_RE.match(f)
        if not m:
            err(f, "unexpected file name")
            continue
        num, lang, fams, gold = m.groups()
        if lang not in LANGS:
            err(f, f"unknown language {lang}")
        if fams != "negative":
            parts = fams.split("-")
            unknown = [p for p in parts if p not in FAMILIES]
            if unknown:
                err(f, f"unknown families {unknown}")
            if len(set(parts)) != len(parts):
                err(f, "family listed twice")
            known = [p for p in parts if p in FAMILIES]
            if known != sorted(known, key=FAMILIES.index):
                err(f, "families not in canonical order")
        key = (num, lang, fams)
        pairs[key]["gold" if gold else "raw"] = f

    nums = defaultdict(list)
    for (num, lang, fams) in pairs:
        nums[num].append((lang, fams))
    for num, v in nums.items():
        if len(v) > 1:
            err(num, f"number used by several files: {v}")

    lang_counts = defaultdict(lambda: [0, 0])  # positives, negatives
    fam_langs = defaultdict(set)
    line_owner = defaultdict(set)

    for key in sorted(pairs):
        num, lang, fams = key
        p = pairs[key]
        if "raw" not in p or "gold" not in p:
            err(f"{num}_{lang}_{fams}", "raw/gold pair incomplete")
            continue
        rname, gname = p["raw"], p["gold"]
        raw = split_lines(read_text(os.path.join(HERE, rname), rname))
        gold = split_lines(read_text(os.path.join(HERE, gname), gname))
        negative = fams == "negative"
        lang_counts[lang][1 if negative else 0] += 1

        for line in raw:
            if line.strip():
                line_owner[norm(line)].add(num)

        raw_nb = sum(1 for l in raw if l.strip())
        gold_nb = sum(1 for l in gold if l.strip())
        status = "ok"

        if not (15 <= raw_nb <= 40):
            err(rname, f"{raw_nb} non-blank lines (need 15-40)")
        for a, b in zip(raw, raw[1:]):
            if a.strip() == "" and b.strip() == "":
                err(rname, "raw has a run of blank lines")
                break

        kept = align(raw, gold)
        if kept is None:
            err(gname, "gold is not a subsequence of raw")
            print(f"FAIL {rname}")
            continue
        exp = expected_gold(raw, kept)
        if exp != gold:
            err(gname, "blank-line rules violated (gold differs from raw minus deletions, collapsed)")

        fur = raw_nb - gold_nb
        share = fur / raw_nb if raw_nb else 0
        if negative:
            ro = open(os.path.join(HERE, rname), "rb").read()
            go = open(os.path.join(HERE, gname), "rb").read()
            if ro != go:
                err(gname, "negative gold is not byte-identical to raw")
            info = f"negative  lines={raw_nb}"
        else:
            if not (0.30 <= share <= 0.55):
                err(rname, f"furniture share {share:.2f} outside 0.30-0.55")
            # placement of furniture
            nb_idx = [i for i, l in enumerate(raw) if l.strip()]
            keep = set(kept)
            if not kept:
                err(gname, "positive gold is empty")
            else:
                top = any(i not in keep for i in nb_idx if i < kept[0])
                bottom = any(i not in keep for i in nb_idx if i > kept[-1])
                runs = 0
                in_run = False
                for i in nb_idx:
                    if i <= kept[0] or i >= kept[-1]:
                        continue
                    if i in keep:
                        in_run = False
                    elif not in_run:
                        runs += 1
                        in_run = True
                if not top:
                    err(rname, "no furniture at the top")
                if not bottom:
                    err(rname, "no furniture at the bottom")
                if not (2 <= runs <= 5):
                    err(rname, f"{runs} furniture places between paragraphs (need 2-5)")
            for f_ in fams.split("-"):
                fam_langs[f_].add(lang)
            info = f"positive  lines={raw_nb} furniture={fur} share={share:.2f}"
        bad = [e for e in errors if e.startswith(rname) or e.startswith(gname)]
        status = "FAIL" if bad else "ok"
        print(f"{status:4} {rname:60} {info}")

    # per-language composition
    for lang in LANGS:
        pos, neg = lang_counts[lang]
        if pos != 4 or neg != 1:
            err(lang, f"{pos} positives and {neg} negatives (need 4 and 1)")
    # family coverage
    for fam in FAMILIES:
        if len(fam_langs[fam]) < 3:
            err(fam, f"family appears in {len(fam_langs[fam])} languages (need 3): {sorted(fam_langs[fam])}")
    # phrase reuse across files
    for line, owners in line_owner.items():
        if len(owners) > 1:
            err("reuse", f"line {line!r} appears in files {sorted(owners)}")

    print()
    print("family coverage: " + ", ".join(f"{f}={len(fam_langs[f])}" for f in FAMILIES))
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print(f"PASS: {len(pairs)} pairs")


if __name__ == "__main__":
    main()
