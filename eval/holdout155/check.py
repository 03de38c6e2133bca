#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist, are UTF-8, use LF line endings and end with exactly one newline;
  * the file name is well formed and the families are valid, unique and in canonical order
    ('negative' alone for pages without furniture);
  * the gold is an ordered subsequence of the raw lines (blank lines included);
  * the gold has no runs of blank lines and no leading/trailing blank lines;
  * the raw has no leading/trailing blank lines and no blank runs either;
  * a negative's gold is byte-identical to its raw; a positive's gold removes something;
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair.
Prints one line per pair and 'ALL OK' at the end (exit status 1 on any failure).
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
            "copyright wire share counter newsletter subscribe donation membership paywall comments "
            "login authorbox tags footer app live notes").split()
RANK = {f: i for i, f in enumerate(FAMILIES)}
NAME_RE = re.compile(r'^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$')

here = os.path.dirname(os.path.abspath(__file__))
errors_total = 0
line_owner = defaultdict(set)   # stripped line -> set of pair stems


def read_lines(path, errs):
    data = open(path, 'rb').read()
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as e:
        errs.append(f'{os.path.basename(path)}: not UTF-8 ({e})')
        return None, data
    if '\r' in text:
        errs.append(f'{os.path.basename(path)}: contains CR characters')
    if text.startswith('\ufeff'):
        errs.append(f'{os.path.basename(path)}: has a BOM')
    if not text.endswith('\n'):
        errs.append(f'{os.path.basename(path)}: no final newline')
    elif text.endswith('\n\n'):
        errs.append(f'{os.path.basename(path)}: trailing blank line')
    return text[:-1].split('\n') if text.endswith('\n') else text.split('\n'), data


def blank_checks(lines, label, errs):
    if not lines:
        errs.append(f'{label}: empty')
        return
    if lines[0].strip() == '':
        errs.append(f'{label}: leading blank line')
    if lines[-1].strip() == '':
        errs.append(f'{label}: trailing blank line')
    for i in range(1, len(lines)):
        if lines[i].strip() == '' and lines[i - 1].strip() == '':
            errs.append(f'{label}: run of blank lines at line {i + 1}')
            break
    for i, ln in enumerate(lines):
        if ln.strip() == '' and ln != '':
            errs.append(f'{label}: whitespace-only line {i + 1}')
            break


def is_subsequence(gold, raw):
    j = 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return False, g
        j += 1
    return True, None


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith('.txt') and not f.endswith('.gold.txt')]
golds = [f for f in files if f.endswith('.gold.txt')]
for g in golds:
    if g[:-len('.gold.txt')] + '.txt' not in raws:
        print(f'FAIL {g}: gold without raw')
        errors_total += 1

numbers = defaultdict(list)
for raw_name in raws:
    errs = []
    stem = raw_name[:-4]
    m = NAME_RE.match(raw_name)
    fams = []
    if not m:
        errs.append('bad file name (want NNN_<lang>_<families>.txt)')
    else:
        numbers[m.group(1)].append(raw_name)
        fams = m.group(3).split('-')
        if fams != ['negative']:
            bad = [f for f in fams if f not in RANK]
            if bad:
                errs.append(f'unknown families {bad}')
            elif len(set(fams)) != len(fams):
                errs.append('duplicate family in name')
            elif [RANK[f] for f in fams] != sorted(RANK[f] for f in fams):
                errs.append('families not in canonical order')
    gold_name = stem + '.gold.txt'
    if gold_name not in golds:
        errs.append('missing gold file')
        print(f'FAIL {stem}: ' + '; '.join(errs))
        errors_total += len(errs)
        continue
    raw, raw_bytes = read_lines(os.path.join(here, raw_name), errs)
    gold, gold_bytes = read_lines(os.path.join(here, gold_name), errs)
    if raw is None or gold is None:
        print(f'FAIL {stem}: ' + '; '.join(errs))
        errors_total += len(errs)
        continue
    blank_checks(raw, 'raw', errs)
    blank_checks(gold, 'gold', errs)
    ok, missing = is_subsequence(gold, raw)
    if not ok:
        errs.append(f'gold is not an ordered subsequence of raw (stuck at: {missing[:60]!r})')
    nraw = sum(1 for l in raw if l.strip())
    ngold = sum(1 for l in gold if l.strip())
    if fams == ['negative']:
        if raw_bytes != gold_bytes:
            errs.append('negative but gold differs from raw')
    elif m:
        if raw_bytes == gold_bytes or ngold >= nraw:
            errs.append('positive but gold removes nothing')
    for ln in raw:
        s = ln.strip()
        if len(s) > 3:
            line_owner[s].add(stem)
    share = (nraw - ngold) / nraw * 100 if nraw else 0
    status = 'OK  ' if not errs else 'FAIL'
    print(f'{status} {stem}: raw {nraw} lines, gold {ngold}, furniture {nraw - ngold} ({share:.0f}%)'
          + ('' if not errs else ' -- ' + '; '.join(errs)))
    errors_total += len(errs)

for num, names in sorted(numbers.items()):
    if len(names) > 1:
        print(f'FAIL number {num} used by {names}')
        errors_total += 1

dups = {l: s for l, s in line_owner.items() if len(s) > 1}
for l, s in sorted(dups.items()):
    print(f'FAIL line used in {len(s)} pairs ({", ".join(sorted(s))}): {l[:70]!r}')
    errors_total += 1

if errors_total:
    print(f'{errors_total} problem(s) found')
    sys.exit(1)
print('ALL OK')
