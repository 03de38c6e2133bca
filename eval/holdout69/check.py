#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

For every NNN_<lang>_<families>.txt / .gold.txt pair it checks: file naming,
pairing, UTF-8 without BOM, LF line endings and final newline, that the gold
file can be produced from the raw file by deleting non-blank lines and
collapsing the resulting blank runs, that negatives are byte-identical, and
that positives have 15-40 non-blank lines with 30-55% furniture present at the
top, the bottom and between article paragraphs. Prints one line per file and
exits non-zero on any failure.
"""
import os, re, sys, collections
from functools import lru_cache

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = ("en", "ru", "de", "fr", "es")
NAME_RX = re.compile(r'^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$')
GOLD_RX = re.compile(r'^(\d{3})_([a-z]{2})_([a-z-]+)\.gold\.txt$')

errors_total = 0


def read(path, errs):
    data = open(path, 'rb').read()
    if data.startswith(b'\xef\xbb\xbf'):
        errs.append('BOM')
    if b'\r' in data:
        errs.append('CR found (not LF-only)')
    if not data.endswith(b'\n'):
        errs.append('no final newline')
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as e:
        errs.append('not UTF-8: %s' % e)
        text = data.decode('utf-8', 'replace')
    return data, text[:-1].split('\n') if text.endswith('\n') else text.split('\n')


def derivable(raw, gold):
    """True if gold = collapse(raw minus some non-blank lines)."""
    lead = raw[0] == ''
    trail = raw[-1] == ''
    n, m = len(raw), len(gold)

    @lru_cache(maxsize=None)
    def go(i, j, pending, started):
        # pending: a blank line seen since the last emitted line
        if i == n:
            rest = gold[j:]
            if trail and pending:
                return rest == ('',)
            return rest == ()
        line = raw[i]
        if line == '':
            if not started and lead and i == 0:
                return j < m and gold[j] == '' and go(i + 1, j + 1, False, True)
            return go(i + 1, j, True, started)
        # option 1: delete this line (furniture)
        if go(i + 1, j, pending, started):
            return True
        # option 2: keep it
        k = j
        if pending and started:
            if k >= m or gold[k] != '':
                return False
            k += 1
        if k < m and gold[k] == line:
            return go(i + 1, k + 1, False, True)
        return False

    sys.setrecursionlimit(10000)
    return go(0, 0, False, False)


def main():
    global errors_total
    files = sorted(os.listdir(HERE))
    raws = [f for f in files if f.endswith('.txt') and not f.endswith('.gold.txt')]
    golds = [f for f in files if f.endswith('.gold.txt')]
    per_lang = collections.Counter()
    neg_lang = collections.Counter()
    numbers = collections.Counter()
    line_owner = collections.defaultdict(set)
    for g in golds:
        if g[:-len('.gold.txt')] + '.txt' not in raws:
            print('FAIL %s: gold without raw' % g)
            errors_total += 1
    for f in raws:
        errs = []
        m = NAME_RX.match(f)
        if not m:
            print('FAIL %s: bad file name' % f)
            errors_total += 1
            continue
        num, lang, fams = m.groups()
        numbers[num] += 1
        if lang not in LANGS:
            errs.append('unknown language %s' % lang)
        per_lang[lang] += 1
        negative = fams == 'negative'
        if negative:
            neg_lang[lang] += 1
        else:
            parts = fams.split('-')
            bad = [p for p in parts if p not in FAMILIES]
            if bad:
                errs.append('unknown families %s' % bad)
            if len(set(parts)) != len(parts):
                errs.append('duplicate family in name')
        gname = f[:-4] + '.gold.txt'
        if gname not in golds:
            print('FAIL %s: missing %s' % (f, gname))
            errors_total += 1
            continue
        rdata, raw = read(os.path.join(HERE, f), errs)
        gdata, gold = read(os.path.join(HERE, gname), errs)
        for l in raw:
            if l.strip():
                line_owner[l].add(f)
        if any(l != l.rstrip() for l in raw):
            errs.append('trailing whitespace in raw')
        if gold and gold[0] == '' and raw[0] != '':
            errs.append('gold starts with blank line')
        if gold and gold[-1] == '' and raw[-1] != '':
            errs.append('gold ends with blank line')
        if not any(a == b == '' for a, b in zip(raw, raw[1:])):
            if any(a == b == '' for a, b in zip(gold, gold[1:])):
                errs.append('gold has an uncollapsed run of blank lines')
        if not derivable(tuple(raw), tuple(gold)):
            errs.append('gold is not raw minus whole lines (subsequence/blank rule)')
        rnb = [l for l in raw if l.strip()]
        gnb = [l for l in gold if l.strip()]
        furn = len(rnb) - len(gnb)
        share = furn / len(rnb) if rnb else 0
        if negative:
            if rdata != gdata:
                errs.append('negative gold differs from raw')
            status = 'negative, %d lines, %s' % (len(rnb), 'identical' if rdata == gdata else 'DIFFERENT')
        else:
            if not 15 <= len(rnb) <= 40:
                errs.append('%d non-blank lines (want 15-40)' % len(rnb))
            if not 0.30 <= share <= 0.55:
                errs.append('furniture share %.0f%% (want 30-55%%)' % (100 * share))
            if gnb and gnb[0] == rnb[0]:
                errs.append('no furniture at the top')
            if gnb and gnb[-1] == rnb[-1]:
                errs.append('no furniture at the bottom')
            if gnb:
                first = rnb.index(gnb[0])
                last = len(rnb) - 1 - rnb[::-1].index(gnb[-1])
                inside = last - first + 1
                if inside <= len(gnb):
                    errs.append('no furniture between article lines')
            status = '%d lines, %d furniture (%.0f%%)' % (len(rnb), furn, 100 * share)
        if errs:
            errors_total += len(errs)
            print('FAIL %s: %s; %s' % (f, status, '; '.join(errs)))
        else:
            print('ok   %s: %s' % (f, status))
    # set-level checks
    for num, c in numbers.items():
        if c > 1:
            print('FAIL number %s used %d times' % (num, c)); errors_total += 1
    for lang in LANGS:
        if per_lang[lang] != 4 or neg_lang[lang] != 1:
            print('FAIL language %s: %d files, %d negatives (want 4 and 1)'
                  % (lang, per_lang[lang], neg_lang[lang]))
            errors_total += 1
    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            print('FAIL line reused across files %s: %r' % (sorted(owners), line[:80]))
            errors_total += 1
    print('%d raw files, %d gold files: %s' % (len(raws), len(golds),
          'PASS' if errors_total == 0 else 'FAIL (%d problems)' % errors_total))
    return 1 if errors_total else 0


if __name__ == '__main__':
    sys.exit(main())
