#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks, for every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files exist; UTF-8; LF line endings only; final newline; no trailing blank lines
  * the file name is well formed; families are valid, unique and in canonical order,
    or the single word 'negative'
  * the gold is the raw with some non-blank lines deleted, then runs of blank lines
    collapsed to one and leading/trailing blank lines removed (so gold lines are an
    ordered subsequence of raw lines, byte-identical)
  * negatives: gold is byte-identical to raw; positives: at least one line deleted
  * across the whole set: no non-blank line longer than 3 characters occurs in more
    than one pair
Prints one line per pair and 'ALL OK' at the end (exit status 0), otherwise the
problems found (exit status 1).
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


def read_text(path, errors):
    data = open(path, 'rb').read()
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as e:
        errors.append('%s: not valid UTF-8 (%s)' % (os.path.basename(path), e))
        return None, data
    name = os.path.basename(path)
    if b'\r' in data:
        errors.append('%s: contains CR characters (must be LF only)' % name)
    if not text.endswith('\n'):
        errors.append('%s: missing final newline' % name)
    if text.startswith('\ufeff'):
        errors.append('%s: starts with a BOM' % name)
    return text, data


def split_lines(text):
    if text.endswith('\n'):
        text = text[:-1]
    return text.split('\n')


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
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.txt'))
    raws = [f for f in files if not f.endswith('.gold.txt')]
    golds = [f for f in files if f.endswith('.gold.txt')]
    problems = []
    report = []
    seen_numbers = {}
    line_owner = defaultdict(set)

    for g in golds:
        if g[:-len('.gold.txt')] + '.txt' not in raws:
            problems.append('%s: gold without raw file' % g)

    for r in raws:
        errs = []
        m = NAME_RE.match(r)
        if not m:
            problems.append('%s: bad file name (expected NNN_<lang>_<families>.txt)' % r)
            continue
        num, lang, fam = m.groups()
        if num in seen_numbers:
            errs.append('number %s already used by %s' % (num, seen_numbers[num]))
        seen_numbers[num] = r
        families = fam.split('-')
        negative = families == ['negative']
        if not negative:
            bad = [f for f in families if f not in CANON]
            if bad:
                errs.append('unknown families: %s' % ', '.join(bad))
            elif len(set(families)) != len(families):
                errs.append('duplicate family in name')
            elif families != sorted(families, key=CANON.index):
                errs.append('families not in canonical order')
        gname = r[:-4] + '.gold.txt'
        gpath = os.path.join(HERE, gname)
        if not os.path.exists(gpath):
            problems.append('%s: missing gold file %s' % (r, gname))
            continue
        enc_errs = []
        rtext, rdata = read_text(os.path.join(HERE, r), enc_errs)
        gtext, gdata = read_text(gpath, enc_errs)
        errs.extend(enc_errs)
        if rtext is None or gtext is None:
            problems.extend('%s: %s' % (r, e) for e in errs)
            continue
        rl = split_lines(rtext)
        gl = split_lines(gtext)
        if rl and rl[-1].strip() == '' or rl and rl[0].strip() == '':
            errs.append('raw has leading or trailing blank lines')
        if gl and (gl[0].strip() == '' or gl[-1].strip() == ''):
            errs.append('gold has leading or trailing blank lines')
        for i in range(1, len(gl)):
            if gl[i].strip() == '' and gl[i - 1].strip() == '':
                errs.append('gold has an uncollapsed run of blank lines at line %d' % (i + 1))
                break

        # align gold non-blank lines with raw non-blank lines (ordered subsequence)
        keep = [False] * len(rl)
        j = 0
        gnb = [l for l in gl if l.strip() != '']
        for i, l in enumerate(rl):
            if l.strip() == '':
                continue
            if j < len(gnb) and l == gnb[j]:
                keep[i] = True
                j += 1
        if j < len(gnb):
            errs.append('gold is not an ordered subsequence of raw (first unmatched gold line: %r)'
                        % gnb[j][:70])
        else:
            expected = collapse([l for i, l in enumerate(rl) if l.strip() == '' or keep[i]])
            if expected != gl:
                errs.append('gold differs from raw-minus-deleted-lines with blank runs collapsed')
        deleted = sum(1 for i, l in enumerate(rl) if l.strip() != '' and not keep[i])
        nonblank = sum(1 for l in rl if l.strip() != '')

        if negative:
            if rdata != gdata:
                errs.append('negative: gold is not byte-identical to raw')
        elif deleted == 0:
            errs.append('positive file but nothing deleted in gold')

        for l in rl:
            if l.strip() != '' and len(l.strip()) > 3:
                line_owner[l].add(r)

        if errs:
            problems.extend('%s: %s' % (r, e) for e in errs)
            report.append('FAIL  %s' % r)
        else:
            pct = 100.0 * deleted / nonblank if nonblank else 0.0
            report.append('ok    %-4s %-3s %3d non-blank raw lines, %3d deleted (%2.0f%%)  %s'
                          % (num, lang, nonblank, deleted, pct, fam))

    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            problems.append('line used in more than one file (%s): %r'
                            % (', '.join(sorted(owners)), line[:80]))

    for line in report:
        print(line)
    if not raws:
        problems.append('no pairs found')
    if problems:
        for p in problems:
            print('PROBLEM: ' + p)
        print('%d problem(s)' % len(problems))
        sys.exit(1)
    print('ALL OK')


if __name__ == '__main__':
    main()
