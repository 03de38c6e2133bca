#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Usage: python3 check.py   (run from anywhere; it checks the directory it lives in)
Prints one line per data file, then set-level checks, then ALL OK if everything passes.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANG_OF = {}
for n in range(1, 21):
    LANG_OF["%03d" % n] = ["en", "ru", "de", "fr", "es"][(n - 1) // 4]
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")
MIN_LINES, MAX_LINES = 25, 90
MIN_SHARE, MAX_SHARE = 0.30, 0.55

STOP = {
    "en": "the and of to in is was for that with on at by from has have he she it are were said this".split(),
    "de": "der die das und ist nicht mit von den dem des ein eine auch sich für auf im zu sie wird".split(),
    "fr": "le la les et des du un une est dans pour que qui sur au aux pas par avec ont été ce".split(),
    "es": "el la los las y de del que en un una es por con para se al su lo como más".split(),
}

errors_total = []


def fail(msgs, m):
    msgs.append(m)


def read_text(path, msgs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        fail(msgs, "has a BOM")
    if b"\r" in data:
        fail(msgs, "contains CR (not LF-only)")
    if not data.endswith(b"\n"):
        fail(msgs, "no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(msgs, "not UTF-8: %s" % e)
        text = data.decode("utf-8", "replace")
    if "\ufeff" in text:
        fail(msgs, "contains U+FEFF")
    return data, text


def lines_of(text):
    if text.endswith("\n"):
        text = text[:-1]
    return text.split("\n")


def language_ok(lang, lines):
    text = " ".join(lines)
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False, "no letters"
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    share = cyr / len(letters)
    if lang == "ru":
        return share > 0.6, "cyrillic share %.2f" % share
    if share > 0.02:
        return False, "cyrillic share %.2f in a Latin-script file" % share
    words = re.findall(r"[a-zà-ÿß]+", text.lower())
    scores = {l: sum(1 for w in words if w in set(s)) for l, s in STOP.items()}
    best = max(scores, key=scores.get)
    return best == lang, "stopword scores %s" % scores


def map_gold(raw, gold):
    """Map gold lines onto raw indices greedily; return list of raw indices or None."""
    idx, j = [], 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j)
        j += 1
    return idx


def check_pair(num, lang, fams, raw_path, gold_path):
    results = []
    negative = fams == "negative"
    # --- raw
    msgs = []
    raw_bytes, raw_text = read_text(raw_path, msgs)
    raw = lines_of(raw_text)
    if LANG_OF.get(num) != lang:
        fail(msgs, "number %s belongs to %s, not %s" % (num, LANG_OF.get(num), lang))
    if not (MIN_LINES <= len(raw) <= MAX_LINES):
        fail(msgs, "%d lines (need %d-%d)" % (len(raw), MIN_LINES, MAX_LINES))
    if raw and (raw[0].strip() == "" or raw[-1].strip() == ""):
        fail(msgs, "leading or trailing blank line")
    if any(l != l.rstrip() for l in raw):
        fail(msgs, "trailing whitespace on a line")
    ok, why = language_ok(lang, raw)
    if not ok:
        fail(msgs, "language check failed (%s)" % why)
    if not negative:
        fl = fams.split("-")
        bad = [f for f in fl if f not in FAMILIES]
        if bad:
            fail(msgs, "unknown families %s" % bad)
        elif len(set(fl)) != len(fl):
            fail(msgs, "duplicate family in name")
        elif fl != sorted(fl, key=FAMILIES.index):
            fail(msgs, "families not in canonical order")
    nb_raw = sum(1 for l in raw if l.strip())
    results.append((os.path.basename(raw_path), msgs,
                    "%d lines, %d non-blank, %s" % (len(raw), nb_raw, "blank lines" if "" in raw else "no blank lines")))
    # --- gold
    gmsgs = []
    if not os.path.exists(gold_path):
        fail(gmsgs, "missing")
        results.append((os.path.basename(gold_path), gmsgs, ""))
        return results, None
    gold_bytes, gold_text = read_text(gold_path, gmsgs)
    gold = lines_of(gold_text)
    info = ""
    if negative:
        if gold_bytes != raw_bytes:
            fail(gmsgs, "negative gold not byte-identical to raw")
            info = "differs from raw"
        else:
            info = "identical to raw"
        share = 0.0
    else:
        if gold and (gold[0] == "" or gold[-1] == ""):
            fail(gmsgs, "leading or trailing blank line")
        if any(a == "" and b == "" for a, b in zip(gold, gold[1:])):
            fail(gmsgs, "uncollapsed run of blank lines")
        gnb = [l for l in gold if l.strip()]
        rnb_idx = [i for i, l in enumerate(raw) if l.strip()]
        rnb = [raw[i] for i in rnb_idx]
        m = map_gold(rnb, gnb)
        if m is None:
            fail(gmsgs, "gold is not a subsequence of raw")
        else:
            if map_gold(raw, gold) is None:
                fail(gmsgs, "gold (with blank lines) is not a subsequence of raw")
            # blank structure: between two consecutive kept lines there is a blank line in
            # gold iff there is at least one blank line between them in raw
            gpos = [k for k, l in enumerate(gold) if l.strip()]
            for a in range(len(gpos) - 1):
                gblank = gpos[a + 1] - gpos[a] > 1
                r0, r1 = rnb_idx[m[a]], rnb_idx[m[a + 1]]
                rblank = any(raw[x] == "" for x in range(r0 + 1, r1))
                if gblank != rblank:
                    fail(gmsgs, "blank-line structure changed near gold line %d" % (gpos[a] + 1))
                    break
        share = (nb_raw - len(gnb)) / nb_raw if nb_raw else 0
        if not (MIN_SHARE <= share <= MAX_SHARE):
            fail(gmsgs, "furniture share %.2f outside %.2f-%.2f" % (share, MIN_SHARE, MAX_SHARE))
        info = "%d lines, %d deleted, furniture %.0f%%" % (len(gold), nb_raw - len(gnb), share * 100)
    results.append((os.path.basename(gold_path), gmsgs, info))
    return results, share


def main():
    all_ok = True
    names = sorted(os.listdir(HERE))
    extra = [n for n in names if n not in ("check.py", "README.md") and not NAME_RE.match(n)
             and n != "__pycache__"]
    raws = [n for n in names if NAME_RE.match(n) and not n.endswith(".gold.txt")]
    golds = [n for n in names if NAME_RE.match(n) and n.endswith(".gold.txt")]
    set_msgs = []
    if extra:
        set_msgs.append("unexpected files: %s" % extra)
    if "README.md" not in names:
        set_msgs.append("README.md missing")
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            set_msgs.append("gold without raw: %s" % g)
    seen_nums, per_lang, covered, noblank = {}, {}, set(), 0
    for r in raws:
        num, lang, fams, _ = NAME_RE.match(r).groups()
        if num in seen_nums:
            set_msgs.append("number %s used twice" % num)
        seen_nums[num] = r
        kind = "neg" if fams == "negative" else "pos"
        per_lang.setdefault(lang, {"pos": 0, "neg": 0})[kind] += 1
        res, share = check_pair(num, lang, fams, os.path.join(HERE, r),
                                os.path.join(HERE, r[:-4] + ".gold.txt"))
        for fname, msgs, info in res:
            status = "OK  " if not msgs else "FAIL"
            if msgs:
                all_ok = False
            print("%s %s  %s%s" % (status, fname, info, ("  <- " + "; ".join(msgs)) if msgs else ""))
        if kind == "pos":
            covered |= set(fams.split("-"))
            raw_lines = lines_of(open(os.path.join(HERE, r), encoding="utf-8", errors="replace").read())
            if "" not in raw_lines:
                noblank += 1
    expected = ["%03d" % n for n in range(1, 21)]
    if sorted(seen_nums) != expected:
        set_msgs.append("numbers present %s, expected 001-020" % sorted(seen_nums))
    for lang in ("en", "ru", "de", "fr", "es"):
        c = per_lang.get(lang, {"pos": 0, "neg": 0})
        if c != {"pos": 2, "neg": 2}:
            set_msgs.append("%s: %d positives, %d negatives (need 2 and 2)" % (lang, c["pos"], c["neg"]))
    missing = [f for f in FAMILIES if f not in covered]
    if missing:
        set_msgs.append("families never used in a positive: %s" % missing)
    if noblank < 2:
        set_msgs.append("only %d positives without blank lines (need 2)" % noblank)
    print("%s set: %d pairs, %d families covered, %d positives without blank lines"
          % ("OK  " if not set_msgs else "FAIL", len(raws), len(covered), noblank))
    for m in set_msgs:
        print("FAIL set: " + m)
    if set_msgs:
        all_ok = False
    if all_ok:
        print("ALL OK")
        return 0
    print("FAILED")
    return 1


if __name__ == "__main__":
    sys.exit(main())
