#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, decode as UTF-8, use LF line endings and end with a newline;
  * the file name is well formed, family names are valid, unique and in canonical order;
  * gold lines are an ordered subsequence of raw lines;
  * gold equals raw with the deleted lines removed, blank runs collapsed to one,
    and no leading/trailing blank lines;
  * a 'negative' gold is byte-identical to its raw; a positive gold is not;
  * no non-blank line longer than 3 characters occurs in more than one pair.
Prints one line per pair and 'ALL OK' at the end (exit status 1 on any error).
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
HERE = os.path.dirname(os.path.abspath(__file__))

errors = []


def err(msg):
    errors.append(msg)
    print("  ERROR: " + msg)


def read(path):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{os.path.basename(path)}: not UTF-8 ({e})")
        return None
    name = os.path.basename(path)
    if "\r" in text:
        err(f"{name}: contains CR characters (must be LF only)")
    if not text.endswith("\n"):
        err(f"{name}: no final newline")
    if text.startswith("\ufeff"):
        err(f"{name}: starts with a BOM")
    return text


def collapse(lines):
    out = []
    for ln in lines:
        if ln.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(ln)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt") and f[:3].isdigit()]
    golds = [f for f in files if f.endswith(".gold.txt")]
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            err(f"{g}: gold without raw file")
    numbers = defaultdict(list)
    line_owner = defaultdict(set)
    n_pairs = n_neg = 0
    for r in raws:
        base = r[:-4]
        gname = base + ".gold.txt"
        ok_before = len(errors)
        m = NAME_RE.match(r)
        fams = []
        if not m:
            err(f"{r}: bad file name")
        else:
            num, lang, famstr = m.groups()
            numbers[num].append(r)
            if lang not in LANGS:
                err(f"{r}: unexpected language code {lang}")
            if famstr != "negative":
                fams = famstr.split("-")
                bad = [f for f in fams if f not in CANON]
                if bad:
                    err(f"{r}: unknown families {bad}")
                elif len(set(fams)) != len(fams):
                    err(f"{r}: repeated family")
                elif fams != sorted(fams, key=CANON.index):
                    err(f"{r}: families not in canonical order")
        if gname not in golds:
            err(f"{r}: missing {gname}")
            continue
        raw = read(os.path.join(HERE, r))
        gold = read(os.path.join(HERE, gname))
        if raw is None or gold is None:
            continue
        rl = raw.split("\n")[:-1] if raw.endswith("\n") else raw.split("\n")
        gl = gold.split("\n")[:-1] if gold.endswith("\n") else gold.split("\n")
        n_pairs += 1
        # ordered subsequence, matching non-blank gold lines to raw lines
        kept = set()
        i = 0
        for ln in gl:
            if ln.strip() == "":
                continue
            while i < len(rl) and rl[i] != ln:
                i += 1
            if i == len(rl):
                err(f"{gname}: line not found (in order) in raw: {ln[:60]!r}")
                break
            kept.add(i)
            i += 1
        else:
            expected = collapse([ln for k, ln in enumerate(rl) if ln.strip() == "" or k in kept])
            if expected != gl:
                err(f"{gname}: blank-line handling differs from 'delete, collapse runs, strip ends'")
        if gl and (gl[0].strip() == "" or gl[-1].strip() == ""):
            err(f"{gname}: leading or trailing blank line")
        for a, b in zip(gl, gl[1:]):
            if a.strip() == "" and b.strip() == "":
                err(f"{gname}: uncollapsed run of blank lines")
                break
        if rl and (rl[0].strip() == "" or rl[-1].strip() == ""):
            err(f"{r}: leading or trailing blank line")
        nonblank = [ln for ln in rl if ln.strip()]
        deleted = len(nonblank) - len([ln for ln in gl if ln.strip()])
        if m and m.group(3) == "negative":
            n_neg += 1
            if raw != gold:
                err(f"{r}: negative but gold is not byte-identical to raw")
        elif m and raw == gold:
            err(f"{r}: positive but nothing was deleted")
        for ln in set(nonblank):
            if len(ln.strip()) > 3:
                line_owner[ln].add(base)
        ratio = deleted / len(nonblank) if nonblank else 0
        status = "ok" if len(errors) == ok_before else "FAIL"
        print(f"{status:4} {base}  lines={len(nonblank)} deleted={deleted} ({ratio:.0%})")
    for num, fs in numbers.items():
        if len(fs) > 1:
            err(f"number {num} used by several files: {fs}")
    for ln, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            err(f"line used in more than one pair {sorted(owners)}: {ln[:70]!r}")
    print(f"{n_pairs} pairs, {n_neg} negatives")
    if errors:
        print(f"{len(errors)} ERROR(S)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
