#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
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
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as e:
        errors.append(f'not UTF-8: {e}')
        return []
    if '\r' in text:
        errors.append('contains CR characters (LF line endings required)')
    if not text.endswith('\n'):
        errors.append('missing final newline')
    if text.startswith('\ufeff'):
        errors.append('starts with a BOM')
    return text[:-1].split('\n') if text.endswith('\n') else text.split('\n')


def check_families(fams, errors):
    if fams == 'negative':
        return
    parts = fams.split('-')
    bad = [p for p in parts if p not in CANON]
    if bad:
        errors.append(f'unknown families: {bad}')
        return
    if len(set(parts)) != len(parts):
        errors.append('duplicate family in name')
    if parts != sorted(parts, key=CANON.index):
        errors.append('families not in canonical order')


def is_subsequence(gold, raw):
    i = 0
    for g in gold:
        while i < len(raw) and raw[i] != g:
            i += 1
        if i == len(raw):
            return False
        i += 1
    return True


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith('.txt') and not f.endswith('.gold.txt')]
    golds = [f for f in files if f.endswith('.gold.txt')]
    failed = False
    seen = defaultdict(set)   # line -> set of pair names
    numbers = defaultdict(list)

    for g in golds:
        if g[:-len('.gold.txt')] + '.txt' not in raws:
            print(f'FAIL {g}: gold file without raw file')
            failed = True

    for r in raws:
        errors = []
        m = NAME_RE.match(r)
        if not m:
            errors.append('file name does not match NNN_<lang>_<families>.txt')
            fams = None
        else:
            numbers[m.group(1)].append(r)
            fams = m.group(3)
            check_families(fams, errors)
        g = r[:-4] + '.gold.txt'
        if g not in golds:
            print(f'FAIL {r}: missing gold file {g}')
            failed = True
            continue
        raw = read_lines(os.path.join(HERE, r), errors)
        gold = read_lines(os.path.join(HERE, g), errors)
        if raw and gold:
            if not is_subsequence(gold, raw):
                errors.append('gold is not an ordered subsequence of raw lines')
            if gold[0] == '' or gold[-1] == '':
                errors.append('gold has leading or trailing blank lines')
            if any(a == '' and b == '' for a, b in zip(gold, gold[1:])):
                errors.append('gold has an uncollapsed run of blank lines')
            if raw[0] == '' or raw[-1] == '':
                errors.append('raw has leading or trailing blank lines')
            raw_bytes = open(os.path.join(HERE, r), 'rb').read()
            gold_bytes = open(os.path.join(HERE, g), 'rb').read()
            if fams == 'negative' and raw_bytes != gold_bytes:
                errors.append('negative but gold differs from raw')
            if fams not in (None, 'negative') and raw_bytes == gold_bytes:
                errors.append('positive but gold is identical to raw')
            for line in set(raw) | set(gold):
                s = line.strip()
                if len(s) > 3:
                    seen[s].add(r[:-4])
        n_raw = sum(1 for x in raw if x.strip())
        n_gold = sum(1 for x in gold if x.strip())
        share = (n_raw - n_gold) / n_raw if n_raw else 0.0
        status = 'FAIL' if errors else 'ok'
        print(f'{status:4} {r}  raw={n_raw} gold={n_gold} furniture={share:.0%}'
              + ('' if not errors else '  <- ' + '; '.join(errors)))
        failed = failed or bool(errors)

    for num, names in sorted(numbers.items()):
        if len(names) > 1:
            print(f'FAIL number {num} used by {names}')
            failed = True

    for line, owners in sorted(seen.items()):
        if len(owners) > 1:
            print(f'FAIL line used in {len(owners)} files: {line[:70]!r} in {sorted(owners)}')
            failed = True

    if failed:
        print('FAILED')
        return 1
    print('ALL OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
