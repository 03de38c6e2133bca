#!/usr/bin/env python3
"""Validate blind evaluation set 382 (news-page furniture removal).

Run from anywhere:  python3 check.py
Standard library only. Prints one line per file and `ALL OK` when every check passes.
"""
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))

FAMILIES = (
    "masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
    "credit copyright wire share counter newsletter subscribe donation membership "
    "paywall comments login authorbox tags footer app live notes"
).split()
FAMILY_INDEX = {f: i for i, f in enumerate(FAMILIES)}

LANGS = ["en", "ru", "de", "fr", "es"]
EXPECTED_LANG = {i + 1: LANGS[i // 4] for i in range(20)}  # 001-004 en, 005-008 ru, ...
NEGATIVES_PER_LANG = 1
MIN_LINES, MAX_LINES = 25, 90
MIN_SHARE, MAX_SHARE = 30.0, 55.0
ALLOWED_OTHER = {"check.py", "README.md"}

NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")

# Plausibility: every family named in a positive file must be matched by at least one
# deleted line. The cues are deliberately loose and multilingual (en/ru/de/fr/es).
def _rx(p):
    return re.compile(p, re.IGNORECASE)

CUES = {
    "masthead": None,  # special: a short deleted line among the first lines of the page
    "nav": None,       # special: adjacent short deleted lines near the top, or a row with separators
    "breadcrumb": _rx(r"\S\s*[›>»/]\s*\S"),
    "skip": _rx(r"skip to|zum inhalt|aller au contenu|saltar al|перейти к"),
    "cookie": _rx(r"cookie|куки|accept|accepter|aceptar|rechazar|понятно|consentement|privacidad"),
    "consent": _rx(r"extern|youtube|datawrapper|content from|contenu|contenido|внешн|разрешить"),
    "readmore": _rx(r"read more|read also|читайте также|lesen sie auch|lire aussi|le[eé] también|lee también"),
    "related": _rx(r"related|more on|more from|по теме|похож|mehr zum|même sujet|más información|relacionad|te puede interesar"),
    "ad": _rx(r"advertisement|sponsored|реклама|anzeige|werbung|publicité|publicidad|erid"),
    "promo": _rx(r"podcast|подкаст|event|festival|offer|слушать|écouter|escuchá|escucha"),
    "caption": None,   # special: a deleted line of five or more words next to a credit line
    "credit": _rx(r"photo|foto|фото|bild|image|imagen|crédit|credit|^[A-ZÁÉÍÓÚÑ ]{5,}\([A-ZÁÉÍÓÚÑ .]+\)$"),
    "copyright": _rx(r"©|\(c\)|copyright|все права|alle rechte|tous droits|derechos reservados"),
    "wire": _rx(r"reporting by|editing by|^with |^avec |mit material|^con información|по материалам|agenc|агентств"),
    "share": _rx(r"share|поделиться|teilen|partager|compartir|copiar enlace|link kopieren|copy link|whatsapp"),
    "counter": _rx(r"\d.*(min|views|просмотр|lesezeit|lecture|lectura|comment|коммент)|min.*\d|👁|💬|\d[\d\s]*$"),
    "newsletter": _rx(r"newsletter|рассылк|boletín|inscri|sign up|e-mail|correo|boîte mail"),
    "subscribe": _rx(r"subscri|abonn|подпис|suscr|abo\b|seguinos|síguenos|follow us|канал|channel|s'abonner"),
    "donation": _rx(r"donat|поддерж|помоги|помочь|spende|faire un don|doná|donar|₽"),
    "membership": _rx(r"member|socio|socia|mitglied|membre|участник|club"),
    "paywall": _rx(r"subscriber|abonné|abonnent|plus|premium|weiterlesen|réservé|suscriptor|подписчик|%|€"),
    "comments": _rx(r"comment|коммент|kommentar|diskutier|обсуд|réagir|comentar"),
    "login": _rx(r"sign in|log in|войти|anmelden|login|einloggen|se connecter|iniciar sesión|ingresar"),
    "authorbox": None,  # special: a deleted bio-like line of eight or more words near the end
    "tags": None,       # special: a topic row, or adjacent short deleted lines near the end
    "footer": _rx(r"impressum|datenschutz|kontakt|contact|privacy|terms|conditions|mentions légales|aviso legal|"
                  r"редакция|свидетельство|about|о нас|quiénes somos|barrierefrei|nutzungsbedingungen|"
                  r"rundfunkbeitrag|propiedad intelectual|18\+"),
    "app": _rx(r"\bapp\b|приложени|application|aplicación|google play|app store|-app\b"),
    "live": _rx(r"key events|update|refresh|обновл|einträge|aktualisier|direct|rafraîchir|posts|actualiz|cargar más"),
    "notes": _rx(r"first appeared|originally|translated|correction|korrektur|rectificatif|übersetzt|traduit|"
                 r"traducido|перевод|publicado originalmente|première publication"),
}

TAG_RX = _rx(r"^(tags|topics|теги|themen|schlagw|mots-clés|sujets|temas|etiquetas)\b")


def words(line):
    return len(line.split())


def read_text(path, errors):
    with open(path, "rb") as f:
        data = f.read()
    name = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{name}: starts with a BOM")
    if b"\r" in data:
        errors.append(f"{name}: contains CR (line endings must be LF)")
    if not data.endswith(b"\n"):
        errors.append(f"{name}: no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{name}: not UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    return data, text


def split_lines(text):
    if text.endswith("\n"):
        text = text[:-1]
    return text.split("\n")


def is_subsequence(small, big):
    it = iter(big)
    return all(any(x == y for y in it) for x in small)


def deleted_indices(raw, gold):
    """Greedy alignment of the non-blank gold lines onto the non-blank raw lines.
    Returns the indices of raw lines that are deleted, or None if gold is not a subsequence."""
    gi = [l for l in gold if l.strip()]
    k = 0
    kept = set()
    for i, l in enumerate(raw):
        if not l.strip():
            continue
        if k < len(gi) and l == gi[k]:
            kept.add(i)
            k += 1
    if k != len(gi):
        return None
    return [i for i, l in enumerate(raw) if l.strip() and i not in kept]


def rebuild(raw, deleted):
    """Raw minus deleted lines, blank runs collapsed, no leading/trailing blanks."""
    d = set(deleted)
    out = []
    for i, l in enumerate(raw):
        if i in d:
            continue
        if l == "" and (not out or out[-1] == ""):
            continue
        out.append(l)
    while out and out[-1] == "":
        out.pop()
    return out


def plausible(family, dlines, raw, deleted):
    dset = set(deleted)
    if family == "masthead":
        head = dset & set(range(0, 12))
        return any(words(raw[i]) <= 6 for i in head)
    if family == "nav":
        # a row of items with separators, or at least two adjacent short deleted lines near
        # the top that are not cookie, login, skip or subscribe buttons
        top = [i for i in deleted if i < len(raw) * 0.3]
        if any(re.search(r"\S\s[·|•]\s\S", raw[i]) and words(raw[i]) <= 12 for i in top):
            return True
        other = [CUES[f] for f in ("cookie", "login", "skip", "subscribe")]
        short = [i for i in top if words(raw[i]) <= 3 and not any(rx.search(raw[i]) for rx in other)]
        return any(i + 1 in short for i in short)
    if family == "caption":
        # a deleted sentence-length line right next to a deleted credit line
        credit = CUES["credit"]
        return any(words(raw[i]) >= 5 and not credit.search(raw[i])
                   and any(j in dset and credit.search(raw[j]) for j in (i - 1, i + 1))
                   for i in deleted)
    if family == "authorbox":
        bio = _rx(r"journalist|periodista|reporter|correspondent|redakteur|journaliste|журналист|"
                  r"корреспондент|редактор|writes|covers|escribe|écrit|schreibt|пишет")
        tail = [raw[i] for i in deleted if i >= len(raw) * 0.6]
        return any(words(l) >= 8 and bio.search(l) for l in tail)
    if family == "tags":
        if any(TAG_RX.search(l) for l in dlines):
            return True
        other = [CUES[f] for f in ("footer", "comments", "share", "app", "subscribe", "live", "login")]
        tail = [i for i in deleted if i >= len(raw) * 0.6 and words(raw[i]) <= 3
                and not any(rx.search(raw[i]) for rx in other)]
        return any(i + 1 in tail for i in tail)
    rx = CUES[family]
    return any(rx.search(l) for l in dlines)


def main():
    errors = []
    files = sorted(os.listdir(HERE))
    pairs = defaultdict(dict)
    for fn in files:
        if fn in ALLOWED_OTHER or fn == "__pycache__":
            continue
        m = NAME_RE.match(fn)
        if not m:
            errors.append(f"unexpected file: {fn}")
            continue
        num, lang, fams, gold = m.groups()
        key = (num, lang, fams)
        pairs[key]["gold" if gold else "raw"] = fn
    for other in ALLOWED_OTHER:
        if other not in files:
            errors.append(f"missing {other}")

    # numbering and pairing
    by_num = defaultdict(list)
    for key in pairs:
        by_num[key[0]].append(key)
    for n in range(1, 21):
        num = f"{n:03d}"
        if len(by_num.get(num, [])) != 1:
            errors.append(f"number {num}: expected exactly one pair, found {len(by_num.get(num, []))}")
    for num in by_num:
        if not (num.isdigit() and 1 <= int(num) <= 20):
            errors.append(f"number {num} outside 001-020")

    neg_per_lang = defaultdict(int)
    line_owner = defaultdict(set)  # line -> set of pair numbers
    used_families = set()

    for key in sorted(pairs):
        num, lang, fams = key
        p = pairs[key]
        if "raw" not in p or "gold" not in p:
            errors.append(f"{num}_{lang}_{fams}: unpaired ({', '.join(sorted(p))} only)")
            continue
        if EXPECTED_LANG.get(int(num)) != lang:
            errors.append(f"{p['raw']}: language {lang} but number {num} belongs to {EXPECTED_LANG.get(int(num))}")

        raw_bytes, raw_text = read_text(os.path.join(HERE, p["raw"]), errors)
        gold_bytes, gold_text = read_text(os.path.join(HERE, p["gold"]), errors)
        raw = split_lines(raw_text)
        gold = split_lines(gold_text)

        if not (MIN_LINES <= len(raw) <= MAX_LINES):
            errors.append(f"{p['raw']}: {len(raw)} lines (want {MIN_LINES}-{MAX_LINES})")
        for fn, lines in ((p["raw"], raw), (p["gold"], gold)):
            if lines and lines[0] == "":
                errors.append(f"{fn}: leading blank line")
            if lines and lines[-1] == "":
                errors.append(f"{fn}: trailing blank line")
            for i in range(1, len(lines)):
                if lines[i] == "" and lines[i - 1] == "":
                    errors.append(f"{fn}: consecutive blank lines at {i + 1}")
                    break
            for i, l in enumerate(lines):
                if l != l.rstrip():
                    errors.append(f"{fn}: trailing whitespace on line {i + 1}")
                    break
                if l and l.strip() == "":
                    errors.append(f"{fn}: whitespace-only line {i + 1}")
                    break

        # script sanity: Russian pages are Cyrillic, the others are not
        cyr = len(re.findall(r"[А-Яа-яЁё]", raw_text))
        lat = len(re.findall(r"[A-Za-z]", raw_text))
        if lang == "ru" and cyr < lat:
            errors.append(f"{p['raw']}: ru page is not mostly Cyrillic")
        if lang != "ru" and cyr > 0:
            errors.append(f"{p['raw']}: Cyrillic letters in a {lang} page")

        if not is_subsequence(gold, raw):
            errors.append(f"{p['gold']}: not a subsequence of the raw lines")
            continue
        deleted = deleted_indices(raw, gold)
        if deleted is None:
            errors.append(f"{p['gold']}: non-blank lines are not a subsequence of raw")
            continue
        if rebuild(raw, deleted) != gold:
            errors.append(f"{p['gold']}: differs from raw minus deleted lines with blank runs collapsed")

        for l in set(raw):
            if len(l) > 3:
                line_owner[l].add(num)

        nonblank = [l for l in raw if l.strip()]
        share = 100.0 * len(deleted) / len(nonblank) if nonblank else 0.0

        if fams == "negative":
            neg_per_lang[lang] += 1
            if raw_bytes != gold_bytes:
                errors.append(f"{p['gold']}: negative but not byte-identical to raw")
            print(f"{num} {lang} negative  lines={len(raw):3d}  furniture=  0.0%")
            continue

        flist = fams.split("-")
        unknown = [f for f in flist if f not in FAMILY_INDEX]
        if unknown:
            errors.append(f"{p['raw']}: unknown families {unknown}")
        else:
            idx = [FAMILY_INDEX[f] for f in flist]
            if idx != sorted(idx) or len(set(idx)) != len(idx):
                errors.append(f"{p['raw']}: families not unique / not in canonical order")
        if not deleted:
            errors.append(f"{p['raw']}: positive without any deleted line")
        if not (MIN_SHARE <= share <= MAX_SHARE):
            errors.append(f"{p['raw']}: furniture share {share:.1f}% outside {MIN_SHARE}-{MAX_SHARE}%")
        dlines = [raw[i] for i in deleted]
        for f in flist:
            if f in FAMILY_INDEX:
                used_families.add(f)
                if not plausible(f, dlines, raw, deleted):
                    errors.append(f"{p['raw']}: family '{f}' has no plausible deleted line")
        print(f"{num} {lang} positive  lines={len(raw):3d}  furniture={share:5.1f}% "
              f"({len(deleted)}/{len(nonblank)})  {fams}")

    for lang in LANGS:
        if neg_per_lang[lang] != NEGATIVES_PER_LANG:
            errors.append(f"{lang}: {neg_per_lang[lang]} negatives (want {NEGATIVES_PER_LANG})")

    shared = {l: n for l, n in line_owner.items() if len(n) > 1}
    for l, n in sorted(shared.items()):
        errors.append(f"line shared by pairs {sorted(n)}: {l!r}")

    unused = [f for f in FAMILIES if f not in used_families]
    print(f"families used by positives: {len(used_families)}/{len(FAMILIES)}"
          + (f" (unused: {', '.join(unused)})" if unused else ""))

    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"FAILED ({len(errors)} problems)")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
