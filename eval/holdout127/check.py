#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
RANK = {f: i for i, f in enumerate(FAMILIES)}
NAME_RE = re.compile(r'^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$')

here = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)
    print('  ERROR: ' + msg)


def read_lines(path, label):
    data = open(path, 'rb').read()
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as e:
        err(f'{label}: not valid UTF-8 ({e})')
        return None, data
    if '\r' in text:
        err(f'{label}: contains CR characters (LF line endings required)')
    if not text.endswith('\n'):
        err(f'{label}: missing final newline')
    if text.endswith('\n\n'):
        err(f'{label}: trailing blank line')
    if text.startswith('\ufeff'):
        err(f'{label}: has a BOM')
    return text[:-1].split('\n') if text.endswith('\n') else text.split('\n'), data


def is_blank(line):
    return line.strip() == ''


files = sorted(os.listdir(here))
raws = [f for f in files if f.endswith('.txt') and not f.endswith('.gold.txt')]
golds = [f for f in files if f.endswith('.gold.txt')]

for g in golds:
    if g[:-len('.gold.txt')] + '.txt' not in raws:
        err(f'{g}: gold file without raw file')

line_owners = defaultdict(set)
numbers = defaultdict(list)
pairs = 0

for raw_name in raws:
    stem = raw_name[:-4]
    gold_name = stem + '.gold.txt'
    m = NAME_RE.match(raw_name)
    n_before = len(errors)
    if not m:
        err(f'{raw_name}: file name does not match NNN_<lang>_<families>.txt')
        continue
    num, lang, fams = m.groups()
    numbers[num].append(raw_name)
    negative = fams == 'negative'
    fam_list = [] if negative else fams.split('-')
    if not negative:
        for f in fam_list:
            if f not in RANK:
                err(f'{raw_name}: unknown family "{f}"')
        known = [f for f in fam_list if f in RANK]
        if len(set(known)) != len(known):
            err(f'{raw_name}: repeated family name')
        if known != sorted(known, key=RANK.get):
            err(f'{raw_name}: families not in canonical order')
    if gold_name not in golds:
        err(f'{raw_name}: gold file missing')
        continue
    pairs += 1
    raw, raw_bytes = read_lines(os.path.join(here, raw_name), raw_name)
    gold, gold_bytes = read_lines(os.path.join(here, gold_name), gold_name)
    if raw is None or gold is None:
        continue

    # gold must be an ordered subsequence of raw (line by line, byte-identical)
    i = 0
    for gi, gl in enumerate(gold):
        while i < len(raw) and raw[i] != gl:
            i += 1
        if i == len(raw):
            err(f'{gold_name}: line {gi + 1} not found in order in raw: {gl[:70]!r}')
            break
        i += 1

    # blank-run collapsing, no leading/trailing blank lines
    if gold and is_blank(gold[0]):
        err(f'{gold_name}: leading blank line')
    if gold and is_blank(gold[-1]):
        err(f'{gold_name}: trailing blank line')
    for k in range(1, len(gold)):
        if is_blank(gold[k]) and is_blank(gold[k - 1]):
            err(f'{gold_name}: run of blank lines at line {k + 1}')
            break
    if not any(not is_blank(l) for l in gold):
        err(f'{gold_name}: gold has no content')

    deleted = sum(1 for l in raw if not is_blank(l)) - sum(1 for l in gold if not is_blank(l))
    if negative:
        if raw_bytes != gold_bytes:
            err(f'{raw_name}: negative but gold is not byte-identical to raw')
    else:
        if deleted <= 0:
            err(f'{raw_name}: positive file but nothing was deleted')

    for l in set(raw) | set(gold):
        if not is_blank(l) and len(l.strip()) > 3:
            line_owners[l].add(num)

    content = sum(1 for l in gold if not is_blank(l))
    total = sum(1 for l in raw if not is_blank(l))
    status = 'OK' if len(errors) == n_before else 'FAIL'
    share = 100.0 * deleted / total if total else 0.0
    print(f'{status:4} {raw_name}: {total} non-blank lines, {deleted} deleted ({share:.0f}%), {content} kept')

for num, names in sorted(numbers.items()):
    if len(names) > 1:
        err(f'number {num} used by more than one pair: {names}')

for line, owners in sorted(line_owners.items()):
    if len(owners) > 1:
        err(f'line used in more than one file ({", ".join(sorted(owners))}): {line[:70]!r}')

if pairs == 0:
    err('no pairs found')

if errors:
    print(f'{len(errors)} error(s)')
    sys.exit(1)
print(f'{pairs} pairs checked')
print('ALL OK')
