#!/usr/bin/env python3
"""Validate the blind evaluation set for news-page furniture removal.

Standard library only. Run from anywhere:  python3 check.py
Prints one status line per pair (with the furniture share of positives)
and ends with "ALL OK" when every check passes.
"""
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()

LANG_OF_NUMBER = {}
for _n in range(1, 21):
    LANG_OF_NUMBER["%03d" % _n] = ("en", "ru", "de", "fr", "es")[(_n - 1) // 4]

NEGATIVES_PER_LANG = 1
SHARE_MIN, SHARE_MAX = 30.0, 55.0
RAW_MIN_LINES, RAW_MAX_LINES = 25, 90
MIN_FAMILIES_USED = 20          # "most of the families" across the positives

NAME_RE = re.compile(r"^(\d{3})_(en|ru|de|fr|es)_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")

I = re.IGNORECASE

# Per-family plausibility: at least one deleted line must look like the family.
# Each entry is a regex applied to every deleted (furniture) line; entries set to
# None use a structural test implemented in plausible().
FAMILY_RE = {
    "masthead": None,
    "nav": None,
    "breadcrumb": re.compile(r"^[^›»>/]{1,45}(\s[›»>/]\s[^›»>/]{1,45}){1,6}$"),
    "skip": re.compile(r"skip to|zum inhalt|springen|aller au contenu|перейти к|saltar al|ir al contenido", I),
    "cookie": re.compile(r"cookie|куки|galleta", I),
    "consent": re.compile(r"\ballow\b|permission|autoriser|hébergée?|externe[rns]? inhalt|inhalte zulassen|"
                          r"alojado|aceptar y ver|contains content|contenu externe|разрешить|внешний контент", I),
    "readmore": re.compile(r"^(read more|read also|see also|lire aussi|à lire aussi|lest auch|lesen sie auch|"
                           r"mehr dazu|читайте также|см\. также|te puede interesar|lee también|leer más)\s*:", I),
    "related": re.compile(r"^(related|more on this|most read|more from|mehr zum thema|meistgelesen|les plus lus|"
                          r"sur le même sujet|à lire aussi|читайте также|по теме|популярное|lo más leído|"
                          r"relacionad|noticias relacionadas)", I),
    "ad": re.compile(r"advertis|sponsor|partner content|in association|anzeige|werbung|publicit|publi-r[ée]dactionnel|"
                     r"contenu partenaire|en partenariat|реклама|erid|patrocinad|en colaboración|white paper|"
                     r"whitepaper|livre blanc|guía gratuita", I),
    "promo": re.compile(r"webinar|webinaire|seminar|conference|konferenz|kongress|конференц|форум|\bforo\b|evento|"
                        r"\bevents?\b|summit|podcast|\bjobs?\b|careers|stellenmarkt|emploi|ваканси|empleo|"
                        r"save the date|register|inscription|регистрац|entrada", I),
    "caption": None,
    "credit": re.compile(r"^(photo(graph)?|foto|фото|bild|image|crédit|credit|picture|video|vídeo)\b|getty|imago", I),
    "copyright": re.compile(r"©|copyright|all rights reserved|alle rechte|tous droits|todos los derechos|все права", I),
    "wire": re.compile(r"^(source|quelle|fuente|источник|with |avec |mit material|con información|reporting by|"
                       r"editing by)|\bvia\b|\bvía\b|через|newswire|presseverteiler|распространено", I),
    "share": re.compile(r"share|teilen|partager|compartir|поделиться|linkedin|facebook|whatsapp|telegram|xing|"
                        r"вконтакте|copy link|link kopieren|e-?mail", I),
    "counter": re.compile(r"\d[\d\s]*(min\b|mins?\.|minutes?|минут|views|просмотр|aufrufe|vues|lecturas|comments?|"
                          r"kommentare|commentaires|comentarios)|read(ing)? time|\d+ min read|lesezeit|lecture \d|"
                          r"tiempo de lectura|время чтения", I),
    "newsletter": re.compile(r"newsletter|рассылк|boletín|briefing|sign (me )?up|inscrivez|apúntate|abonnieren|"
                             r"boîte mail|inbox|your email|по понедельникам|cada (martes|semana)|jeden dienstag", I),
    "subscribe": re.compile(r"subscribe|\bfollow|folge|suivez|síguenos|подписывайтесь|подпишитесь|канал|channel|"
                            r"kanal|whatsapp|telegram|google news|google actualités|alertes", I),
    "donation": re.compile(r"donat|\bdon\b|spende|unterstütz|support|soutenez|apoya|\bdona|поддерж|₽|€|\$|£", I),
    "membership": re.compile(r"member|mitglied|membre|adhér|socio|клуб|участник|club", I),
    "paywall": re.compile(r"subscri|abonn|suscri|premium|exclusiv|réservé|exclusivo|подписк|\d\s*%|% left|"
                          r"weiterlesen|lesen sie weiter|il vous reste|seguir leyendo|читать дальше|keep reading", I),
    "comments": re.compile(r"comment|kommentar|diskutier|réagissez|comentario|комментар|обсужд|conversation|débat", I),
    "login": re.compile(r"sign in|log in|login|register|anmelden|einloggen|registrieren|se connecter|connexion|"
                        r"mon espace|iniciar sesión|registrarse|войти|вход|регистрац|авториз|account|\bkonto\b|"
                        r"\bcompte\b|\bcuenta\b", I),
    "authorbox": re.compile(r"^(about|über|à propos|acerca de|sobre|о компании|об авторе)\b", I),
    "tags": re.compile(r"^(tags?|tagged|topics?|themen|schlagworte|sujets|mots-clés|thèmes|теги|темы|etiquetas|temas)\b|"
                       r"\d+[.,]\d+\s*(€|₽|p|\$)\s*[▲▼]?\s*[+−-]?\s*\d+[.,]\d+\s*%", I),
    "footer": re.compile(r"imprint|impressum|datenschutz|mentions légales|\bcgu\b|aviso legal|privacy|privacidad|"
                         r"confidentialit|terms|contact|kontakt|contacto|контакт|политика|соглашени|"
                         r"роскомнадзор|свидетельство|@|\+\d{2}", I),
    "app": re.compile(r"\bapps?\b|app store|google play|application|aplicación|приложени|\bios\b|android", I),
    "live": re.compile(r"key events|auto-?refresh|auto-?update|new (updates|posts)|moments forts|actualiser|"
                       r"nouvelles? publications?|aktualisier|neue beiträge|обновлени|ключевые", I),
    "notes": re.compile(r"correct|amended|clarif|korrigiert|berichtig|korrektur|hinweis der redaktion|rectificatif|"
                        r"erratum|corrig|correcci|rectific|исправл|уточнени|first appeared|erschien zuerst|"
                        r"paru initialement|publié initialement|publicado originalmente|впервые опубликован|"
                        r"translated|übersetzt|traduit|traducción|traducido|переведен", I),
}

NAV_SPLIT = re.compile(r"\s*[|·•]\s*|\s{2,}")
CREDIT_RE = FAMILY_RE["credit"]

errors = []


def err(msg):
    errors.append(msg)
    print("ERROR: " + msg)


def read_checked(path):
    """Return the list of lines of a file after byte-level checks, or None."""
    name = os.path.basename(path)
    with open(path, "rb") as fh:
        data = fh.read()
    ok = True
    if data.startswith(b"\xef\xbb\xbf"):
        err("%s: starts with a BOM" % name)
        ok = False
    if b"\r" in data:
        err("%s: contains CR characters (must be LF only)" % name)
        ok = False
    if not data.endswith(b"\n"):
        err("%s: no final newline" % name)
        ok = False
    if data.endswith(b"\n\n"):
        err("%s: trailing blank line(s) at end of file" % name)
        ok = False
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        err("%s: not valid UTF-8 (%s)" % (name, exc))
        return None
    if "\ufeff" in text:
        err("%s: contains U+FEFF" % name)
        ok = False
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if lines and lines[0].strip() == "":
        err("%s: leading blank line" % name)
        ok = False
    return lines if ok or lines else None


def align(raw, gold):
    """Greedy subsequence alignment. Returns the set of raw indices kept, or None."""
    kept = set()
    j = 0
    for i, line in enumerate(raw):
        if j < len(gold) and line == gold[j]:
            kept.add(i)
            j += 1
    if j != len(gold):
        return None
    return kept


def plausible(family, deleted, raw, deleted_idx):
    """deleted: list of deleted non-blank lines; deleted_idx: set of raw indices deleted."""
    if family == "masthead":
        first = [i for i, l in enumerate(raw) if l.strip()][:5]
        return any(i in deleted_idx for i in first)
    if family == "nav":
        for line in deleted:
            parts = [p for p in NAV_SPLIT.split(line.strip()) if p]
            if len(parts) >= 4 and all(len(p) <= 30 for p in parts):
                return True
        return False
    if family == "caption":
        nonblank = [i for i, l in enumerate(raw) if l.strip()]
        for a, b in zip(nonblank, nonblank[1:]):
            if a in deleted_idx and b in deleted_idx and CREDIT_RE.search(raw[b]) \
                    and not CREDIT_RE.search(raw[a]) and len(raw[a]) >= 20:
                return True
        return False
    if family == "authorbox":
        if any(FAMILY_RE["authorbox"].search(l) for l in deleted):
            return True
        return any(len(l) >= 150 and re.search(r"founded|gegründet|fondée?|fundad[ao]|основан", l, I)
                   for l in deleted)
    rx = FAMILY_RE[family]
    return any(rx.search(l) for l in deleted)


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws, golds = {}, {}
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            err("unexpected file name: %s" % f)
            continue
        base = f[:-9] if m.group(4) else f[:-4]
        (golds if m.group(4) else raws)[base] = f

    for base in sorted(set(raws) | set(golds)):
        if base not in raws:
            err("gold without raw: %s" % golds[base])
        if base not in golds:
            err("raw without gold: %s" % raws[base])

    numbers = defaultdict(list)
    for base in raws:
        numbers[base[:3]].append(base)
    expected = sorted(LANG_OF_NUMBER)
    if sorted(numbers) != expected:
        err("numbers present %s, expected exactly 001-020" % ",".join(sorted(numbers)))
    for n, bases in numbers.items():
        if len(bases) != 1:
            err("number %s used by %d pairs" % (n, len(bases)))

    neg_count = defaultdict(int)
    families_used = set()
    line_owner = defaultdict(set)

    for base in sorted(raws):
        if base not in golds:
            continue
        m = NAME_RE.match(raws[base])
        num, lang, fams = m.group(1), m.group(2), m.group(3)
        if LANG_OF_NUMBER.get(num) != lang:
            err("%s: number %s should be language %s" % (base, num, LANG_OF_NUMBER.get(num)))
        raw = read_checked(os.path.join(HERE, raws[base]))
        gold = read_checked(os.path.join(HERE, golds[base]))
        if raw is None or gold is None:
            continue
        for line in set(raw) | set(gold):
            if len(line) > 3:
                line_owner[line].add(num)

        if not (RAW_MIN_LINES <= len(raw) <= RAW_MAX_LINES):
            err("%s: raw has %d lines (expected %d-%d)" % (base, len(raw), RAW_MIN_LINES, RAW_MAX_LINES))

        # gold shape
        if not gold or gold[0].strip() == "" or gold[-1].strip() == "":
            err("%s: gold has leading/trailing blank lines or is empty" % base)
        for a, b in zip(gold, gold[1:]):
            if a.strip() == "" and b.strip() == "":
                err("%s: gold has consecutive blank lines" % base)
                break
        for line in gold:
            if line != "" and line.strip() == "":
                err("%s: gold has a whitespace-only line" % base)
                break

        kept = align(raw, gold)
        if kept is None:
            err("%s: gold is not a subsequence of raw" % base)
            continue
        deleted_idx = {i for i in range(len(raw)) if i not in kept and raw[i].strip()}
        deleted = [raw[i] for i in sorted(deleted_idx)]
        nonblank = [l for l in raw if l.strip()]

        if fams == "negative":
            neg_count[lang] += 1
            with open(os.path.join(HERE, raws[base]), "rb") as a, open(os.path.join(HERE, golds[base]), "rb") as b:
                if a.read() != b.read():
                    err("%s: negative but gold differs from raw" % base)
            print("%-95s negative  identical" % raws[base])
            continue

        famlist = fams.split("-")
        unknown = [f for f in famlist if f not in FAMILIES]
        if unknown:
            err("%s: unknown families %s" % (base, ",".join(unknown)))
        else:
            if len(set(famlist)) != len(famlist):
                err("%s: duplicated family in name" % base)
            if famlist != sorted(famlist, key=FAMILIES.index):
                err("%s: families not in canonical order" % base)
            families_used.update(famlist)
            for fam in famlist:
                if not plausible(fam, deleted, raw, deleted_idx):
                    err("%s: no deleted line looks like family '%s'" % (base, fam))
        if not deleted:
            err("%s: positive but nothing deleted" % base)
        share = 100.0 * len(deleted) / len(nonblank) if nonblank else 0.0
        flag = "ok" if SHARE_MIN <= share <= SHARE_MAX else "OUT OF RANGE"
        print("%-95s furniture %2d/%2d = %4.1f%% %s" % (raws[base], len(deleted), len(nonblank), share, flag))
        if flag != "ok":
            err("%s: furniture share %.1f%% outside %.0f-%.0f%%" % (base, share, SHARE_MIN, SHARE_MAX))

    for lang in ("en", "ru", "de", "fr", "es"):
        if neg_count[lang] != NEGATIVES_PER_LANG:
            err("language %s has %d negatives, expected %d" % (lang, neg_count[lang], NEGATIVES_PER_LANG))

    print("families used by positives: %d of %d" % (len(families_used), len(FAMILIES)))
    missing = [f for f in FAMILIES if f not in families_used]
    if missing:
        print("  not used: " + ", ".join(missing))
    if len(families_used) < MIN_FAMILIES_USED:
        err("positives use only %d families (want at least %d)" % (len(families_used), MIN_FAMILIES_USED))

    shared = {l: ns for l, ns in line_owner.items() if len(ns) > 1}
    for line, ns in sorted(shared.items()):
        err("line shared by pairs %s: %r" % (",".join(sorted(ns)), line[:80]))

    readme = os.path.join(HERE, "README.md")
    if not os.path.exists(readme):
        err("README.md missing")
    else:
        with open(readme, encoding="utf-8") as fh:
            text = fh.read()
        for base in raws:
            if base not in text:
                err("README.md does not mention %s" % base)

    if errors:
        print("%d error(s)" % len(errors))
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
