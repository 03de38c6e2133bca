#!/usr/bin/env python3
"""Validate the blind boilerplate-removal evaluation set in this directory.

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist, are UTF-8, use LF line endings only and end with exactly one newline;
  * the file name is well formed and the families are valid, unique and in canonical order
    (or the single word 'negative');
  * the gold's lines are an ordered subsequence of the raw's lines (byte-identical);
  * the gold is exactly what deleting those raw lines produces: blank runs collapsed to one,
    no leading or trailing blank lines;
  * negatives are byte-identical to their raw; positives delete at least one line;
  * no non-blank line longer than 3 characters occurs in more than one pair.
Prints one line per pair and 'ALL OK' at the end (exit status 0), or the problems (exit status 1).
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r'^(\d{3})_([a-z]{2})_([a-z-]+)$')

here = os.path.dirname(os.path.abspath(__file__))


def read(path, problems):
    data = open(path, 'rb').read()
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as e:
        problems.append(f'{os.path.basename(path)}: not valid UTF-8 ({e})')
        return None
    name = os.path.basename(path)
    if text.startswith('\ufeff'):
        problems.append(f'{name}: starts with a byte-order mark')
    if '\r' in text:
        problems.append(f'{name}: contains CR characters (LF line endings required)')
    if not text.endswith('\n'):
        problems.append(f'{name}: no final newline')
    elif text.endswith('\n\n'):
        problems.append(f'{name}: trailing blank line(s)')
    return text[:-1].split('\n') if text.endswith('\n') else text.split('\n')


def collapse(lines):
    out = []
    for l in lines:
        if l.strip() == '':
            if out and out[-1] == '':
                continue
            out.append('')
        else:
            out.append(l)
    while out and out[0] == '':
        out.pop(0)
    while out and out[-1] == '':
        out.pop()
    return out


def main():
    files = sorted(f for f in os.listdir(here) if f.endswith('.txt'))
    bases = sorted({f[:-len('.gold.txt')] if f.endswith('.gold.txt') else f[:-len('.txt')]
                    for f in files})
    all_problems = []
    seen = defaultdict(set)          # line -> set of pair names
    numbers = defaultdict(list)
    results = []
    for base in bases:
        problems = []
        raw_p = os.path.join(here, base + '.txt')
        gold_p = os.path.join(here, base + '.gold.txt')
        m = NAME_RE.match(base)
        if not m:
            problems.append('bad file name (expected NNN_<lang>_<families>)')
        else:
            numbers[m.group(1)].append(base)
            fams = m.group(3)
            if fams != 'negative':
                parts = fams.split('-')
                bad = [p for p in parts if p not in CANON]
                if bad:
                    problems.append('unknown families: ' + ', '.join(bad))
                elif len(set(parts)) != len(parts):
                    problems.append('duplicate family in name')
                elif parts != sorted(parts, key=CANON.index):
                    problems.append('families not in canonical order')
        if not os.path.exists(raw_p):
            problems.append('raw file missing')
        if not os.path.exists(gold_p):
            problems.append('gold file missing')
        if problems and (not os.path.exists(raw_p) or not os.path.exists(gold_p)):
            results.append((base, problems, ''))
            all_problems += [f'{base}: {p}' for p in problems]
            continue
        raw = read(raw_p, problems)
        gold = read(gold_p, problems)
        info = ''
        if raw is not None and gold is not None:
            if raw and raw[0].strip() == '':
                problems.append('raw starts with a blank line')
            # ordered subsequence, non-blank lines matched greedily
            keep = set()
            j = 0
            gold_nb = [g for g in gold if g.strip() != '']
            for i, r in enumerate(raw):
                if j < len(gold_nb) and r == gold_nb[j]:
                    keep.add(i)
                    j += 1
            if j < len(gold_nb):
                problems.append(f'gold is not an ordered subsequence of raw (stuck at gold line: {gold_nb[j][:60]!r})')
            else:
                expected = collapse([r for i, r in enumerate(raw) if i in keep or r.strip() == ''])
                if gold != expected:
                    for k, (a, b) in enumerate(zip(gold, expected)):
                        if a != b:
                            break
                    else:
                        k = min(len(gold), len(expected))
                    problems.append(f'gold differs from the deletion result at gold line {k + 1} '
                                    '(blank-line collapsing / leading or trailing blanks)')
            for k in range(1, len(gold)):
                if gold[k] == '' and gold[k - 1] == '':
                    problems.append(f'uncollapsed blank run in gold at line {k + 1}')
                    break
            if gold and (gold[0] == '' or gold[-1] == ''):
                problems.append('gold has leading or trailing blank line')
            for k, l in enumerate(gold):
                if l != '' and l.strip() == '':
                    problems.append(f'whitespace-only line in gold at line {k + 1}')
                    break
            raw_nb = sum(1 for r in raw if r.strip())
            deleted = raw_nb - len(gold_nb)
            negative = m is not None and m.group(3) == 'negative'
            if negative:
                if open(raw_p, 'rb').read() != open(gold_p, 'rb').read():
                    problems.append('negative but gold is not byte-identical to raw')
            elif m is not None and deleted == 0:
                problems.append('positive but no line deleted')
            info = f'{raw_nb} non-blank raw lines, {deleted} deleted ({100 * deleted / max(raw_nb, 1):.0f}%)'
            for line in set(raw) | set(gold):
                s = line.strip()
                if len(s) > 3:
                    seen[s].add(base)
        results.append((base, problems, info))
        all_problems += [f'{base}: {p}' for p in problems]

    for num, bs in numbers.items():
        if len(bs) > 1:
            all_problems.append(f'number {num} used by more than one pair: {", ".join(bs)}')
    for line, owners in sorted(seen.items()):
        if len(owners) > 1:
            all_problems.append(f'line used in {len(owners)} pairs ({", ".join(sorted(owners))}): {line[:70]!r}')

    for base, problems, info in results:
        status = 'OK  ' if not problems else 'FAIL'
        print(f'{status} {base}  {info}' + ('' if not problems else '  -- ' + '; '.join(problems)))
    if not bases:
        all_problems.append('no pairs found')
    cross = [p for p in all_problems if not any(p.startswith(b + ':') for b, _, _ in results)]
    for p in cross:
        print('FAIL ' + p)
    if all_problems:
        print(f'{len(all_problems)} problem(s)')
        sys.exit(1)
    print('ALL OK')


if __name__ == '__main__':
    main()
