#!/usr/bin/env python3
"""Validate the boilerplate-removal evaluation set in this directory.

Checks, for every pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the file name is well formed, the families are valid, unique and in canonical order,
    or the single word 'negative';
  * the gold's non-blank lines are an ordered subsequence of the raw's lines;
  * blank lines in the gold are exactly the collapsed blank runs of the raw between
    kept lines (one blank in gold iff the raw had at least one blank there);
  * no leading/trailing blank lines and no runs of blank lines in the gold;
  * negatives are byte-identical to their raw, positives delete at least one line;
and across the whole set: no non-blank line longer than 3 characters appears in more
than one pair.
Prints one line per pair and 'ALL OK' if everything passes. Standard library only.
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r'^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$')

HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, 'rb').read()
    name = os.path.basename(path)
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as e:
        errors.append(f'{name}: not valid UTF-8 ({e})')
        return None
    if text.startswith('\ufeff'):
        errors.append(f'{name}: starts with a BOM')
    if '\r' in text:
        errors.append(f'{name}: contains CR characters (must be LF only)')
    if not text.endswith('\n'):
        errors.append(f'{name}: no final newline')
    elif text.endswith('\n\n'):
        errors.append(f'{name}: trailing blank line')
    return text[:-1].split('\n') if text.endswith('\n') else text.split('\n')


def check_families(fam, name, errors):
    if fam == 'negative':
        return []
    parts = fam.split('-')
    for p in parts:
        if p not in CANON:
            errors.append(f'{name}: unknown family {p!r}')
    if len(set(parts)) != len(parts):
        errors.append(f'{name}: repeated family')
    idx = [CANON.index(p) for p in parts if p in CANON]
    if idx != sorted(idx):
        errors.append(f'{name}: families not in canonical order')
    return parts


def check_pair(raw, gold, name, errors):
    """Return number of deleted non-blank lines, or None if the gold does not align."""
    if gold and (gold[0].strip() == '' or gold[-1].strip() == ''):
        errors.append(f'{name}: gold has leading or trailing blank lines')
    if raw and (raw[0].strip() == '' or raw[-1].strip() == ''):
        errors.append(f'{name}: raw has leading or trailing blank lines')
    for a, b in zip(gold, gold[1:]):
        if a.strip() == '' and b.strip() == '':
            errors.append(f'{name}: gold has a run of blank lines')
            break
    for g in gold:
        if g != '' and g.strip() == '':
            errors.append(f'{name}: gold has a whitespace-only line')
            break
    # align gold non-blank lines to raw lines (leftmost match, order preserved)
    pos = []
    i = 0
    for g in gold:
        if g.strip() == '':
            pos.append(None)
            continue
        while i < len(raw) and raw[i] != g:
            i += 1
        if i == len(raw):
            errors.append(f'{name}: gold line not found in raw order: {g[:70]!r}')
            return None
        pos.append(i)
        i += 1
    # blank lines must mirror raw blank runs between consecutive kept lines
    kept = [(k, p) for k, p in enumerate(pos) if p is not None]
    for (k1, p1), (k2, p2) in zip(kept, kept[1:]):
        gold_blank = any(gold[k].strip() == '' for k in range(k1 + 1, k2))
        raw_blank = any(raw[r].strip() == '' for r in range(p1 + 1, p2))
        if gold_blank != raw_blank:
            what = 'missing' if raw_blank else 'extra'
            errors.append(f'{name}: {what} blank line in gold before {gold[k2][:60]!r}')
    kept_idx = {p for p in pos if p is not None}
    return sum(1 for r, l in enumerate(raw) if l.strip() and r not in kept_idx)


def main():
    errors = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    raws = [f for f in files if not f.endswith('.gold.txt')]
    golds = [f for f in files if f.endswith('.gold.txt')]
    for g in golds:
        if g[:-len('.gold.txt')] + '.txt' not in raws:
            errors.append(f'{g}: gold without raw file')
    seen_nums = {}
    line_owner = defaultdict(set)
    results = []
    for r in raws:
        m = NAME_RE.match(r)
        if not m:
            errors.append(f'{r}: bad file name')
            continue
        num, lang, fam = m.groups()
        if num in seen_nums:
            errors.append(f'{r}: number {num} also used by {seen_nums[num]}')
        seen_nums[num] = r
        n_err = len(errors)
        parts = check_families(fam, r, errors)
        gname = r[:-4] + '.gold.txt'
        if gname not in golds:
            errors.append(f'{r}: missing gold file {gname}')
            results.append((r, 'FAIL'))
            continue
        raw = read_lines(os.path.join(HERE, r), errors)
        gold = read_lines(os.path.join(HERE, gname), errors)
        if raw is None or gold is None:
            results.append((r, 'FAIL'))
            continue
        for l in raw:
            s = l.strip()
            if len(s) > 3:
                line_owner[s].add(num)
        deleted = check_pair(raw, gold, r, errors)
        rb = open(os.path.join(HERE, r), 'rb').read()
        gb = open(os.path.join(HERE, gname), 'rb').read()
        if fam == 'negative':
            if rb != gb:
                errors.append(f'{r}: negative but gold differs from raw')
        elif deleted == 0:  # None (misaligned) is already reported
            errors.append(f'{r}: positive but nothing deleted')
        nb = sum(1 for l in raw if l.strip())
        status = 'ok' if len(errors) == n_err else 'FAIL'
        deleted = deleted or 0
        share = f'{100 * deleted / nb:.0f}%' if nb else 'n/a'
        results.append((r, f'{status}  lang={lang}  lines={nb}  deleted={deleted} ({share})  families={len(parts) or "negative"}'))
    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            errors.append(f'line used in several pairs {sorted(owners)}: {line[:70]!r}')
    for r, status in results:
        print(f'{r}: {status}')
    if errors:
        print()
        for e in errors:
            print('ERROR', e)
        print(f'{len(errors)} problem(s)')
        sys.exit(1)
    print('ALL OK')


if __name__ == '__main__':
    main()
