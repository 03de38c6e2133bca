#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, per pair:
  * both NNN_<lang>_<families>.txt and .gold.txt exist;
  * UTF-8, LF line endings only, final newline;
  * family names are valid, unique and in canonical order ('negative' alone for negatives);
  * gold lines are an ordered subsequence of raw lines (byte-identical lines);
  * gold equals raw with some non-blank lines deleted and blank runs collapsed
    (no double blank lines, no leading/trailing blank lines);
  * negatives: gold byte-identical to raw; positives: gold differs from raw.
Across the set:
  * no non-blank line longer than 3 characters occurs in more than one pair.
Prints one line per pair and 'ALL OK' at the end (exit status 1 on any error).
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r'^(\d{3})_([a-z]{2})_([a-z-]+)(\.gold)?\.txt$')

HERE = os.path.dirname(os.path.abspath(__file__))


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


def collapse(lines):
    out = []
    for l in lines:
        if l.strip() == '' and (not out or out[-1].strip() == ''):
            continue
        out.append(l)
    while out and out[-1].strip() == '':
        out.pop()
    return out


def is_subsequence(sub, seq):
    it = iter(seq)
    return all(any(x == y for y in it) for x in sub)


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    pairs = defaultdict(dict)
    ok = True
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            print(f'BAD NAME  {f}')
            ok = False
            continue
        stem = f[:-9] if f.endswith('.gold.txt') else f[:-4]
        pairs[stem]['gold' if m.group(4) else 'raw'] = f

    numbers = defaultdict(list)
    line_owner = defaultdict(set)
    for stem in sorted(pairs):
        errors = []
        p = pairs[stem]
        num, lang, fams = NAME_RE.match(stem + '.txt').group(1, 2, 3)
        numbers[num].append(stem)
        famlist = fams.split('-')
        negative = famlist == ['negative']
        if not negative:
            bad = [x for x in famlist if x not in CANON]
            if bad:
                errors.append(f'unknown families: {bad}')
            elif len(set(famlist)) != len(famlist):
                errors.append('duplicate family in name')
            elif famlist != sorted(famlist, key=CANON.index):
                errors.append('families not in canonical order')
        if 'raw' not in p or 'gold' not in p:
            errors.append(f'incomplete pair ({", ".join(sorted(p))} only)')
            print(f'FAIL  {stem}: ' + '; '.join(errors))
            ok = False
            continue
        raw, raw_bytes = read_lines(os.path.join(HERE, p['raw']), errors)
        gold, gold_bytes = read_lines(os.path.join(HERE, p['gold']), errors)
        if raw is not None and gold is not None:
            if gold and gold[0].strip() == '':
                errors.append('gold has leading blank line')
            if gold and gold[-1].strip() == '':
                errors.append('gold has trailing blank line')
            for i in range(1, len(gold)):
                if gold[i].strip() == '' and gold[i - 1].strip() == '':
                    errors.append(f'gold has a run of blank lines at line {i + 1}')
                    break
            if not is_subsequence(gold, raw):
                errors.append('gold is not an ordered subsequence of raw')
            else:
                # rebuild gold from raw: keep the matched non-blank lines, then collapse blanks
                gnb = [l for l in gold if l.strip()]
                kept, j = [], 0
                for l in raw:
                    if l.strip() == '':
                        kept.append(l)
                    elif j < len(gnb) and l == gnb[j]:
                        kept.append(l)
                        j += 1
                if collapse(kept) != gold:
                    errors.append('gold is not raw minus deleted lines with blank runs collapsed')
            if negative and raw_bytes != gold_bytes:
                errors.append('negative pair: gold is not byte-identical to raw')
            if not negative and raw_bytes == gold_bytes:
                errors.append('positive pair: gold identical to raw (nothing deleted)')
            for l in raw + gold:
                if l.strip() and len(l.strip()) > 3:
                    line_owner[l.strip()].add(stem)
            n_raw = sum(1 for l in raw if l.strip())
            n_gold = sum(1 for l in gold if l.strip())
            share = (n_raw - n_gold) / n_raw if n_raw else 0
        if errors:
            ok = False
            print(f'FAIL  {stem}: ' + '; '.join(errors))
        else:
            print(f'ok    {stem}  (raw {n_raw} lines, gold {n_gold}, furniture {share:.0%})')

    for num, stems in sorted(numbers.items()):
        if len(stems) > 1:
            ok = False
            print(f'FAIL  number {num} used by several pairs: {stems}')
    dups = {l: s for l, s in line_owner.items() if len(s) > 1}
    for l, s in sorted(dups.items()):
        ok = False
        print(f'FAIL  line shared by {sorted(s)}: {l[:80]!r}')
    if ok:
        print('ALL OK')
    else:
        print('ERRORS FOUND')
        sys.exit(1)


if __name__ == '__main__':
    main()
