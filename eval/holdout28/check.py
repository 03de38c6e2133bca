#!/usr/bin/env python3
"""Validate the blind28 boilerplate evaluation set.

Checks: file names, raw/gold pairing, UTF-8 without BOM, LF line endings and a
final newline, gold being a subsequence of raw (obtained by deleting whole raw
lines and collapsing the blank-line runs left behind), negatives byte-identical,
line counts and furniture shares of positives, furniture at top / middle /
bottom, counts per language, family coverage per language and that no line is
reused across files. Prints one line per file and exits non-zero on failure.
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
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")
PER_LANG, NEG_PER_LANG = 5, 1
MIN_LANGS_PER_FAMILY = 3

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    data = open(path, "rb").read()
    problems = []
    if data.startswith(b"\xef\xbb\xbf"):
        problems.append("BOM")
    if b"\r" in data:
        problems.append("CR characters (LF only)")
    if not data.endswith(b"\n"):
        problems.append("no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.append("not UTF-8: %s" % e)
        text = data.decode("utf-8", "replace")
    return data, text, problems


def expected_gold(raw_lines, keep):
    """Raw lines minus deleted ones, blank runs collapsed, edges like raw."""
    out = []
    for line, k in zip(raw_lines, keep):
        if not k:
            continue
        if line.strip() == "" and out and out[-1].strip() == "":
            continue
        out.append(line)
    if raw_lines and raw_lines[0].strip() != "":
        while out and out[0].strip() == "":
            out.pop(0)
    if raw_lines and raw_lines[-1].strip() != "":
        while out and out[-1].strip() == "":
            out.pop()
    return out


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    allowed_extra = {"check.py", "README.md", "PROMPT.md"}
    for f in files:
        if f in allowed_extra or f in raws or f in golds:
            continue
        err("unexpected file: %s" % f)

    per_lang = defaultdict(int)
    neg_lang = defaultdict(int)
    fam_langs = defaultdict(set)
    numbers = set()
    line_owner = {}
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            err("%s: gold without raw" % g)

    for f in raws:
        m = NAME_RE.match(f)
        if not m:
            err("%s: bad file name" % f)
            print("FAIL %s bad name" % f)
            continue
        num, lang, fams = m.group(1), m.group(2), m.group(3).split("-")
        problems = []
        if num in numbers:
            problems.append("duplicate number %s" % num)
        numbers.add(num)
        if lang not in LANGS:
            problems.append("unknown language %s" % lang)
        negative = fams == ["negative"]
        if not negative:
            bad = [x for x in fams if x not in FAMILIES]
            if bad:
                problems.append("unknown families %s" % bad)
            if len(set(fams)) != len(fams):
                problems.append("repeated family in name")
        gname = f[:-4] + ".gold.txt"
        if gname not in golds:
            err("%s: missing gold" % f)
            print("FAIL %s missing gold" % f)
            continue
        rdata, rtext, p1 = read_text(os.path.join(HERE, f))
        gdata, gtext, p2 = read_text(os.path.join(HERE, gname))
        problems += ["raw: " + p for p in p1] + ["gold: " + p for p in p2]
        rlines = rtext.split("\n")[:-1]
        glines = gtext.split("\n")[:-1]
        for i in range(1, len(rlines)):
            if rlines[i].strip() == "" and rlines[i - 1].strip() == "":
                problems.append("raw has consecutive blank lines at %d" % (i + 1))
                break
        if any(l != l.rstrip() for l in rlines):
            problems.append("raw has trailing whitespace")
        rnb = [l for l in rlines if l.strip()]
        gnb = [l for l in glines if l.strip()]
        if len(set(rnb)) != len(rnb):
            problems.append("raw repeats a line within the file")
        # greedy alignment of gold non-blank lines onto raw non-blank lines
        keep = []
        j = 0
        for l in rlines:
            if l.strip() == "":
                keep.append(True)
            elif j < len(gnb) and l == gnb[j]:
                keep.append(True)
                j += 1
            else:
                keep.append(False)
        if j != len(gnb):
            problems.append("gold is not a subsequence of raw (stuck at gold line %r)" % gnb[j][:60])
        elif expected_gold(rlines, keep) != glines:
            problems.append("gold blank lines differ from deleting lines and collapsing blank runs")
        n_raw, n_gold = len(rnb), len(gnb)
        n_furn = n_raw - n_gold
        share = n_furn / n_raw if n_raw else 0
        if negative:
            if rdata != gdata:
                problems.append("negative gold is not byte-identical to raw")
            if n_raw < 10:
                problems.append("negative too short (%d lines)" % n_raw)
            neg_lang[lang] += 1
        else:
            if not 15 <= n_raw <= 40:
                problems.append("positive has %d non-blank lines (15-40)" % n_raw)
            if not 0.30 <= share <= 0.55:
                problems.append("furniture share %.2f outside 0.30-0.55" % share)
            flags = [k for l, k in zip(rlines, keep) if l.strip()]
            if flags and flags[0]:
                problems.append("first line is not furniture")
            if flags and flags[-1]:
                problems.append("last line is not furniture")
            middle = False
            for i, k in enumerate(flags):
                if not k and any(flags[:i]) and any(flags[i + 1:]):
                    middle = True
            if not middle:
                problems.append("no furniture between content lines")
            for fam in fams:
                fam_langs[fam].add(lang)
        per_lang[lang] += 1
        for l in set(rnb):
            key = " ".join(l.lower().split())
            if key in line_owner and line_owner[key] != f:
                problems.append("line reused from %s: %r" % (line_owner[key], l[:60]))
            line_owner.setdefault(key, f)
        status = "FAIL" if problems else "ok  "
        print("%s %-52s %2d lines  %2d furniture  %3.0f%%%s" % (
            status, f, n_raw, n_furn, share * 100,
            "" if not problems else "  <- " + "; ".join(problems)))
        for p in problems:
            err("%s: %s" % (f, p))

    for lang in LANGS:
        if per_lang[lang] != PER_LANG:
            err("%s: %d files, want %d" % (lang, per_lang[lang], PER_LANG))
        if neg_lang[lang] != NEG_PER_LANG:
            err("%s: %d negatives, want %d" % (lang, neg_lang[lang], NEG_PER_LANG))
    for fam in FAMILIES:
        if len(fam_langs[fam]) < MIN_LANGS_PER_FAMILY:
            err("family %s only in %s" % (fam, sorted(fam_langs[fam])))
    print("families: " + ", ".join("%s=%s" % (f, "".join(sorted(fam_langs[f])) and
                                                 ",".join(sorted(fam_langs[f]))) for f in FAMILIES))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nALL CHECKS PASSED: %d pairs" % len(raws))


if __name__ == "__main__":
    main()
