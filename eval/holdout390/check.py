#!/usr/bin/env python3
"""Validate blind evaluation set 390 (news-page furniture removal).

Standard library only. Run from anywhere:  python3 check.py
Prints one line per problem and ends with ALL OK when everything passes.
"""
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()
LANG_ORDER = ["en", "ru", "de", "fr", "es"]
PER_LANG = 4
NEG_PER_LANG = 2            # this set is negatives-heavy
MIN_LINES, MAX_LINES = 25, 90
MIN_SHARE, MAX_SHARE = 30.0, 55.0

NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")
GOLD_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.gold\.txt$")

errors = []


def err(msg):
    errors.append(msg)
    print("FAIL: " + msg)


# ---------------------------------------------------------------------------
# heuristics: is a named family plausibly present among the deleted lines?
# each test gets (deleted, raw_nb) where deleted is a list of (pos, text) with
# pos the index among the non-blank raw lines, raw_nb the non-blank raw lines.
# ---------------------------------------------------------------------------
def rx(pattern):
    return re.compile(pattern, re.I)


def any_match(pattern, deleted):
    r = rx(pattern)
    return any(r.search(t) for _, t in deleted)


def words(t):
    return len(t.split())


def is_del(pos, deleted_pos):
    return pos in deleted_pos


MASTHEAD_WORDS = (r"news|courier|ledger|herald|gazette|times|post\b|journal|zeitung|bote|kurier|"
                  r"matin|courrier|écho|crónica|diario|heraldo|noticias|вестник|-нн|горизонт")


def f_masthead(deleted, raw_nb):
    texts = [t for _, t in deleted]
    for pos, t in deleted:
        if pos >= 12 or words(t) > 6 or "cookie" in t.lower():
            continue
        if rx(MASTHEAD_WORDS).search(t):
            return True
        core = t.strip("«»\"' ")
        if len(core) > 5 and any(core in o for o in texts if o != t):
            return True
    return False


def f_nav(deleted, raw_nb):
    dp = {p for p, _ in deleted}
    short = {p for p, t in deleted if words(t) <= 3 and p < 15}
    return any(p in short and p + 1 in short for p in dp)


def f_breadcrumb(deleted, raw_nb):
    dp = {p: t for p, t in deleted}
    home = rx(r"^(home|startseite|accueil|inicio|portada|главная)$")
    return any(home.search(t) and (p + 1) in dp and words(dp[p + 1]) <= 4 for p, t in deleted)


CHECKS = {
    "masthead": f_masthead,
    "nav": f_nav,
    "breadcrumb": f_breadcrumb,
    "skip": r"skip to|zum inhalt|aller au contenu|saltar al|ir al contenido|перейти к",
    "cookie": r"cookie",
    "consent": (r"allow content|permission|externe[nr]? inhalt|external content|j'accepte|"
                r"afficher le post|contenu est bloqué|est masqué|ver contenido|cookies de redes|"
                r"разрешите загрузку|загрузить"),
    "readmore": (r"^(read more|lesen sie auch|lire aussi|lee también|lea también|читайте также|"
                 r"see also|mehr dazu)\s*:"),
    "ad": r"^(advertisement|anzeige|werbung|publicité|publicidad|реклама|sponsored|contenido patrocinado)",
    "promo": r"podcast|pódcast|подкаст|émission|listen to|hören sie|escucha|veranstaltung|evento",
    "credit": r"^(photo|photograph|foto|фото|bild|visualisierung|imagen|crédit|credit|video)\s*:",
    "copyright": r"©|all rights reserved|tous droits réservés|todos los derechos|все права защищены|alle rechte",
    "wire": (r"contributed to this report|reporting by|additional reporting|avec (l'agence|afp)|"
             r"mit material|nachrichtenagentur|с использованием материалов|по материалам|"
             r"con información de|agencia|agence"),
    "share": r"share|teilen|partager|compartir|поделиться|copy link|copier le lien",
    "counter": (r"\bmin\b|minut|минут|lesezeit|temps de lecture|lectura|просмотр|views|vistas|"
                r"время чтения|\d+ comments"),
    "newsletter": (r"newsletter|inbox|boîte mail|correo|postfach|рассылк|boletín|email address|"
                   r"sign me up|je m'inscris|apuntarme"),
    "subscribe": r"telegram|whatsapp|подписывайтесь|síguenos|follow us|suivez-nous|folgen sie",
    "donation": r"donat|spende|faire un don|поддерж|пожертвован|\bdona|\bgive\b|chip in|\$\d|₽",
    "membership": r"member|mitglied|membre|miembro|socio|участник",
    "paywall": (r"abonn|subscriber|suscriptor|il vous reste|exklusiv|\d+ ?% |premium|подписчик|"
                r"réservée aux"),
    "comments": (r"comment|kommentar|kommentier|comentar|комментар|encuesta|umfrage|sondage|poll|опрос|"
                 r"голосовать|\bvote\b|votar|voter|abstimmen|conversation"),
    "login": (r"sign in|log in|login|anmelden|einloggen|mein konto|se connecter|connectez|"
              r"iniciar sesión|войти|регистрац|mon compte"),
    "authorbox": (r"about the author|об авторе|über die autorin|sobre la autora|à propos de l'auteur|"
                  r"reporter|reportera|correspondent|корреспондент|redakteur|journaliste|periodista|"
                  r"berichtet seit"),
    "footer": (r"impressum|datenschutz|privacy|terms|contact|mentions légales|aviso legal|"
               r"política de privacidad|свидетельство о регистрации|редакци|kontakt"),
    "app": r"\bapp\b|application|приложени|app store|google play|rustore|\bios\b|android",
    "live": (r"key events|auto-refresh|new updates|load (more|earlier)|moments clés|actualiser|"
             r"messages précédents|обновлени|aktualisieren|momentos clave"),
    "notes": (r"correction|amended|first appeared|translated|исправлени|fe de erratas|berichtigung|"
              r"rectificatif|erratum|clarification"),
}


def f_related(deleted, raw_nb):
    dp = {p for p, _ in deleted}
    head = rx(r"^(related|more on this( story)?|mehr zum thema|sur le même sujet|te puede interesar|"
              r"ещё по теме|по теме|más información|à lire aussi|related stories)$")
    return any(head.search(t) and (p + 1) in dp for p, t in deleted)


GALLERY = rx(r"gallery|galerie|diaporama|галере|bild \d+ von|image \d+ of|фотогалере")


def f_caption(deleted, raw_nb):
    dp = {p: t for p, t in deleted}
    credit = rx(CHECKS["credit"])
    for p, t in deleted:
        if words(t) < 5 or credit.search(t):
            continue
        near = [dp.get(q) for q in (p - 2, p - 1, p + 1, p + 2)]
        if any(n and (credit.search(n) or GALLERY.search(n)) for n in near):
            return True
    return False


def f_tags(deleted, raw_nb):
    head = rx(r"^(topics|tags|теги:?|themen|mots-clés|archivado en|schlagworte|temas)$")
    if any(head.search(t) for _, t in deleted):
        return True
    n = len(raw_nb)
    dp = {p: t for p, t in deleted}
    foot = rx(CHECKS["footer"] + "|©")
    tail = [p for p in dp if p >= 0.6 * n and words(dp[p]) <= 3 and not foot.search(dp[p])]
    return any(p + 1 in tail for p in tail)


CHECKS["related"] = f_related
CHECKS["caption"] = f_caption
CHECKS["tags"] = f_tags


def plausible(family, deleted, raw_nb):
    test = CHECKS[family]
    if callable(test):
        return test(deleted, raw_nb)
    return any_match(test, deleted)


# ---------------------------------------------------------------------------
def read_checked(path):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: starts with a BOM")
    if b"\r" in data:
        err(f"{name}: contains CR (line endings must be LF)")
    if not data.endswith(b"\n"):
        err(f"{name}: no final newline")
    if data.endswith(b"\n\n"):
        err(f"{name}: ends with a blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    lines = text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")
    for i, l in enumerate(lines, 1):
        if l != l.rstrip():
            err(f"{name}:{i}: trailing whitespace")
        if "\t" in l:
            err(f"{name}:{i}: tab character")
    return data, lines


def align(raw, gold):
    """Greedy subsequence match; returns list of matched raw indices or None."""
    idx, j = [], 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        idx.append(j)
        j += 1
    return idx


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    raws, golds = {}, {}
    for f in files:
        m_g = GOLD_RE.match(f)
        m_r = NAME_RE.match(f)
        if m_g:
            golds[f[:-len(".gold.txt")]] = f
        elif m_r:
            raws[f[:-len(".txt")]] = f
        else:
            err(f"unexpected file name: {f}")
    for stem in sorted(set(raws) | set(golds)):
        if stem not in raws:
            err(f"{stem}: gold without raw file")
        if stem not in golds:
            err(f"{stem}: raw without gold file")
    stems = sorted(s for s in raws if s in golds)

    # numbering and language order
    expected_total = PER_LANG * len(LANG_ORDER)
    nums = [int(s[:3]) for s in stems]
    if nums != list(range(1, expected_total + 1)):
        err(f"pairs must be numbered 001-{expected_total:03d} without gaps or duplicates; got {nums}")
    neg_count = defaultdict(int)
    for s in stems:
        num, lang, fams = NAME_RE.match(s + ".txt").groups()
        want = LANG_ORDER[(int(num) - 1) // PER_LANG] if 1 <= int(num) <= expected_total else None
        if lang != want:
            err(f"{s}: language {lang} out of order (expected {want})")
        if fams == "negative":
            neg_count[lang] += 1
    for lang in LANG_ORDER:
        if neg_count[lang] != NEG_PER_LANG:
            err(f"language {lang}: {neg_count[lang]} negatives, expected {NEG_PER_LANG}")

    pair_lines = {}
    print(f"{'file':<44} {'lines':>5} {'nonblank':>8} {'deleted':>7} {'share':>7}")
    for s in stems:
        rdata, raw = read_checked(os.path.join(HERE, raws[s]))
        gdata, gold = read_checked(os.path.join(HERE, golds[s]))
        num, lang, fams = NAME_RE.match(s + ".txt").groups()
        label = s if len(s) <= 44 else s[:41] + "..."

        if not (MIN_LINES <= len(raw) <= MAX_LINES):
            err(f"{s}: raw has {len(raw)} lines, expected {MIN_LINES}-{MAX_LINES}")
        if raw and (raw[0] == "" or raw[-1] == ""):
            err(f"{s}: raw starts or ends with a blank line")

        # gold shape
        if gold and (gold[0] == "" or gold[-1] == ""):
            err(f"{s}: gold has a leading or trailing blank line")
        for i in range(1, len(gold)):
            if gold[i] == "" and gold[i - 1] == "":
                err(f"{s}: gold has consecutive blank lines at line {i + 1}")
                break

        idx = align(raw, gold)
        if idx is None:
            err(f"{s}: gold is not a subsequence of raw")
            continue

        # deleted non-blank lines, with positions among non-blank raw lines
        kept = set(idx)
        nb_pos, raw_nb, deleted = {}, [], []
        for i, l in enumerate(raw):
            if l.strip():
                nb_pos[i] = len(raw_nb)
                raw_nb.append(l)
                if i not in kept:
                    deleted.append((nb_pos[i], l))
        share = 100.0 * len(deleted) / len(raw_nb) if raw_nb else 0.0
        print(f"{label:<44} {len(raw):>5} {len(raw_nb):>8} {len(deleted):>7} {share:>6.1f}%")

        if fams == "negative":
            if rdata != gdata:
                err(f"{s}: negative but gold differs from raw")
        else:
            fam_list = fams.split("-")
            unknown = [f for f in fam_list if f not in FAMILIES]
            if unknown:
                err(f"{s}: unknown families {unknown}")
            else:
                if len(set(fam_list)) != len(fam_list):
                    err(f"{s}: duplicated family in name")
                if fam_list != sorted(fam_list, key=FAMILIES.index):
                    err(f"{s}: families not in canonical order")
                for f in fam_list:
                    if not plausible(f, deleted, raw_nb):
                        err(f"{s}: family '{f}' named but no deleted line looks like it")
            if not (MIN_SHARE <= share <= MAX_SHARE):
                err(f"{s}: furniture share {share:.1f}% outside {MIN_SHARE:.0f}-{MAX_SHARE:.0f}%")
            if rdata == gdata:
                err(f"{s}: positive but nothing deleted")

        pair_lines[s] = {l.strip() for l in raw + gold if len(l.strip()) > 3}

    # no line longer than 3 characters shared between pairs
    owner = defaultdict(set)
    for s, ls in pair_lines.items():
        for l in ls:
            owner[l].add(s[:3])
    for l, who in sorted(owner.items()):
        if len(who) > 1:
            err(f"line shared by pairs {sorted(who)}: {l!r}")

    # coverage summary
    used = defaultdict(int)
    for s in stems:
        fams = NAME_RE.match(s + ".txt").group(3)
        if fams != "negative":
            for f in fams.split("-"):
                used[f] += 1
    unused = [f for f in FAMILIES if f not in used]
    print(f"families used by positives: {len(used)}/{len(FAMILIES)}"
          + (f" (unused: {', '.join(unused)})" if unused else ""))

    if errors:
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
