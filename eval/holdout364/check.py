#!/usr/bin/env python3
"""Validate the blind boilerplate evaluation set in this directory (stdlib only).

Checks per pair:
  * raw NNN_<lang>_<families>.txt has a matching .gold.txt (and vice versa)
  * file name: three-digit number, two-letter language, families valid, no
    duplicates, in canonical order; or exactly 'negative'
  * UTF-8, LF line endings only, final newline, no leading/trailing blank lines
  * gold is an ordered subsequence of raw lines, and equals raw with the
    deleted lines removed and the blank runs left behind collapsed to one
  * negatives: gold byte-identical to raw; positives: at least one deletion and
    furniture between 30 % and 55 % of non-blank raw lines
Across the set: no non-blank line longer than 3 characters appears in more than
one pair (a raw file and its own gold naturally share lines).
Prints one line per pair and ALL OK at the end when everything passes.
"""
import os, re, sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
RANK = {f: i for i, f in enumerate(FAMILIES)}
NAME = re.compile(r'^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$')
MIN_SHARE, MAX_SHARE = 0.30, 0.55

here = os.path.dirname(os.path.abspath(__file__))
files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith('.txt') and not f.endswith('.gold.txt')]
golds = [f for f in files if f.endswith('.gold.txt')]
problems_total = 0
line_owner = defaultdict(set)
results = []


def read(path, errs, label):
    data = open(path, 'rb').read()
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as e:
        errs.append(f'{label}: not UTF-8 ({e})')
        return data, None
    if '\r' in text:
        errs.append(f'{label}: contains CR characters')
    if not text.endswith('\n'):
        errs.append(f'{label}: no final newline')
    lines = text[:-1].split('\n') if text.endswith('\n') else text.split('\n')
    if lines and lines[0].strip() == '':
        errs.append(f'{label}: leading blank line')
    if lines and lines[-1].strip() == '':
        errs.append(f'{label}: trailing blank line')
    return data, lines


def collapse(lines):
    out = []
    for l in lines:
        if l.strip() == '' and (not out or out[-1].strip() == ''):
            continue
        out.append(l)
    while out and out[-1].strip() == '':
        out.pop()
    return out


for g in golds:
    if g[:-len('.gold.txt')] + '.txt' not in raws:
        problems_total += 1
        print(f'FAIL {g}: gold without raw file')

seen_numbers = {}
for r in raws:
    errs = []
    stem = r[:-4]
    m = NAME.match(r)
    if not m:
        errs.append('bad file name')
        fams = []
    else:
        num, lang, famstr = m.groups()
        if num in seen_numbers:
            errs.append(f'number {num} also used by {seen_numbers[num]}')
        seen_numbers[num] = r
        fams = famstr.split('-')
        if famstr != 'negative':
            bad = [f for f in fams if f not in RANK]
            if bad:
                errs.append(f'unknown families {bad}')
            else:
                ranks = [RANK[f] for f in fams]
                if ranks != sorted(set(ranks)):
                    errs.append('families not in canonical order or duplicated')
    gname = stem + '.gold.txt'
    if gname not in golds:
        errs.append('missing gold file')
        results.append((r, errs, ''))
        continue
    rdata, rl = read(os.path.join(here, r), errs, 'raw')
    gdata, gl = read(os.path.join(here, gname), errs, 'gold')
    info = ''
    if rl is not None and gl is not None:
        for i in range(1, len(gl)):
            if gl[i].strip() == '' and gl[i - 1].strip() == '':
                errs.append(f'gold: uncollapsed blank run at line {i + 1}')
                break
        # ordered subsequence of the non-blank lines
        kept, j = set(), 0
        gnb = [l for l in gl if l.strip() != '']
        for i, l in enumerate(rl):
            if j < len(gnb) and l == gnb[j]:
                kept.add(i)
                j += 1
        if j < len(gnb):
            errs.append(f'gold line not found in raw (in order): {gnb[j][:60]!r}')
        else:
            expected = collapse([l for i, l in enumerate(rl) if l.strip() == '' or i in kept])
            if expected != gl:
                errs.append('gold differs from raw-minus-deletions with collapsed blanks')
        rnb = [l for l in rl if l.strip() != '']
        deleted = len(rnb) - len(gnb)
        share = deleted / len(rnb) if rnb else 0
        info = f'lines={len(rnb)} kept={len(gnb)} furniture={deleted} ({share:.0%})'
        if fams == ['negative']:
            if rdata != gdata:
                errs.append('negative: gold not byte-identical to raw')
        else:
            if deleted == 0:
                errs.append('positive without deletions')
            elif not (MIN_SHARE <= share <= MAX_SHARE):
                errs.append(f'furniture share {share:.0%} outside {MIN_SHARE:.0%}-{MAX_SHARE:.0%}')
        for l in set(x.strip() for x in rl):
            if len(l) > 3:
                line_owner[l].add(stem)
    results.append((r, errs, info))

dups = {l: s for l, s in line_owner.items() if len(s) > 1}
dup_by_file = defaultdict(list)
for l, s in dups.items():
    for stem in s:
        dup_by_file[stem].append(l)

for r, errs, info in results:
    stem = r[:-4]
    for l in dup_by_file.get(stem, []):
        others = sorted(line_owner[l] - {stem})
        errs.append(f'line shared with {others}: {l[:60]!r}')
    if errs:
        problems_total += 1
        print(f'FAIL {stem}: ' + '; '.join(errs))
    else:
        print(f'ok   {stem}  {info}')

readme = os.path.join(here, 'README.md')
if not os.path.exists(readme):
    problems_total += 1
    print('FAIL README.md missing')
else:
    text = open(readme, encoding='utf-8').read()
    missing = [r[:3] for r in raws if f'| {r[:3]} ' not in text]
    if missing:
        problems_total += 1
        print(f'FAIL README.md: no table row for {missing}')

print(f'{len(results)} pairs checked')
if problems_total:
    print(f'{problems_total} problem(s)')
    sys.exit(1)
print('ALL OK')
