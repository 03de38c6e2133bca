#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks: file naming and pairing, family names, UTF-8 / LF / final newline / no BOM,
gold is an in-order subsequence of raw, blank-line rules, negatives byte-identical,
positives: 15-40 non-blank lines, 30-55 % furniture, furniture at top, middle and bottom,
set composition (4 files per language, 2 negatives each), and no line or 7-word phrase
shared between different files. Prints one line per file; exit code 1 on any failure.
"""
import os, re, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
PHRASE_N = 7

def read_text(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append("BOM")
    if b"\r" in data:
        errs.append("CR characters (need LF only)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append(f"not UTF-8: {e}")
        text = data.decode("utf-8", "replace")
    if not text.endswith("\n"):
        errs.append("no final newline")
    if text.endswith("\n\n"):
        errs.append("blank line at end of file")
    if text.startswith("\n"):
        errs.append("blank line at start of file")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")

def expected_gold(raw, gold, errs):
    """Align gold non-blank lines to raw non-blank lines (greedy, in order) and rebuild
    the gold that the deletion rules imply. Returns (rebuilt, kept_flags)."""
    kept = [False] * len(raw)
    gi = 0
    g_nb = [g for g in gold if g.strip()]
    for ri, line in enumerate(raw):
        if gi < len(g_nb) and line.strip() and line == g_nb[gi]:
            kept[ri] = True
            gi += 1
    if gi != len(g_nb):
        errs.append(f"gold is not a subsequence of raw (stuck at gold line {g_nb[gi]!r:.60})")
        return None, kept
    out, deleted_in_gap, blanks = [], False, []
    for ri, line in enumerate(raw):
        if line.strip() == "":
            blanks.append(line)
            continue
        if not kept[ri]:
            deleted_in_gap = True
            continue
        if out or raw[0].strip() == "":
            out.extend(blanks[:1] if deleted_in_gap else blanks)
        out.append(line)
        blanks, deleted_in_gap = [], False
    if raw and raw[-1].strip() == "":
        out.extend(blanks[:1] if deleted_in_gap else blanks)
    return out, kept

def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    ok = True
    pairs = {}
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            print(f"FAIL {f}: bad file name"); ok = False; continue
        num, lang, fams, gold = m.groups()
        pairs.setdefault((num, lang, fams), {})["gold" if gold else "raw"] = f
    by_num = defaultdict(list)
    per_lang = defaultdict(lambda: [0, 0])
    line_owner = defaultdict(set)
    phrase_owner = defaultdict(set)
    for (num, lang, fams), p in sorted(pairs.items()):
        by_num[num].append(fams)
        errs = []
        name = p.get("raw", p.get("gold"))
        if "raw" not in p or "gold" not in p:
            print(f"FAIL {name}: missing {'gold' if 'raw' in p else 'raw'} partner"); ok = False; continue
        fam_list = fams.split("-")
        negative = fam_list == ["negative"]
        if not negative:
            bad = [x for x in fam_list if x not in FAMILIES]
            if bad:
                errs.append(f"unknown families {bad}")
            if len(set(fam_list)) != len(fam_list):
                errs.append("duplicate family")
            if not bad and fam_list != sorted(fam_list, key=FAMILIES.index):
                errs.append("families not in canonical order")
        rdata, raw = read_text(os.path.join(HERE, p["raw"]), errs)
        gdata, gold = read_text(os.path.join(HERE, p["gold"]), errs)
        rebuilt, kept = expected_gold(raw, gold, errs)
        if rebuilt is not None and rebuilt != gold:
            for i, (a, b) in enumerate(zip(rebuilt, gold + [None] * len(rebuilt))):
                if a != b:
                    errs.append(f"blank-line rules broken near gold line {i + 1}")
                    break
            else:
                errs.append("gold has extra lines at the end")
        nb_idx = [i for i, l in enumerate(raw) if l.strip()]
        n_raw = len(nb_idx)
        n_gold = sum(1 for l in gold if l.strip())
        n_furn = n_raw - n_gold
        share = n_furn / n_raw if n_raw else 0
        if negative:
            per_lang[lang][1] += 1
            if rdata != gdata:
                errs.append("negative but gold differs from raw")
            if n_raw < 12:
                errs.append(f"negative too short ({n_raw} lines)")
        else:
            per_lang[lang][0] += 1
            if not 15 <= n_raw <= 40:
                errs.append(f"{n_raw} non-blank lines (need 15-40)")
            if not 0.30 <= share <= 0.55:
                errs.append(f"furniture share {share:.0%} (need 30-55%)")
            flags = [kept[i] for i in nb_idx]  # True = content
            content_pos = [k for k, c in enumerate(flags) if c]
            if content_pos:
                first, last = content_pos[0], content_pos[-1]
                if first == 0:
                    errs.append("no furniture at the top")
                if last == len(flags) - 1:
                    errs.append("no furniture at the bottom")
                # furniture between paragraphs: a deleted line with >=3 content lines before it
                # and >=2 after it
                mid = [k for k, c in enumerate(flags) if not c
                       and sum(flags[:k]) >= 3 and sum(flags[k + 1:]) >= 2]
                if not mid:
                    errs.append("no furniture between paragraphs")
            else:
                errs.append("gold has no content")
        for l in raw:
            if l.strip():
                line_owner[l].add(num)
                words = re.findall(r"\w+", l.lower())
                for k in range(len(words) - PHRASE_N + 1):
                    phrase_owner[" ".join(words[k:k + PHRASE_N])].add(num)
        status = "FAIL" if errs else "ok  "
        ok &= not errs
        kind = "negative" if negative else f"positive {n_furn}/{n_raw} furniture ({share:.0%})"
        print(f"{status} {p['raw']}: {n_raw} lines, {kind}" + (" -- " + "; ".join(errs) if errs else ""))
    for num, v in by_num.items():
        if len(v) > 1:
            print(f"FAIL number {num} used {len(v)} times"); ok = False
    for lang in LANGS:
        pos, neg = per_lang[lang]
        if (pos, neg) != (2, 2):
            print(f"FAIL language {lang}: {pos} positives, {neg} negatives (need 2 + 2)"); ok = False
    for l, owners in line_owner.items():
        if len(owners) > 1:
            print(f"FAIL line shared by files {sorted(owners)}: {l[:70]!r}"); ok = False
    for ph, owners in phrase_owner.items():
        if len(owners) > 1:
            print(f"FAIL {PHRASE_N}-word phrase shared by files {sorted(owners)}: {ph!r}"); ok = False
    print("ALL OK" if ok else "FAILED")
    return 0 if ok else 1

if __name__ == "__main__":
    sys.exit(main())
