#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair: file naming, language, UTF-8 without BOM, LF line endings,
final newline, line counts (25-90), gold is a subsequence of the raw lines,
blank runs left by deletions collapsed to one, no leading/trailing blanks in
gold, negatives byte-identical, and the furniture share of positives (30-55 %
of non-blank raw lines). Set-level checks: 20 pairs, 4 per language, 2
positives and 2 negatives per language, every family used at least once,
at least two positives without any blank line.
Prints one line per file and `ALL OK` last when everything passes.
"""
import os
import re
import sys
from functools import lru_cache

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad "
            "promo caption credit copyright wire share counter newsletter "
            "subscribe donation membership paywall comments login authorbox "
            "tags footer app live notes").split()
LANG_OF = {}
for n in range(1, 21):
    LANG_OF[n] = ["en", "ru", "de", "fr", "es"][(n - 1) // 4]

STOP = {
    "en": "the and of to in is was for on with that at by it from said has".split(),
    "de": "der die das und ist nicht mit den von ein eine im auf sich dem für".split(),
    "fr": "le la les de des et est une du pour dans au qui sur par pas".split(),
    "es": "el la los las de del que y en por una con para se al es".split(),
}
MIN_LINES, MAX_LINES = 25, 90
SHARE_MIN, SHARE_MAX = 0.30, 0.55

HERE = os.path.dirname(os.path.abspath(__file__))
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z-]+)\.txt$")

problems_total = 0


def read_lines(path, errs):
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        errs.append("BOM")
    if b"\r" in data:
        errs.append("CR found (not LF-only)")
    if not data.endswith(b"\n"):
        errs.append("no final newline")
    if data.endswith(b"\n\n"):
        errs.append("ends with a blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errs.append("not UTF-8: %s" % e)
        return None
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for i, l in enumerate(lines, 1):
        if l != l.rstrip():
            errs.append("trailing whitespace on line %d" % i)
        if l.strip() == "" and l != "":
            errs.append("whitespace-only line %d" % i)
    return lines


def guess_lang(lines):
    text = " ".join(lines)
    cyr = sum(1 for c in text if "\u0400" <= c <= "\u04ff")
    lat = sum(1 for c in text if c.isascii() and c.isalpha())
    if cyr > lat:
        return "ru"
    words = re.findall(r"[a-zäöüßàâçéèêëîïôûùœáíóúñ]+", text.lower())
    scores = {lg: sum(1 for w in words if w in set(sw)) for lg, sw in STOP.items()}
    return max(scores, key=scores.get)


def align(raw, gold):
    """True if gold == raw minus some non-blank lines, blank runs collapsed to
    one, leading/trailing blanks dropped.  Searches every alignment of the
    gold's non-blank lines onto the raw's non-blank lines (handles repeated
    lines such as live-blog key-event copies)."""
    rnb = [i for i, l in enumerate(raw) if l != ""]
    # gold as a list of (line, blank_before)
    items, blank = [], False
    for l in gold:
        if l == "":
            blank = True
        else:
            items.append((l, blank))
            blank = False
    if not items:
        return False

    def blank_between(a, b):
        return any(raw[k] == "" for k in range(a + 1, b))

    @lru_cache(maxsize=None)
    def go(k, prev):
        if k == len(items):
            return True
        line, bb = items[k]
        for p in rnb:
            if p <= prev or raw[p] != line:
                continue
            if k > 0 and blank_between(prev, p) != bb:
                continue
            if go(k + 1, p):
                return True
        return False

    return go(0, -1)


def is_subsequence(small, big):
    it = iter(big)
    return all(any(x == y for y in it) for x in small)


def report(name, errs, info=""):
    global problems_total
    if errs:
        problems_total += len(errs)
        print("FAIL %s: %s" % (name, "; ".join(errs)))
    else:
        print("ok   %s %s" % (name, info))


def main():
    global problems_total
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    set_errs = []
    nums = {}
    used = set()
    per_lang = {}
    noblank_pos = 0

    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            set_errs.append("gold without raw: %s" % g)

    for f in raws:
        errs = []
        m = NAME_RE.match(f)
        if not m:
            report(f, ["bad file name"])
            continue
        num, lang, fams = int(m.group(1)), m.group(2), m.group(3)
        if num in nums:
            errs.append("duplicate number %03d" % num)
        nums[num] = f
        if LANG_OF.get(num) != lang:
            errs.append("number %03d must be %s" % (num, LANG_OF.get(num)))
        negative = fams == "negative"
        if not negative:
            toks = fams.split("-")
            bad = [t for t in toks if t not in FAMILIES]
            if bad:
                errs.append("unknown families %s" % bad)
            else:
                idx = [FAMILIES.index(t) for t in toks]
                if idx != sorted(set(idx)):
                    errs.append("families not in canonical order or repeated")
                used.update(toks)
        per_lang.setdefault(lang, []).append("neg" if negative else "pos")

        gname = f[:-4] + ".gold.txt"
        raw = read_lines(os.path.join(HERE, f), errs)
        if gname not in golds:
            errs.append("missing gold file")
            report(f, errs)
            continue
        gerrs = []
        gold = read_lines(os.path.join(HERE, gname), gerrs)
        errs += ["gold: " + e for e in gerrs]
        if raw is None or gold is None:
            report(f, errs)
            continue

        # line counts
        for label, lines in (("raw", raw), ("gold", gold)):
            if not MIN_LINES <= len(lines) <= MAX_LINES:
                errs.append("%s has %d lines (want %d-%d)" % (label, len(lines), MIN_LINES, MAX_LINES))
        # raw shape
        if raw and raw[0] == "":
            errs.append("raw starts with a blank line")
        if any(raw[i] == "" and raw[i + 1] == "" for i in range(len(raw) - 1)):
            errs.append("raw has consecutive blank lines")
        # gold shape
        if gold and (gold[0] == "" or gold[-1] == ""):
            errs.append("gold has leading/trailing blank line")
        if any(gold[i] == "" and gold[i + 1] == "" for i in range(len(gold) - 1)):
            errs.append("gold has an uncollapsed blank run")
        if not is_subsequence(gold, raw):
            errs.append("gold is not a subsequence of raw")
        elif not align(raw, gold):
            errs.append("gold is not raw minus lines with blank runs collapsed")
        # language
        gl = guess_lang(raw)
        if gl != lang:
            errs.append("language looks like %s, not %s" % (gl, lang))
        # negatives / shares
        rb = open(os.path.join(HERE, f), "rb").read()
        gb = open(os.path.join(HERE, gname), "rb").read()
        nb_raw = sum(1 for l in raw if l)
        nb_gold = sum(1 for l in gold if l)
        share = (nb_raw - nb_gold) / nb_raw if nb_raw else 0
        if negative:
            if rb != gb:
                errs.append("negative gold is not byte-identical to raw")
            info = "negative, %d lines, identical gold" % len(raw)
        else:
            if not SHARE_MIN <= share <= SHARE_MAX:
                errs.append("furniture share %.0f%% outside 30-55%%" % (100 * share))
            if rb == gb:
                errs.append("positive with nothing deleted")
            if "" not in raw:
                noblank_pos += 1
            info = "%d lines -> %d, furniture %d/%d = %.0f%%%s" % (
                len(raw), len(gold), nb_raw - nb_gold, nb_raw, 100 * share,
                ", no blank lines" if "" not in raw else "")
        report(f, errs, info)

    if sorted(nums) != list(range(1, 21)):
        set_errs.append("numbers are not exactly 001-020")
    for lang in ("en", "ru", "de", "fr", "es"):
        kinds = per_lang.get(lang, [])
        if sorted(kinds) != ["neg", "neg", "pos", "pos"]:
            set_errs.append("%s: want 2 positives and 2 negatives, got %s" % (lang, kinds))
    missing = [f for f in FAMILIES if f not in used]
    if missing:
        set_errs.append("families never used: %s" % " ".join(missing))
    if noblank_pos < 2:
        set_errs.append("fewer than two positives without blank lines")
    for extra in sorted(os.listdir(HERE)):
        if extra not in files and extra not in ("check.py", "README.md"):
            set_errs.append("unexpected entry: %s" % extra)
    if os.path.exists(os.path.join(HERE, "README.md")) is False:
        set_errs.append("README.md missing")
    report("set", set_errs, "20 pairs, %d families used, %d positives without blank lines"
           % (len(used), noblank_pos))
    if problems_total:
        print("FAILED: %d problem(s)" % problems_total)
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
