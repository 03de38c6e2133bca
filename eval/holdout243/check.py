#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r'^(\d{3})_([a-z]{2})_([a-z-]+)(\.gold)?\.txt$')


def read_lines(path, errors):
    data = open(path, 'rb').read()
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as e:
        errors.append(f'not UTF-8: {e}')
        return None, data
    if '\r' in text:
        errors.append('contains CR characters (LF line endings required)')
    if not text.endswith('\n'):
        errors.append('missing final newline')
    if text.endswith('\n\n'):
        errors.append('trailing blank line')
    return text[:-1].split('\n') if text.endswith('\n') else text.split('\n'), data


def check_families(fams, errors):
    if fams == 'negative':
        return
    parts = fams.split('-')
    bad = [p for p in parts if p not in CANON]
    if bad:
        errors.append(f'unknown families: {bad}')
        return
    if len(set(parts)) != len(parts):
        errors.append('duplicate family in name')
    idx = [CANON.index(p) for p in parts]
    if idx != sorted(idx):
        errors.append('families not in canonical order')


def is_subsequence(gold, raw):
    i = 0
    for g in gold:
        while i < len(raw) and raw[i] != g:
            i += 1
        if i == len(raw):
            return False
        i += 1
    return True


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    raws, golds = {}, {}
    problems = 0
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            print(f'BAD NAME  {f}')
            problems += 1
            continue
        stem = f[:-len('.gold.txt')] if m.group(4) else f[:-len('.txt')]
        (golds if m.group(4) else raws)[stem] = f
    stems = sorted(set(raws) | set(golds))
    numbers = {}
    seen = {}  # stripped line -> stem of first pair using it
    for stem in stems:
        errors = []
        if stem not in raws:
            errors.append('raw file missing')
        if stem not in golds:
            errors.append('gold file missing')
        no, lang, fams = NAME_RE.match(stem + '.txt').groups()[:3]
        if no in numbers:
            errors.append(f'number {no} also used by {numbers[no]}')
        numbers[no] = stem
        check_families(fams, errors)
        if errors:
            print(f'FAIL  {stem}: ' + '; '.join(errors))
            problems += 1
            continue
        raw, rawbytes = read_lines(os.path.join(HERE, raws[stem]), errors)
        gold, goldbytes = read_lines(os.path.join(HERE, golds[stem]), errors)
        if raw is None or gold is None:
            print(f'FAIL  {stem}: ' + '; '.join(errors))
            problems += 1
            continue
        for label, lines in (('raw', raw), ('gold', gold)):
            if lines and not lines[0].strip():
                errors.append(f'{label} starts with a blank line')
            if lines and not lines[-1].strip():
                errors.append(f'{label} ends with a blank line')
        for a, b in zip(gold, gold[1:]):
            if not a.strip() and not b.strip():
                errors.append('gold has a run of blank lines (not collapsed)')
                break
        if any(l != l.strip() and l.strip() == '' and l != '' for l in gold):
            errors.append('gold has whitespace-only lines')
        if not is_subsequence(gold, raw):
            errors.append('gold is not an ordered subsequence of raw lines')
        if fams == 'negative':
            if rawbytes != goldbytes:
                errors.append('negative but gold differs from raw')
        else:
            if rawbytes == goldbytes:
                errors.append('positive but nothing deleted')
            rn = [l for l in raw if l.strip()]
            gn = [l for l in gold if l.strip()]
            share = (len(rn) - len(gn)) / len(rn)
            if not 0.30 <= share <= 0.55:
                errors.append(f'furniture share {share:.0%} outside 30-55%')
        for l in set(x.strip() for x in raw):
            if len(l) > 3:
                if l in seen and seen[l] != stem:
                    errors.append(f'line reused from {seen[l]}: {l[:60]!r}')
                seen.setdefault(l, stem)
        rn = sum(1 for l in raw if l.strip())
        gn = sum(1 for l in gold if l.strip())
        if errors:
            print(f'FAIL  {stem}: ' + '; '.join(errors))
            problems += 1
        else:
            print(f'ok    {stem}  raw={rn} gold={gn} furniture={rn - gn}')
    if not stems:
        print('no pairs found')
        problems += 1
    if problems:
        print(f'{problems} PROBLEM(S)')
        sys.exit(1)
    print('ALL OK')


if __name__ == '__main__':
    main()
