#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, per pair:
  * both NNN_<lang>_<families>.txt and NNN_<lang>_<families>.gold.txt exist
  * valid UTF-8, LF line endings only, final newline, no BOM
  * family names are valid, unique and in canonical order ("negative" alone)
  * gold is an ordered subsequence of raw lines, with blank lines consistent
    with "delete furniture lines, collapse blank runs to one"
  * gold has no leading/trailing blank lines and no runs of blank lines
  * negatives: gold byte-identical to raw; positives: gold differs from raw
Across the set:
  * no non-blank line longer than 3 characters appears in more than one file
"""
import os
import re
import sys
from collections import defaultdict

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
NAME_RE = re.compile(r'^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$')
HERE = os.path.dirname(os.path.abspath(__file__))


def read_lines(path, errors):
    data = open(path, 'rb').read()
    name = os.path.basename(path)
    if data.startswith(b'\xef\xbb\xbf'):
        errors.append(f'{name}: starts with a BOM')
    if b'\r' in data:
        errors.append(f'{name}: contains CR characters (LF line endings required)')
    if not data.endswith(b'\n'):
        errors.append(f'{name}: missing final newline')
    if data.endswith(b'\n\n'):
        errors.append(f'{name}: trailing blank line(s)')
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as e:
        errors.append(f'{name}: not valid UTF-8 ({e})')
        text = data.decode('utf-8', 'replace')
    return data, text[:-1].split('\n') if text.endswith('\n') else text.split('\n')


def check_families(fams, name, errors):
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
        errors.append(f'{name}: duplicate family names')
    idx = [CANON.index(f) for f in fams]
    if idx != sorted(idx):
        errors.append(f'{name}: families not in canonical order')
    return False


def aligns(raw, gold):
    """True if gold can be obtained from raw by deleting lines and collapsing blank runs."""
    g_items = []            # (line, blank_before)
    blank = False
    for line in gold:
        if line.strip() == '':
            blank = True
        else:
            g_items.append((line, blank))
            blank = False
    raw_nb = [i for i, l in enumerate(raw) if l.strip() != '']
    # prefix count of blank lines in raw, to test "any blank between i and j"
    pref = [0]
    for l in raw:
        pref.append(pref[-1] + (1 if l.strip() == '' else 0))

    def blank_between(i, j):
        return pref[j] - pref[i + 1] > 0

    # DP over gold non-blank items; reachable[k] = set of raw indices for item k
    prev = None
    for k, (line, bb) in enumerate(g_items):
        cur = set()
        for r in raw_nb:
            if raw[r] != line:
                continue
            if k == 0:
                cur.add(r)          # leading blanks are forbidden separately
            else:
                for p in prev:
                    if p < r and blank_between(p, r) == bb:
                        cur.add(r)
                        break
        if not cur:
            return False, f'gold line {k + 1} (non-blank) cannot be aligned with raw (missing, out of order, or blank-line mismatch): {line[:60]!r}'
        prev = cur
    return True, ''


def main():
    errors_total = 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    raws = [f for f in files if not f.endswith('.gold.txt')]
    golds = [f for f in files if f.endswith('.gold.txt')]
    line_owner = defaultdict(set)
    numbers = defaultdict(list)
    set_errors = []

    for g in golds:
        if g[:-len('.gold.txt')] + '.txt' not in raws:
            set_errors.append(f'{g}: gold file without raw file')

    for rf in raws:
        errors = []
        m = NAME_RE.match(rf)
        if not m:
            errors.append(f'{rf}: file name does not match NNN_<lang>_<families>.txt')
            fams, is_neg = [], False
        else:
            numbers[m.group(1)].append(rf)
            fams = m.group(3).split('-')
            is_neg = check_families(fams, rf, errors)
        gf = rf[:-4] + '.gold.txt'
        if gf not in golds:
            errors.append(f'{rf}: missing gold file {gf}')
            print(f'FAIL {rf}')
            for e in errors:
                print('   ', e)
            errors_total += len(errors)
            continue
        rdata, raw = read_lines(os.path.join(HERE, rf), errors)
        gdata, gold = read_lines(os.path.join(HERE, gf), errors)

        if gold and gold[0].strip() == '':
            errors.append(f'{gf}: leading blank line')
        for i in range(1, len(gold)):
            if gold[i].strip() == '' and gold[i - 1].strip() == '':
                errors.append(f'{gf}: run of blank lines at line {i + 1}')
                break
        for i, l in enumerate(gold):
            if l != '' and l.strip() == '':
                errors.append(f'{gf}: whitespace-only line {i + 1}')
        ok, msg = aligns(raw, gold)
        if not ok:
            errors.append(f'{gf}: {msg}')

        if is_neg and rdata != gdata:
            errors.append(f'{rf}: negative but gold differs from raw')
        if not is_neg and rdata == gdata:
            errors.append(f'{rf}: positive but gold is identical to raw')

        for l in set(raw):
            key = l.strip()
            if len(key) > 3:
                line_owner[key].add(rf)

        n_raw = sum(1 for l in raw if l.strip())
        n_gold = sum(1 for l in gold if l.strip())
        share = (n_raw - n_gold) / n_raw if n_raw else 0
        status = 'OK  ' if not errors else 'FAIL'
        print(f'{status} {rf}  raw={n_raw} kept={n_gold} furniture={n_raw - n_gold} ({share:.0%})')
        for e in errors:
            print('   ', e)
        errors_total += len(errors)

    for num, fs in numbers.items():
        if len(fs) > 1:
            set_errors.append(f'number {num} used by more than one pair: {fs}')
    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            set_errors.append(f'line used in {len(owners)} files {sorted(owners)}: {line[:70]!r}')
    for e in set_errors:
        print('SET ', e)
    errors_total += len(set_errors)

    if errors_total:
        print(f'{errors_total} error(s)')
        sys.exit(1)
    print('ALL OK')


if __name__ == '__main__':
    main()
