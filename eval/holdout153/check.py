#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist; names follow the pattern; families are valid, unique and in canonical order
  * UTF-8, LF line endings, exactly one final newline
  * gold non-blank lines are an ordered subsequence of raw lines, and gold equals raw with
    those unmatched lines deleted, blank runs collapsed to one, no leading/trailing blank lines
  * negatives: gold byte-identical to raw; positives: at least one line deleted
Across the set:
  * no non-blank line longer than 3 characters appears in more than one pair
Prints one line per pair and 'ALL OK' at the end (exit code 0), otherwise the errors (exit code 1).
"""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r'^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$')

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    data = open(path, 'rb').read()
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as e:
        err(f'{os.path.basename(path)}: not UTF-8 ({e})')
        return None, data
    b = os.path.basename(path)
    if '\r' in text:
        err(f'{b}: contains CR characters (LF line endings required)')
    if not text.endswith('\n'):
        err(f'{b}: missing final newline')
    elif text.endswith('\n\n'):
        err(f'{b}: trailing blank line(s) at end of file')
    if text.startswith('\ufeff'):
        err(f'{b}: has a BOM')
    return text, data


def collapse(lines):
    out = []
    for ln in lines:
        if ln.strip() == '':
            if not out or out[-1] == '':
                continue
            out.append('')
        else:
            out.append(ln)
    while out and out[-1] == '':
        out.pop()
    return out


files = sorted(f for f in os.listdir(here) if f.endswith('.txt'))
raws = [f for f in files if not f.endswith('.gold.txt')]
golds = [f for f in files if f.endswith('.gold.txt')]
for g in golds:
    if g[:-len('.gold.txt')] + '.txt' not in raws:
        err(f'{g}: gold file without raw file')

seen_numbers = {}
line_owner = {}      # line -> first pair that used it
report = []

for r in raws:
    base = r[:-4]
    m = NAME_RE.match(r)
    if not m:
        err(f'{r}: file name does not match NNN_<lang>_<families>.txt')
        continue
    num, lang, fams = m.groups()
    if num in seen_numbers:
        err(f'{r}: number {num} already used by {seen_numbers[num]}')
    seen_numbers[num] = r
    negative = fams == 'negative'
    if not negative:
        fl = fams.split('-')
        bad = [f for f in fl if f not in CANON]
        if bad:
            err(f'{r}: unknown famil(ies) {bad}')
        elif len(set(fl)) != len(fl):
            err(f'{r}: duplicated family in name')
        elif fl != sorted(fl, key=CANON.index):
            err(f'{r}: families not in canonical order')
    g = base + '.gold.txt'
    if g not in golds:
        err(f'{r}: missing gold file {g}')
        continue
    rtext, rbytes = read_text(os.path.join(here, r))
    gtext, gbytes = read_text(os.path.join(here, g))
    if rtext is None or gtext is None:
        continue
    rl = rtext.split('\n')[:-1]
    gl = gtext.split('\n')[:-1]

    # gold structure
    if gl and gl[0].strip() == '':
        err(f'{g}: leading blank line')
    if gl and gl[-1].strip() == '':
        err(f'{g}: trailing blank line')
    for i in range(1, len(gl)):
        if gl[i].strip() == '' and gl[i - 1].strip() == '':
            err(f'{g}: uncollapsed blank run at line {i + 1}')
            break

    # ordered subsequence: greedy match of gold non-blank lines onto raw lines
    kept = [False] * len(rl)
    j = 0
    ok_subseq = True
    for ln in gl:
        if ln.strip() == '':
            continue
        while j < len(rl) and rl[j] != ln:
            j += 1
        if j == len(rl):
            err(f'{g}: line not found (in order) in raw: {ln[:70]!r}')
            ok_subseq = False
            break
        kept[j] = True
        j += 1
    deleted = 0
    if ok_subseq:
        expected = collapse([ln for ln, k in zip(rl, kept) if k or ln.strip() == ''])
        if expected != gl:
            err(f'{g}: gold differs from raw-with-deletions after blank collapsing')
        deleted = sum(1 for ln, k in zip(rl, kept) if ln.strip() and not k)

    if negative:
        if rbytes != gbytes:
            err(f'{r}: negative but gold is not byte-identical to raw')
    elif deleted == 0:
        err(f'{r}: positive but no line was deleted in gold')

    # uniqueness across pairs
    for ln in set(rl) | set(gl):
        s = ln.strip()
        if len(s) > 3:
            owner = line_owner.get(s)
            if owner is None:
                line_owner[s] = base
            elif owner != base:
                err(f'{r}: line also used in {owner}: {s[:70]!r}')

    nb = sum(1 for ln in rl if ln.strip())
    pct = 100.0 * deleted / nb if nb else 0.0
    report.append(f'{base}: raw {nb} non-blank lines, gold {nb - deleted}, deleted {deleted} ({pct:.1f}%)'
                  + (' [negative]' if negative else ''))

for line in report:
    print(line)
if errors:
    print(f'\n{len(errors)} problem(s):')
    for e in errors:
        print('  ERROR', e)
    print('FAILED')
    sys.exit(1)
print(f'{len(report)} pairs checked')
print('ALL OK')
