#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Prints one line per file and `ALL OK` last when every check passes.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANG_BY_NUMBER = {}
for n in range(1, 21):
    LANG_BY_NUMBER[n] = ["en", "ru", "de", "fr", "es"][(n - 1) // 4]
MIN_LINES, MAX_LINES = 25, 90
MIN_SHARE, MAX_SHARE = 0.30, 0.55
NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$")
STOPWORDS = {
    "en": set("the and of to is in that it with for was his her but a an are this on as by".split()),
    "de": set("der die das und ist nicht mit ein eine sich auf den von zu im dem des wird es".split()),
    "fr": set("le la les et des est une un du dans qui pour pas au sur ne il elle aux ce".split()),
    "es": set("el la los las y que del en un una por con se es para lo su al como".split()),
}

errors = []


def fail(msg):
    errors.append(msg)
    return msg


def read_lines(path):
    """Return (lines, problems) after checking encoding, BOM, LF, final newline."""
    problems = []
    data = open(path, "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        problems.append("BOM present")
    if b"\r" in data:
        problems.append("CR found (not LF-only)")
    if not data.endswith(b"\n"):
        problems.append("no final newline")
    if data.endswith(b"\n\n"):
        problems.append("trailing blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, problems + ["not UTF-8: %s" % exc]
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for i, ln in enumerate(lines, 1):
        if ln != ln.rstrip():
            problems.append("line %d has trailing whitespace" % i)
        if "\t" in ln:
            problems.append("line %d has a tab" % i)
    return lines, problems


def language_of(lines):
    text = " ".join(lines)
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    if cyr / len(letters) > 0.5:
        return "ru"
    words = re.findall(r"[a-zäöüßàâçéèêëîïôûùÿœæñáíóú]+", text.lower())
    scores = {lang: sum(1 for w in words if w in sw) for lang, sw in STOPWORDS.items()}
    return max(scores, key=scores.get)


def gold_problems(raw, gold):
    """Check that gold is raw with whole lines deleted and blank runs collapsed."""
    probs = []
    if gold and (gold[0] == "" or gold[-1] == ""):
        probs.append("gold has leading/trailing blank line")
    for i in range(1, len(gold)):
        if gold[i] == "" and gold[i - 1] == "":
            probs.append("gold has a run of blank lines at line %d" % (i + 1))
            break
    # map gold lines onto raw (greedy subsequence)
    pos = []
    j = 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            probs.append("gold is not a subsequence of raw (stuck at %r)" % g[:60])
            return probs
        pos.append(j)
        j += 1
    # blank rule: between two consecutive kept non-blank lines, gold has a
    # blank exactly when raw has at least one blank line between them
    nb = [(gi, pos[gi]) for gi, g in enumerate(gold) if g != ""]
    for (ga, ra), (gb, rb) in zip(nb, nb[1:]):
        gold_blank = any(gold[k] == "" for k in range(ga + 1, gb))
        raw_blank = any(raw[k] == "" for k in range(ra + 1, rb))
        if gold_blank != raw_blank:
            probs.append("blank-line handling differs between raw lines %d and %d" % (ra + 1, rb + 1))
    return probs


def main():
    names = sorted(os.listdir(HERE))
    allowed_extra = {"check.py", "README.md", "__pycache__"}
    raws = [n for n in names if n.endswith(".txt") and not n.endswith(".gold.txt")]
    golds = [n for n in names if n.endswith(".gold.txt")]
    for n in names:
        if n in allowed_extra or n in raws or n in golds:
            continue
        print("%-90s FAIL unexpected file" % n)
        fail("unexpected file %s" % n)
    if not os.path.isfile(os.path.join(HERE, "README.md")):
        fail("README.md missing")

    numbers = {}
    used_families = set()
    blank_free_positives = 0
    per_lang = {}
    for raw_name in raws:
        msgs = []
        m = NAME_RE.match(raw_name)
        if not m:
            print("%-90s FAIL bad file name" % raw_name)
            fail("bad name %s" % raw_name)
            continue
        num, lang, fam = int(m.group(1)), m.group(2), m.group(3)
        if num in numbers:
            msgs.append(fail("%s: number %03d used twice" % (raw_name, num)))
        numbers[num] = raw_name
        if LANG_BY_NUMBER.get(num) != lang:
            msgs.append(fail("%s: number %03d should be %s" % (raw_name, num, LANG_BY_NUMBER.get(num))))
        negative = fam == "negative"
        fams = [] if negative else fam.split("-")
        if not negative:
            bad = [f for f in fams if f not in FAMILIES]
            if bad:
                msgs.append(fail("%s: unknown families %s" % (raw_name, bad)))
            else:
                idx = [FAMILIES.index(f) for f in fams]
                if idx != sorted(set(idx)):
                    msgs.append(fail("%s: families not in canonical order or repeated" % raw_name))
            used_families.update(fams)
        per_lang.setdefault(lang, []).append(negative)

        gold_name = raw_name[:-4] + ".gold.txt"
        raw, p1 = read_lines(os.path.join(HERE, raw_name))
        msgs += [fail("%s: %s" % (raw_name, p)) for p in p1]
        if not os.path.isfile(os.path.join(HERE, gold_name)):
            msgs.append(fail("%s: gold file missing" % raw_name))
            print("%-90s FAIL %s" % (raw_name, "; ".join(msgs)))
            continue
        gold, p2 = read_lines(os.path.join(HERE, gold_name))
        msgs += [fail("%s: %s" % (gold_name, p)) for p in p2]
        if raw is None or gold is None:
            print("%-90s FAIL %s" % (raw_name, "; ".join(msgs)))
            continue
        if not MIN_LINES <= len(raw) <= MAX_LINES:
            msgs.append(fail("%s: %d lines, expected %d-%d" % (raw_name, len(raw), MIN_LINES, MAX_LINES)))
        if raw and raw[0] == "":
            msgs.append(fail("%s: leading blank line" % raw_name))
        detected = language_of(raw)
        if detected != lang:
            msgs.append(fail("%s: text looks like %s, not %s" % (raw_name, detected, lang)))
        msgs += [fail("%s: %s" % (gold_name, p)) for p in gold_problems(raw, gold)]
        raw_nb = sum(1 for l in raw if l.strip())
        gold_nb = sum(1 for l in gold if l.strip())
        share = (raw_nb - gold_nb) / raw_nb if raw_nb else 0.0
        if negative:
            if open(os.path.join(HERE, raw_name), "rb").read() != open(os.path.join(HERE, gold_name), "rb").read():
                msgs.append(fail("%s: negative but gold differs from raw" % raw_name))
        else:
            if not MIN_SHARE <= share <= MAX_SHARE:
                msgs.append(fail("%s: furniture share %.1f%% outside %d-%d%%" % (
                    raw_name, share * 100, MIN_SHARE * 100, MAX_SHARE * 100)))
            if "" not in raw:
                blank_free_positives += 1
        status = "OK  " if not msgs else "FAIL"
        detail = "lines=%d nonblank=%d kept=%d furniture=%.1f%%" % (len(raw), raw_nb, gold_nb, share * 100)
        print("%-90s %s %s%s" % (raw_name, status, detail, ("  " + "; ".join(msgs)) if msgs else ""))
        gstatus = "OK  " if not [e for e in msgs if e.startswith(gold_name)] else "FAIL"
        print("%-90s %s gold lines=%d" % (gold_name, gstatus, len(gold)))

    for n in golds:
        if n[:-9] + ".txt" not in raws:
            print("%-90s FAIL gold without raw file" % n)
            fail("orphan gold %s" % n)

    # set-level checks
    if sorted(numbers) != list(range(1, 21)):
        fail("expected files numbered 001-020, got %s" % sorted(numbers))
    for lang in ["en", "ru", "de", "fr", "es"]:
        flags = per_lang.get(lang, [])
        if len(flags) != 4 or sum(flags) != 2:
            fail("%s: expected 4 files (2 positives, 2 negatives), got %d files, %d negatives"
                 % (lang, len(flags), sum(flags)))
    missing = [f for f in FAMILIES if f not in used_families]
    if missing:
        fail("families never used: %s" % ", ".join(missing))
    if blank_free_positives < 2:
        fail("only %d positives without blank lines (need 2)" % blank_free_positives)
    print("set: %d pairs, %d families used, %d blank-free positives"
          % (len(numbers), len(used_families), blank_free_positives))
    if errors:
        for e in errors:
            print("ERROR", e)
        print("FAILED (%d problems)" % len(errors))
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
