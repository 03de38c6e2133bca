#!/usr/bin/env python3
"""Validate the boilerplate-removal evaluation set in this directory.

Checks: file names and families, raw/gold pairing, encoding (UTF-8, no BOM,
LF only, final newline), gold is a line subsequence of raw, blank-line rules,
negatives byte-identical, line counts and furniture share of positives,
furniture at top / bottom / 2-5 places inside, per-language quotas, family
coverage across languages, and no line reused verbatim across files.
Exit status 0 only if everything passes.
"""
import os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")

errors, warnings = [], []
file_errors = collections.Counter()


def err(f, msg):
    errors.append(f"{f}: {msg}")
    file_errors[f.replace(".gold.txt", "").replace(".txt", "")] += 1


def status(stem):
    return "ok  " if not file_errors[stem] else "FAIL"


def read_text(path, label):
    data = open(path, "rb").read()
    ok = True
    if data.startswith(b"\xef\xbb\xbf"):
        err(label, "starts with a BOM"); ok = False
    if b"\r" in data:
        err(label, "contains CR (line endings must be LF)"); ok = False
    if not data.endswith(b"\n"):
        err(label, "no final newline"); ok = False
    if data.endswith(b"\n\n"):
        err(label, "ends with a blank line"); ok = False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(label, f"not valid UTF-8: {e}")
        return None, data
    return text, data


def align(raw, gold):
    """Greedy subsequence match of gold lines into raw lines.
    Returns list of raw indices (one per gold line) or None."""
    idx, j = [], 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j); j += 1
    return idx


def expected_gold(raw, keep):
    out = []
    for line, k in zip(raw, keep):
        if not k:
            continue
        if line == "" and out and out[-1] == "":
            continue  # collapse runs of blank lines
        out.append(line)
    if raw and raw[0] != "":
        while out and out[0] == "":
            out.pop(0)
    if raw and raw[-1] != "":
        while out and out[-1] == "":
            out.pop()
    return out


def main():
    names = sorted(n for n in os.listdir(HERE) if n.endswith(".txt"))
    raws, golds = {}, {}
    for n in names:
        m = NAME_RE.match(n)
        if not m:
            err(n, "name does not match NNN_<lang>_<families>[.gold].txt")
            continue
        (golds if m.group(4) else raws)[n[: -len(".gold.txt")] if m.group(4) else n[:-4]] = m
    for stem in sorted(set(raws) | set(golds)):
        if stem not in raws:
            err(stem, "gold file without raw file")
        if stem not in golds:
            err(stem, "raw file without gold file")

    numbers = collections.Counter(raws[s].group(1) for s in raws)
    for num, c in numbers.items():
        if c > 1:
            err(num, "number used by more than one file")

    per_lang = collections.defaultdict(lambda: {"pos": 0, "neg": 0})
    fam_langs = collections.defaultdict(set)
    line_owner = collections.defaultdict(set)
    ngram_owner = collections.defaultdict(set)

    for stem in sorted(raws):
        if stem not in golds:
            continue
        m = raws[stem]
        lang, fams = m.group(2), m.group(3).split("-")
        negative = fams == ["negative"]
        if not negative:
            bad = [f for f in fams if f not in FAMILIES]
            if bad:
                err(stem, f"unknown families {bad}")
            if len(set(fams)) != len(fams):
                err(stem, "family listed twice")
            if "negative" in fams:
                err(stem, "'negative' mixed with families")
            for f in fams:
                fam_langs[f].add(lang)
        elif len(fams) != 1:
            err(stem, "bad negative name")
        per_lang[lang]["neg" if negative else "pos"] += 1

        rtext, rbytes = read_text(os.path.join(HERE, stem + ".txt"), stem + ".txt")
        gtext, gbytes = read_text(os.path.join(HERE, stem + ".gold.txt"), stem + ".gold.txt")
        if rtext is None or gtext is None:
            continue
        raw = rtext[:-1].split("\n") if rtext.endswith("\n") else rtext.split("\n")
        gold = gtext[:-1].split("\n") if gtext.endswith("\n") else gtext.split("\n")
        for i in range(1, len(raw)):
            if raw[i] == "" and raw[i - 1] == "":
                err(stem, f"raw has consecutive blank lines at line {i + 1}")
        nonblank = [l for l in raw if l.strip()]
        for l in nonblank:
            line_owner[l].add(stem)
            words = l.split()
            for k in range(len(words) - 5):
                ngram_owner[" ".join(words[k:k + 6])].add(stem)

        if negative:
            if rbytes != gbytes:
                err(stem, "negative but gold is not byte-identical to raw")
            if not 15 <= len(nonblank) <= 40:
                err(stem, f"{len(nonblank)} non-blank lines (want 15-40)")
            print(f"{status(stem)} {stem}: negative, {len(nonblank)} lines, gold {'identical' if rbytes == gbytes else 'DIFFERS'}")
            continue

        idx = align(raw, gold)
        if idx is None:
            err(stem, "gold is not a subsequence of raw")
            continue
        keep = [False] * len(raw)
        for i in idx:
            keep[i] = True
        # blank lines: keep all raw blank lines, then collapse
        keep_bl = [k or raw[i] == "" for i, k in enumerate(keep)]
        # recompute alignment on non-blank lines only for the furniture mask
        g_nb = [l for l in gold if l != ""]
        raw_nb_idx = [i for i, l in enumerate(raw) if l != ""]
        j = 0
        content = set()
        for g in g_nb:
            while j < len(raw_nb_idx) and raw[raw_nb_idx[j]] != g:
                j += 1
            if j == len(raw_nb_idx):
                break
            content.add(raw_nb_idx[j]); j += 1
        keep2 = [(i in content) or raw[i] == "" for i in range(len(raw))]
        if expected_gold(raw, keep2) != gold:
            err(stem, "gold does not follow the blank-line rules (delete lines, collapse blank runs, no new leading/trailing blanks)")
        furn = [i for i in raw_nb_idx if i not in content]
        n, nf = len(raw_nb_idx), len(furn)
        share = nf / n if n else 0
        if not 15 <= n <= 40:
            err(stem, f"{n} non-blank lines (want 15-40)")
        if not 0.30 <= share <= 0.55:
            err(stem, f"furniture share {share:.0%} (want 30-55%)")
        if nf == 0:
            err(stem, "positive file with no furniture")
        # positions: top, bottom, interior runs
        flags = [i in content for i in raw_nb_idx]  # True = content
        if flags and flags[0]:
            err(stem, "no furniture at the top")
        if flags and flags[-1]:
            err(stem, "no furniture at the bottom")
        if True in flags:
            first = flags.index(True)
            last = len(flags) - 1 - flags[::-1].index(True)
            inner = flags[first:last + 1]
            runs = sum(1 for k in range(len(inner)) if not inner[k] and (k == 0 or inner[k - 1]))
            if not 2 <= runs <= 5:
                err(stem, f"{runs} furniture places between paragraphs (want 2-5)")
        else:
            runs = 0
            err(stem, "no content lines")
        print(f"{status(stem)} {stem}: {n} lines, {nf} furniture ({share:.0%}), {runs} inner places, {len(fams)} families")

    # quotas
    for lang in LANGS:
        c = per_lang[lang]
        if c["pos"] != 4 or c["neg"] != 1:
            err(lang, f"{c['pos']} positives and {c['neg']} negatives (want 4 and 1)")
    for f in FAMILIES:
        if len(fam_langs[f]) < 3:
            err(f, f"family present in {len(fam_langs[f])} languages (want >= 3): {sorted(fam_langs[f])}")
    # reuse across files
    for line, owners in line_owner.items():
        if len(owners) > 1:
            err("reuse", f"line {line!r} appears in {sorted(owners)}")
    for ng, owners in ngram_owner.items():
        if len(owners) > 1:
            warnings.append(f"6-word phrase {ng!r} shared by {sorted(owners)}")

    print()
    print("family coverage: " + ", ".join(f"{f}={len(fam_langs[f])}" for f in FAMILIES))
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print("PASS" if not errors else f"FAIL ({len(errors)} errors)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
