#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and .gold.txt exist;
  * valid UTF-8, LF line endings only, final newline;
  * family names valid, no duplicates, in canonical order; 'negative' stands alone;
  * gold is an ordered subsequence of raw lines;
  * gold equals raw minus the deleted lines with blank runs collapsed to one and no
    leading/trailing blank lines;
  * negatives: gold byte-identical to raw; positives: at least one line deleted.
Across the set:
  * no non-blank line longer than 3 characters appears in more than one pair.
"""
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
        return None, data
    if '\r' in text:
        errors.append(f'{os.path.basename(path)}: contains CR characters')
    if not text.endswith('\n'):
        errors.append(f'{os.path.basename(path)}: no final newline')
    if text.endswith('\n\n'):
        errors.append(f'{os.path.basename(path)}: trailing blank line(s)')
    return text[:-1].split('\n') if text.endswith('\n') else text.split('\n'), data


def collapse(lines):
    out = []
    for l in lines:
        if l.strip() == '':
            if not out or out[-1].strip() == '':
                continue
            l = ''
        out.append(l)
    while out and out[-1] == '':
        out.pop()
    return out


def check_families(fams, errors, name):
    if fams == ['negative']:
        return True
    if 'negative' in fams:
        errors.append(f'{name}: "negative" combined with other families')
        return False
    bad = [f for f in fams if f not in CANON]
    if bad:
        errors.append(f'{name}: unknown families {bad}')
        return False
    if len(set(fams)) != len(fams):
        errors.append(f'{name}: duplicate families')
    idx = [CANON.index(f) for f in fams]
    if idx != sorted(idx):
        errors.append(f'{name}: families not in canonical order')
    return False


def main():
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith('.txt') and not f.endswith('.gold.txt')]
    golds = [f for f in files if f.endswith('.gold.txt')]
    all_errors = []
    for g in golds:
        if g[:-len('.gold.txt')] + '.txt' not in raws:
            all_errors.append(f'{g}: gold without raw')
    seen_numbers = {}
    line_owner = defaultdict(set)
    results = []
    for r in raws:
        errors = []
        m = NAME_RE.match(r)
        if not m:
            errors.append(f'{r}: bad file name')
            results.append((r, errors, ''))
            continue
        num, lang, famstr = m.groups()
        if num in seen_numbers:
            errors.append(f'{r}: number {num} also used by {seen_numbers[num]}')
        seen_numbers[num] = r
        negative = check_families(famstr.split('-'), errors, r)
        gname = r[:-4] + '.gold.txt'
        if gname not in golds:
            errors.append(f'{r}: missing gold file')
            results.append((r, errors, ''))
            continue
        raw, raw_bytes = read_lines(os.path.join(HERE, r), errors)
        gold, gold_bytes = read_lines(os.path.join(HERE, gname), errors)
        if raw is None or gold is None:
            results.append((r, errors, ''))
            continue
        # gold layout
        if gold and gold[0].strip() == '':
            errors.append(f'{gname}: leading blank line')
        if gold and gold[-1].strip() == '':
            errors.append(f'{gname}: trailing blank line')
        for i in range(1, len(gold)):
            if gold[i].strip() == '' and gold[i - 1].strip() == '':
                errors.append(f'{gname}: blank run at line {i + 1}')
                break
        # subsequence (non-blank lines), greedy
        kept = []
        j = 0
        ok_subseq = True
        for gl in gold:
            if gl.strip() == '':
                continue
            while j < len(raw) and raw[j] != gl:
                j += 1
            if j == len(raw):
                errors.append(f'{gname}: line not found in order in raw: {gl[:60]!r}')
                ok_subseq = False
                break
            kept.append(j)
            j += 1
        removed = 0
        if ok_subseq:
            keep = set(kept)
            expected = collapse([l for i, l in enumerate(raw) if i in keep or l.strip() == ''])
            if expected != gold:
                errors.append(f'{gname}: gold does not match raw minus deleted lines '
                              f'(blank-line collapsing)')
            removed = sum(1 for i, l in enumerate(raw) if l.strip() and i not in keep)
        if negative:
            if raw_bytes != gold_bytes:
                errors.append(f'{r}: negative but gold differs from raw')
        elif ok_subseq and removed == 0:
            errors.append(f'{r}: positive but no line deleted')
        for l in set(raw) | set(gold):
            s = l.strip()
            if len(s) > 3:
                line_owner[s].add(r)
        nonblank = sum(1 for l in raw if l.strip())
        info = (f'raw {nonblank} non-blank lines, {removed} deleted '
                f'({(removed / nonblank if nonblank else 0):.0%})')
        results.append((r, errors, info))
    dup_errors = defaultdict(list)
    for line, owners in line_owner.items():
        if len(owners) > 1:
            for o in owners:
                dup_errors[o].append(f'{o}: line also in {sorted(owners - {o})}: {line[:60]!r}')
    failed = bool(all_errors)
    for r, errors, info in results:
        errors = errors + dup_errors.get(r, [])
        if errors:
            failed = True
            print(f'FAIL {r}')
            for e in errors:
                print(f'     {e}')
        else:
            print(f'OK   {r}  {info}')
    for e in all_errors:
        print(f'FAIL {e}')
    if failed:
        print('FAILED')
        sys.exit(1)
    print('ALL OK')


if __name__ == '__main__':
    main()
