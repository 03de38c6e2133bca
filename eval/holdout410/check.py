#!/usr/bin/env python3
"""Validate blind evaluation set 410 (news-furniture removal). Standard library only."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
LANG_OF = {}
for i, lang in enumerate(["en", "ru", "de", "fr", "es"]):
    for k in range(4):
        LANG_OF[i * 4 + k + 1] = lang
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+?)(\.gold)?\.txt$")
STOP = {
    "en": "the and of to a in is that for on with was it by at from this are be as have has not but they".split(),
    "de": "der die das und ist nicht mit den dem ein eine sich auf für von zu im auch es wird sie bei aus".split(),
    "fr": "le la les et des du un une est pour dans que qui pas sur au par avec ce il sont plus se ont".split(),
    "es": "el la los las y de del que en un una es por con para se no al lo como su más pero sus".split(),
}
errors = []


def err(msg):
    errors.append(msg)
    print("  ERROR: " + msg)


def read_lines(path):
    data = open(path, "rb").read()
    tag = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        err(f"{tag}: BOM")
    if b"\r" in data:
        err(f"{tag}: CR characters (need LF only)")
    if not data.endswith(b"\n"):
        err(f"{tag}: no final newline")
    if data.endswith(b"\n\n"):
        err(f"{tag}: trailing blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{tag}: not UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def match_positions(gold, raw):
    """Greedy subsequence match; returns raw indices for each gold line or None."""
    pos, j = [], 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        pos.append(j)
        j += 1
    return pos


def lang_check(lang, lines):
    text = " ".join(lines)
    letters = [c for c in text if c.isalpha()]
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    share = cyr / max(1, len(letters))
    if lang == "ru":
        return share > 0.6, f"cyrillic {share:.0%}"
    if share > 0.05:
        return False, f"cyrillic {share:.0%}"
    words = re.findall(r"[a-zäöüßàâçéèêëîïôûùœáíóúñ]+", text.lower())
    scores = {k: sum(1 for w in words if w in set(v)) for k, v in STOP.items()}
    best = max(scores, key=scores.get)
    return best == lang, "stop-words " + " ".join(f"{k}={v}" for k, v in scores.items())


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    pairs = {}
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            err(f"{f}: bad file name")
            continue
        num, lang, fams, gold = int(m.group(1)), m.group(2), m.group(3), bool(m.group(4))
        pairs.setdefault(num, {})["gold" if gold else "raw"] = f
        pairs[num].setdefault("meta", (lang, fams))
        if pairs[num]["meta"] != (lang, fams):
            err(f"{f}: raw and gold names disagree")
    if sorted(pairs) != list(range(1, 21)):
        err(f"numbers present: {sorted(pairs)} (need 001-020)")

    covered, negatives, noblank = set(), {}, []
    for num in sorted(pairs):
        p = pairs[num]
        lang, fams = p["meta"]
        if "raw" not in p or "gold" not in p:
            err(f"{num:03d}: missing raw or gold file")
            continue
        if LANG_OF.get(num) != lang:
            err(f"{num:03d}: language {lang}, expected {LANG_OF.get(num)}")
        raw_path, gold_path = os.path.join(HERE, p["raw"]), os.path.join(HERE, p["gold"])
        raw, gold = read_lines(raw_path), read_lines(gold_path)
        for tag, ls in (("raw", raw), ("gold", gold)):
            if not 25 <= len(ls) <= 90:
                err(f"{num:03d} {tag}: {len(ls)} lines (need 25-90)")
        if raw and (raw[0] == "" or raw[-1] == ""):
            err(f"{num:03d}: raw starts or ends with a blank line")
        ok_lang, lang_info = lang_check(lang, raw)
        if not ok_lang:
            err(f"{num:03d}: language check failed for {lang} ({lang_info})")
        raw_nb = sum(1 for l in raw if l.strip())
        gold_nb = sum(1 for l in gold if l.strip())
        has_blank = any(l == "" for l in raw)
        if any(l != "" and not l.strip() for l in raw):
            err(f"{num:03d}: whitespace-only line in raw")

        if fams == "negative":
            negatives.setdefault(lang, []).append(num)
            if open(raw_path, "rb").read() != open(gold_path, "rb").read():
                err(f"{num:03d}: negative gold differs from raw")
            print(f"{p['raw']}: OK negative, {len(raw)} lines, {lang_info}")
            continue

        flist = fams.split("-")
        bad = [f for f in flist if f not in FAMILIES]
        if bad:
            err(f"{num:03d}: unknown families {bad}")
        elif flist != sorted(set(flist), key=FAMILIES.index):
            err(f"{num:03d}: families not unique/in canonical order")
        covered.update(flist)
        if not has_blank:
            noblank.append((num, lang))

        pos = match_positions(gold, raw)
        if pos is None:
            err(f"{num:03d}: gold is not a subsequence of raw")
        else:
            if gold and (gold[0] == "" or gold[-1] == ""):
                err(f"{num:03d}: gold has leading/trailing blank line")
            for a, b in zip(gold, gold[1:]):
                if a == "" and b == "":
                    err(f"{num:03d}: gold has uncollapsed blank lines")
                    break
            # a blank must separate two kept lines iff raw had a blank between them
            kept = [(g, i) for g, i in zip(gold, pos)]
            nb = [(k, g, i) for k, (g, i) in enumerate(kept) if g != ""]
            for (k1, g1, i1), (k2, g2, i2) in zip(nb, nb[1:]):
                gap_blank = k2 - k1 > 1
                raw_blank = any(raw[x] == "" for x in range(i1 + 1, i2))
                if gap_blank != raw_blank:
                    err(f"{num:03d}: blank-line handling differs near gold line {k1 + 1}")
                    break
        share = (raw_nb - gold_nb) / raw_nb if raw_nb else 0
        if not 0.30 <= share <= 0.55:
            err(f"{num:03d}: furniture share {share:.1%} (need 30-55 %)")
        print(f"{p['raw']}: OK positive, {len(raw)}/{len(gold)} lines, furniture {share:.1%}, "
              f"{len(flist)} families, blank lines: {'yes' if has_blank else 'no'}, {lang_info}")

    for lang in ["en", "ru", "de", "fr", "es"]:
        if len(negatives.get(lang, [])) != 2:
            err(f"{lang}: {len(negatives.get(lang, []))} negatives (need exactly 2)")
    missing = [f for f in FAMILIES if f not in covered]
    if missing:
        err(f"families not present in any positive: {missing}")
    if len(noblank) < 2 or len({l for _, l in noblank}) < 2:
        err(f"need >= 2 positives without blank lines in different languages, have {noblank}")
    if errors:
        print(f"FAILED: {len(errors)} error(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
