#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * every NNN_<lang>_<families>.txt has a .gold.txt twin and vice versa;
  * file names are well formed, families are valid, unique and in canonical order
    ("negative" stands alone);
  * both files are UTF-8, LF-only, end with exactly one final newline;
  * the raw file has no leading blank line;
  * gold lines are an ordered subsequence of raw lines (byte-identical lines);
  * gold has no leading/trailing blank lines and no runs of two or more blank lines;
  * negatives: gold is byte-identical to raw; positives: gold differs from raw;
Across the set:
  * no non-blank line longer than 3 characters appears in more than one pair
    (a raw file and its own gold necessarily share lines, so the unit is the pair).
Prints one line per pair and "ALL OK" at the end; exits 1 on any error.
"""
import os
import re
import sys

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
         "credit copyright wire share counter newsletter subscribe donation membership "
         "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r'^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$')


def read(path, errors):
    data = open(path, 'rb').read()
    name = os.path.basename(path)
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as e:
        errors.append(f'{name}: not UTF-8 ({e})')
        return data, []
    if '\r' in text:
        errors.append(f'{name}: contains CR characters (LF line endings required)')
    if not text.endswith('\n'):
        errors.append(f'{name}: no final newline')
    elif text.endswith('\n\n'):
        errors.append(f'{name}: blank line(s) at end of file')
    if text.startswith('\ufeff'):
        errors.append(f'{name}: starts with a BOM')
    return data, text[:-1].split('\n') if text.endswith('\n') else text.split('\n')


def is_subsequence(small, big):
    it = iter(big)
    return all(any(line == other for other in it) for line in small)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    files = sorted(os.listdir(here))
    raws = [f for f in files if f.endswith('.txt') and not f.endswith('.gold.txt')]
    golds = [f for f in files if f.endswith('.gold.txt')]
    all_errors = []
    line_owner = {}      # line -> set of pair stems
    numbers = {}
    stems = []

    for g in golds:
        if g[:-len('.gold.txt')] + '.txt' not in raws:
            all_errors.append(f'{g}: gold file without raw file')

    for r in raws:
        stem = r[:-4]
        errors = []
        m = NAME_RE.match(r)
        fams = []
        if not m:
            errors.append('bad file name (want NNN_<lang>_<families>.txt)')
        else:
            num, lang, famstr = m.groups()
            if num in numbers:
                errors.append(f'number {num} already used by {numbers[num]}')
            numbers[num] = stem
            fams = famstr.split('-')
            if fams != ['negative']:
                bad = [f for f in fams if f not in CANON]
                if bad:
                    errors.append(f'unknown families: {bad}')
                elif len(set(fams)) != len(fams):
                    errors.append('duplicate family name')
                elif fams != sorted(fams, key=CANON.index):
                    errors.append('families not in canonical order; want '
                                  + '-'.join(sorted(fams, key=CANON.index)))
        gold_name = stem + '.gold.txt'
        if gold_name not in golds:
            errors.append('missing gold file')
            all_errors += [f'{stem}: {e}' for e in errors]
            print(f'FAIL {stem}')
            continue
        raw_bytes, raw_lines = read(os.path.join(here, r), errors)
        gold_bytes, gold_lines = read(os.path.join(here, gold_name), errors)

        if raw_lines and raw_lines[0].strip() == '':
            errors.append('raw starts with a blank line')
        if not gold_lines or gold_lines[0].strip() == '':
            errors.append('gold is empty or starts with a blank line')
        if gold_lines and gold_lines[-1].strip() == '':
            errors.append('gold ends with a blank line')
        for i in range(1, len(gold_lines)):
            if gold_lines[i].strip() == '' and gold_lines[i - 1].strip() == '':
                errors.append(f'gold has a run of blank lines at line {i + 1}')
                break
        if not is_subsequence(gold_lines, raw_lines):
            errors.append('gold is not an ordered subsequence of raw lines')

        negative = fams == ['negative']
        if negative and raw_bytes != gold_bytes:
            errors.append('negative but gold differs from raw')
        if not negative and raw_bytes == gold_bytes:
            errors.append('positive but gold is identical to raw')

        for line in set(raw_lines) | set(gold_lines):
            if line.strip() and len(line) > 3:
                line_owner.setdefault(line, set()).add(stem)

        nb_raw = sum(1 for l in raw_lines if l.strip())
        nb_gold = sum(1 for l in gold_lines if l.strip())
        share = (nb_raw - nb_gold) / nb_raw if nb_raw else 0.0
        status = 'FAIL' if errors else 'ok  '
        print(f'{status} {stem}  lines={nb_raw} kept={nb_gold} furniture={share:.0%}')
        all_errors += [f'{stem}: {e}' for e in errors]
        stems.append(stem)

    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            all_errors.append(f'line used in {len(owners)} pairs ({", ".join(sorted(owners))}): {line[:80]!r}')

    if all_errors:
        print()
        for e in all_errors:
            print('ERROR', e)
        print(f'{len(all_errors)} error(s)')
        sys.exit(1)
    print(f'{len(stems)} pairs checked')
    print('ALL OK')


if __name__ == '__main__':
    main()
