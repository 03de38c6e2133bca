#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, decode as UTF-8, use LF line endings only and end with a newline;
  * the file name is well formed and its families are valid, unique and in canonical order
    ('negative' stands alone);
  * the gold is the raw with some non-blank lines deleted, blank runs collapsed to one and
    no leading/trailing blank lines (so gold is an ordered subsequence of raw lines);
  * a negative's gold is byte-identical to its raw; a positive's gold is not;
  * no non-blank line longer than 3 characters occurs in more than one pair.
Prints one line per pair and ALL OK at the end (exit status 1 on any error).
"""
import os, re, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r'^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$')

errors = []
def err(msg):
    errors.append(msg)
    print('  ERROR: ' + msg)

def read_lines(path):
    data = open(path, 'rb').read()
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as e:
        err(f'{os.path.basename(path)}: not UTF-8 ({e})'); return None, data
    if b'\r' in data:
        err(f'{os.path.basename(path)}: contains CR characters')
    if not text.endswith('\n'):
        err(f'{os.path.basename(path)}: no final newline')
    if text.startswith('\ufeff'):
        err(f'{os.path.basename(path)}: has a BOM')
    return text[:-1].split('\n') if text.endswith('\n') else text.split('\n'), data

def collapse(lines):
    out = []
    for ln in lines:
        if ln.strip() == '' and (not out or out[-1].strip() == ''):
            continue
        out.append(ln)
    while out and out[-1].strip() == '':
        out.pop()
    return out

files = sorted(os.listdir(HERE))
raws = [f for f in files if f.endswith('.txt') and not f.endswith('.gold.txt')]
golds = [f for f in files if f.endswith('.gold.txt')]
for g in golds:
    if g[:-len('.gold.txt')] + '.txt' not in raws:
        print(f'{g}: orphan gold'); err(f'{g}: gold without raw')

owners = defaultdict(set)   # line -> set of pair stems
seen_numbers = {}
count = 0
for raw_name in raws:
    stem = raw_name[:-4]
    gold_name = stem + '.gold.txt'
    problems_before = len(errors)
    print(f'{stem}:')
    m = NAME_RE.match(raw_name)
    if not m:
        err(f'{raw_name}: bad file name'); continue
    num, lang, fams = m.groups()
    if num in seen_numbers:
        err(f'number {num} used by {seen_numbers[num]} and {stem}')
    seen_numbers[num] = stem
    fam_list = fams.split('-')
    negative = fam_list == ['negative']
    if not negative:
        bad = [f for f in fam_list if f not in CANON]
        if bad:
            err(f'{stem}: unknown families {bad}')
        elif len(set(fam_list)) != len(fam_list):
            err(f'{stem}: repeated family')
        elif fam_list != sorted(fam_list, key=CANON.index):
            err(f'{stem}: families not in canonical order')
    if not os.path.exists(os.path.join(HERE, gold_name)):
        err(f'{stem}: gold file missing'); continue
    raw, raw_bytes = read_lines(os.path.join(HERE, raw_name))
    gold, gold_bytes = read_lines(os.path.join(HERE, gold_name))
    if raw is None or gold is None:
        continue
    # gold structure
    if gold and (gold[0].strip() == '' or gold[-1].strip() == ''):
        err(f'{gold_name}: leading or trailing blank line')
    for i in range(1, len(gold)):
        if gold[i].strip() == '' and gold[i - 1].strip() == '':
            err(f'{gold_name}: run of blank lines at line {i + 1}'); break
    # gold = raw minus some non-blank lines, then collapsed
    kept = [False] * len(raw)
    j = 0
    gold_nb = [ln for ln in gold if ln.strip()]
    for i, ln in enumerate(raw):
        if j < len(gold_nb) and ln.strip() and ln == gold_nb[j]:
            kept[i] = True; j += 1
    if j < len(gold_nb):
        err(f'{gold_name}: line not found in order in raw: {gold_nb[j][:70]!r}')
    else:
        expected = collapse([ln for i, ln in enumerate(raw) if kept[i] or ln.strip() == ''])
        # drop leading blanks too
        while expected and expected[0].strip() == '':
            expected.pop(0)
        if expected != gold:
            err(f'{gold_name}: not equal to raw with deletions and collapsed blank runs')
    raw_nb = [ln for ln in raw if ln.strip()]
    deleted = len(raw_nb) - len(gold_nb)
    if negative:
        if raw_bytes != gold_bytes:
            err(f'{stem}: negative but gold differs from raw')
    else:
        if deleted == 0:
            err(f'{stem}: positive but nothing deleted')
    for ln in set(l.strip() for l in raw if len(l.strip()) > 3):
        owners[ln].add(stem)
    count += 1
    share = deleted / len(raw_nb) if raw_nb else 0
    status = 'ok' if len(errors) == problems_before else 'FAIL'
    kind = 'negative' if negative else 'positive'
    print(f'  {status}  lang={lang} {kind} raw={len(raw_nb)} non-blank, gold={len(gold_nb)}, '
          f'deleted={deleted} ({share:.0%})')

for ln, stems in sorted(owners.items()):
    if len(stems) > 1:
        err(f'line shared by {sorted(stems)}: {ln[:70]!r}')

print(f'{count} pairs checked')
if errors:
    print(f'{len(errors)} ERROR(S)')
    sys.exit(1)
print('ALL OK')
