#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist
  * UTF-8, LF line endings only, final newline, no trailing-whitespace-only oddities
  * the family list is 'negative' or valid family names, no duplicates, canonical order
  * gold non-blank lines are an ordered subsequence of raw lines
  * gold has a blank line between two kept lines exactly when raw had one or more
    blank lines between them (i.e. blank runs collapsed to one), and no leading or
    trailing blank lines
  * negatives: gold byte-identical to raw; positives: gold differs from raw
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair
Prints one line per pair and 'ALL OK' when everything passes (exit status 0).
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r'^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$')

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def read_lines(path):
    data = open(path, 'rb').read()
    problems = []
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as e:
        return None, ['not UTF-8: %s' % e]
    if data.startswith(b'\xef\xbb\xbf'):
        problems.append('has a BOM')
    if b'\r' in data:
        problems.append('contains CR characters (need LF endings)')
    if not text.endswith('\n'):
        problems.append('no final newline')
    if text.endswith('\n\n'):
        problems.append('ends with a blank line')
    return text[:-1].split('\n') if text.endswith('\n') else text.split('\n'), problems


def check_gold_against_raw(raw, gold):
    """Return list of problems. Blank lines are lines that are empty after strip()."""
    probs = []
    if gold and not gold[0].strip():
        probs.append('gold starts with a blank line')
    if gold and not gold[-1].strip():
        probs.append('gold ends with a blank line')
    for i in range(1, len(gold)):
        if not gold[i].strip() and not gold[i - 1].strip():
            probs.append('gold has a run of blank lines at line %d' % (i + 1))
    for i, l in enumerate(gold):
        if l.strip() == '' and l != '':
            probs.append('gold line %d is whitespace-only, not empty' % (i + 1))
    # map gold non-blank lines onto raw indexes (ordered subsequence)
    kept = [(gi, l) for gi, l in enumerate(gold) if l.strip()]
    pos = []
    j = 0
    for gi, l in kept:
        while j < len(raw) and raw[j] != l:
            j += 1
        if j == len(raw):
            probs.append('gold line %d not found (in order) in raw: %r' % (gi + 1, l[:70]))
            return probs
        pos.append(j)
        j += 1
    # blank-line placement between consecutive kept lines
    for k in range(1, len(kept)):
        gi_prev, gi = kept[k - 1][0], kept[k][0]
        gold_blank = gi - gi_prev > 1
        raw_blank = any(not raw[x].strip() for x in range(pos[k - 1] + 1, pos[k]))
        if gold_blank != raw_blank:
            probs.append('blank-line mismatch before gold line %d (%s in gold, %s in raw)'
                         % (gi + 1, 'blank' if gold_blank else 'no blank',
                            'blank' if raw_blank else 'no blank'))
    return probs


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith('.txt') and not f.endswith('.gold.txt')]
golds = [f for f in files if f.endswith('.gold.txt')]
for g in golds:
    if g[:-len('.gold.txt')] + '.txt' not in raws:
        err('%s: gold file without raw file' % g)

line_owner = defaultdict(set)
seen_numbers = {}
pair_count = 0
for r in raws:
    pair_msgs = []
    m = NAME_RE.match(r)
    if not m:
        err('%s: bad file name' % r)
        print('FAIL %s (bad file name)' % r)
        continue
    num, lang, fams = m.groups()
    if num in seen_numbers:
        pair_msgs.append('number %s also used by %s' % (num, seen_numbers[num]))
    seen_numbers[num] = r
    famlist = fams.split('-')
    negative = famlist == ['negative']
    if not negative:
        for f in famlist:
            if f not in CANON:
                pair_msgs.append('unknown family %r' % f)
        if len(set(famlist)) != len(famlist):
            pair_msgs.append('duplicate family in name')
        idx = [CANON.index(f) for f in famlist if f in CANON]
        if idx != sorted(idx):
            pair_msgs.append('families not in canonical order')
    g = r[:-4] + '.gold.txt'
    if g not in golds:
        pair_msgs.append('missing gold file')
        err('%s: %s' % (r, '; '.join(pair_msgs)))
        print('FAIL %s: %s' % (r, '; '.join(pair_msgs)))
        continue
    pair_count += 1
    raw, p1 = read_lines(os.path.join(here, r))
    gold, p2 = read_lines(os.path.join(here, g))
    pair_msgs += ['raw ' + p for p in p1] + ['gold ' + p for p in p2]
    if raw is not None and gold is not None:
        if raw and not raw[0].strip():
            pair_msgs.append('raw starts with a blank line')
        rb = open(os.path.join(here, r), 'rb').read()
        gb = open(os.path.join(here, g), 'rb').read()
        if negative:
            if rb != gb:
                pair_msgs.append('negative but gold differs from raw')
        else:
            if rb == gb:
                pair_msgs.append('positive but gold is identical to raw')
        pair_msgs += check_gold_against_raw(raw, gold)
        for l in set(raw) | set(gold):
            if l.strip() and len(l.strip()) > 3:
                line_owner[l].add(r[:3])
        nb = [l for l in raw if l.strip()]
        ng = [l for l in gold if l.strip()]
        stat = 'lines=%d kept=%d removed=%d' % (len(nb), len(ng), len(nb) - len(ng))
    else:
        stat = ''
    if pair_msgs:
        for msg in pair_msgs:
            err('%s: %s' % (r, msg))
        print('FAIL %s: %s' % (r, '; '.join(pair_msgs)))
    else:
        print('ok   %s  %s' % (r, stat))

for l, owners in sorted(line_owner.items()):
    if len(owners) > 1:
        err('line used in files %s: %r' % (', '.join(sorted(owners)), l[:80]))

if pair_count == 0:
    err('no pairs found')

if errors:
    print()
    for e in errors:
        print('ERROR', e)
    print('%d error(s)' % len(errors))
    sys.exit(1)
print('ALL OK (%d pairs)' % pair_count)
