#!/usr/bin/env python3
"""Validate the blind23 evaluation set."""
import glob, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = re.compile(r'^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$')
FAMILIES = set('masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit '
               'copyright wire share counter newsletter subscribe donation membership paywall comments '
               'login authorbox tags footer app live notes'.split())
errors = []

def err(f, msg):
    errors.append(f'{f}: {msg}')

def load(path):
    b = open(path, 'rb').read()
    try:
        t = b.decode('utf-8')
    except UnicodeDecodeError as e:
        err(os.path.basename(path), f'invalid UTF-8: {e}')
        return None, b
    if b'\r' in b:
        err(os.path.basename(path), 'contains CR (non-LF line endings)')
    if t.startswith('\ufeff'):
        err(os.path.basename(path), 'has BOM')
    return t, b

def is_subseq(sub, full):
    it = iter(full)
    return all(any(x == y for y in it) for x in sub)

raws = sorted(f for f in os.listdir(HERE) if f.endswith('.txt') and not f.endswith('.gold.txt'))
golds = sorted(f for f in os.listdir(HERE) if f.endswith('.gold.txt'))
for g in golds:
    if g.replace('.gold.txt', '.txt') not in raws:
        err(g, 'gold without raw')

langs, negs, fam_langs = {}, {}, {}
for r in raws:
    m = NAME.match(r)
    if not m:
        err(r, 'bad file name'); continue
    num, lang, fams = m.groups()
    langs[lang] = langs.get(lang, 0) + 1
    neg = fams == 'negative'
    if neg:
        negs[lang] = negs.get(lang, 0) + 1
    else:
        for fam in fams.split('-'):
            if fam not in FAMILIES:
                err(r, f'unknown family {fam}')
            fam_langs.setdefault(fam, set()).add(lang)
    g = r[:-4] + '.gold.txt'
    if not os.path.exists(os.path.join(HERE, g)):
        err(r, 'missing gold'); continue
    rt, rb = load(os.path.join(HERE, r))
    gt, gb = load(os.path.join(HERE, g))
    if rt is None or gt is None:
        continue
    if not rb.endswith(b'\n'): err(r, 'no final newline')
    if not gb.endswith(b'\n'): err(g, 'no final newline')
    rl = rt.split('\n')[:-1]
    gl = gt.split('\n')[:-1]
    if not is_subseq(gl, rl):
        err(g, 'gold lines are not a subsequence of raw lines')
    for i in range(1, len(gl)):
        if gl[i] == '' and gl[i-1] == '':
            err(g, f'double blank line at gold line {i+1}')
    if gl and gl[0] == '' and not (rl and rl[0] == ''):
        err(g, 'starts with blank line')
    if gl and gl[-1] == '' and not (rl and rl[-1] == ''):
        err(g, 'ends with blank line')
    rn = sum(1 for l in rl if l.strip())
    gn = sum(1 for l in gl if l.strip())
    if neg:
        if rb != gb:
            err(r, 'negative but gold not byte-identical')
        print(f'{r:80s} negative  lines={rn}')
    else:
        removed = rn - gn
        frac = removed / rn if rn else 0
        if not 15 <= rn <= 40:
            err(r, f'{rn} non-blank raw lines (need 15-40)')
        if not 0.30 <= frac <= 0.55:
            err(r, f'removed fraction {frac:.2f} (need 0.30-0.55)')
        print(f'{r:80s} lines={rn:2d} kept={gn:2d} removed={removed:2d} ({frac:.0%})')

for lang in 'en ru de fr es'.split():
    if langs.get(lang) != 4: err(lang, f'{langs.get(lang, 0)} files (need 4)')
    if negs.get(lang) != 1: err(lang, f'{negs.get(lang, 0)} negatives (need 1)')
for fam in sorted(FAMILIES):
    n = len(fam_langs.get(fam, ()))
    if n < 3: err(fam, f'family present in only {n} languages')
print('families/languages:', ', '.join(f'{k}:{len(v)}' for k, v in sorted(fam_langs.items())))
if errors:
    print('\nFAIL'); print('\n'.join(errors)); sys.exit(1)
print(f'\nOK: {len(raws)} pairs')
