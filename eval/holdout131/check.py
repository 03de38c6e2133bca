#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair NNN_<lang>_<families>.txt / .gold.txt:
  * both files exist; name pattern valid; family names valid, unique, in canonical order;
  * UTF-8, LF line endings only, final newline, no NUL bytes;
  * raw has no leading/trailing blank lines and no runs of blank lines;
  * gold's non-blank lines are an ordered subsequence of raw's lines;
  * gold blank lines are exactly those left by collapsing: one blank between two kept
    lines iff the raw span between them contained a blank line; none at start or end;
  * 'negative' pairs are byte-identical; positives delete at least one line;
Across the set:
  * no non-blank line longer than 3 characters appears in more than one pair
    (a pair's raw and gold necessarily share lines, so the unit is the pair).
Prints one line per pair and ALL OK at the end (exit status 1 on any failure).
"""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r'^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$')

here = os.path.dirname(os.path.abspath(__file__))
os.chdir(here)
errors_total = 0
line_owner = {}
cross_dups = []


def read(path, errs):
    data = open(path, 'rb').read()
    if b'\r' in data:
        errs.append(f'{path}: contains CR characters')
    if b'\x00' in data:
        errs.append(f'{path}: contains NUL bytes')
    if not data.endswith(b'\n'):
        errs.append(f'{path}: no final newline')
    if data.endswith(b'\n\n'):
        errs.append(f'{path}: trailing blank line')
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as e:
        errs.append(f'{path}: not UTF-8 ({e})')
        text = data.decode('utf-8', 'replace')
    return data, text[:-1].split('\n') if text.endswith('\n') else text.split('\n')


raws = sorted(f for f in os.listdir('.') if f.endswith('.txt') and not f.endswith('.gold.txt'))
golds = sorted(f for f in os.listdir('.') if f.endswith('.gold.txt'))
orphans = [g for g in golds if g[:-len('.gold.txt')] + '.txt' not in raws]
for g in orphans:
    print(f'FAIL {g}: gold without raw')
    errors_total += 1

numbers = set()
for rawname in raws:
    errs = []
    m = NAME_RE.match(rawname)
    base = rawname[:-4]
    goldname = base + '.gold.txt'
    fams = []
    if not m:
        errs.append('bad file name pattern')
    else:
        num, lang, famstr = m.groups()
        if num in numbers:
            errs.append(f'duplicate number {num}')
        numbers.add(num)
        if famstr != 'negative':
            fams = famstr.split('-')
            bad = [f for f in fams if f not in CANON]
            if bad:
                errs.append(f'unknown families {bad}')
            elif len(set(fams)) != len(fams):
                errs.append('repeated family')
            elif fams != sorted(fams, key=CANON.index):
                errs.append('families not in canonical order')
    if not os.path.exists(goldname):
        print(f'FAIL {rawname}: missing gold file')
        errors_total += 1
        continue
    rdata, R = read(rawname, errs)
    gdata, G = read(goldname, errs)

    # raw blank-line shape
    if R and R[0] == '':
        errs.append('raw starts with a blank line')
    for i in range(1, len(R)):
        if R[i] == '' and R[i - 1] == '':
            errs.append(f'raw has a run of blank lines at line {i + 1}')
            break
    if G and (G[0] == '' or G[-1] == ''):
        errs.append('gold has leading/trailing blank line')

    # subsequence matching of gold non-blank lines
    kept = []
    j = 0
    ok_sub = True
    for gl in G:
        if gl == '':
            continue
        while j < len(R) and R[j] != gl:
            j += 1
        if j >= len(R):
            errs.append(f'gold line not found in order in raw: {gl[:60]!r}')
            ok_sub = False
            break
        kept.append(j)
        j += 1
    if ok_sub:
        expected = []
        for n, k in enumerate(kept):
            if n and any(R[x] == '' for x in range(kept[n - 1] + 1, k)):
                expected.append('')
            expected.append(R[k])
        if expected != G:
            errs.append('gold blank lines do not match the deletion/collapse rule')

    nonblank_raw = sum(1 for x in R if x.strip())
    deleted = nonblank_raw - len(kept)
    if m and m.group(3) == 'negative':
        if rdata != gdata:
            errs.append('negative pair is not byte-identical')
    elif m:
        if deleted == 0:
            errs.append('positive pair deletes nothing')

    for ln in set(R):
        s = ln.strip()
        if s and len(s) > 3:
            other = line_owner.get(ln)
            if other and other != base:
                cross_dups.append((other, base, ln))
            else:
                line_owner[ln] = base

    pct = 100.0 * deleted / nonblank_raw if nonblank_raw else 0.0
    status = 'OK  ' if not errs else 'FAIL'
    print(f'{status} {base}: {nonblank_raw} lines, {deleted} deleted ({pct:.0f}%), '
          f'{len(fams) if fams else 0} families')
    for e in errs:
        print(f'     - {e}')
    errors_total += len(errs)

for a, b, ln in cross_dups:
    print(f'FAIL line used in {a} and {b}: {ln[:70]!r}')
errors_total += len(cross_dups)
if not raws:
    print('FAIL no pairs found')
    errors_total += 1

if errors_total:
    print(f'{errors_total} PROBLEM(S)')
    sys.exit(1)
print('ALL OK')
