#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks: file pairing and naming, numbering and language order, encoding
(UTF-8, LF, final newline, no BOM), line counts, gold = subsequence of raw,
collapsed blank lines and no leading/trailing blanks in gold, negatives
byte-identical, family names known and in canonical order, plausibility of
every family named in a positive (checked against the deleted lines),
furniture share 30-55 % for positives (printed per file), and no line longer
than 3 characters shared between two pairs.  Prints ALL OK when all pass.
"""
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]
NEGATIVES_PER_LANG = 1
MIN_LINES, MAX_LINES = 25, 90
MIN_SHARE, MAX_SHARE = 30.0, 55.0

I = re.IGNORECASE
# Keyword evidence per family, multilingual (en/ru/de/fr/es).  A positive that
# names a family must have at least one deleted line matching its evidence.
PATTERNS = {
    "skip": r"skip to|jump to|direkt zum|zum inhalt|zur (haupt)?navigation|aller au contenu|"
            r"passer au contenu|saltar al|ir al contenido|перейти к",
    "cookie": r"cookie|куки|zustimmen|akzeptier|accepter|aceptar|rechaz|хорошо|понятно|"
              r"einstellungen|pur-abo|accept",
    "consent": r"extern|tiers|third[- ]party|anbieter|inhalt (laden|anzeigen)|allow content|"
               r"contenido externo|accepter et afficher|gérer mes choix|сторонн",
    "readmore": r"^(read more|lire aussi|lee también|lea también|leer más|читайте также|"
                r"lesen sie auch|auch interessant)\s*:",
    "related": r"more on this|related|sur le même sujet|à lire aussi|mehr zum thema|"
               r"читайте также|по теме|te puede interesar|relacionad",
    "ad": r"advertis|sponsor|anzeige|werbung|publicité|publicidad|patrocinad|реклама|erid",
    "promo": r"podcast|pódcast|подкаст|encuentro|event|festival|entradas?|tickets?|folge|"
             r"escucha|listen|inscri",
    "credit": r"photo|foto|фото|bild|credit|crédit|©|\(.+/.+\)",
    "copyright": r"©|copyright|all rights|tous droits|toute reproduction|todos los derechos|"
                 r"alle rechte|все права|использовании материалов",
    "wire": r"\bwith [A-Z]|\bavec\b|con información|mit material|reporting by|editing by|"
            r"contributed to this report|agenc|agentur|агентств",
    "share": r"share|partager|compartir|teilen|поделиться|whatsapp|copy link|copier le lien",
    "counter": r"\d+\s*(min|minutes?|минут|views|просмотр)|lesezeit|lectura|read\b|^[\d\s]+$",
    "newsletter": r"newsletter|boletín|рассылк|inbox|postfach|s'inscrire|sign me up|"
                  r"sign up|anmelden|apúntate|подписаться|tu correo",
    "subscribe": r"subscribe|suscríb|abonnez|síguenos|follow us|folgen sie|подписывайтесь|"
                 r"join (us|our) on",
    "donation": r"donat|support us today|please support|\bgive\b|€\s?\d|\d\s?₽|spende|"
                r"поддерж|\bdona\b|contribu",
    "membership": r"member|membre|adhérent|socio|socia|mitglied",
    "paywall": r"subscriber|abonné|abonnent|suscriptor|exklusiv|réservé|il vous reste|"
               r"% (left|à lire)|weiterlesen|testen|s'abonner|subscribe",
    "comments": r"comment|kommentar|коммент|comentar|réagir|discussion|diskut",
    "login": r"sign in|log in|login|anmelden|se connecter|connexion|iniciar sesión|войти|вход",
    "authorbox": r"journalist|reporter|periodista|journaliste|журналист|корреспондент|"
                 r"correspondent|redakteur|rédact|writes about|пишет о|escribe sobre",
    "tags": r"tags?\b|теги|themen|etiquetas|mots-clés|topics|#\w",
    "footer": r"privacy|datenschutz\b|impressum|mentions légales|aviso legal|конфиденциальн|"
              r"terms|contact|kontakt|свидетельство|учредитель|public inspection|about us",
    "app": r"\bapp\b|app store|google play|application|приложени|aplicación|-app\b",
    "live": r"key events|update|auto|moments clés|temps forts|posts?\b|aktualisier|einträge|"
            r"ticker|en directo|обновлен|^\d{1,2}[.:h]\d{2}",
    "notes": r"amended|correct|updated|corrig|précision|actualizaci|исправлен|korrektur|"
             r"first appeared|translated|originally|originalmente|traduit",
}


# Evidence lines for these families must be at least this many words long.
MIN_WORDS = {"promo": 4, "authorbox": 8, "donation": 2, "newsletter": 2, "caption": 6,
             "notes": 6, "app": 4, "subscribe": 3, "consent": 2}


# Families whose evidence may be a menu-like row of items; for the others a row
# (e.g. a menu that happens to contain "Podcast") is not accepted as evidence.
ROW_FAMILIES = {"nav", "breadcrumb", "tags", "footer", "share", "login", "live", "counter",
                "cookie", "skip", "masthead"}


def is_row(line):
    return len(re.split(r"\s{2,}|\s[|·•]\s", line)) >= 5


def structural(fam, deleted, raw_nonblank):
    """Evidence for families that are recognised by shape rather than wording."""
    if fam == "masthead":
        head = raw_nonblank[:8]
        return any(l in head and len(l.split()) <= 12 for l in deleted)
    if fam == "nav":
        return any(len(re.split(r"\s{2,}|\s[|·•]\s", l)) >= 4 for l in deleted)
    if fam == "breadcrumb":
        return any(len(re.findall(r"\s[›>»→/]\s", l)) >= 2 for l in deleted)
    if fam == "caption":
        return any(len(l.split()) >= 6 for l in deleted)
    if fam == "related":
        return len(deleted) >= 3
    if fam == "tags":
        return any(len(re.split(r"\s{2,}|\s[|·•]\s|,\s", l)) >= 3 for l in deleted)
    return False


errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


def read_lines(path):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: BOM present")
    if b"\r" in data:
        err(f"{name}: CR characters (not LF-only)")
    if not data.endswith(b"\n"):
        err(f"{name}: no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        return []
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def align(raw, gold):
    """Greedy subsequence alignment; returns kept-flags for raw or None."""
    keep = [False] * len(raw)
    j = 0
    for i, line in enumerate(raw):
        if j < len(gold) and line == gold[j]:
            keep[i] = True
            j += 1
    return keep if j == len(gold) else None


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    extra = sorted(f for f in os.listdir(HERE)
                   if not f.endswith(".txt") and f not in ("check.py", "README.md"))
    if extra:
        err(f"unexpected files: {extra}")
    name_re = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
    gold_re = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.gold\.txt$")
    raws, golds = {}, {}
    for f in files:
        m = gold_re.match(f)
        if m:
            golds[f[:-len(".gold.txt")]] = f
            continue
        m = name_re.match(f)
        if m:
            raws[f[:-len(".txt")]] = f
        else:
            err(f"badly named file {f}")
    for b in sorted(set(raws) | set(golds)):
        if b not in raws:
            err(f"{b}: gold without raw")
        if b not in golds:
            err(f"{b}: raw without gold")
    bases = sorted(b for b in raws if b in golds)

    nums = [b[:3] for b in bases]
    expected = [f"{n:03d}" for n in range(1, 21)]
    if nums != expected:
        err(f"numbering is {nums}, expected 001..020 once each")
    neg_count = defaultdict(int)
    line_owner = defaultdict(set)

    for b in bases:
        num, lang, fams = b.split("_", 2)
        n = int(num)
        want_lang = LANGS[(n - 1) // 4] if 1 <= n <= 20 else None
        if lang != want_lang:
            err(f"{b}: language {lang}, expected {want_lang}")
        raw = read_lines(os.path.join(HERE, raws[b]))
        gold = read_lines(os.path.join(HERE, golds[b]))
        if not (MIN_LINES <= len(raw) <= MAX_LINES):
            err(f"{b}: raw has {len(raw)} lines, expected {MIN_LINES}-{MAX_LINES}")
        for k, l in enumerate(raw):
            if l != l.rstrip():
                err(f"{b}: trailing whitespace on raw line {k + 1}")
        if raw and (raw[0] == "" or raw[-1] == ""):
            err(f"{b}: raw starts or ends with a blank line")
        # gold shape
        if gold and (gold[0] == "" or gold[-1] == ""):
            err(f"{b}: gold has leading or trailing blank line")
        for k in range(1, len(gold)):
            if gold[k] == "" and gold[k - 1] == "":
                err(f"{b}: gold has consecutive blank lines at {k + 1}")
                break
        keep = align(raw, gold)
        if keep is None:
            err(f"{b}: gold is not a subsequence of raw")
            continue
        for l in raw + gold:
            if len(l) > 3:
                line_owner[l].add(num)
        raw_nb = [l for l in raw if l.strip()]
        deleted = [l for l, k in zip(raw, keep) if not k and l.strip()]
        share = 100.0 * len(deleted) / len(raw_nb) if raw_nb else 0.0

        if fams == "negative":
            neg_count[lang] += 1
            a = open(os.path.join(HERE, raws[b]), "rb").read()
            g = open(os.path.join(HERE, golds[b]), "rb").read()
            if a != g:
                err(f"{b}: negative but gold differs from raw")
            print(f"{b:<95} negative   furniture {share:5.1f} %")
            continue

        fam_list = fams.split("-")
        unknown = [f for f in fam_list if f not in CANON]
        if unknown:
            err(f"{b}: unknown families {unknown}")
            continue
        if fam_list != sorted(fam_list, key=CANON.index) or len(set(fam_list)) != len(fam_list):
            err(f"{b}: families not in canonical order or repeated")
        if not deleted:
            err(f"{b}: positive with nothing deleted")
        if len(fam_list) > len(deleted):
            err(f"{b}: {len(fam_list)} families but only {len(deleted)} deleted lines")
        for f in fam_list:
            pat = PATTERNS.get(f)
            ok = False
            if pat and any(re.search(pat, l, I) and len(l.split()) >= MIN_WORDS.get(f, 1)
                           and (f in ROW_FAMILIES or not is_row(l))
                           for l in deleted):
                ok = True
            if not ok and structural(f, deleted, raw_nb):
                ok = True
            if not ok:
                err(f"{b}: family '{f}' named but no deleted line looks like it")
        if not (MIN_SHARE <= share <= MAX_SHARE):
            err(f"{b}: furniture share {share:.1f} % outside {MIN_SHARE}-{MAX_SHARE} %")
        print(f"{b:<95} positive   furniture {share:5.1f} %  ({len(deleted)}/{len(raw_nb)} non-blank lines)")

    for lang in LANGS:
        if neg_count[lang] != NEGATIVES_PER_LANG:
            err(f"{lang}: {neg_count[lang]} negatives, expected {NEGATIVES_PER_LANG}")
    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            err(f"line shared between pairs {sorted(owners)}: {line[:70]!r}")

    if errors:
        print(f"{len(errors)} problem(s) found")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
