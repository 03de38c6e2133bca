#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks: pairing and naming, numbering/language order, encoding (UTF-8, no BOM,
LF only, final newline), line counts, gold = subsequence of raw, collapsed
blank lines and no leading/trailing blanks in gold, negatives byte-identical,
family names known / canonical order / plausible, furniture share of positives
(30-55 % of non-blank raw lines, printed per file), and no line longer than
3 characters shared between two different pairs.
Prints ALL OK at the end when everything passes.
"""
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))

ORDER = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe donation "
         "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]
PER_LANG = 4
NEGATIVES_PER_LANG = 1
MIN_LINES, MAX_LINES = 25, 90
MIN_SHARE, MAX_SHARE = 30.0, 55.0
MIN_LONG_PAGES, LONG_PAGE = 3, 70

NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)(\.gold)?\.txt$")

# Plausibility: every family named in a positive's file name must be backed by at
# least one deleted (furniture) line that looks like that family. Keyword
# patterns are multilingual (en/ru/de/fr/es); a few families are checked
# structurally instead (see plausible()).
KW = {
    "skip": r"skip|springe|direkt zum|zur haupt|aller au|contenu principal|saltar|ir al contenido|перейти|к содержанию",
    "breadcrumb": r"[›»>/→|]|^home\b|startseite|главная|accueil|portada|inicio",
    "cookie": r"cookie|куки|accept|akzept|accepter|aceptar|acepto|принять|consent|einwillig|consentement|partenaires|partner|privacy|datenschutz",
    "consent": r"extern|external|allow|autoriser|permitir|acept|laden|load|charger|cargar|загруз|youtube|instagram|datawrapper|x\.com|tiktok|zustimmung|consent|cookies de terceros|inhalt",
    "readmore": r"^(read more|read also|see also|lesen sie auch|auch interessant|lire aussi|à lire aussi|a lire aussi|lee también|lea también|leer más|te puede interesar|читайте также|читайте| см\. также)",
    "related": r"related|more on|more from|more stories|mehr zum thema|weitere artikel|das könnte|sur le même sujet|à lire aussi|dans la même rubrique|noticias relacionadas|más noticias|te puede interesar|по теме|новости по теме|ещё|также",
    "ad": r"advert|sponsor|anzeige|werbung|publicité|publicite|publicidad|patrocin|реклам|erid|promoted|partner content|partenaire",
    "promo": r"podcast|event|forum|foro|festival|tickets?|billet|entradas|inscri|anmeld|конференц|подкаст|webinar|quiz|rätsel|offer|angebot|offre|oferta|listen|hören|écouter|escucha",
    "credit": r"photo|foto|фото|bild|image|imagen|picture|illustration|video|vídeo|видео|credit|crédit|©|getty|pour «|for the|/",
    "copyright": r"©|copyright|all rights|alle rechte|tous droits|todos los derechos|все права|права защищены",
    "wire": r"^(with|avec|mit|con|\(mit|\(avec|\(con|—\s*with)\b|reporting by|editing by|agenc|agentur|агентств|по материалам|с использованием|información de|wires?\b|dpa|afp|reuters",
    "share": r"share|teilen|partager|compartir|поделит|facebook|whatsapp|telegram|twitter|^x$|e-?mail|copy link|link kopieren|copier|copiar|вконтакте|одноклассник|linkedin|print|drucken|imprimer|imprimir",
    "counter": r"\d|min\b|мин|read|lesezeit|lecture|lectura|просмотр",
    "newsletter": r"newsletter|bulletin|boletín|boletin|рассылк|sign (me )?up|inbox|postfach|correo|e-mail|email|inscri|abonnieren|suscrib|подпис",
    "subscribe": r"subscri|follow|abonn|folgen|suivez|suscr|síguenos|seguí|segui|sumate|únete|подпис|telegram|whatsapp|дзен|channel|kanal|canal",
    "donation": r"donat|donor|don\b|dons\b|spend|spende|dona|пожертв|поддерж|support|unterstütz|soutenez|apoya|gift|give|chip in|€|\$|£|₽|\d",
    "membership": r"member|mitglied|membre|socio|socia|adhér|adher|cercle|club|клуб|сообществ|friends|freundeskreis|join|rejoi|únete|hazte",
    "paywall": r"subscri|abonn|abo\b|abonent|plus\b|\+|réservé|reserve|left|reste|restan|suscrip|premium|платн|подписк|weiterlesen|continue reading|seguir leyendo|%|€|\$|£|₽|testen|essai|prueba",
    "comments": r"comment|kommentar|diskut|commentaire|réagir|reagir|comentari|коммент|обсужд|discussion|conversation|opina",
    "login": r"sign in|log ?in|anmeld|einlogg|login|connexion|connecter|iniciar sesión|inicia sesión|entrar|acceder|войти|вход|регистрац|account|konto|compte|cuenta|кабинет",
    "tags": r"tags?\b|topics?|themen|thema|sujets|mots-clés|temas|etiquetas|теги|темы|·|,",
    "footer": r"impressum|imprint|privacy|datenschutz|contact|kontakt|about|terms|agb|mentions|confidentialité|aviso legal|privacidad|contacto|политика|контакт|редакц|свидетельств|роскомнадзор|18\+|accessib|barriere|who we are|qui sommes|nous écrire|nous contacter|plan du site|charte|registro|dnda|о проекте|реклама на сайте|правила|complaints|corrections|standards|policy|legal|cookie",
    "app": r"\bapp\b|application|приложени|aplicación|app store|google play|rustore|ios|android|download|herunterladen|télécharg|descarga|скача",
    "live": r"live|direct|en vivo|en directo|directo|онлайн|трансляц|update|aktualis|actualis|обнов|key events|wichtigste|refresh|ticker|essentiel|temps forts|nouveaux messages|new post|главное",
    "notes": r"amended|corrected|correction|clarif|first appeared|first published|translated|korrigiert|berichtigt|korrektur|übersetzt|erschien zuerst|rectificatif|correctif|modifié|traduit|corrección|fe de errores|rectificación|traducid|publicado originalmente|исправлен|уточн|перевод|впервые опубликован",
    "authorbox": r"\b(is|was|covers|writes|reports|ist|schreibt|est|a rejoint|es|cubre|escribe|trabaja|periodista|journalist|reporter|redakteur|redakteurin|journaliste|корреспондент|журналист|пишет)\b",
}


def die_list(errors, msg):
    errors.append(msg)


def words(s):
    return len(s.split())


def plausible(fam, deleted, raw_nonblank):
    """Is there evidence in the deleted lines for family `fam`?"""
    dl = [d.lower() for d in deleted]
    if fam == "masthead":
        # the outlet name: a deleted line among the first non-blank lines or the last ones
        head = [l for l in raw_nonblank[:8]]
        return any(l in deleted for l in head) or any(l in deleted for l in raw_nonblank[-3:])
    if fam == "nav":
        # a run of at least 3 consecutive short deleted lines
        dset = Counter(deleted)
        run = best = 0
        for l in raw_nonblank:
            if dset.get(l, 0) > 0 and len(l) <= 40:
                run += 1
                best = max(best, run)
            else:
                run = 0
        return best >= 3
    if fam == "caption":
        # a descriptive sentence of some length
        return any(words(d) >= 5 for d in deleted)
    if fam == "authorbox":
        return any(words(d) >= 8 and re.search(KW["authorbox"], d.lower()) for d in deleted) or \
            any(words(d) <= 4 and re.search(r"\b\w", d) for d in deleted)
    if fam == "tags":
        return any(re.search(KW["tags"], d) for d in dl) or sum(1 for d in deleted if words(d) <= 3) >= 2
    pat = KW.get(fam)
    if pat is None:
        return False
    return any(re.search(pat, d) for d in dl)


def is_subsequence(gold, raw):
    it = iter(raw)
    return all(any(g == r for r in it) for g in gold)


def main():
    errors = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    extra = [f for f in os.listdir(HERE)
             if f not in ("check.py", "README.md", "__pycache__") and not f.endswith(".txt")]
    for f in extra:
        errors.append(f"unexpected file: {f}")

    pairs = {}
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            errors.append(f"bad file name: {f}")
            continue
        num, lang, fams, gold = m.groups()
        key = (num, lang, fams)
        pairs.setdefault(key, {})["gold" if gold else "raw"] = f

    nums = defaultdict(list)
    for key, d in pairs.items():
        nums[key[0]].append(key)
        if set(d) != {"raw", "gold"}:
            errors.append(f"unpaired: {d}")
    expected_nums = [f"{i:03d}" for i in range(1, len(LANGS) * PER_LANG + 1)]
    for n in expected_nums:
        if len(nums.get(n, [])) != 1:
            errors.append(f"number {n}: expected exactly one pair, found {len(nums.get(n, []))}")
    for n in nums:
        if n not in expected_nums:
            errors.append(f"unexpected number {n}")

    line_owner = defaultdict(set)   # line -> set of pair numbers
    neg_per_lang = Counter()
    long_pages = 0
    fam_usage = Counter()

    for key in sorted(pairs):
        num, lang, famstr = key
        d = pairs[key]
        if set(d) != {"raw", "gold"}:
            continue
        idx = int(num) - 1
        if 0 <= idx < len(LANGS) * PER_LANG and LANGS[idx // PER_LANG] != lang:
            errors.append(f"{num}: language {lang}, expected {LANGS[idx // PER_LANG]}")

        texts = {}
        for kind in ("raw", "gold"):
            path = os.path.join(HERE, d[kind])
            b = open(path, "rb").read()
            if b.startswith(b"\xef\xbb\xbf"):
                errors.append(f"{d[kind]}: BOM")
            if b"\r" in b:
                errors.append(f"{d[kind]}: CR characters")
            if not b.endswith(b"\n"):
                errors.append(f"{d[kind]}: no final newline")
            if b.endswith(b"\n\n"):
                errors.append(f"{d[kind]}: trailing blank line")
            try:
                t = b.decode("utf-8")
            except UnicodeDecodeError as e:
                errors.append(f"{d[kind]}: not UTF-8 ({e})")
                t = b.decode("utf-8", "replace")
            texts[kind] = t
        raw = texts["raw"].split("\n")[:-1] if texts["raw"].endswith("\n") else texts["raw"].split("\n")
        gold = texts["gold"].split("\n")[:-1] if texts["gold"].endswith("\n") else texts["gold"].split("\n")

        if not (MIN_LINES <= len(raw) <= MAX_LINES):
            errors.append(f"{d['raw']}: {len(raw)} lines (want {MIN_LINES}-{MAX_LINES})")
        if len(raw) >= LONG_PAGE:
            long_pages += 1
        if raw and (raw[0] == "" or raw[-1] == ""):
            errors.append(f"{d['raw']}: leading/trailing blank line")

        # gold structure
        if gold and (gold[0] == "" or gold[-1] == ""):
            errors.append(f"{d['gold']}: leading/trailing blank line")
        for i in range(1, len(gold)):
            if gold[i] == "" and gold[i - 1] == "":
                errors.append(f"{d['gold']}: consecutive blank lines at line {i + 1}")
                break
        if not is_subsequence(gold, raw):
            errors.append(f"{d['gold']}: not a subsequence of the raw file")

        raw_nb = [l for l in raw if l.strip()]
        gold_nb = [l for l in gold if l.strip()]
        diff = Counter(raw_nb)
        diff.subtract(Counter(gold_nb))
        if any(v < 0 for v in diff.values()):
            errors.append(f"{d['gold']}: has lines not present in raw")
        deleted = list((+diff).elements())
        share = 100.0 * len(deleted) / max(1, len(raw_nb))

        if famstr == "negative":
            neg_per_lang[lang] += 1
            if texts["raw"] != texts["gold"]:
                errors.append(f"{num}: negative but gold differs from raw")
            print(f"{num} {lang} negative      furniture {share:5.1f}%  lines {len(raw)}")
        else:
            fams = famstr.split("-")
            for f in fams:
                if f not in ORDER:
                    errors.append(f"{num}: unknown family '{f}'")
            known = [f for f in fams if f in ORDER]
            if len(set(known)) != len(known):
                errors.append(f"{num}: duplicate family in name")
            if known != sorted(known, key=ORDER.index):
                errors.append(f"{num}: families not in canonical order")
            for f in known:
                fam_usage[f] += 1
                if not plausible(f, deleted, raw_nb):
                    errors.append(f"{num}: family '{f}' not plausible from the deleted lines")
            if not deleted:
                errors.append(f"{num}: positive without deleted lines")
            if not (MIN_SHARE <= share <= MAX_SHARE):
                errors.append(f"{num}: furniture share {share:.1f}% outside {MIN_SHARE}-{MAX_SHARE}%")
            print(f"{num} {lang} positive      furniture {share:5.1f}%  lines {len(raw)}  "
                  f"({len(deleted)}/{len(raw_nb)} non-blank)  families {len(known)}")

        for l in set(raw):
            if len(l) > 3:
                line_owner[l].add(num)

    for lang in LANGS:
        if neg_per_lang[lang] != NEGATIVES_PER_LANG:
            errors.append(f"{lang}: {neg_per_lang[lang]} negatives, expected {NEGATIVES_PER_LANG}")
    if long_pages < MIN_LONG_PAGES:
        errors.append(f"only {long_pages} pages with >= {LONG_PAGE} lines (want {MIN_LONG_PAGES})")
    for l, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            errors.append(f"line shared by pairs {sorted(owners)}: {l[:70]!r}")

    unused = [f for f in ORDER if f not in fam_usage]
    print(f"families used: {len(fam_usage)}/{len(ORDER)}" + (f" (unused: {' '.join(unused)})" if unused else ""))
    print(f"long pages (>= {LONG_PAGE} lines): {long_pages}")

    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
