#!/usr/bin/env python3
"""Validate the furniture-removal evaluation set in this directory.

Checks: file naming and pairing, UTF-8 / LF / final newline / no BOM,
gold is a line subsequence of raw, blank-line rules, negatives byte-identical,
positive line counts and furniture share, furniture at top, middle and bottom,
per-language quotas, family coverage across languages, and that no phrase
(6-word sequence) is reused across files.
"""
import os, re, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = ['en', 'ru', 'de', 'fr', 'es']
FAMILIES = ('masthead nav breadcrumb skip cookie consent readmore related ad promo caption '
            'credit copyright wire share counter newsletter subscribe donation membership '
            'paywall comments login authorbox tags footer app live notes').split()
NAME_RE = re.compile(r'^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)\.txt$')
MIN_LINES, MAX_LINES = 15, 40
MIN_SHARE, MAX_SHARE = 0.30, 0.55
PHRASE_N = 6

errors = []
def err(msg):
    errors.append(msg)

def read(path):
    b = open(path, 'rb').read()
    problems = []
    if b.startswith(b'\xef\xbb\xbf'):
        problems.append('BOM')
    if b'\r' in b:
        problems.append('CR characters (need LF only)')
    if not b.endswith(b'\n'):
        problems.append('no final newline')
    try:
        t = b.decode('utf-8')
    except UnicodeDecodeError as e:
        problems.append(f'not UTF-8: {e}')
        t = b.decode('utf-8', 'replace')
    return t, problems

def is_subsequence(gold, raw):
    """Greedy match; returns list of raw indices used, or None."""
    idx, j = [], 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j); j += 1
    return idx

def check_blank_rules(lines, label, fname):
    ok = True
    if lines and lines[0] == '':
        err(f'{fname}: {label} starts with a blank line'); ok = False
    if lines and lines[-1] == '':
        err(f'{fname}: {label} ends with a blank line'); ok = False
    for i in range(1, len(lines)):
        if lines[i] == '' and lines[i - 1] == '':
            err(f'{fname}: {label} has consecutive blank lines at line {i + 1}'); ok = False
            break
    for i, l in enumerate(lines):
        if l != l.rstrip():
            err(f'{fname}: {label} line {i + 1} has trailing whitespace'); ok = False
            break
    return ok

def words(text):
    return re.findall(r'\w+', text.lower())

def main():
    names = sorted(os.listdir(HERE))
    raws = [n for n in names if n.endswith('.txt') and not n.endswith('.gold.txt')]
    golds = [n for n in names if n.endswith('.gold.txt')]
    for g in golds:
        if g[:-len('.gold.txt')] + '.txt' not in raws:
            err(f'{g}: gold file without raw file')
    numbers = set()
    per_lang = defaultdict(lambda: {'pos': 0, 'neg': 0})
    fam_langs = defaultdict(set)
    texts = {}
    for r in raws:
        m = NAME_RE.match(r)
        if not m:
            err(f'{r}: bad file name'); continue
        num, lang, fams = m.group(1), m.group(2), m.group(3).split('-')
        if num in numbers:
            err(f'{r}: duplicate number {num}')
        numbers.add(num)
        negative = fams == ['negative']
        if not negative:
            bad = [f for f in fams if f not in FAMILIES]
            if bad:
                err(f'{r}: unknown families {bad}')
            if len(set(fams)) != len(fams):
                err(f'{r}: duplicate family in name')
            good = [f for f in fams if f in FAMILIES]
            if good != sorted(good, key=FAMILIES.index):
                err(f'{r}: families not in canonical order')
            for f in good:
                fam_langs[f].add(lang)
        per_lang[lang]['neg' if negative else 'pos'] += 1
        g = r[:-4] + '.gold.txt'
        if g not in golds:
            err(f'{r}: missing gold file'); continue
        rt, rp = read(os.path.join(HERE, r))
        gt, gp = read(os.path.join(HERE, g))
        for p in rp: err(f'{r}: {p}')
        for p in gp: err(f'{g}: {p}')
        texts[r] = rt
        rl = rt[:-1].split('\n') if rt.endswith('\n') else rt.split('\n')
        gl = gt[:-1].split('\n') if gt.endswith('\n') else gt.split('\n')
        check_blank_rules(rl, 'raw', r)
        check_blank_rules(gl, 'gold', g)
        raw_nb = [l for l in rl if l.strip()]
        gold_nb = [l for l in gl if l.strip()]
        idx = is_subsequence(gl, rl)
        if idx is None:
            err(f'{g}: gold is not a line subsequence of raw')
        status = 'ok'
        if negative:
            if open(os.path.join(HERE, r), 'rb').read() != open(os.path.join(HERE, g), 'rb').read():
                err(f'{r}: negative but gold differs from raw')
            if not (8 <= len(raw_nb) <= 60):
                err(f'{r}: negative has {len(raw_nb)} non-blank lines')
            print(f'{r}: NEGATIVE lines={len(raw_nb)} identical={rt == gt}')
            continue
        # positives
        n_raw, n_gold = len(raw_nb), len(gold_nb)
        furn = n_raw - n_gold
        share = furn / n_raw if n_raw else 0
        if not (MIN_LINES <= n_raw <= MAX_LINES):
            err(f'{r}: {n_raw} non-blank lines (need {MIN_LINES}-{MAX_LINES})')
        if not (MIN_SHARE <= share <= MAX_SHARE):
            err(f'{r}: furniture share {share:.0%} (need {MIN_SHARE:.0%}-{MAX_SHARE:.0%})')
        if idx is not None:
            # position of furniture: top, bottom, between kept content
            kept = set(i for i, l in zip(idx, gl) if l.strip())
            nb_idx = [i for i, l in enumerate(rl) if l.strip()]
            furn_idx = [i for i in nb_idx if i not in kept]
            if nb_idx[0] in kept:
                err(f'{r}: first line is not furniture')
            if nb_idx[-1] in kept:
                err(f'{r}: last line is not furniture')
            lo, hi = min(kept), max(kept)
            if not any(lo < i < hi for i in furn_idx):
                err(f'{r}: no furniture between article paragraphs')
        print(f'{r}: POSITIVE lines={n_raw} furniture={furn} share={share:.0%} families={len(fams)}')
    # quotas
    for lang in LANGS:
        c = per_lang[lang]
        if c['pos'] != 2 or c['neg'] != 2:
            err(f'language {lang}: {c["pos"]} positives, {c["neg"]} negatives (need 2 and 2)')
    if len(numbers) != 20 or sorted(numbers) != [f'{i:03d}' for i in range(1, 21)]:
        err(f'numbers are not 001-020: {sorted(numbers)}')
    for f in FAMILIES:
        if len(fam_langs[f]) < 3:
            err(f'family {f} appears in {len(fam_langs[f])} languages: {sorted(fam_langs[f])}')
    # phrase reuse across files
    grams = defaultdict(set)
    for name, t in texts.items():
        w = words(t)
        for i in range(len(w) - PHRASE_N + 1):
            grams[' '.join(w[i:i + PHRASE_N])].add(name)
    shared = {k: v for k, v in grams.items() if len(v) > 1}
    for k, v in sorted(shared.items()):
        err(f'phrase reused across files: "{k}" in {sorted(v)}')
    print('family coverage: ' + ', '.join(f'{f}={len(fam_langs[f])}' for f in FAMILIES))
    if errors:
        print(f'\nFAIL: {len(errors)} problem(s)')
        for e in errors:
            print('  - ' + e)
        sys.exit(1)
    print(f'\nPASS: {len(raws)} raw/gold pairs')

if __name__ == '__main__':
    main()
