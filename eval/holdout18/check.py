#!/usr/bin/env python3
"""Check the blind18 evaluation set.

For every NNN_<lang>_<families>.txt there must be a matching .gold.txt:
- both files are valid UTF-8 with LF line endings (no CR);
- the gold file's lines are a subsequence of the raw file's lines (byte-identical lines, same order);
- for negatives (families == "negative") gold is byte-identical to raw;
- for positives: 15-50 non-blank raw lines, 30-60% of them removed.
Exit code 0 if all checks pass.
"""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z0-9-]+)\.txt$")

def is_subsequence(sub, seq):
    it = iter(seq)
    return all(any(s == x for x in it) for s in sub)

def main():
    errors, n = [], 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt") and not f.endswith(".gold.txt"))
    for f in files:
        m = NAME.match(f)
        if not m:
            errors.append(f"{f}: bad file name"); continue
        g = f[:-4] + ".gold.txt"
        if not os.path.exists(os.path.join(HERE, g)):
            errors.append(f"{f}: missing gold"); continue
        n += 1
        rb = open(os.path.join(HERE, f), "rb").read()
        gb = open(os.path.join(HERE, g), "rb").read()
        for name, b in ((f, rb), (g, gb)):
            if b"\r" in b: errors.append(f"{name}: CR found")
            try: b.decode("utf-8")
            except UnicodeDecodeError: errors.append(f"{name}: not UTF-8")
        raw = rb.decode("utf-8", "replace").split("\n")
        gold = gb.decode("utf-8", "replace").split("\n")
        if not is_subsequence(gold, raw):
            errors.append(f"{g}: not a subsequence of raw lines")
        rn = sum(1 for l in raw if l.strip()); gn = sum(1 for l in gold if l.strip())
        if m.group(3) == "negative":
            if rb != gb: errors.append(f"{g}: negative but gold differs from raw")
        else:
            frac = (rn - gn) / rn if rn else 0
            if not 15 <= rn <= 50: errors.append(f"{f}: {rn} non-blank lines (want 15-50)")
            if not 0.30 <= frac <= 0.60: errors.append(f"{f}: furniture share {frac:.2f} (want 0.30-0.60)")
    orphans = [f for f in os.listdir(HERE) if f.endswith(".gold.txt") and not os.path.exists(os.path.join(HERE, f[:-9] + ".txt"))]
    errors += [f"{o}: gold without raw" for o in orphans]
    for e in errors: print("FAIL", e)
    print(f"{n} pairs checked, {len(errors)} problem(s)")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
