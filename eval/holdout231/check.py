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


def read(path):
    with open(path, 'rb') as fh:
        data = fh.read()
    errs = []
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as exc:
        return None, ['not UTF-8: %s' % exc]
    if b'\r' in data:
        errs.append('contains CR characters (must be LF only)')
    if not text.endswith('\n'):
        errs.append('missing final newline')
    if text.endswith('\n\n'):
        errs.append('trailing blank line')
    if text.startswith('\ufeff'):
        errs.append('starts with a BOM')
    return text[:-1].split('\n') if text.endswith('\n') else text.split('\n'), errs


def is_subsequence(gold, raw):
    it = iter(raw)
    return all(any(g == r for r in it) for g in gold)


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    raws = [f for f in files if not f.endswith('.gold.txt')]
    golds = set(f for f in files if f.endswith('.gold.txt'))
    problems = 0
    line_owner = defaultdict(set)
    numbers = set()
    for raw_name in raws:
        errs = []
        m = NAME_RE.match(raw_name)
        gold_name = raw_name[:-4] + '.gold.txt'
        if not m:
            errs.append('bad file name')
            fams = []
        else:
            num, lang, famstr = m.groups()
            if num in numbers:
                errs.append('duplicate number %s' % num)
            numbers.add(num)
            fams = famstr.split('-')
            if fams != ['negative']:
                bad = [f for f in fams if f not in CANON]
                if bad:
                    errs.append('unknown families: %s' % ', '.join(bad))
                elif fams != sorted(fams, key=CANON.index) or len(set(fams)) != len(fams):
                    errs.append('families not in canonical order or repeated')
        if gold_name not in golds:
            errs.append('missing gold file')
            print('FAIL %s: %s' % (raw_name, '; '.join(errs)))
            problems += 1
            continue
        golds.discard(gold_name)
        raw, e1 = read(os.path.join(HERE, raw_name))
        gold, e2 = read(os.path.join(HERE, gold_name))
        errs += ['raw ' + e for e in e1] + ['gold ' + e for e in e2]
        if raw is None or gold is None:
            print('FAIL %s: %s' % (raw_name, '; '.join(errs)))
            problems += 1
            continue
        if not is_subsequence(gold, raw):
            errs.append('gold is not an ordered subsequence of raw lines')
        if gold and (gold[0].strip() == '' or gold[-1].strip() == ''):
            errs.append('gold has leading or trailing blank line')
        if raw and (raw[0].strip() == ''):
            errs.append('raw has leading blank line')
        for a, b in zip(gold, gold[1:]):
            if a.strip() == '' and b.strip() == '':
                errs.append('gold has an uncollapsed run of blank lines')
                break
        if any(l != '' and l.strip() == '' for l in gold):
            errs.append('gold has whitespace-only lines')
        if fams == ['negative']:
            if raw != gold:
                errs.append('negative but gold differs from raw')
        elif raw == gold:
            errs.append('positive but gold equals raw')
        for l in set(raw) | set(gold):
            if len(l.strip()) > 3:
                line_owner[l].add(raw_name)
        n_raw = sum(1 for l in raw if l.strip())
        n_gold = sum(1 for l in gold if l.strip())
        share = (n_raw - n_gold) / n_raw if n_raw else 0
        status = 'FAIL' if errs else 'ok'
        problems += bool(errs)
        print('%s %s: %d lines, %d kept, furniture %.0f%%%s' % (
            status, raw_name, n_raw, n_gold, share * 100,
            ('; ' + '; '.join(errs)) if errs else ''))
    for g in sorted(golds):
        print('FAIL %s: gold without raw' % g)
        problems += 1
    dups = {l: o for l, o in line_owner.items() if len(o) > 1}
    for l, owners in sorted(dups.items()):
        print('FAIL duplicate line %r in %s' % (l[:70], ', '.join(sorted(owners))))
        problems += 1
    if problems:
        print('%d PROBLEM(S)' % problems)
        return 1
    print('ALL OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
