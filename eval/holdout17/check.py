#!/usr/bin/env python3
"""Check the blind17 evaluation set.

For every NNN_<lang>_<families>.txt / .gold.txt pair:
  * both files are valid UTF-8 with LF line endings (no CR);
  * the gold file's lines form a subsequence of the raw file's lines
    (checked on all lines, and again on non-blank lines only);
  * negatives (families == "negative") have gold byte-identical to raw;
  * positives have 15-60 non-blank raw lines and 30-60% of them removed.
Exit status 0 if everything passes.
"""
import os, re, sys, glob

D = os.path.dirname(os.path.abspath(__file__))
NAME = re.compile(r'^(\d{3})_(en|ru|de|fr|es)_([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$')


def is_subsequence(small, big):
    it = iter(big)
    return all(any(s == b for b in it) for s in small)


def main():
    errors = []
    raws = sorted(f for f in glob.glob(os.path.join(D, '*.txt')) if not f.endswith('.gold.txt'))
    golds = sorted(glob.glob(os.path.join(D, '*.gold.txt')))
    if len(raws) != len(golds):
        errors.append(f'{len(raws)} raw files but {len(golds)} gold files')
    n_neg = 0
    langs = {}
    for raw_path in raws:
        base = os.path.basename(raw_path)
        m = NAME.match(base)
        if not m:
            errors.append(f'{base}: bad file name'); continue
        gold_path = raw_path[:-4] + '.gold.txt'
        if not os.path.exists(gold_path):
            errors.append(f'{base}: missing gold file'); continue
        rb, gb = open(raw_path, 'rb').read(), open(gold_path, 'rb').read()
        try:
            rt, gt = rb.decode('utf-8'), gb.decode('utf-8')
        except UnicodeDecodeError as e:
            errors.append(f'{base}: not UTF-8 ({e})'); continue
        if b'\r' in rb or b'\r' in gb:
            errors.append(f'{base}: CR characters found')
        rl, gl = rt.split('\n'), gt.split('\n')
        if not is_subsequence(gl, rl):
            errors.append(f'{base}: gold lines are not a subsequence of raw lines')
        rn = [l for l in rl if l.strip()]
        gn = [l for l in gl if l.strip()]
        if not is_subsequence(gn, rn):
            errors.append(f'{base}: gold non-blank lines are not a subsequence of raw')
        langs[m.group(2)] = langs.get(m.group(2), 0) + 1
        if m.group(3) == 'negative':
            n_neg += 1
            if rb != gb:
                errors.append(f'{base}: negative but gold differs from raw')
            status = 'negative, identical' if rb == gb else 'negative, DIFFERS'
        else:
            share = 1 - len(gn) / len(rn)
            if not 15 <= len(rn) <= 60:
                errors.append(f'{base}: {len(rn)} non-blank raw lines (want 15-60)')
            if not 0.30 <= share <= 0.60:
                errors.append(f'{base}: furniture share {share:.2f} (want 0.30-0.60)')
            if rb == gb:
                errors.append(f'{base}: positive but gold equals raw')
            status = f'furniture {share:.0%}'
        print(f'{base:58s} raw {len(rn):3d}  gold {len(gn):3d}  {status}')
    print(f'\npairs: {len(raws)}  negatives: {n_neg}  languages: {dict(sorted(langs.items()))}')
    extra = [f for f in os.listdir(D) if not (f.endswith('.txt') or f in ('README.md', 'check.py'))]
    if extra:
        errors.append(f'unexpected files: {extra}')
    if errors:
        print('FAIL'); [print('  ' + e) for e in errors]; return 1
    print('OK: all checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
