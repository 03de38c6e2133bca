#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r'^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$')
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, 'rb').read()
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as e:
        errors.append(f'{os.path.basename(path)}: not UTF-8 ({e})')
        return data, []
    if '\r' in text:
        errors.append(f'{os.path.basename(path)}: contains CR characters (LF only expected)')
    if not text.endswith('\n'):
        errors.append(f'{os.path.basename(path)}: missing final newline')
    if text.startswith('\ufeff'):
        errors.append(f'{os.path.basename(path)}: has a BOM')
    return data, text[:-1].split('\n') if text.endswith('\n') else text.split('\n')


def check_families(stem, errors):
    m = NAME_RE.match(stem + '.txt')
    if not m:
        errors.append(f'{stem}: file name does not match NNN_<lang>_<families>.txt')
        return None
    fams = m.group(3).split('-')
    if fams == ['negative']:
        return 'negative'
    for f in fams:
        if f not in CANON:
            errors.append(f'{stem}: unknown family "{f}"')
    if len(set(fams)) != len(fams):
        errors.append(f'{stem}: duplicate family in name')
    known = [f for f in fams if f in CANON]
    if known != sorted(known, key=CANON.index):
        errors.append(f'{stem}: families not in canonical order')
    return fams


def expected_gold(raw, gold, stem, errors):
    """Match gold's non-blank lines as an ordered subsequence of raw's non-blank lines,
    then rebuild the gold from raw (drop unmatched non-blank lines, collapse blank runs,
    strip leading/trailing blanks) and compare."""
    gold_nb = [l for l in gold if l.strip()]
    keep = [False] * len(raw)
    gi = 0
    for ri, line in enumerate(raw):
        if not line.strip():
            keep[ri] = True
        elif gi < len(gold_nb) and line == gold_nb[gi]:
            keep[ri] = True
            gi += 1
    if gi != len(gold_nb):
        errors.append(f'{stem}: gold is not an ordered subsequence of raw '
                      f'(first unmatched gold line: {gold_nb[gi][:70]!r})')
        return None, keep
    rebuilt = []
    for line, k in zip(raw, keep):
        if not k:
            continue
        if not line.strip() and rebuilt and not rebuilt[-1].strip():
            continue
        rebuilt.append(line)
    while rebuilt and not rebuilt[0].strip():
        rebuilt.pop(0)
    while rebuilt and not rebuilt[-1].strip():
        rebuilt.pop()
    return rebuilt, keep


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    golds = {f[:-9] for f in files if f.endswith('.gold.txt')}
    raws = {f[:-4] for f in files if not f.endswith('.gold.txt')}
    all_errors = []
    owners = defaultdict(set)  # line -> set of pair stems
    numbers = defaultdict(list)
    for s, missing, present in ([(x, 'gold', '.txt') for x in sorted(raws - golds)] +
                                [(x, 'raw', '.gold.txt') for x in sorted(golds - raws)]):
        all_errors.append(f'{s}: {missing} file missing')
        check_families(s, all_errors)
        _, lines = read_lines(os.path.join(HERE, s + present), all_errors)
        for line in lines:
            if len(line.strip()) > 3:
                owners[line].add(s)
    for stem in sorted(raws & golds):
        errors = []
        fams = check_families(stem, errors)
        m = NAME_RE.match(stem + '.txt')
        if m:
            numbers[m.group(1)].append(stem)
        raw_bytes, raw = read_lines(os.path.join(HERE, stem + '.txt'), errors)
        gold_bytes, gold = read_lines(os.path.join(HERE, stem + '.gold.txt'), errors)
        for line in raw + gold:
            if line.strip() and len(line.strip()) > 3:
                owners[line].add(stem)
        if gold and (not gold[0].strip() or not gold[-1].strip()):
            errors.append(f'{stem}: gold has leading or trailing blank lines')
        for a, b in zip(gold, gold[1:]):
            if not a.strip() and not b.strip():
                errors.append(f'{stem}: gold has an uncollapsed run of blank lines')
                break
        rebuilt, keep = expected_gold(raw, gold, stem, errors)
        if rebuilt is not None and rebuilt != gold:
            errors.append(f'{stem}: gold differs from raw-minus-deletions with blank runs collapsed')
        nb = sum(1 for l in raw if l.strip())
        dropped = sum(1 for l, k in zip(raw, keep) if l.strip() and not k)
        if fams == 'negative':
            if raw_bytes != gold_bytes:
                errors.append(f'{stem}: negative but gold is not byte-identical to raw')
        elif fams is not None:
            if dropped == 0:
                errors.append(f'{stem}: positive but nothing was deleted')
        share = 100.0 * dropped / nb if nb else 0.0
        status = 'OK' if not errors else 'FAIL'
        kind = 'negative' if fams == 'negative' else 'positive'
        print(f'{status:4} {stem}  [{kind}; {nb} non-blank raw lines, {dropped} deleted, {share:.0f}% furniture]')
        for e in errors:
            print('     - ' + e)
        all_errors.extend(errors)

    for num, stems in sorted(numbers.items()):
        if len(stems) > 1:
            all_errors.append(f'number {num} used by more than one pair: {stems}')
    for line, stems in sorted(owners.items()):
        if len(stems) > 1:
            all_errors.append(f'line used in more than one pair {sorted(stems)}: {line[:70]!r}')

    if all_errors:
        print('\nPROBLEMS:')
        for e in all_errors:
            print(' - ' + e)
        print(f'\n{len(all_errors)} problem(s)')
        sys.exit(1)
    print('ALL OK')


if __name__ == '__main__':
    main()
