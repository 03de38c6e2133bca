#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only)."""
import os
import re
import sys

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r'^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$')
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, 'rb').read()
    name = os.path.basename(path)
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as e:
        errors.append(f'{name}: not valid UTF-8 ({e})')
        return data, []
    if '\r' in text:
        errors.append(f'{name}: contains CR characters (LF line endings required)')
    if not text.endswith('\n'):
        errors.append(f'{name}: no final newline')
    if text.endswith('\n\n'):
        errors.append(f'{name}: trailing blank line')
    return data, text[:-1].split('\n') if text.endswith('\n') else text.split('\n')


def is_blank(line):
    return line.strip() == ''


def check_pair(raw_path, gold_path, families_part, errors):
    name = os.path.basename(raw_path)
    raw_bytes, raw = read_lines(raw_path, errors)
    gold_bytes, gold = read_lines(gold_path, errors)
    # family names
    if families_part == 'negative':
        fams = []
        if raw_bytes != gold_bytes:
            errors.append(f'{name}: negative but gold is not byte-identical to raw')
    else:
        fams = families_part.split('-')
        bad = [f for f in fams if f not in FAMILIES]
        if bad:
            errors.append(f'{name}: unknown families {bad}')
        else:
            idx = [FAMILIES.index(f) for f in fams]
            if idx != sorted(idx) or len(set(idx)) != len(idx):
                errors.append(f'{name}: families not in canonical order or duplicated')
        if raw_bytes == gold_bytes:
            errors.append(f'{name}: positive file but gold equals raw (nothing deleted)')
    # gold is an ordered subsequence of raw (non-blank lines matched in order)
    j = 0
    for g in gold:
        if is_blank(g):
            continue
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            errors.append(f'{name}: gold line not found in order in raw: {g[:70]!r}')
            break
        j += 1
    # blank-run collapsing and no leading/trailing blanks in gold
    if gold and is_blank(gold[0]):
        errors.append(f'{name}: gold starts with a blank line')
    if gold and is_blank(gold[-1]):
        errors.append(f'{name}: gold ends with a blank line')
    for a, b in zip(gold, gold[1:]):
        if is_blank(a) and is_blank(b):
            errors.append(f'{name}: gold has a run of blank lines')
            break
    for g in gold:
        if is_blank(g) and g != '':
            errors.append(f'{name}: gold has a whitespace-only line')
            break
    n_raw = sum(1 for l in raw if not is_blank(l))
    n_gold = sum(1 for l in gold if not is_blank(l))
    return raw, fams, n_raw, n_gold


def main():
    errors = []
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith('.txt') and not f.endswith('.gold.txt')]
    golds = [f for f in files if f.endswith('.gold.txt')]
    for g in golds:
        if g[:-len('.gold.txt')] + '.txt' not in raws:
            errors.append(f'{g}: gold without raw file')
    seen_numbers = {}
    line_owner = {}
    results = []
    for r in raws:
        m = NAME_RE.match(r)
        if not m:
            errors.append(f'{r}: file name does not match NNN_<lang>_<families>.txt')
            continue
        num, lang, fam = m.groups()
        if num in seen_numbers:
            errors.append(f'{r}: number {num} also used by {seen_numbers[num]}')
        seen_numbers[num] = r
        gold = r[:-4] + '.gold.txt'
        if gold not in golds:
            errors.append(f'{r}: missing gold file {gold}')
            continue
        before = len(errors)
        raw_lines, fams, n_raw, n_gold = check_pair(os.path.join(HERE, r), os.path.join(HERE, gold), fam, errors)
        # cross-file uniqueness of non-blank lines longer than 3 characters
        for line in set(l.strip() for l in raw_lines):
            if len(line) <= 3:
                continue
            owner = line_owner.setdefault(line, r)
            if owner != r:
                errors.append(f'{r}: line also used in {owner}: {line[:70]!r}')
        share = 100.0 * (n_raw - n_gold) / n_raw if n_raw else 0.0
        status = 'OK' if len(errors) == before else 'FAIL'
        results.append(f'{status:4} {r}  lines={n_raw} kept={n_gold} furniture={share:.1f}%')
    for line in results:
        print(line)
    if errors:
        for e in errors:
            print('ERROR', e)
        print(f'{len(errors)} problem(s)')
        sys.exit(1)
    print('ALL OK')


if __name__ == '__main__':
    main()
