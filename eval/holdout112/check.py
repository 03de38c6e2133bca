#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the file name is well formed: three-digit number, language in {en,ru,de,fr,es},
    families valid and in canonical order, or the single word "negative";
  * the gold is an ordered subsequence of the raw lines, equal to the raw with some
    non-blank lines deleted, blank runs collapsed and leading/trailing blanks removed;
  * negatives: gold byte-identical to raw; positives: gold differs from raw and the
    furniture share of non-blank lines is between 30% and 55%;
  * no non-blank line longer than 3 characters appears in more than one pair.
Prints one line per pair and "ALL OK" at the end; exits 1 on any failure.
"""
import os
import re
import sys

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
MIN_SHARE, MAX_SHARE = 0.30, 0.55

HERE = os.path.dirname(os.path.abspath(__file__))


def read_text(path, errors):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({exc})")
        return data, None
    if b"\r" in data:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not data.endswith(b"\n"):
        errors.append(f"{os.path.basename(path)}: no final newline")
    if data.endswith(b"\n\n"):
        errors.append(f"{os.path.basename(path)}: trailing blank line")
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{os.path.basename(path)}: BOM present")
    return data, text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def expected_gold(raw, kept):
    out = []
    for line, k in zip(raw, kept):
        if not k:
            continue
        if line.strip() == "":
            if not out or out[-1].strip() == "":
                continue
            out.append(line)
        else:
            out.append(line)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def check_pair(stem, errors):
    raw_path = os.path.join(HERE, stem + ".txt")
    gold_path = os.path.join(HERE, stem + ".gold.txt")
    local = []
    m = NAME_RE.match(stem + ".txt")
    if not m:
        local.append("bad file name")
        fams = []
    else:
        lang, famstr = m.group(2), m.group(3)
        if lang not in LANGS:
            local.append(f"unknown language {lang!r}")
        fams = famstr.split("-")
        if fams != ["negative"]:
            bad = [f for f in fams if f not in ORDER]
            if bad:
                local.append(f"unknown families {bad}")
            else:
                idx = [ORDER.index(f) for f in fams]
                if idx != sorted(set(idx)):
                    local.append("families not unique / not in canonical order")
    if not os.path.exists(gold_path):
        local.append("gold file missing")
        errors.extend(f"{stem}: {e}" for e in local)
        return None, None
    raw_bytes, raw = read_text(raw_path, local)
    gold_bytes, gold = read_text(gold_path, local)
    if raw is None or gold is None:
        errors.extend(f"{stem}: {e}" for e in local)
        return None, None

    # gold formatting
    if gold and gold[0].strip() == "":
        local.append("gold has leading blank line")
    for a, b in zip(gold, gold[1:]):
        if a.strip() == "" and b.strip() == "":
            local.append("gold has an uncollapsed run of blank lines")
            break
    if raw and raw[0].strip() == "":
        local.append("raw has leading blank line")

    # subsequence matching of non-blank gold lines (greedy, earliest)
    kept = [False] * len(raw)
    j = 0
    ok = True
    for gl in gold:
        if gl.strip() == "":
            continue
        while j < len(raw) and raw[j] != gl:
            j += 1
        if j == len(raw):
            local.append(f"gold line not found in order in raw: {gl[:60]!r}")
            ok = False
            break
        kept[j] = True
        j += 1
    if ok:
        for i, line in enumerate(raw):
            if line.strip() == "":
                kept[i] = True
        if expected_gold(raw, kept) != gold:
            local.append("gold is not raw minus deleted lines with blank runs collapsed")

    raw_nb = [l for l in raw if l.strip()]
    gold_nb = [l for l in gold if l.strip()]
    share = (len(raw_nb) - len(gold_nb)) / len(raw_nb) if raw_nb else 0.0
    if fams == ["negative"]:
        if raw_bytes != gold_bytes:
            local.append("negative but gold is not byte-identical to raw")
    else:
        if raw_bytes == gold_bytes:
            local.append("positive but gold equals raw")
        elif not (MIN_SHARE <= share <= MAX_SHARE):
            local.append(f"furniture share {share:.0%} outside {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
    errors.extend(f"{stem}: {e}" for e in local)
    info = f"{len(raw_nb) - len(gold_nb)}/{len(raw_nb)} furniture lines ({share:.0%})"
    return (not local), (set(l.strip() for l in raw + gold if len(l.strip()) > 3), info)


def main():
    errors = []
    files = sorted(os.listdir(HERE))
    raws = [f[:-4] for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f[:-9] for f in files if f.endswith(".gold.txt")]
    for g in golds:
        if g not in raws:
            errors.append(f"{g}: gold without raw file")
    seen = {}
    nums = {}
    for stem in raws:
        n = stem[:3]
        if n in nums:
            errors.append(f"{stem}: number {n} also used by {nums[n]}")
        nums[n] = stem
        before = len(errors)
        passed, data = check_pair(stem, errors)
        if data is not None:
            lines, info = data
            for line in lines:
                if line in seen and seen[line] != stem:
                    errors.append(f"{stem}: line also used in {seen[line]}: {line[:60]!r}")
                else:
                    seen.setdefault(line, stem)
        else:
            info = ""
        status = "OK  " if len(errors) == before else "FAIL"
        print(f"{status} {stem}  {info}")
    if not raws:
        errors.append("no pairs found")
    if errors:
        print()
        for e in errors:
            print("ERROR", e)
        print(f"FAILED ({len(errors)} problems)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
