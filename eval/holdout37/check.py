#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Prints one line per pair, then a summary; exit code 1 if anything fails."""
import os, re, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "ru", "de", "fr", "es"]
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
SHINGLE = 7  # words; a shared run this long across two files counts as a reused phrase

errors = []


def err(msg):
    errors.append(msg)
    return msg


def read_text(path, problems):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        problems.append("BOM")
    if b"\r" in data:
        problems.append("CR characters (need LF only)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.append(f"not UTF-8: {e}")
        return None
    if not text.endswith("\n"):
        problems.append("no final newline")
    elif text.endswith("\n\n"):
        problems.append("blank line at end")
    return text


def blank_runs(lines):
    runs, cur = [], 0
    for l in lines:
        if l.strip() == "":
            cur += 1
        else:
            if cur:
                runs.append(cur)
            cur = 0
    if cur:
        runs.append(cur)
    return runs


def align(raw, gold):
    """Greedy subsequence match; returns list of raw indices kept, or None."""
    kept, j = [], 0
    for i, l in enumerate(raw):
        if j < len(gold) and l == gold[j]:
            kept.append(i)
            j += 1
    return kept if j == len(gold) else None


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if NAME_RE.match(f) and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    for g in golds:
        if g.replace(".gold.txt", ".txt") not in raws:
            err(f"{g}: gold file without raw file")
    for f in files:
        if f.endswith(".txt") and not NAME_RE.match(f.replace(".gold.txt", ".txt")):
            err(f"{f}: bad file name")

    numbers = []
    per_lang = defaultdict(lambda: {"pos": 0, "neg": 0})
    fam_langs = defaultdict(set)
    all_texts = {}

    for f in raws:
        problems = []
        num, lang, fams = NAME_RE.match(f).groups()
        numbers.append(int(num))
        if lang not in LANGS:
            problems.append(f"unknown language {lang}")
        negative = fams == "negative"
        famlist = [] if negative else fams.split("-")
        if not negative:
            bad = [x for x in famlist if x not in FAMILIES]
            if bad:
                problems.append(f"unknown families {bad}")
            if len(set(famlist)) != len(famlist):
                problems.append("duplicate family in name")
            if not bad and famlist != sorted(famlist, key=FAMILIES.index):
                problems.append("families not in canonical order")
            for x in famlist:
                fam_langs[x].add(lang)
        per_lang[lang]["neg" if negative else "pos"] += 1

        gname = f.replace(".txt", ".gold.txt")
        if gname not in golds:
            print(f"FAIL {f}: missing gold"); err(f"{f}: missing gold"); continue
        raw_t = read_text(os.path.join(HERE, f), problems)
        gold_t = read_text(os.path.join(HERE, gname), problems)
        if raw_t is None or gold_t is None:
            print(f"FAIL {f}: {'; '.join(problems)}"); err(f); continue
        all_texts[f] = raw_t
        raw = raw_t[:-1].split("\n")
        gold = gold_t[:-1].split("\n")
        nb_raw = [l for l in raw if l.strip()]
        nb_gold = [l for l in gold if l.strip()]
        if raw[0].strip() == "":
            problems.append("raw starts with blank line")

        kept = align(raw, gold)
        if kept is None:
            problems.append("gold is not a subsequence of raw lines")
        if gold and gold[0].strip() == "" and raw[0].strip() != "":
            problems.append("gold starts with blank line")
        if gold and gold[-1].strip() == "" and raw[-1].strip() != "":
            problems.append("gold ends with blank line")
        if max(blank_runs(gold) or [0]) > max(blank_runs(raw) or [0]) or \
                (max(blank_runs(raw) or [0]) <= 1 and max(blank_runs(gold) or [0]) > 1):
            problems.append("uncollapsed blank-line run in gold")
        if any(l != l.rstrip() for l in raw):
            problems.append("trailing whitespace in raw")

        share = 1 - len(nb_gold) / len(nb_raw) if nb_raw else 0
        if negative:
            if raw_t != gold_t:
                problems.append("negative gold differs from raw")
            info = f"negative, {len(nb_raw)} lines"
        else:
            if not (MIN_LINES <= len(nb_raw) <= MAX_LINES):
                problems.append(f"{len(nb_raw)} non-blank lines (need {MIN_LINES}-{MAX_LINES})")
            if not (MIN_SHARE <= share <= MAX_SHARE):
                problems.append(f"furniture share {share:.0%} (need 30-55%)")
            if kept is not None:
                kept_nb = [i for i in kept if raw[i].strip()]
                removed = [i for i in range(len(raw)) if raw[i].strip() and i not in set(kept)]
                if not kept_nb:
                    problems.append("nothing kept")
                else:
                    if not any(i < kept_nb[0] for i in removed):
                        problems.append("no furniture at top")
                    if not any(i > kept_nb[-1] for i in removed):
                        problems.append("no furniture at bottom")
                    if not any(kept_nb[0] < i < kept_nb[-1] for i in removed):
                        problems.append("no furniture between paragraphs")
            info = f"{len(nb_raw)} lines, {len(nb_raw) - len(nb_gold)} furniture ({share:.0%}), {len(famlist)} families"
        if problems:
            print(f"FAIL {f}: {info}; " + "; ".join(problems))
            err(f)
        else:
            print(f"ok   {f}: {info}")

    # set-level checks
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        err(f"numbers not 001..{len(numbers):03d} without gaps")
    if len(raws) != 20:
        err(f"{len(raws)} pairs, need 20")
    for lang in LANGS:
        c = per_lang[lang]
        if c["pos"] != 2 or c["neg"] != 2:
            err(f"{lang}: {c['pos']} positives / {c['neg']} negatives, need 2/2")
    for fam in FAMILIES:
        if len(fam_langs[fam]) < 3:
            err(f"family {fam} appears in {len(fam_langs[fam])} languages {sorted(fam_langs[fam])}, need 3")

    # phrase reuse across files
    line_owner, shingle_owner = {}, {}
    for f, t in all_texts.items():
        for l in set(x.strip() for x in t.split("\n")):
            if len(l) >= 12:
                if l in line_owner and line_owner[l] != f:
                    err(f"line reused in {line_owner[l]} and {f}: {l!r}")
                line_owner.setdefault(l, f)
        words = re.findall(r"\w+", t.lower())
        for k in set(tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)):
            if k in shingle_owner and shingle_owner[k] != f:
                err(f"phrase reused in {shingle_owner[k]} and {f}: {' '.join(k)!r}")
            shingle_owner.setdefault(k, f)

    print()
    for fam in FAMILIES:
        print(f"  {fam:<11} {' '.join(sorted(fam_langs[fam]))}")
    print()
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            if not NAME_RE.match(e):  # per-file failures were already printed above
                print("  " + e)
        sys.exit(1)
    print(f"PASSED: {len(raws)} pairs")


if __name__ == "__main__":
    main()
