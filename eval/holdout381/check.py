#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks: file pairing and naming, numbering and language order, encoding and line
endings, raw length, gold as a byte-exact subsequence of raw, blank-line
collapsing in gold, negatives identical to their raw file, family names known,
in canonical order and plausible, furniture share of positives (30-55 %), and
no line longer than 3 characters shared between two different pairs.
Prints ALL OK at the end when everything passes.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANG_ORDER = ["en"] * 4 + ["ru"] * 4 + ["de"] * 4 + ["fr"] * 4 + ["es"] * 4
NEGATIVES_PER_LANG = 2
MIN_LINES, MAX_LINES = 25, 90
MIN_SHARE, MAX_SHARE = 30.0, 55.0

# Hints: for a family named in a positive file, at least one deleted line must
# match its pattern (case-insensitive). Families whose lines have no reliable
# surface form (masthead, nav, caption, authorbox) are checked only through the
# line budget below.
HINTS = {
    "breadcrumb": r"\s[>›/»]\s",
    "skip": r"skip|springen|перейти|aller au contenu|saltar|ir al contenido",
    "cookie": r"cookie|куки",
    "consent": r"extern|youtube|vimeo|allow|zulassen|anzeigen|разреш|внешн|autoriser|permitir|contenu externe",
    "readmore": r"^(read more|lesen sie auch|lesen sie|читайте|lire aussi|à lire|lea también|lee también|leer más)",
    "related": r"related|more on|mehr zum thema|читайте также|по теме|à lire aussi|sur le même sujet|más noticias|te puede interesar|noticias relacionadas",
    "ad": r"advert|anzeige|реклам|publicit|sponsor|werbung|patrocin",
    "promo": r"podcast|event|veranstaltung|leserreise|подкаст|festival|offer|angebot|concours",
    "credit": r"photo|foto|фото|кадр|bild|getty|©|picture|crédit|image",
    "copyright": r"©|copyright|all rights|alle rechte|все права|tous droits|derechos reservados",
    "wire": r"reporting|editing|with |mit material|по материалам|avec |con información|agenc|агентств",
    "share": r"share|teilen|поделит|partag|compart|facebook|whatsapp|telegram|вконтакте|e-mail|email",
    "counter": r"\d",
    "newsletter": r"newsletter|рассылк|lettre|boletín|sign me up|sign up|anmelden|inscri|apúntate",
    "subscribe": r"subscrib|abonn|подпис|suscr|follow|folgen|suivez|síguenos|telegram|whatsapp",
    "donation": r"donat|spende|пожертв|поддерж|soutenez|don\b|dona|€|£|₽",
    "membership": r"member|mitglied|club|clubmitglied|membre|socio|клуб|adhér",
    "paywall": r"%|subscri|abonn|подпис|suscri|free articles|gratis|kostenlos|бесплат|continue|reste|limit",
    "comments": r"comment|coment|kommentar|коммент|discuss|diskut|réagi|conversation",
    "login": r"sign in|log in|login|einloggen|войти|вход|connecter|mon compte|iniciar sesión|register|account|konto",
    "tags": r"tag|тег|themen|thema|mots-clés|sujets|temas|topics|#",
    "footer": r"impressum|imprint|privacy|datenschutz|contact|kontakt|terms|legal|aviso legal|privacidad|регистрац|mentions|agb",
    "app": r"\bapp\b|app-|приложени|store|google play|rustore|télécharg|descarg|herunterlad",
    "live": r"key events|update|aktualis|обнов|refresh|actualis|nouveaux messages|moments forts|momentos|ключев|live-ticker",
    "notes": r"first published|originally|translated|übersetz|перевод|впервые|publié|traduit|publicó originalmente|traducid|erschien",
}

NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z-]+)\.txt$")

errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


def read_lines(path):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    if b"\r" in data:
        err(f"{name}: contains CR characters (not LF-only)")
    if not data.endswith(b"\n"):
        err(f"{name}: no final newline")
    if data.endswith(b"\n\n"):
        err(f"{name}: ends with a blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not valid UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def subsequence_alignment(gold, raw):
    """Return the raw indices matched by gold lines (greedy), or None."""
    idx = []
    j = 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j)
        j += 1
    return idx


def main():
    files = sorted(os.listdir(HERE))
    allowed_extra = {"check.py", "README.md"}
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    for f in files:
        if f not in allowed_extra and not f.endswith(".txt"):
            err(f"unexpected file {f}")
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            err(f"{g}: gold file without raw file")
    if len(raws) != 20:
        err(f"expected 20 raw files, found {len(raws)}")

    numbers = []
    line_owner = {}  # line -> set of pair numbers
    neg_count = {}
    for raw_name in raws:
        m = NAME_RE.match(raw_name)
        if not m:
            err(f"{raw_name}: bad file name")
            continue
        num, lang, fams = m.group(1), m.group(2), m.group(3)
        numbers.append(int(num))
        n = int(num)
        if 1 <= n <= 20 and LANG_ORDER[n - 1] != lang:
            err(f"{raw_name}: number {num} should be language {LANG_ORDER[n - 1]}")
        gold_name = raw_name[:-4] + ".gold.txt"
        if gold_name not in golds:
            err(f"{raw_name}: missing gold file")
            continue
        raw = read_lines(os.path.join(HERE, raw_name))
        gold = read_lines(os.path.join(HERE, gold_name))

        if not (MIN_LINES <= len(raw) <= MAX_LINES):
            err(f"{raw_name}: {len(raw)} lines, expected {MIN_LINES}-{MAX_LINES}")
        if raw and (raw[0].strip() == "" or raw[-1].strip() == ""):
            err(f"{raw_name}: leading or trailing blank line in raw")

        # gold structure
        if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
            err(f"{gold_name}: leading or trailing blank line")
        for a, b in zip(gold, gold[1:]):
            if a.strip() == "" and b.strip() == "":
                err(f"{gold_name}: uncollapsed run of blank lines")
                break
        align = subsequence_alignment(gold, raw)
        if align is None:
            err(f"{gold_name}: not a subsequence of the raw lines")
            continue

        raw_nb = [l for l in raw if l.strip()]
        gold_nb = [l for l in gold if l.strip()]
        matched = set(align)
        deleted = [raw[i] for i in range(len(raw)) if i not in matched and raw[i].strip()]
        share = 100.0 * (len(raw_nb) - len(gold_nb)) / max(1, len(raw_nb))

        if fams == "negative":
            neg_count[lang] = neg_count.get(lang, 0) + 1
            if open(os.path.join(HERE, raw_name), "rb").read() != open(os.path.join(HERE, gold_name), "rb").read():
                err(f"{raw_name}: negative but gold differs from raw")
            print(f"{num} {lang} negative{'':48s} furniture {share:5.1f}%")
        else:
            fl = fams.split("-")
            unknown = [f for f in fl if f not in FAMILIES]
            if unknown:
                err(f"{raw_name}: unknown families {unknown}")
            elif len(set(fl)) != len(fl):
                err(f"{raw_name}: duplicate family names")
            elif fl != sorted(fl, key=FAMILIES.index):
                err(f"{raw_name}: families not in canonical order")
            if "negative" in fl:
                err(f"{raw_name}: 'negative' mixed with families")
            if len(deleted) < len(fl):
                err(f"{raw_name}: {len(fl)} families but only {len(deleted)} deleted lines")
            for f in fl:
                pat = HINTS.get(f)
                if pat and not any(re.search(pat, d, re.I) for d in deleted):
                    err(f"{raw_name}: family '{f}' named but no deleted line looks like it")
            if not (MIN_SHARE <= share <= MAX_SHARE):
                err(f"{raw_name}: furniture share {share:.1f}% outside {MIN_SHARE:.0f}-{MAX_SHARE:.0f}%")
            print(f"{num} {lang} {len(fl):2d} families, {len(deleted):2d}/{len(raw_nb):2d} lines deleted{'':16s} furniture {share:5.1f}%")

        for l in set(raw) | set(gold):
            if len(l) > 3:
                line_owner.setdefault(l, set()).add(num)

    if sorted(numbers) != list(range(1, 21)):
        err(f"numbering is not 001-020: {sorted(numbers)}")
    for lang in ("en", "ru", "de", "fr", "es"):
        if neg_count.get(lang, 0) != NEGATIVES_PER_LANG:
            err(f"{lang}: {neg_count.get(lang, 0)} negatives, expected {NEGATIVES_PER_LANG}")
    for l, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            err(f"line shared by pairs {sorted(owners)}: {l[:70]!r}")

    used = set()
    for raw_name in raws:
        m = NAME_RE.match(raw_name)
        if m and m.group(3) != "negative":
            used.update(m.group(3).split("-"))
    print(f"families used by positives: {len(used & set(FAMILIES))}/{len(FAMILIES)}"
          + (f" (unused: {', '.join(f for f in FAMILIES if f not in used)})" if set(FAMILIES) - used else ""))

    if errors:
        print(f"{len(errors)} ERROR(S)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
