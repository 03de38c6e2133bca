#!/usr/bin/env python3
"""Sanity checks for the blind16 evaluation set.

For every NNN_<lang>_<families>.txt raw file:
  * a matching .gold.txt file exists;
  * both decode as UTF-8 and use LF line endings only;
  * the gold lines are a subsequence of the raw lines (byte-identical, same order);
  * for negatives ("negative" family) gold is byte-identical to raw.
Also reports any stray files in the directory.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = re.compile(r'^(\d{3})_(en|ru|de|fr|es)_([a-z0-9-]+)\.txt$')


def is_subsequence(sub, full):
    it = iter(full)
    return all(any(s == f for f in it) for s in sub)


def main():
    errors = []
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith('.txt') and not f.endswith('.gold.txt')]
    allowed = {'README.md', 'check.py'}
    for f in files:
        if f in allowed or f.endswith('.txt'):
            continue
        errors.append(f'stray file: {f}')
    golds = {f for f in files if f.endswith('.gold.txt')}
    n_neg = 0
    langs = {}
    for raw in raws:
        m = NAME.match(raw)
        if not m:
            errors.append(f'bad file name: {raw}')
            continue
        gold = raw[:-4] + '.gold.txt'
        if gold not in golds:
            errors.append(f'missing gold for {raw}')
            continue
        golds.discard(gold)
        rb = open(os.path.join(HERE, raw), 'rb').read()
        gb = open(os.path.join(HERE, gold), 'rb').read()
        for name, b in ((raw, rb), (gold, gb)):
            if b'\r' in b:
                errors.append(f'CR found in {name}')
            try:
                b.decode('utf-8')
            except UnicodeDecodeError as e:
                errors.append(f'not UTF-8: {name}: {e}')
        rl = rb.decode('utf-8', 'replace').split('\n')
        gl = gb.decode('utf-8', 'replace').split('\n')
        if not is_subsequence(gl, rl):
            errors.append(f'gold is not a subsequence of raw: {raw}')
        lang = m.group(2)
        langs[lang] = langs.get(lang, 0) + 1
        if 'negative' in m.group(3).split('-'):
            n_neg += 1
            if rb != gb:
                errors.append(f'negative gold differs from raw: {raw}')
        rn = sum(1 for l in rl if l.strip())
        gn = sum(1 for l in gl if l.strip())
        print(f'{raw:62s} raw={rn:3d} gold={gn:3d}')
    for g in sorted(golds):
        errors.append(f'gold without raw: {g}')
    print(f'\n{len(raws)} pairs ({n_neg} negatives); per language: '
          + ', '.join(f'{k}={v}' for k, v in sorted(langs.items())))
    if errors:
        print('\nERRORS:')
        for e in errors:
            print('  ' + e)
        sys.exit(1)
    print('All checks passed.')


if __name__ == '__main__':
    main()
