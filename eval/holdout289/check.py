#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, decode as UTF-8, use LF line endings and end with a newline;
  * the file name is well formed, family names are valid, unique and in canonical order
    ("negative" stands alone);
  * the gold lines are an ordered subsequence of the raw lines (byte-identical lines);
  * the gold has no leading/trailing blank lines and no runs of blank lines;
  * a negative's gold is byte-identical to its raw; a positive's gold is not;
and across the whole set: no non-blank line longer than 3 characters appears in more than one pair.
Standard library only. Prints one line per pair and "ALL OK" at the end.
"""
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r'^(\d{3})_([a-z]{2})_([a-z-]+)$')


def read(path, errors):
    data = open(path, 'rb').read()
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as e:
        errors.append(f'{os.path.basename(path)}: not UTF-8 ({e})')
        return data, None
    if b'\r' in data:
        errors.append(f'{os.path.basename(path)}: contains CR characters (LF only expected)')
    if not data.endswith(b'\n'):
        errors.append(f'{os.path.basename(path)}: no final newline')
    if data.startswith(b'\xef\xbb\xbf'):
        errors.append(f'{os.path.basename(path)}: has a BOM')
    return data, text[:-1].split('\n') if text.endswith('\n') else text.split('\n')


def is_subsequence(sub, seq):
    it = iter(seq)
    return all(any(x == y for y in it) for x in sub)


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    raws = {f[:-4] for f in files if not f.endswith('.gold.txt')}
    golds = {f[:-9] for f in files if f.endswith('.gold.txt')}
    all_errors = []
    for b in sorted(golds - raws):
        all_errors.append(f'{b}: gold without raw')
    for b in sorted(raws - golds):
        all_errors.append(f'{b}: raw without gold')

    line_owner = defaultdict(set)
    numbers = defaultdict(list)
    for base in sorted(raws & golds):
        errors = []
        m = NAME_RE.match(base)
        fams = []
        if not m:
            errors.append('file name does not match NNN_<lang>_<families>')
        else:
            numbers[m.group(1)].append(base)
            fams = m.group(3).split('-')
            if fams != ['negative']:
                bad = [f for f in fams if f not in ORDER]
                if bad:
                    errors.append(f'unknown families: {bad}')
                elif len(set(fams)) != len(fams):
                    errors.append('duplicate family names')
                elif fams != sorted(fams, key=ORDER.index):
                    errors.append('families not in canonical order')
        raw_bytes, raw = read(os.path.join(HERE, base + '.txt'), errors)
        gold_bytes, gold = read(os.path.join(HERE, base + '.gold.txt'), errors)
        if raw is not None and gold is not None:
            if not is_subsequence(gold, raw):
                errors.append('gold is not an ordered subsequence of raw lines')
            if gold and gold[0].strip() == '':
                errors.append('gold has a leading blank line')
            if gold and gold[-1].strip() == '':
                errors.append('gold has a trailing blank line')
            if not any(l.strip() for l in gold):
                errors.append('gold is empty')
            for i in range(1, len(gold)):
                if gold[i].strip() == '' and gold[i - 1].strip() == '':
                    errors.append(f'gold has a run of blank lines at line {i + 1}')
                    break
            if fams == ['negative']:
                if raw_bytes != gold_bytes:
                    errors.append('negative: gold is not byte-identical to raw')
            elif raw_bytes == gold_bytes:
                errors.append('positive: gold is identical to raw (nothing deleted)')
            for l in raw:
                s = l.strip()
                if len(s) > 3:
                    line_owner[s].add(base)
            n_raw = sum(1 for l in raw if l.strip())
            n_gold = sum(1 for l in gold if l.strip())
            share = (n_raw - n_gold) / n_raw if n_raw else 0
            info = f'raw={n_raw} gold={n_gold} furniture={share:.0%}'
        else:
            info = ''
        status = 'OK  ' if not errors else 'FAIL'
        print(f'{status} {base} {info}')
        for e in errors:
            print(f'     - {e}')
        all_errors += [f'{base}: {e}' for e in errors]

    for num, bases in sorted(numbers.items()):
        if len(bases) > 1:
            all_errors.append(f'number {num} used by several pairs: {bases}')
    for s, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            all_errors.append(f'line used in more than one pair {sorted(owners)}: {s[:70]!r}')

    if all_errors:
        print()
        for e in all_errors:
            print('ERROR', e)
        print(f'{len(all_errors)} problem(s)')
        sys.exit(1)
    print('ALL OK')


if __name__ == '__main__':
    main()
