#!/usr/bin/env python3
"""Validate the blind22 evaluation set."""
import glob, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
FAMS = set('masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit '
           'copyright wire share counter newsletter subscribe donation membership paywall comments '
           'login authorbox tags footer app live notes'.split())
LANGS = ['en', 'ru', 'de', 'fr', 'es']
errors = []
def err(f, m): errors.append(f'{os.path.basename(f)}: {m}')

def read(path):
    b = open(path, 'rb').read()
    try:
        t = b.decode('utf-8')
    except UnicodeDecodeError as e:
        err(path, f'invalid UTF-8: {e}'); return b, None
    if b'\r' in b: err(path, 'contains CR (not LF-only)')
    if b.startswith(b'\xef\xbb\xbf'): err(path, 'has BOM')
    if not t.endswith('\n'): err(path, 'no final LF')
    return b, t

def is_subseq(small, big):
    it = iter(big)
    return all(any(x == y for y in it) for x in small)

raws = sorted(p for p in glob.glob(os.path.join(HERE, '*.txt')) if not p.endswith('.gold.txt'))
golds = sorted(glob.glob(os.path.join(HERE, '*.gold.txt')))
pat = re.compile(r'^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$')
langcount, famlangs, nums = Counter(), {}, []
for g in golds:
    if not os.path.exists(g[:-len('.gold.txt')] + '.txt'): err(g, 'gold without raw')
stats = []
for r in raws:
    m = pat.match(os.path.basename(r))
    if not m: err(r, 'bad file name'); continue
    num, lang, fams = m.groups(); nums.append(int(num)); langcount[lang] += 1
    famlist = fams.split('-')
    neg = famlist == ['negative']
    if not neg:
        for fm in famlist:
            if fm not in FAMS: err(r, f'unknown family {fm}')
            famlangs.setdefault(fm, set()).add(lang)
    g = r[:-4] + '.gold.txt'
    if not os.path.exists(g): err(r, 'missing gold'); continue
    rb, rt = read(r); gb, gt = read(g)
    if rt is None or gt is None: continue
    rl = rt.rstrip('\n').split('\n'); gl = gt.rstrip('\n').split('\n')
    if not is_subseq(gl, rl): err(r, 'gold is not a subsequence of raw lines')
    for i in range(1, len(gl)):
        if gl[i] == '' and gl[i-1] == '': err(g, f'double blank line at {i+1}')
    if gl and gl[0] == '' and rl[0] != '': err(g, 'starts with blank line')
    if gl and gl[-1] == '' and rl[-1] != '': err(g, 'ends with blank line')
    nr = sum(1 for x in rl if x.strip()); ng = sum(1 for x in gl if x.strip())
    if neg:
        if rb != gb: err(r, 'negative: gold not byte-identical to raw')
        stats.append((os.path.basename(r), nr, 0, 0.0))
    else:
        if rb == gb: err(r, 'positive: gold identical to raw')
        frac = (nr - ng) / nr if nr else 0
        if not 15 <= nr <= 40: err(r, f'{nr} non-blank raw lines (want 15-40)')
        if not 0.30 <= frac <= 0.55: err(r, f'{frac:.1%} removed (want 30-55%)')
        if not 6 <= ng <= 18: err(r, f'{ng} kept content lines (want 6-18)')
        stats.append((os.path.basename(r), nr, nr - ng, frac))
if len(raws) != 25: err('set', f'{len(raws)} raw files (want 25)')
if sorted(nums) != list(range(1, 26)): err('set', 'numbers are not 001..025')
for l in LANGS:
    if langcount[l] != 5: err('set', f'{l}: {langcount[l]} files (want 5)')
for fm in sorted(FAMS):
    if len(famlangs.get(fm, ())) < 3: err('set', f'family {fm} only in {sorted(famlangs.get(fm, ()))}')
negs = Counter(re.match(pat, os.path.basename(r)).group(2) for r in raws
               if pat.match(os.path.basename(r)) and pat.match(os.path.basename(r)).group(3) == 'negative')
for l in LANGS:
    if negs[l] != 1: err('set', f'{l}: {negs[l]} negatives (want 1)')
if '-v' in sys.argv:
    for s in stats: print(f'{s[0][:60]:60s} nonblank={s[1]:2d} removed={s[2]:2d} {s[3]:.0%}')
if errors:
    print('\n'.join(errors)); print(f'FAIL: {len(errors)} problem(s)'); sys.exit(1)
print(f'OK: {len(raws)} pairs checked')
