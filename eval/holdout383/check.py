#!/usr/bin/env python3
"""Validate blind evaluation set 383 (news-page furniture removal).

Standard library only.  Run from anywhere:  python3 check.py
Prints one line per pair with its furniture share and `ALL OK` at the end
when every check passes.
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
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")

# Loose multilingual cues: a family named in a file name is "plausible" when at
# least one deleted line shows the cue.  Structural families are tested apart.
CUES = {
    "skip": r"skip|springen|zum inhalt|aller au|passer au|перейти|saltar|ir al contenido",
    "cookie": r"cookie|témoin|traceur|куки",
    "consent": r"allow|load|einverstanden|extern|laden|autoris|accept|afficher|загруз|разреш|"
               r"нажмите|permit|cargar|mostrar|interacti|interaktiv|интерактив|tap |touch|toca|"
               r"cliquez|klicken|drücken|zoom|play|lecture|anima|capas|слои",
    "readmore": r"read more|lesen sie|lire aussi|à lire|читайте|lee también|leer más|auch interessant|"
                r"también te puede|te puede interesar|ver también",
    "related": r"related|more on|mehr zum|sur le même|sur le sujet|по теме|relacionad|más sobre|"
               r"также|lire aussi|weitere|más noticias|dans la même|ещё|more from",
    "ad": r"advert|sponsor|anzeige|werbung|publicit|реклам|publicidad|annonce|promoted|patrocin|erid",
    "promo": r"podcast|forecast|vorhersage|prévision|прогноз|pronóstico|event|veranstalt|événement|"
             r"evento|offer|offre|angebot|oferta|listen|hören|écout|слуша|escuch|webinar|check|"
             r"ort|ville|город|municipio|postcode|postleitzahl|code postal|código postal|festival|"
             r"conférence|конференц|jornada|tickets|billets|entradas|wetter|météo|погод|tiempo",
    "credit": r"photo|foto|фото|bild|source|quelle|источник|fuente|chart|grafik|graphi|график|"
              r"инфографик|infograf|map:|karte:|carte :|mapa:|карта:|video|vídeo|видео|image|imagen|"
              r"getty|agence|agencia",
    "copyright": r"©|copyright|права защищены|droits réservés|rechte vorbehalten|derechos reservados|"
                 r"all rights",
    "wire": r"\bwith\b|mit material|avec |при подготовке|по материалам|по данным агентства|"
            r"con información|reporting by|editing by|agenc|агентств|agentur|contributed|"
            r"\([a-z]{2,5}\)$",
    "share": r"share|teilen|partag|подел|compart|facebook|whatsapp|telegram|вконтакте|"
             r"одноклассник|copy|kopier|copier|copiar|скопир|e-mail|email|courriel|correo|"
             r"imprimer|print|drucken|imprimir|linkedin|reddit",
    "counter": r"\d",
    "newsletter": r"newsletter|рассылк|inbox|boletín|infolettre|lettre|alert|warn|e-mail|email|"
                  r"correo|courriel|почт|inscri|sign up|anmeld|подпис|s'abonner|suscrib",
    "subscribe": r"subscri|abonn|подпис|suscr|follow|folgen|suivez|síg|sigue|telegram|whatsapp|"
                 r"дзен|channel|kanal|canal|youtube|instagram|tiktok|max",
    "donation": r"donat|donate|spend|\bdon\b|\bdons\b|пожертв|поддерж|dona|€|£|₽|\$|appeal|aide|"
                r"ayuda|помо|help|unterstütz|soutien|contribu|colabora|aporta",
    "membership": r"member|mitglied|membre|socio|сообществ|клуб|club|adhér|soutien|verleger|"
                  r"друз|amigos|comunidad|community|gemeinschaft",
    "paywall": r"%|subscri|abonn|plus|premium|weiterlesen|reservad|réservé|exclusiv|подписк|"
               r"left|rest|quedan|reste|offre|angebot|oferta|monat|mois|mes|month|месяц|€|£|₽|\$",
    "comments": r"comment|kommentar|коммент|comentari|discussion|diskus|leserbrief|réagi|"
                r"conversation|opini",
    "login": r"sign in|log in|anmelden|einloggen|login|se connecter|connexion|войти|вход|"
             r"iniciar sesión|ingresa|entrar|mon compte|my account|mein konto|кабинет|mi cuenta|"
             r"регистрац|register|regístrate|s'inscrire|registrieren",
    "authorbox": r" is a | is an |ist |est |es |является|работает|writes|schreibt|écrit|escribe|"
                 r"covers|reporter|journalist|журналист|periodista|redakt|rédact|корреспондент|"
                 r"correspons|autor|author|auteur|автор",
    "tags": r"topic|themen|thème|sujet|тег|темы|тема|temas|etiquet|tags|schlagw|mots-clés|#|"
            r"archiv|archivé",
    "footer": r"impressum|datenschutz|privacy|terms|contact|kontakt|cgu|mentions légales|aviso legal|"
              r"política|условия|конфиденц|rss|agb|cgv|about|über uns|qui sommes|quiénes|о нас|"
              r"свидетельство|роскомнадзор|cookies|accessib|barriere|accessibilit|доступн|"
              r"complaint|plainte|beschwerde|editorial|rédaction|redacción|редакц|18\+|"
              r"career|emploi|jobs|empleo|ваканс|werben|publicité|advertise|publicidad|términos|"
              r"condiciones|conditions|bedingungen|trabaja con",
    "app": r"\bapp\b|appli|aplicaci|приложени|play|store|download|télécharg|herunterlad|"
           r"скача|descarg|rustore",
    "live": r"live|direct|vivo|ticker|key events|moments|update|aktualis|обнов|actualiz|refresh|"
            r"nouvelle|nouveau|new post|neue|новые|новых|публикац|трансляц|важное|clave|"
            r"destacad|wichtig|en continu|automati|автомат",
    "notes": r"first appeared|first published|translat|übersetz|tradu|переве|publié|originally|"
             r"erschien|erstmals|publicado originalmente|originalmente|впервые|опубликован|"
             r"correct|korrig|исправ|rectific|aktualisiert|mis à jour|actualizado|partenaire|"
             r"partner|socio",
}


def fail(errors, msg):
    errors.append(msg)


def plausible(fam, raw, deleted_idx):
    """Is family `fam` plausibly represented among the deleted lines?"""
    dl = [(i, raw[i]) for i in deleted_idx if raw[i].strip()]
    if not dl:
        return False
    n = len(raw)
    if fam == "masthead":
        return any(i < 15 for i, _ in dl)
    if fam == "nav":
        ids = sorted(i for i, t in dl if len(t) <= 40)
        run = best = 0
        prev = None
        for i in ids:
            run = run + 1 if prev is not None and i == prev + 1 else 1
            best = max(best, run)
            prev = i
        return best >= 3 or any(" | " in t or " · " in t for _, t in dl)
    if fam == "breadcrumb":
        return any(re.search(r"[›>»/]| \| ", t) and len(t) < 120 for _, t in dl)
    if fam == "caption":
        return any(len(t.split()) >= 5 for _, t in dl)
    if fam == "authorbox":
        return any(i > n * 0.5 and re.search(CUES[fam], t.lower()) for i, t in dl)
    if fam == "footer":
        return any(i > n * 0.6 and re.search(CUES[fam], t.lower()) for i, t in dl)
    if fam == "counter":
        return any(re.search(r"\d", t) and len(t) < 60 for _, t in dl)
    return any(re.search(CUES[fam], t.lower()) for _, t in dl)


def subsequence_indices(gold, raw):
    """Greedy match of gold lines into raw; returns matched raw indices or None."""
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


def read_checked(path, errors):
    name = os.path.basename(path)
    with open(path, "rb") as fh:
        data = fh.read()
    if data.startswith(b"\xef\xbb\xbf"):
        fail(errors, f"{name}: has a BOM")
    if b"\r" in data:
        fail(errors, f"{name}: contains CR (not LF-only)")
    if not data.endswith(b"\n"):
        fail(errors, f"{name}: no final newline")
    if data.endswith(b"\n\n"):
        fail(errors, f"{name}: trailing blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        fail(errors, f"{name}: not UTF-8 ({exc})")
        return None, data
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for k, line in enumerate(lines, 1):
        if line != line.rstrip():
            fail(errors, f"{name}:{k}: trailing whitespace")
        if "\t" in line:
            fail(errors, f"{name}:{k}: tab character")
    return lines, data


def main():
    errors = []
    files = sorted(os.listdir(HERE))
    allowed_extra = {"check.py", "README.md"}
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    for f in files:
        if f in allowed_extra or f in raws or f in golds:
            continue
        if f == "__pycache__":
            continue
        fail(errors, f"unexpected file in set: {f}")
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            fail(errors, f"{g}: gold without raw file")
    if "README.md" not in files:
        fail(errors, "README.md missing")

    numbers = {}
    by_lang_neg = defaultdict(int)
    line_owner = defaultdict(set)
    families_used = defaultdict(list)
    print(f"{'file':58s} {'lines':>5s} {'furn':>4s} {'nonblank':>8s} {'share':>7s}")
    for rf in raws:
        m = NAME_RE.match(rf)
        if not m:
            fail(errors, f"{rf}: bad file name")
            continue
        num, lang, fams = int(m.group(1)), m.group(2), m.group(3)
        if num in numbers:
            fail(errors, f"{rf}: number {num:03d} used twice")
        numbers[num] = rf
        if lang not in LANGS:
            fail(errors, f"{rf}: unknown language {lang}")
        elif not (1 <= num <= 20) or LANGS[(num - 1) // 4] != lang:
            fail(errors, f"{rf}: number {num:03d} does not belong to language {lang}")
        gf = rf[:-4] + ".gold.txt"
        if gf not in golds:
            fail(errors, f"{rf}: gold file missing")
            continue
        raw, raw_bytes = read_checked(os.path.join(HERE, rf), errors)
        gold, gold_bytes = read_checked(os.path.join(HERE, gf), errors)
        if raw is None or gold is None:
            continue
        if not (MIN_LINES <= len(raw) <= MAX_LINES):
            fail(errors, f"{rf}: {len(raw)} lines, outside {MIN_LINES}-{MAX_LINES}")
        if raw and raw[0] == "":
            fail(errors, f"{rf}: leading blank line")
        # gold shape
        if gold and (gold[0] == "" or gold[-1] == ""):
            fail(errors, f"{gf}: leading or trailing blank line")
        for k in range(1, len(gold)):
            if gold[k] == "" and gold[k - 1] == "":
                fail(errors, f"{gf}:{k + 1}: uncollapsed blank lines")
        idx = subsequence_indices(gold, raw)
        if idx is None:
            fail(errors, f"{gf}: not a subsequence of {rf}")
            continue
        kept = set(idx)
        # every blank line of the raw file that separates two kept non-blank
        # lines with nothing deleted in between must survive (nothing else changed)
        for a in range(len(raw)):
            if raw[a] == "" and a not in kept:
                lo, hi = a - 1, a + 1
                if 0 <= lo and hi < len(raw) and lo in kept and hi in kept and raw[lo] and raw[hi]:
                    fail(errors, f"{gf}: blank line {a + 1} of raw dropped between kept lines")
        deleted = [i for i in range(len(raw)) if i not in kept]
        del_nb = [i for i in deleted if raw[i].strip()]
        nonblank = sum(1 for l in raw if l.strip())
        share = 100.0 * len(del_nb) / nonblank if nonblank else 0.0
        print(f"{rf:58s} {len(raw):5d} {len(del_nb):4d} {nonblank:8d} {share:6.1f}%")
        if fams == "negative":
            by_lang_neg[lang] += 1
            if raw_bytes != gold_bytes:
                fail(errors, f"{rf}: negative but gold differs from raw")
        else:
            fl = fams.split("-")
            for f in fl:
                if f not in CANON:
                    fail(errors, f"{rf}: unknown family '{f}'")
            if len(set(fl)) != len(fl):
                fail(errors, f"{rf}: family listed twice")
            known = [f for f in fl if f in CANON]
            if known != sorted(known, key=CANON.index):
                fail(errors, f"{rf}: families not in canonical order")
            if not del_nb:
                fail(errors, f"{rf}: positive but nothing deleted")
            if not (MIN_SHARE <= share <= MAX_SHARE):
                fail(errors, f"{rf}: furniture share {share:.1f}% outside {MIN_SHARE}-{MAX_SHARE}%")
            for f in known:
                families_used[f].append(num)
                if not plausible(f, raw, deleted):
                    fail(errors, f"{rf}: family '{f}' not plausible from deleted lines")
        for line in set(raw) | set(gold):
            if len(line) > 3:
                line_owner[line].add(rf[:3])

    for lang in LANGS:
        if by_lang_neg[lang] != NEGATIVES_PER_LANG:
            fail(errors, f"language {lang}: {by_lang_neg[lang]} negatives, want {NEGATIVES_PER_LANG}")
    missing = [n for n in range(1, 21) if n not in numbers]
    if missing:
        fail(errors, "missing numbers: " + ", ".join(f"{n:03d}" for n in missing))
    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            fail(errors, f"line shared by pairs {sorted(owners)}: {line!r}")

    print()
    print("families used by positives:")
    for f in CANON:
        print(f"  {f:11s} {len(families_used[f]):2d}  " +
              " ".join(f"{n:03d}" for n in families_used[f]))
    unused = [f for f in CANON if not families_used[f]]
    print(f"  {len(CANON) - len(unused)}/{len(CANON)} families used" +
          (f"; unused: {', '.join(unused)}" if unused else ""))
    print()
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
