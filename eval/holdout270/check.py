#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair: both files exist; name pattern NNN_<lang>_<families>.txt; family names valid,
unique and in canonical order (or exactly 'negative'); UTF-8, LF only, final newline; gold is an
ordered subsequence of raw lines; gold has no leading/trailing blank lines and no runs of blank
lines; negatives are byte-identical to raw; positives actually delete something.
Across the set: no non-blank line longer than 3 characters occurs in more than one pair.
"""
import os, re, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r'^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$')


def read(path, errs):
    data = open(path, 'rb').read()
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as e:
        errs.append(f'{os.path.basename(path)}: not UTF-8 ({e})')
        return data, []
    if b'\r' in data:
        errs.append(f'{os.path.basename(path)}: contains CR characters')
    if not text.endswith('\n'):
        errs.append(f'{os.path.basename(path)}: no final newline')
    if text.startswith('\ufeff'):
        errs.append(f'{os.path.basename(path)}: has a BOM')
    return data, text[:-1].split('\n') if text.endswith('\n') else text.split('\n')


def is_subsequence(sub, seq):
    it = iter(seq)
    return all(any(x == y for y in it) for x in sub)


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith('.txt') and not f.endswith('.gold.txt')]
    golds = [f for f in files if f.endswith('.gold.txt')]
    total_fail = 0
    owners = defaultdict(set)
    numbers = defaultdict(list)
    for g in golds:
        if g[:-len('.gold.txt')] + '.txt' not in raws:
            print(f'FAIL {g}: gold without raw file')
            total_fail += 1
    results = []
    for r in raws:
        errs = []
        stem = r[:-4]
        gname = stem + '.gold.txt'
        m = NAME_RE.match(r)
        if not m:
            errs.append('bad file name')
        else:
            numbers[m.group(1)].append(r)
            fams = m.group(3).split('-')
            if fams != ['negative']:
                bad = [x for x in fams if x not in CANON]
                if bad:
                    errs.append(f'unknown families {bad}')
                elif len(set(fams)) != len(fams):
                    errs.append('duplicate family')
                elif fams != sorted(fams, key=CANON.index):
                    errs.append('families not in canonical order')
        if gname not in golds:
            errs.append('missing gold file')
            results.append((r, errs, ''))
            continue
        rbytes, rlines = read(os.path.join(HERE, r), errs)
        gbytes, glines = read(os.path.join(HERE, gname), errs)
        negative = m is not None and m.group(3) == 'negative'
        if negative:
            if rbytes != gbytes:
                errs.append('negative but gold differs from raw')
        else:
            if rbytes == gbytes:
                errs.append('positive but gold identical to raw')
        if not is_subsequence(glines, rlines):
            errs.append('gold is not an ordered subsequence of raw lines')
        if glines and (glines[0].strip() == '' or glines[-1].strip() == ''):
            errs.append('gold has leading or trailing blank line')
        for i in range(1, len(glines)):
            if glines[i].strip() == '' and glines[i - 1].strip() == '':
                errs.append(f'gold has a run of blank lines at line {i + 1}')
                break
        for line in set(l.strip() for l in rlines):
            if len(line) > 3:
                owners[line].add(stem)
        rn = sum(1 for l in rlines if l.strip())
        gn = sum(1 for l in glines if l.strip())
        info = f'{rn} raw / {gn} gold non-blank lines, furniture {100 * (rn - gn) / rn:.0f}%' if rn else ''
        results.append((r, errs, info))
    for num, names in numbers.items():
        if len(names) > 1:
            print(f'FAIL number {num} used by {names}')
            total_fail += 1
    dup = defaultdict(list)
    for line, who in owners.items():
        if len(who) > 1:
            for w in who:
                dup[w].append(line)
    for r, errs, info in results:
        stem = r[:-4]
        for line in dup.get(stem, []):
            errs.append(f'line shared with another file: {line[:60]!r}')
        if errs:
            total_fail += 1
            print(f'FAIL {stem}: ' + '; '.join(errs))
        else:
            print(f'OK   {stem}: {info}')
    if total_fail:
        print(f'{total_fail} FAILURE(S)')
        sys.exit(1)
    print('ALL OK')


if __name__ == '__main__':
    main()
