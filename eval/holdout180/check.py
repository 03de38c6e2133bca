#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, decode as UTF-8, use LF line endings only and end with a newline;
  * the file name is well formed, family names are valid, unique and in canonical order;
  * the gold is an ordered subsequence of the raw lines;
  * the gold equals "raw minus the deleted lines, blank runs collapsed to one,
    no leading/trailing blank lines" (and has no leading/trailing/double blanks itself);
  * negatives: gold is byte-identical to raw; positives: gold differs from raw;
  * no non-blank line longer than 3 characters is used in more than one pair.
Prints one line per pair and ALL OK at the end (exit status 1 on any error).
Standard library only.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en", "ru", "de", "fr", "es"}
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    with open(path, "rb") as fh:
        data = fh.read()
    name = os.path.basename(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{name}: not valid UTF-8 ({exc})")
        return None, data
    if b"\r" in data:
        errors.append(f"{name}: contains CR characters (LF line endings required)")
    if not data.endswith(b"\n"):
        errors.append(f"{name}: no final newline")
    if data.endswith(b"\n\n"):
        errors.append(f"{name}: trailing blank line")
    if text.startswith("\ufeff"):
        errors.append(f"{name}: starts with a BOM")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines, data


def collapse(lines):
    out = []
    for line in lines:
        if line.strip() == "" and (not out or out[-1].strip() == ""):
            continue
        out.append(line)
    while out and out[-1].strip() == "":
        out.pop()
    return out


def check_pair(raw_name, gold_name, errors):
    raw_lines, raw_bytes = read_lines(os.path.join(HERE, raw_name), errors)
    gold_lines, gold_bytes = read_lines(os.path.join(HERE, gold_name), errors)
    if raw_lines is None or gold_lines is None:
        return None
    m = NAME_RE.match(raw_name)
    families = m.group(3).split("-")
    negative = families == ["negative"]

    # gold blank-line hygiene
    if gold_lines and gold_lines[0].strip() == "":
        errors.append(f"{gold_name}: leading blank line")
    if gold_lines and gold_lines[-1].strip() == "":
        errors.append(f"{gold_name}: trailing blank line")
    for i in range(1, len(gold_lines)):
        if gold_lines[i].strip() == "" and gold_lines[i - 1].strip() == "":
            errors.append(f"{gold_name}: consecutive blank lines at line {i + 1}")
            break
    if raw_lines and (raw_lines[0].strip() == "" or raw_lines[-1].strip() == ""):
        errors.append(f"{raw_name}: leading or trailing blank line")

    # gold non-blank lines must be an ordered subsequence of raw non-blank lines
    kept = [False] * len(raw_lines)
    j = 0
    gold_nb = [g for g in gold_lines if g.strip() != ""]
    for i, line in enumerate(raw_lines):
        if j < len(gold_nb) and line == gold_nb[j] and line.strip() != "":
            kept[i] = True
            j += 1
    if j != len(gold_nb):
        errors.append(f"{gold_name}: line not found in order in raw: {gold_nb[j][:70]!r}")
        return None
    # raw minus deleted lines, collapsed, must equal gold exactly (blank lines included)
    expected = collapse([l for i, l in enumerate(raw_lines) if kept[i] or l.strip() == ""])
    if expected != gold_lines:
        for k, (a, b) in enumerate(zip(expected, gold_lines)):
            if a != b:
                errors.append(f"{gold_name}: blank-line structure differs from raw at gold line {k + 1}")
                break
        else:
            errors.append(f"{gold_name}: length differs from collapsed raw ({len(gold_lines)} vs {len(expected)})")

    raw_nb = [l for l in raw_lines if l.strip() != ""]
    removed = len(raw_nb) - len(gold_nb)
    if negative:
        if raw_bytes != gold_bytes:
            errors.append(f"{raw_name}: negative but gold is not byte-identical to raw")
    else:
        if removed == 0:
            errors.append(f"{raw_name}: positive but no line was removed")
    share = 100.0 * removed / len(raw_nb) if raw_nb else 0.0
    return {"raw_nb": raw_nb, "removed": removed, "share": share, "negative": negative}


def main():
    errors = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = {f for f in files if f.endswith(".gold.txt")}
    results = {}
    numbers = defaultdict(list)
    for raw in raws:
        pair_errors = []
        m = NAME_RE.match(raw)
        gold = raw[:-4] + ".gold.txt"
        if not m:
            pair_errors.append(f"{raw}: bad file name")
        else:
            numbers[m.group(1)].append(raw)
            if m.group(2) not in LANGS:
                pair_errors.append(f"{raw}: unknown language code {m.group(2)!r}")
            fams = m.group(3).split("-")
            if fams != ["negative"]:
                bad = [f for f in fams if f not in CANON]
                if bad:
                    pair_errors.append(f"{raw}: unknown family name(s) {bad}")
                elif len(set(fams)) != len(fams):
                    pair_errors.append(f"{raw}: repeated family name")
                elif fams != sorted(fams, key=CANON.index):
                    pair_errors.append(f"{raw}: families not in canonical order")
        if gold not in golds:
            pair_errors.append(f"{raw}: missing gold file {gold}")
        res = None
        if not pair_errors:
            res = check_pair(raw, gold, pair_errors)
        results[raw] = res
        errors.extend(pair_errors)
        if pair_errors:
            print(f"FAIL {raw}")
            for e in pair_errors:
                print(f"     {e}")
        else:
            kind = "negative" if res["negative"] else "positive"
            print(f"ok   {raw}  [{kind}] non-blank={len(res['raw_nb'])} "
                  f"removed={res['removed']} ({res['share']:.0f}%)")
    for gold in sorted(golds):
        if gold[:-9] + ".txt" not in raws:
            errors.append(f"{gold}: gold without raw file")
            print(f"FAIL {gold}: gold without raw file")
    for num, names in sorted(numbers.items()):
        if len(names) > 1:
            errors.append(f"number {num} used by {names}")
            print(f"FAIL number {num} used more than once: {names}")

    # a non-blank line (> 3 characters) may occur in one pair only
    owners = defaultdict(set)
    for raw, res in results.items():
        if res is None:
            continue
        for line in res["raw_nb"]:
            key = line.strip()
            if len(key) > 3:
                owners[key].add(raw)
    for line, where in sorted(owners.items()):
        if len(where) > 1:
            msg = f"line used in {len(where)} files: {line[:60]!r} -> {sorted(where)}"
            errors.append(msg)
            print(f"FAIL {msg}")

    if errors:
        print(f"{len(errors)} ERROR(S)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
