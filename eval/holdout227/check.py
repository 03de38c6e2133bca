#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption credit "
         "copyright wire share counter newsletter subscribe donation membership paywall comments "
         "login authorbox tags footer app live notes").split()
HERE = os.path.dirname(os.path.abspath(__file__))
NAME_RE = re.compile(r'^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$')


def read_lines(path, errors):
    data = open(path, 'rb').read()
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as e:
        errors.append(f'not UTF-8 ({e})')
        return None
    if '\r' in text:
        errors.append('contains CR characters (must be LF only)')
    if not text.endswith('\n'):
        errors.append('missing final newline')
    if text.endswith('\n\n'):
        errors.append('trailing blank line')
    return text[:-1].split('\n') if text.endswith('\n') else text.split('\n')


def collapse(lines):
    out = []
    for l in lines:
        if l.strip() == '' and (not out or out[-1].strip() == ''):
            continue
        out.append(l)
    while out and out[-1].strip() == '':
        out.pop()
    return out


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    golds = {f for f in files if f.endswith('.gold.txt')}
    raws = [f for f in files if f not in golds]
    failures = 0
    line_owner = {}   # line -> set of pair names
    seen_nums = {}

    for g in sorted(golds):
        if g[:-len('.gold.txt')] + '.txt' not in raws:
            print(f'FAIL {g}: gold file without raw file')
            failures += 1

    for raw_name in raws:
        base = raw_name[:-4]
        errors = []
        m = NAME_RE.match(raw_name)
        if not m:
            errors.append('file name does not match NNN_<lang>_<families>.txt')
            fams = []
        else:
            num, lang, famstr = m.groups()
            if num in seen_nums:
                errors.append(f'number {num} also used by {seen_nums[num]}')
            seen_nums[num] = raw_name
            fams = famstr.split('-')
            if fams != ['negative']:
                bad = [f for f in fams if f not in CANON]
                if bad:
                    errors.append(f'unknown families: {bad}')
                elif len(set(fams)) != len(fams):
                    errors.append('duplicate family in name')
                elif fams != sorted(fams, key=CANON.index):
                    errors.append('families not in canonical order')
        gold_name = base + '.gold.txt'
        if gold_name not in golds:
            errors.append('missing gold file')
            print(f'FAIL {base}: ' + '; '.join(errors))
            failures += 1
            continue
        raw = read_lines(os.path.join(HERE, raw_name), errors)
        gold = read_lines(os.path.join(HERE, gold_name), errors)
        if raw is None or gold is None:
            print(f'FAIL {base}: ' + '; '.join(errors))
            failures += 1
            continue
        # gold formatting
        if gold and gold[0].strip() == '':
            errors.append('gold has leading blank line')
        if gold and gold[-1].strip() == '':
            errors.append('gold has trailing blank line')
        for i in range(1, len(gold)):
            if gold[i].strip() == '' and gold[i - 1].strip() == '':
                errors.append(f'gold has consecutive blank lines at line {i + 1}')
                break
        # gold must be an ordered subsequence of raw (non-blank lines)
        kept = set()
        j = 0
        gold_nb = [l for l in gold if l.strip()]
        for gl in gold_nb:
            while j < len(raw) and raw[j] != gl:
                j += 1
            if j >= len(raw):
                errors.append(f'gold line not found in order in raw: {gl[:60]!r}')
                break
            kept.add(j)
            j += 1
        else:
            expected = collapse([l for i, l in enumerate(raw) if l.strip() == '' or i in kept])
            while expected and expected[0].strip() == '':
                expected.pop(0)
            if expected != gold:
                errors.append('gold differs from raw-minus-deleted-lines with blank runs collapsed')
        raw_nb = [l for l in raw if l.strip()]
        n_del = len(raw_nb) - len(gold_nb)
        if fams == ['negative']:
            if open(os.path.join(HERE, raw_name), 'rb').read() != open(os.path.join(HERE, gold_name), 'rb').read():
                errors.append('negative: gold is not byte-identical to raw')
        elif n_del <= 0:
            errors.append('positive file but no line deleted in gold')
        for l in set(raw_nb):
            if len(l.strip()) > 3:
                line_owner.setdefault(l, set()).add(base)
        share = 100.0 * n_del / len(raw_nb) if raw_nb else 0.0
        if errors:
            failures += 1
            print(f'FAIL {base}: ' + '; '.join(errors))
        else:
            print(f'OK   {base}  lines={len(raw_nb)} kept={len(gold_nb)} furniture={share:.0f}%')

    dups = {l: owners for l, owners in line_owner.items() if len(owners) > 1}
    for l, owners in sorted(dups.items()):
        print(f'FAIL duplicate line in {sorted(owners)}: {l[:70]!r}')
        failures += 1
    if not raws:
        print('FAIL no files found')
        failures += 1
    if failures:
        print(f'{failures} problem(s) found')
        sys.exit(1)
    print('ALL OK')


if __name__ == '__main__':
    main()
