#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r'^(\d{3})_([a-z]{2})_([a-z-]+)$')


def read_lines(path, errors):
    data = open(path, 'rb').read()
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as e:
        errors.append(f'{os.path.basename(path)}: not UTF-8 ({e})')
        return data, []
    if '\r' in text:
        errors.append(f'{os.path.basename(path)}: contains CR (must be LF only)')
    if not text.endswith('\n'):
        errors.append(f'{os.path.basename(path)}: no final newline')
    if text.endswith('\n\n'):
        errors.append(f'{os.path.basename(path)}: trailing blank line')
    if text.startswith('\ufeff'):
        errors.append(f'{os.path.basename(path)}: BOM present')
    return data, text[:-1].split('\n') if text.endswith('\n') else text.split('\n')


def blank_problems(lines, label):
    errs = []
    if not lines:
        return [f'{label}: empty']
    if lines[0].strip() == '':
        errs.append(f'{label}: leading blank line')
    if lines[-1].strip() == '':
        errs.append(f'{label}: trailing blank line')
    for i in range(1, len(lines)):
        if lines[i].strip() == '' and lines[i - 1].strip() == '':
            errs.append(f'{label}: run of blank lines at line {i + 1}')
            break
    for i, l in enumerate(lines):
        if l != '' and l.strip() == '':
            errs.append(f'{label}: whitespace-only line {i + 1}')
            break
    return errs


def is_subsequence(gold, raw):
    j = 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return False, g
        j += 1
    return True, None


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    raws = {f[:-4] for f in files if not f.endswith('.gold.txt')}
    golds = {f[:-9] for f in files if f.endswith('.gold.txt')}
    all_errors = []
    for b in sorted(golds - raws):
        all_errors.append(f'{b}: gold without raw')
    line_owner = defaultdict(set)
    numbers = defaultdict(list)
    for base in sorted(raws):
        errs = []
        m = NAME_RE.match(base)
        fams = []
        if not m:
            errs.append('bad file name')
        else:
            numbers[m.group(1)].append(base)
            fams = m.group(3).split('-')
            if fams != ['negative']:
                bad = [f for f in fams if f not in FAMILIES]
                if bad:
                    errs.append(f'unknown families {bad}')
                elif len(set(fams)) != len(fams):
                    errs.append('duplicate family')
                elif fams != sorted(fams, key=FAMILIES.index):
                    errs.append('families not in canonical order')
        if base not in golds:
            errs.append('missing gold file')
            all_errors += [f'{base}: {e}' for e in errs]
            print(f'FAIL {base}: ' + '; '.join(errs))
            continue
        raw_bytes, raw = read_lines(os.path.join(HERE, base + '.txt'), errs)
        gold_bytes, gold = read_lines(os.path.join(HERE, base + '.gold.txt'), errs)
        errs += blank_problems(raw, 'raw')
        errs += blank_problems(gold, 'gold')
        ok, missing = is_subsequence(gold, raw)
        if not ok:
            errs.append(f'gold is not an ordered subsequence of raw (stuck at {missing[:60]!r})')
        if fams == ['negative']:
            if raw_bytes != gold_bytes:
                errs.append('negative but gold differs from raw')
        elif raw_bytes == gold_bytes:
            errs.append('positive but gold is identical to raw')
        for l in set(raw) | set(gold):
            if l.strip() and len(l.strip()) > 3:
                line_owner[l.strip()].add(base)
        nraw = sum(1 for l in raw if l.strip())
        ngold = sum(1 for l in gold if l.strip())
        share = (nraw - ngold) / nraw * 100 if nraw else 0
        status = 'FAIL' if errs else 'ok  '
        print(f'{status} {base}: {nraw} raw lines, {ngold} kept, {nraw - ngold} furniture ({share:.0f}%)'
              + ('' if not errs else ' -- ' + '; '.join(errs)))
        all_errors += [f'{base}: {e}' for e in errs]
    for num, bases in numbers.items():
        if len(bases) > 1:
            all_errors.append(f'number {num} used by {bases}')
    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            all_errors.append(f'line used in {len(owners)} files {sorted(owners)}: {line[:70]!r}')
    if all_errors:
        print('\nERRORS:')
        for e in all_errors:
            print(' ', e)
        sys.exit(1)
    print('ALL OK')


if __name__ == '__main__':
    main()
