#!/usr/bin/env python3
"""Validate the blind evaluation set for news-page furniture removal.

Standard library only.  Run from anywhere:  python3 check.py
Prints one line per file with its furniture share and ends with ALL OK
when every check passes.
"""
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]
PER_LANG = 4
NEGATIVES_PER_LANG = 2
MIN_LINES, MAX_LINES = 25, 90
MIN_SHARE, MAX_SHARE = 0.30, 0.55

NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")

# Hints that make a family plausible: at least one deleted line must match.
# (Multilingual, case-insensitive; deliberately broad.)
HINTS = {
    "skip": r"skip to|jump to|zum inhalt|springen|aller au|passer au|saltar|ir al contenido|перейти|к содержанию",
    "cookie": r"cookie|куки|traceur|partenaires|partner|akzeptier|accepter|aceptar|rechaz|принять|соглас|datenschutz|privacy|consent|хорошо|понятно",
    "consent": r"allow|zulassen|zustimmung|externe|external|third-party|autoriser|contenu externe|tiers|permitir|bloquead|terceros|внешн|сторонн|показать|anzeigen|laden|afficher|ver |view",
    "readmore": r"^(read more|read also|also read|читайте также|читайте|смотрите также|lesen sie auch|auch interessant|mehr zum thema|à lire aussi|a lire aussi|lire aussi|à lire|lee también|lea también|te puede interesar|más información|ver también)",
    "related": r"related|more on|more from|more stories|по теме|ещё|еще|похож|другие|mehr zum|weitere|das könnte|même sujet|à lire|sur le même|dans la même|relacionad|más sobre|también|más noticias",
    "ad": r"advert|publicid|sponsor|\bad\b|anzeige|werbung|publicit|реклам|erid|promoted|patrocin|partner",
    "promo": r"podcast|pódcast|подкаст|listen|hören|reinhören|écout|escuch|слуша|event|festival|ticket|billet|entradas|билет|offer|angebot|offre|oferta|webinar|forum|форум|конференц",
    "caption": r".",  # checked structurally below
    "credit": r"photo|foto|фото|image|picture|bild|imagen|credit|©|video|vídeo|видео|illustra|иллюстрац|/",
    "copyright": r"©|\(c\)|copyright|rights reserved|droits|rechte|derechos|права",
    "wire": r"^with |reporting by|editing by|avec |mit material|con información|con informaci|agenc|agentur|агентств|по материалам|по данным агентств|при участии|\(.*\)$",
    "share": r"share|teilen|partager|compartir|подел|facebook|twitter|\bx\b|whatsapp|telegram|вконтакте|одноклассник|linkedin|e-?mail|copy|kopier|copier|copiar|ссылк|print|drucken|imprimer|imprimir|senden|envoyer|enviar",
    "counter": r"\d",
    "newsletter": r"newsletter|рассылк|infolettre|lettre|boletín|sign up|inscri|abonn|subscri|suscri|подпис|e-?mail|correo|почт",
    "subscribe": r"subscri|follow|abonn|folg|suscr|sígu|sigue|подпис|telegram|whatsapp|дзен|канал|channel|kanal|chaîne|canal|abo",
    "donation": r"donat|spend|\bdon\b|donne|dona|пожертв|поддерж|support|unterstütz|soutenez|soutenir|apoya|€|\$|£|₽|руб",
    "membership": r"member|mitglied|adhér|adher|socio|socia|membre|участник|клуб|club|friend|freund|ami|сообществ|comunidad|communauté",
    "paywall": r"subscri|abonn|abo|plus|premium|suscri|подпис|%|réservé|reservad|exclusiv|weiterlesen|lire la suite|seguir leyendo|читать|unlock|freischalt|débloqu|desbloque|test",
    "comments": r"comment|kommentar|коммент|comentar|discussion|diskut|réaction|обсужд|mitreden|opina",
    "login": r"sign in|log in|login|anmelden|einloggen|se connecter|connexion|iniciar sesión|inicia sesión|entrar|войти|вход|регистрац|register|account|konto|compte|cuenta|кабинет|espace",
    "authorbox": r"covers|reporter|journalist|correspondent|корреспондент|журналист|redakteur|redakteurin|journaliste|periodista|redactor|reporter[oa]|пишет|writes|schreibt|écrit|escribe|cubre",
    "tags": r"tags|topics|themen|schlagw|sujets|mots-cl|temas|etiquetas|теги|тэги|темы|#",
    "footer": r"contact|privacy|imprint|impressum|datenschutz|terms|agb|mentions|cgu|cgv|aviso legal|política|pol[ií]tica|контакт|конфиденц|редакци|about|über uns|qui sommes|quiénes|о нас|свидетельств|роскомнадзор|18\+|accessib|barriere|sitemap|plan du site|mapa|careers|karriere|emploi|empleo|вакансии|advertise|werben|annonceurs|anúnciate|реклама на",
    "app": r"\bapp\b|-app|приложени|application|aplicación|\bapp |download|télécharg|herunterlad|descarg|скачай|google play|app store|appstore",
    "live": r"key event|update|refresh|aktualis|actualis|live|direct|direkt|en vivo|en directo|онлайн|трансляц|обнов|load|mehr laden|voir plus|cargar|pinned|épingl|angehef|fijad|закреп|moments|wichtigst|momentos|главное|earlier|ältere|anciens|anteriores|предыдущ|новых|nouveaux|neue|nuevas|new",
    "notes": r"first appeared|first published|originally|translat|übersetz|tradu|переве|initialement|ursprünglich|originalmente|впервые|correction|korrektur|rectific|fe de errores|исправлен|erratum|published",
}
SHORT_WORDS = 4


def words(s):
    return len(s.split())


def read_text(path, errors):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{name}: has a BOM")
    if b"\r" in data:
        errors.append(f"{name}: contains CR (not LF-only)")
    if not data.endswith(b"\n"):
        errors.append(f"{name}: no final newline")
    if data.endswith(b"\n\n"):
        errors.append(f"{name}: ends with a blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{name}: not UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    return data, text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")


def check_blanks(name, lines, errors):
    if lines and lines[0].strip() == "":
        errors.append(f"{name}: leading blank line")
    if lines and lines[-1].strip() == "":
        errors.append(f"{name}: trailing blank line")
    for i in range(1, len(lines)):
        if lines[i].strip() == "" and lines[i - 1].strip() == "":
            errors.append(f"{name}: consecutive blank lines at line {i + 1}")
            break
    for i, l in enumerate(lines):
        if l != l.rstrip():
            errors.append(f"{name}: trailing whitespace at line {i + 1}")
            break
        if l.strip() == "" and l != "":
            errors.append(f"{name}: whitespace-only line {i + 1}")
            break


def align(raw, gold):
    """Greedy subsequence match; returns list of kept raw indices or None."""
    kept = []
    j = 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        kept.append(j)
        j += 1
    return kept


def plausible(fam, deleted, raw, del_idx):
    """deleted: list of (raw_index, text) of deleted non-blank lines."""
    texts = [t for _, t in deleted]
    if fam == "masthead":
        first = [i for i, l in enumerate(raw) if l.strip()][:10]
        return any(i in first for i, _ in deleted)
    if fam == "nav":
        # a run of >=3 short deleted lines, or a menu row with separators
        if any(len(re.split(r"\s[|·•/]\s", t)) >= 3 for t in texts):
            return True
        run = 0
        for i, l in enumerate(raw):
            if i in del_idx and l.strip() and words(l) <= SHORT_WORDS:
                run += 1
                if run >= 3:
                    return True
            elif l.strip():
                run = 0
        return False
    if fam == "breadcrumb":
        return any(re.search(r"\s[>›»/]\s|^(home|главная|startseite|accueil|inicio|portada)\b", t, re.I)
                   for t in texts)
    if fam == "caption":
        # a sentence-like deleted line next to a credit-like line, or naming a photo
        cred = re.compile(HINTS["credit"], re.I)
        for k, (i, t) in enumerate(deleted):
            if words(t) < 4:
                continue
            if re.search(r"photo|foto|фото|bild|imagen|image|picture|на снимке", t, re.I):
                return True
            neighbours = [d for d in deleted if 0 < abs(d[0] - i) <= 2]
            if any(cred.search(n[1]) and words(n[1]) <= 10 for n in neighbours):
                return True
        return False
    if fam == "counter":
        return any(re.search(r"\d", t) and re.search(
            r"min|view|read|watch|follow|просмотр|коммент|читат|lesezeit|gelesen|aufruf|lecture|vue|lu |lect|visit|leíd|comentario|kommentar|comment|reaccion|réaction|\d\s*$",
            t, re.I) for t in texts)
    if fam == "related":
        rx = re.compile(HINTS["related"], re.I)
        for k, (i, t) in enumerate(deleted):
            if rx.search(t) and words(t) <= 6:
                follow = [d for d in deleted[k + 1:k + 3] if d[0] - i <= 3]
                if len(follow) >= 2:
                    return True
        return False
    if fam == "authorbox":
        rx = re.compile(HINTS["authorbox"], re.I)
        return any(rx.search(t) and words(t) >= 8 for t in texts)
    rx = re.compile(HINTS[fam], re.I)
    return any(rx.search(t) for t in texts)


def main():
    errors = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    others = [f for f in os.listdir(HERE)
              if not f.endswith(".txt") and f not in ("check.py", "README.md")]
    if others:
        errors.append(f"unexpected files: {others}")
    if "README.md" not in os.listdir(HERE):
        errors.append("README.md missing")

    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            errors.append(f"{g}: gold without raw")

    expected = len(LANGS) * PER_LANG
    if len(raws) != expected:
        errors.append(f"expected {expected} raw files, found {len(raws)}")

    seen_numbers = set()
    neg_per_lang = defaultdict(int)
    line_owner = defaultdict(set)
    all_fams = set()

    for raw_name in raws:
        m = NAME_RE.match(raw_name)
        if not m:
            errors.append(f"{raw_name}: bad file name")
            continue
        num, lang, fams = int(m.group(1)), m.group(2), m.group(3)
        if num in seen_numbers:
            errors.append(f"{raw_name}: duplicate number {num:03d}")
        seen_numbers.add(num)
        if lang not in LANGS:
            errors.append(f"{raw_name}: unknown language {lang}")
        elif not (1 <= num <= expected) or LANGS[(num - 1) // PER_LANG] != lang:
            errors.append(f"{raw_name}: number {num:03d} does not belong to language {lang}")

        gold_name = raw_name[:-4] + ".gold.txt"
        if gold_name not in golds:
            errors.append(f"{raw_name}: gold file missing")
            continue
        raw_bytes, raw = read_text(os.path.join(HERE, raw_name), errors)
        gold_bytes, gold = read_text(os.path.join(HERE, gold_name), errors)
        check_blanks(raw_name, raw, errors)
        check_blanks(gold_name, gold, errors)
        if not (MIN_LINES <= len(raw) <= MAX_LINES):
            errors.append(f"{raw_name}: {len(raw)} lines (want {MIN_LINES}-{MAX_LINES})")

        for l in set(raw):
            if len(l.strip()) > 3:
                line_owner[l.strip()].add(f"{num:03d}")

        raw_nb = [l for l in raw if l.strip()]
        if fams == "negative":
            neg_per_lang[lang] += 1
            if raw_bytes != gold_bytes:
                errors.append(f"{raw_name}: negative but gold differs from raw")
            print(f"{raw_name:75s} negative  furniture 0/{len(raw_nb)} = 0.0%")
            continue

        kept = align(raw, gold)
        if kept is None:
            errors.append(f"{gold_name}: not a subsequence of the raw file")
            continue
        kept_set = set(kept)
        del_idx = {i for i in range(len(raw)) if i not in kept_set}
        deleted = [(i, raw[i]) for i in sorted(del_idx) if raw[i].strip()]
        # gold must equal: raw minus deleted lines, blank runs collapsed, trimmed
        rebuilt = []
        for i, l in enumerate(raw):
            if i in del_idx and l.strip():
                continue
            if l.strip() == "" and (not rebuilt or rebuilt[-1].strip() == ""):
                continue
            rebuilt.append(l)
        while rebuilt and rebuilt[-1].strip() == "":
            rebuilt.pop()
        if rebuilt != gold:
            errors.append(f"{gold_name}: not raw minus deleted lines with blank runs collapsed")

        fam_list = fams.split("-")
        if len(set(fam_list)) != len(fam_list):
            errors.append(f"{raw_name}: repeated family")
        unknown = [f for f in fam_list if f not in FAMILIES]
        if unknown:
            errors.append(f"{raw_name}: unknown families {unknown}")
        else:
            if fam_list != sorted(fam_list, key=FAMILIES.index):
                errors.append(f"{raw_name}: families not in canonical order")
            for f in fam_list:
                all_fams.add(f)
                if not plausible(f, deleted, raw, del_idx):
                    errors.append(f"{raw_name}: family '{f}' not plausible from deleted lines")
        if len(deleted) < len(fam_list):
            errors.append(f"{raw_name}: fewer deleted lines than families")
        share = len(deleted) / len(raw_nb) if raw_nb else 0
        flag = "" if MIN_SHARE <= share <= MAX_SHARE else "  <-- OUT OF RANGE"
        print(f"{raw_name:75s} positive  furniture {len(deleted)}/{len(raw_nb)} = {share:.1%}{flag}")
        if flag:
            errors.append(f"{raw_name}: furniture share {share:.1%} outside "
                          f"{MIN_SHARE:.0%}-{MAX_SHARE:.0%}")

    for lang in LANGS:
        if neg_per_lang[lang] != NEGATIVES_PER_LANG:
            errors.append(f"{lang}: {neg_per_lang[lang]} negatives (want {NEGATIVES_PER_LANG})")
    if seen_numbers and seen_numbers != set(range(1, expected + 1)):
        errors.append(f"numbers missing: {sorted(set(range(1, expected + 1)) - seen_numbers)}")

    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            errors.append(f"line shared by pairs {sorted(owners)}: {line[:70]!r}")

    print(f"families used by positives: {len(all_fams)}/{len(FAMILIES)}; "
          f"unused: {[f for f in FAMILIES if f not in all_fams]}")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"FAILED ({len(errors)} problems)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
