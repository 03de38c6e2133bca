#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r'^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$')
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, 'rb').read()
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as e:
        errors.append(f'{os.path.basename(path)}: not UTF-8 ({e})')
        return None
    if data.startswith(b'\xef\xbb\xbf'):
        errors.append(f'{os.path.basename(path)}: has a BOM')
    if '\r' in text:
        errors.append(f'{os.path.basename(path)}: contains CR characters (LF only)')
    if not text.endswith('\n'):
        errors.append(f'{os.path.basename(path)}: missing final newline')
        return text.split('\n')
    if text.endswith('\n\n'):
        errors.append(f'{os.path.basename(path)}: trailing blank line')
    return text[:-1].split('\n')


def check_families(fam_part, errors, label):
    if fam_part == 'negative':
        return []
    fams = fam_part.split('-')
    for f in fams:
        if f not in CANON:
            errors.append(f'{label}: unknown family "{f}"')
    known = [f for f in fams if f in CANON]
    if len(set(known)) != len(known):
        errors.append(f'{label}: repeated family in name')
    if known != sorted(known, key=CANON.index):
        errors.append(f'{label}: families not in canonical order')
    return fams


def check_pair(raw, gold, negative, errors, label):
    """gold must equal raw minus some non-blank lines, blank runs collapsed, no edge blanks."""
    if gold and (gold[0] == '' or gold[-1] == ''):
        errors.append(f'{label}: gold has leading or trailing blank lines')
    for a, b in zip(gold, gold[1:]):
        if a == '' and b == '':
            errors.append(f'{label}: gold has a run of blank lines')
            break
    if raw and (raw[0] == '' or raw[-1] == ''):
        errors.append(f'{label}: raw has leading or trailing blank lines')
    # ordered subsequence match of gold's non-blank lines in raw
    raw_idx = []
    j = 0
    for g in gold:
        if g == '':
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            errors.append(f'{label}: gold line not found in order in raw: {g[:70]!r}')
            return 0
        raw_idx.append(j)
        j += 1
    # blank lines in gold must be exactly where the raw text had a blank between kept lines
    gold_nb = [(k, g) for k, g in enumerate(gold) if g != '']
    for n in range(len(gold_nb) - 1):
        (ga, _), (gb, _) = gold_nb[n], gold_nb[n + 1]
        gold_blank = gb - ga > 1
        ra, rb = raw_idx[n], raw_idx[n + 1]
        raw_blank = any(raw[k] == '' for k in range(ra + 1, rb))
        if gold_blank != raw_blank:
            errors.append(f'{label}: blank-line mismatch between gold lines {ga + 1} and {gb + 1}')
    deleted = sum(1 for l in raw if l) - len(raw_idx)
    if negative and deleted:
        errors.append(f'{label}: negative but {deleted} line(s) deleted')
    if not negative and deleted == 0:
        errors.append(f'{label}: positive but no line deleted')
    return deleted


def main():
    errors_total = 0
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith('.txt') and not f.endswith('.gold.txt')]
    golds = [f for f in files if f.endswith('.gold.txt')]
    problems = []
    for g in golds:
        if g[:-len('.gold.txt')] + '.txt' not in raws:
            problems.append(f'{g}: gold without raw file')
    owners = defaultdict(set)
    numbers = defaultdict(list)
    results = []
    for r in raws:
        errors = []
        m = NAME_RE.match(r)
        stem = r[:-4]
        if not m:
            errors.append(f'{r}: bad file name')
            results.append((r, errors, 0, 0))
            continue
        numbers[m.group(1)].append(r)
        negative = m.group(3) == 'negative'
        check_families(m.group(3), errors, stem)
        gname = stem + '.gold.txt'
        raw = read_lines(os.path.join(HERE, r), errors)
        if gname not in golds:
            errors.append(f'{stem}: gold file missing')
            results.append((stem, errors, 0, 0))
            continue
        gold = read_lines(os.path.join(HERE, gname), errors)
        deleted = 0
        if raw is not None and gold is not None:
            if negative:
                if open(os.path.join(HERE, r), 'rb').read() != open(os.path.join(HERE, gname), 'rb').read():
                    errors.append(f'{stem}: negative gold is not byte-identical to raw')
            deleted = check_pair(raw, gold, negative, errors, stem)
            for line in set(raw):
                if line.strip() and len(line) > 3:
                    owners[line].add(stem)
        nonblank = sum(1 for l in (raw or []) if l)
        results.append((stem, errors, nonblank, deleted))
    for num, names in numbers.items():
        if len(names) > 1:
            problems.append(f'number {num} used by {len(names)} files')
    shared = defaultdict(list)
    for line, stems in owners.items():
        if len(stems) > 1:
            for s in stems:
                shared[s].append(line)
    for stem, errors, nonblank, deleted in results:
        for line in shared.get(stem, []):
            errors.append(f'{stem}: line also used in another file: {line[:60]!r}')
        status = 'OK' if not errors else 'FAIL'
        share = f'{deleted / nonblank:.0%}' if nonblank else '-'
        print(f'{status:4s} {stem}  (non-blank {nonblank}, furniture {deleted}, {share})')
        for e in errors:
            print('     ' + e)
        errors_total += len(errors)
    for p in problems:
        print('FAIL ' + p)
    errors_total += len(problems)
    if errors_total:
        print(f'{errors_total} problem(s) found')
        sys.exit(1)
    print('ALL OK')


if __name__ == '__main__':
    main()
