#!/usr/bin/env python3
"""Validate blind evaluation set 408 (news-furniture removal). Standard library only."""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]          # 4 numbers each, in this order
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
STOP = {
    "en": "the and of to a in is that it was with for on as his her at by from this",
    "de": "der die das und ist nicht mit den dem ein eine sich auf für von zu im auch",
    "fr": "le la les et des est une un dans du pour qui que pas sur au avec ce",
    "es": "el la los las y que en del un una por con para se su al es como",
}
STOP = {k: set(v.split()) for k, v in STOP.items()}

errors = []
def err(msg):
    errors.append(msg)

def read_lines(path):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: BOM")
    if b"\r" in data:
        err(f"{name}: CR found (not LF-only)")
    if not data.endswith(b"\n"):
        err(f"{name}: no final newline")
    if data.endswith(b"\n\n"):
        err(f"{name}: trailing blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if lines and lines[0].strip() == "":
        err(f"{name}: leading blank line")
    if not 25 <= len(lines) <= 90:
        err(f"{name}: {len(lines)} lines (need 25-90)")
    for i, l in enumerate(lines, 1):
        if l != l.rstrip() and l.strip():
            err(f"{name}:{i}: trailing whitespace")
        if l.strip() == "" and l != "":
            err(f"{name}:{i}: whitespace-only line")
    return lines

def is_subsequence(small, big):
    it = iter(big)
    return all(any(x == y for y in it) for x in small)

def exact_deletion(raw, gold):
    """True if gold = raw with some lines deleted, blank runs collapsed, no edge blanks."""
    gnb = [(i, l) for i, l in enumerate(gold) if l.strip()]
    # gap[k]: gold has a blank line between non-blank line k-1 and k
    gap = [False] + [any(not gold[j].strip() for j in range(gnb[k - 1][0] + 1, gnb[k][0]))
                     for k in range(1, len(gnb))]
    blank_before = []   # number of blank raw lines before index p
    c = 0
    for l in raw:
        blank_before.append(c)
        c += (not l.strip())
    feasible = None
    for k, (_, line) in enumerate(gnb):
        cand = [p for p, l in enumerate(raw) if l == line]
        if k == 0:
            feasible = cand
        else:
            feasible = [p for p in cand if any(
                q < p and ((blank_before[p] - blank_before[q]) > 0) == gap[k] for q in feasible)]
        if not feasible:
            return False
    return True

def lang_guess(lines):
    text = " ".join(lines)
    letters = [c for c in text if c.isalpha()]
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    if letters and cyr / len(letters) > 0.5:
        return "ru", {}
    words = re.findall(r"[a-zà-ÿäöüßñ]+", text.lower())
    scores = {k: sum(1 for w in words if w in v) for k, v in STOP.items()}
    return max(scores, key=scores.get), scores

def main():
    files = sorted(os.listdir(HERE))
    raws = {}
    for f in files:
        if f in ("check.py", "README.md") or os.path.isdir(os.path.join(HERE, f)):
            continue
        base = f[:-len(".gold.txt")] + ".txt" if f.endswith(".gold.txt") else f
        m = NAME_RE.match(base)
        if not m:
            err(f"unexpected file: {f}")
            continue
        if not f.endswith(".gold.txt"):
            num = m.group(1)
            if num in raws:
                err(f"duplicate number {num}")
            raws[num] = (f, m.group(2), m.group(3))
    expected = [f"{i:03d}" for i in range(1, 21)]
    if sorted(raws) != expected:
        err(f"numbers present {sorted(raws)} != 001..020")

    fam_seen = set()
    noblank_pos_langs = []
    neg_count = {l: 0 for l in LANGS}
    for num in expected:
        if num not in raws:
            continue
        f, lang, fams = raws[num]
        want_lang = LANGS[(int(num) - 1) // 4]
        if lang != want_lang:
            err(f"{f}: language {lang}, expected {want_lang}")
        gold_f = f[:-4] + ".gold.txt"
        if not os.path.exists(os.path.join(HERE, gold_f)):
            err(f"{f}: missing {gold_f}")
            continue
        raw = read_lines(os.path.join(HERE, f))
        gold = read_lines(os.path.join(HERE, gold_f))
        raw_nb = [l for l in raw if l.strip()]
        gold_nb = [l for l in gold if l.strip()]
        # language
        g, _ = lang_guess(gold_nb)
        if g != lang:
            err(f"{f}: text looks like {g}, not {lang}")
        # gold shape
        for i in range(1, len(gold)):
            if gold[i] == "" and gold[i - 1] == "":
                err(f"{gold_f}: uncollapsed blank lines at {i}")
        if not is_subsequence(gold, raw):
            err(f"{gold_f}: not a subsequence of the raw file")
        elif not exact_deletion(raw, gold):
            err(f"{gold_f}: cannot be produced from raw by deleting lines and collapsing blanks")
        if fams == "negative":
            neg_count[lang] += 1
            if open(os.path.join(HERE, f), "rb").read() != open(os.path.join(HERE, gold_f), "rb").read():
                err(f"{f}: negative but gold differs from raw")
            print(f"OK {f}  lines={len(raw)}  negative")
            print(f"OK {gold_f}  lines={len(gold)}  identical to raw")
            continue
        parts = fams.split("-")
        bad = [p for p in parts if p not in FAMILIES]
        if bad:
            err(f"{f}: unknown families {bad}")
        else:
            idx = [FAMILIES.index(p) for p in parts]
            if idx != sorted(set(idx)):
                err(f"{f}: families not in canonical order or repeated")
            fam_seen.update(parts)
        furn = len(raw_nb) - len(gold_nb)
        share = furn / len(raw_nb) if raw_nb else 0
        if not 0.30 <= share <= 0.55:
            err(f"{f}: furniture share {share:.1%} outside 30-55 %")
        if furn == 0:
            err(f"{f}: positive but nothing deleted")
        if "" not in raw:
            noblank_pos_langs.append(lang)
        print(f"OK {f}  lines={len(raw)}  non-blank={len(raw_nb)}  furniture={furn} ({share:.1%})"
              + ("  [no blank lines]" if "" not in raw else ""))
        print(f"OK {gold_f}  lines={len(gold)}  kept={len(gold_nb)}")
    for l, n in neg_count.items():
        if n != 2:
            err(f"language {l}: {n} negatives (need exactly 2)")
    missing = [x for x in FAMILIES if x not in fam_seen]
    if missing:
        err(f"families never used in a positive: {missing}")
    if len(noblank_pos_langs) < 2 or len(set(noblank_pos_langs)) < 2:
        err(f"need >=2 positives without blank lines in different languages, got {noblank_pos_langs}")
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("ALL OK")

if __name__ == "__main__":
    main()
