#!/usr/bin/env python3
"""Sanity check for the blind14 set: every gold file must be a line subsequence
of its raw file (byte-identical lines, same order); negatives must be identical."""
import glob, os, sys
d = os.path.dirname(os.path.abspath(__file__))
ok = True; n = 0; rows = []
for raw_p in sorted(glob.glob(os.path.join(d, "[0-9][0-9][0-9]_*.txt"))):
    if raw_p.endswith(".gold.txt"):
        continue
    gold_p = raw_p[:-4] + ".gold.txt"
    name = os.path.basename(raw_p)[:-4]
    if not os.path.exists(gold_p):
        print("MISSING GOLD", name); ok = False; continue
    rb, gb = open(raw_p, "rb").read(), open(gold_p, "rb").read()
    for b, p in ((rb, raw_p), (gb, gold_p)):
        b.decode("utf-8")
        if b"\r" in b: print("CR found", p); ok = False
        if not b.endswith(b"\n"): print("no final LF", p); ok = False
    raw = rb.decode().split("\n"); gold = gb.decode().split("\n")
    # full-line subsequence (blank lines included)
    i = 0
    for g in gold:
        while i < len(raw) and raw[i] != g:
            i += 1
        if i == len(raw):
            print("NOT A SUBSEQUENCE:", name, repr(g[:60])); ok = False; break
        i += 1
    rn = sum(1 for l in raw if l.strip()); gn = sum(1 for l in gold if l.strip())
    neg = "_negative" in name
    if neg and rb != gb:
        print("NEGATIVE NOT IDENTICAL:", name); ok = False
    if not neg:
        frac = (rn - gn) / rn
        if not (15 <= rn <= 60 and 5 <= gn <= 25 and 0.30 <= frac <= 0.60):
            print(f"OUT OF SPEC: {name} raw={rn} gold={gn} furniture={frac:.2f}"); ok = False
    n += 1
    rows.append((name, rn, gn))
for name, rn, gn in rows:
    print(f"{name:58s} raw={rn:3d} gold={gn:3d} furniture={(rn-gn)/rn:.2f}")
print(f"{n} pairs checked:", "ALL OK" if ok else "FAILURES")
sys.exit(0 if ok else 1)
