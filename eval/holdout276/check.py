#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, are UTF-8, use LF line endings and end with a newline;
  * the file name is well formed, family names are valid and in canonical order
    (or the single word 'negative');
  * the gold is an ordered subsequence of the raw lines (byte-identical lines);
  * the gold has no runs of blank lines and no leading/trailing blank lines;
  * the raw has no runs of blank lines and no leading blank line;
  * a negative's gold is byte-identical to its raw; a positive's gold is shorter;
and across the set:
  * no non-blank line longer than 3 characters appears in more than one pair.
Prints one line per pair and 'ALL OK' when everything passes (exit 0), else exit 1.
"""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
NAME = re.compile(r'^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$')

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)
    print('  ERROR: ' + msg)


def load(path):
    data = open(path, 'rb').read()
    problems = []
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as e:
        return data, None, ['not UTF-8: %s' % e]
    if b'\r' in data:
        problems.append('contains CR characters (must be LF only)')
    if not data.endswith(b'\n'):
        problems.append('no final newline')
    if data.endswith(b'\n\n'):
        problems.append('trailing blank line')
    if data.startswith(b'\xef\xbb\xbf'):
        problems.append('byte-order mark')
    return data, text[:-1].split('\n') if text.endswith('\n') else text.split('\n'), problems


def is_subsequence(small, big):
    it = iter(big)
    return all(any(s == b for b in it) for s in small)


def blank_runs(lines):
    return any(a.strip() == '' and b.strip() == '' for a, b in zip(lines, lines[1:]))


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith('.txt') and not f.endswith('.gold.txt')]
golds = [f for f in files if f.endswith('.gold.txt')]

for g in golds:
    if g[:-len('.gold.txt')] + '.txt' not in raws:
        err('%s has no raw file' % g)

seen = {}       # line -> first pair that used it
numbers = {}
n_pairs = 0
for raw_name in raws:
    n_pairs += 1
    start = len(errors)
    m = NAME.match(raw_name)
    base = raw_name[:-4]
    gold_name = base + '.gold.txt'
    if not m:
        err('%s: bad file name' % raw_name)
        print('FAIL %s' % base)
        continue
    num, lang, fams = m.groups()
    if num in numbers:
        err('%s: number %s also used by %s' % (raw_name, num, numbers[num]))
    numbers[num] = raw_name
    negative = fams == 'negative'
    if not negative:
        parts = fams.split('-')
        bad = [p for p in parts if p not in CANON]
        if bad:
            err('%s: unknown families %s' % (raw_name, bad))
        elif [CANON.index(p) for p in parts] != sorted(set(CANON.index(p) for p in parts)):
            err('%s: families not in canonical order or repeated' % raw_name)
    if gold_name not in golds:
        err('%s: gold file missing' % raw_name)
        print('FAIL %s' % base)
        continue
    rdata, rlines, rprob = load(os.path.join(here, raw_name))
    gdata, glines, gprob = load(os.path.join(here, gold_name))
    for p in rprob:
        err('%s: %s' % (raw_name, p))
    for p in gprob:
        err('%s: %s' % (gold_name, p))
    if rlines is None or glines is None:
        print('FAIL %s' % base)
        continue
    if rlines and rlines[0].strip() == '':
        err('%s: leading blank line' % raw_name)
    if blank_runs(rlines):
        err('%s: raw contains a run of blank lines' % raw_name)
    if not glines or glines[0].strip() == '' or glines[-1].strip() == '':
        err('%s: leading or trailing blank line (or empty gold)' % gold_name)
    if blank_runs(glines):
        err('%s: blank-line run not collapsed' % gold_name)
    if not is_subsequence(glines, rlines):
        err('%s: gold is not an ordered subsequence of raw lines' % gold_name)
    if negative:
        if gdata != rdata:
            err('%s: negative but gold differs from raw' % base)
    else:
        if gdata == rdata:
            err('%s: positive but gold is identical to raw' % base)
    for line in set(rlines) | set(glines):
        key = line.strip()
        if len(key) > 3:
            if key in seen and seen[key] != base:
                err('%s: line also used in %s: %r' % (base, seen[key], key[:70]))
            else:
                seen.setdefault(key, base)
    nb_raw = sum(1 for l in rlines if l.strip())
    nb_gold = sum(1 for l in glines if l.strip())
    status = 'ok  ' if len(errors) == start else 'FAIL'
    share = 100.0 * (nb_raw - nb_gold) / nb_raw if nb_raw else 0.0
    print('%s %-100s raw=%3d gold=%3d furniture=%4.1f%%' % (status, base, nb_raw, nb_gold, share))

if n_pairs == 0:
    err('no pairs found')
if errors:
    print('%d error(s)' % len(errors))
    sys.exit(1)
print('ALL OK')
