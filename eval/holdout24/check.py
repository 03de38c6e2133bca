#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks: file naming, raw/gold pairing, UTF-8 without BOM, LF endings and a
final newline, gold as an ordered subsequence of raw, blank-line collapsing,
negatives byte-identical, line counts and furniture shares, furniture at the
top / middle / bottom of every positive, per-language quotas, furniture lines
not repeated across files, family and outlet-type coverage (>= 3 languages),
and consistency with the README table. Prints one line per file.
"""
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]
KINDS = ["national daily", "regional daily", "tabloid", "public broadcaster", "wire service",
         "business news", "tech news", "sports news", "city/local portal", "news aggregator",
         "member-funded", "donation-funded", "paywalled paper"]
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
PER_LANG, NEG_PER_LANG = 6, 1
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
MIN_NEG_LINES = 10

errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


def read_text(path, name):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        err(name, "has a BOM")
    if b"\r" in data:
        err(name, "contains CR (must be LF only)")
    if not data.endswith(b"\n"):
        err(name, "no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(name, f"not UTF-8: {e}")
        text = data.decode("utf-8", "replace")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def collapse(lines, raw):
    out = []
    for ln in lines:
        if ln.strip() == "" and out and out[-1].strip() == "":
            continue
        out.append(ln)
    if raw and raw[0].strip() != "":
        while out and out[0].strip() == "":
            out.pop(0)
    if raw and raw[-1].strip() != "":
        while out and out[-1].strip() == "":
            out.pop()
    return out


def align(raw, gold):
    """Greedy alignment of gold non-blank lines onto raw non-blank lines.
    Returns the set of raw indices kept, or None if gold is not a subsequence."""
    kept = set()
    j = 0
    for g in gold:
        if g.strip() == "":
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        kept.add(j)
        j += 1
    return kept


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    for g in golds:
        if g[:-9] + ".txt" not in raws:
            err(g, "gold without raw")
    seen_nums = {}
    per_lang = defaultdict(int)
    neg_per_lang = defaultdict(int)
    fam_langs = defaultdict(set)
    furniture_where = defaultdict(list)
    info = {}
    for f in raws:
        m = NAME_RE.match(f)
        if not m:
            err(f, "bad file name")
            continue
        num, lang, fams = m.groups()
        if num in seen_nums:
            err(f, f"number {num} already used by {seen_nums[num]}")
        seen_nums[num] = f
        fam_list = fams.split("-")
        negative = fam_list == ["negative"]
        if not negative:
            bad = [x for x in fam_list if x not in FAMILIES]
            if bad:
                err(f, f"unknown families {bad}")
            if len(set(fam_list)) != len(fam_list):
                err(f, "repeated family in name")
            if fam_list != [x for x in FAMILIES if x in fam_list]:
                err(f, "families not in canonical order")
            for x in fam_list:
                fam_langs[x].add(lang)
        per_lang[lang] += 1
        if negative:
            neg_per_lang[lang] += 1
        gname = f[:-4] + ".gold.txt"
        gpath = os.path.join(HERE, gname)
        if not os.path.exists(gpath):
            err(f, "missing gold file")
            continue
        rbytes, raw = read_text(os.path.join(HERE, f), f)
        gbytes, gold = read_text(gpath, gname)
        for ln in raw:
            if ln != ln.rstrip():
                err(f, f"trailing whitespace: {ln[:40]!r}")
                break
        nonblank = [i for i, ln in enumerate(raw) if ln.strip()]
        if negative:
            if rbytes != gbytes:
                err(f, "negative: gold is not byte-identical to raw")
            if len(nonblank) < MIN_NEG_LINES:
                err(f, f"negative: only {len(nonblank)} non-blank lines")
            print(f"{'OK ' if True else ''}{f}: negative, {len(nonblank)} lines")
            info[num] = (lang, fam_list)
            continue
        kept = align(raw, gold)
        if kept is None:
            err(f, "gold is not an ordered subsequence of raw")
            continue
        deleted = [i for i in nonblank if i not in kept]
        expected = collapse([ln for i, ln in enumerate(raw) if i not in set(deleted)], raw)
        if expected != gold:
            err(f, "gold differs from raw-minus-furniture with blank runs collapsed "
                   "(blank-line rule or extra/missing lines)")
        if gold and gold[0].strip() == "" and raw[0].strip() != "":
            err(f, "gold starts with a blank line")
        if gold and gold[-1].strip() == "" and raw[-1].strip() != "":
            err(f, "gold ends with a blank line")
        n = len(nonblank)
        k = len(deleted)
        share = k / n if n else 0
        if not (MIN_LINES <= n <= MAX_LINES):
            err(f, f"{n} non-blank lines, want {MIN_LINES}-{MAX_LINES}")
        if not (MIN_SHARE <= share <= MAX_SHARE):
            err(f, f"furniture share {share:.0%}, want {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
        if k == 0:
            err(f, "positive file with no furniture")
        kept_nb = sorted(i for i in kept)
        if kept_nb:
            first, last = kept_nb[0], kept_nb[-1]
            if not any(i < first for i in deleted):
                err(f, "no furniture at the top")
            if not any(i > last for i in deleted):
                err(f, "no furniture at the bottom")
            if not any(first < i < last for i in deleted):
                err(f, "no furniture between article paragraphs")
        else:
            err(f, "gold has no content")
        for i in deleted:
            furniture_where[raw[i]].append(f)
        info[num] = (lang, fam_list)
        print(f"OK {f}: {n} lines, {k} furniture ({share:.0%}), {len(fam_list)} families")

    # quotas
    nums = sorted(seen_nums)
    if nums != [f"{i:03d}" for i in range(1, len(nums) + 1)]:
        err("set", f"numbers are not contiguous from 001: {nums}")
    for lang in LANGS:
        if per_lang[lang] != PER_LANG:
            err("set", f"{lang}: {per_lang[lang]} files, want {PER_LANG}")
        if neg_per_lang[lang] != NEG_PER_LANG:
            err("set", f"{lang}: {neg_per_lang[lang]} negatives, want {NEG_PER_LANG}")
    # furniture lines must not repeat across files
    for line, where in furniture_where.items():
        if len(set(where)) > 1:
            err("set", f"furniture line repeated across files {sorted(set(where))}: {line[:60]!r}")
    # family coverage
    for fam in FAMILIES:
        if len(fam_langs[fam]) < 3:
            err("set", f"family {fam!r} appears in {len(fam_langs[fam])} languages, want >= 3")
    # README table
    readme = os.path.join(HERE, "README.md")
    if not os.path.exists(readme):
        err("README.md", "missing")
    else:
        kind_langs = defaultdict(set)
        rows = {}
        for ln in open(readme, encoding="utf-8"):
            cells = [c.strip() for c in ln.strip().strip("|").split("|")]
            if len(cells) >= 4 and re.fullmatch(r"\d{3}", cells[0]):
                rows[cells[0]] = cells
        for num, (lang, fam_list) in info.items():
            row = rows.get(num)
            if not row:
                err("README.md", f"no table row for {num}")
                continue
            if row[1] != lang:
                err("README.md", f"{num}: language {row[1]} != {lang}")
            kinds = [k.strip() for k in row[2].split(";")]
            for k in kinds:
                if k not in KINDS:
                    err("README.md", f"{num}: unknown outlet type {k!r}")
                kind_langs[k].add(lang)
            if row[3].replace(" ", "") != "-".join(fam_list):
                err("README.md", f"{num}: families column does not match file name")
        for num in rows:
            if num not in info:
                err("README.md", f"row {num} has no file")
        for k in KINDS:
            if len(kind_langs[k]) < 3:
                err("README.md", f"outlet type {k!r} in {len(kind_langs[k])} languages, want >= 3")

    print()
    print("family coverage: " + ", ".join(f"{x}={len(fam_langs[x])}" for x in FAMILIES))
    if errors:
        print(f"\nFAILED with {len(errors)} problem(s):")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print(f"\nALL CHECKS PASSED: {len(info)} pairs")


if __name__ == "__main__":
    main()
