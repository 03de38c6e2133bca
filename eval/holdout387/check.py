#!/usr/bin/env python3
"""Validate the blind evaluation set for news-page furniture removal.

Standard library only. Run from anywhere:  python3 check.py
Prints the furniture share of every positive and ends with ALL OK when
every check passes (exit status 0), otherwise lists the problems (exit 1).
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANG_ORDER = ["en", "ru", "de", "fr", "es"]
PER_LANG = 4
NEG_PER_LANG = 2
MIN_LINES, MAX_LINES = 25, 90
SHARE_MIN, SHARE_MAX = 0.30, 0.55
MIN_FAMILY_COVERAGE = 20          # "most" of the 29 families over all positives

NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)(\.gold)?\.txt$")

# Evidence that a declared family is really among the deleted lines.
# Matched case-insensitively against each deleted (furniture) line.
HINTS = {
    "breadcrumb": r"[›>»]| / |^home\b|accueil|inicio|startseite|главная",
    "skip": r"skip|springen|aller au|ir al |saltar|перейти|zum inhalt|contenu principal",
    "cookie": r"cookie|куки",
    "consent": r"allow|zulassen|extern|autoriser|permitir|terceros|tiers|third.party|drittanbieter|"
               r"embed|внешн|контент|afficher|mostrar|anzeigen",
    "readmore": r"read more|lesen sie auch|auch interessant|lire aussi|à lire|lea también|lee también|"
                r"leer más|te puede interesar|читайте также|по теме|see also|mehr zum thema",
    "related": r"related|more on|more from|mehr zum thema|das könnte|weitere artikel|même sujet|"
               r"lire aussi|relacionad|te puede interesar|más noticias|читайте также|по теме|похожие|"
               r"вам может|recommended|empfohlen",
    "ad": r"advert|anzeige|werbung|publicit|publicidad|реклама|sponsor|patrocinad|promoted|erid",
    "promo": r"podcast|подкаст|event|événement|evento|veranstaltung|конференц|summit|festival|"
             r"webinar|ticket|billet|entradas|offer|angebot|offre|oferta|réservez|подпишитесь на рассылку",
    "credit": r"photo|foto|фото|bild|image|imagen|video|vidéo|видео|illustration|credit|crédit|©|"
              r"\bpour (le|la|les)\b|\bfor the\b|\bfür (den|die|das)\b|\bpara (el|la)\b",
    "copyright": r"©|copyright|all rights|alle rechte|tous droits|todos los derechos|все права",
    "wire": r"reporting|editing|material|agence|agencia|agentur|агентств|\bavec\b|\bwith\b|"
            r"con información|по материалам|с использованием",
    "share": r"share|teilen|partager|compartir|поделит|whatsapp|facebook|linkedin|link kopieren|"
             r"copier le lien|copiar enlace|copy link|email this|envoyer|enviar|telegram|вконтакте",
    "newsletter": r"newsletter|рассылк|boletín|bulletin|e-mail|email|correo|почт",
    "subscribe": r"telegram|whatsapp|follow us|folgen sie|suivez|síguenos|siguenos|подписывайтесь|"
                 r"подпишитесь|abonnez|subscribe|suscr|abonnier|дзен|únete|rejoignez|канал",
    "donation": r"donat|support|spende|unterstütz|faire un don|\bdon\b|\bdona|пожертв|поддерж|"
                r"contribut|gift|\$|€|₽",
    "membership": r"member|mitglied|membre|miembro|socio|клуб|club|\bpro\b",
    "paywall": r"subscri|abonn|suscri|\babo\b|abo-|weiterlesen|réservé|exclusiv|подписк|premium|"
               r"plus|\+|%|testen",
    "comments": r"comment|kommentar|коммент|comentar|réagir|leserbrief|discus|diskut|conversation|"
                r"обсу|contribu",
    "login": r"sign in|log in|anmelden|login|einloggen|connecter|connexion|iniciar sesión|"
             r"inicia sesión|registr|войти|вход|create account|mon compte|mi cuenta|ingresar",
    "authorbox": r"author|autor|auteur|автор|journalist|журналист|periodista|reporter|redakteur|"
                 r"correspondent|rédact|editor|обозреват|all articles|alle artikel|tous les articles|"
                 r"все материалы|más artículos|más notas|reportera|reportero",
    "tags": r"topics|tags|themen|schlagw|sujets|mots-clés|thèmes|temas|etiquetas|теги|темы|#",
    "footer": r"imprint|impressum|datenschutz|privacy|mentions légales|contact|kontakt|aviso legal|"
              r"privacidad|контакт|политик|terms|\bcgu\b|\bcgv\b|редакц|роскомнадзор|свидетельств|"
              r"\bagb\b|legal|confidentialité|about us",
    "app": r"\bapp\b|app store|google play|приложени|aplicación|\bappli|application|rustore",
    "live": r"key events|update|auto|actualiz|aktualis|ticker|\blive\b|en direct|обновл|трансляц|"
            r"neue beiträge|nouveau|latest|oldest|refresh|en vivo",
    "notes": r"amended|correct|korrektur|berichtigung|rectificatif|erratum|erratas|aclaración|"
             r"исправл|уточнен|first appeared|translated|übersetzt|traduit|traducido|перевод|"
             r"earlier version|früheren version|version précédente|versión anterior|предыдущ",
}
COUNTER_RE = re.compile(r"\d.*(min|read|lesezeit|lecture|lectura|просмотр|view|vistas|vues|comment|"
                        r"коммент|kommentar|comentario|aufrufe|leíd|lu)|"
                        r"(min|read|lesezeit|lecture|lectura|просмотр|view|vistas|vues|comment|"
                        r"коммент|kommentar|comentario|aufrufe|leíd).*\d", re.I)
NAV_SEP_RE = re.compile(r"\s[|·•/]\s")

errors = []


def err(msg):
    errors.append(msg)


def read_text(path):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
        data = data[3:]
    if b"\r" in data:
        err(f"{name}: contains CR (must be LF only)")
    if not data.endswith(b"\n"):
        err(f"{name}: no final newline")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not valid UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for i, l in enumerate(lines, 1):
        if l != l.rstrip():
            err(f"{name}:{i}: trailing whitespace")
        if "\t" in l:
            err(f"{name}:{i}: tab character")
    if lines and lines[0].strip() == "":
        err(f"{name}: starts with a blank line")
    if lines and lines[-1].strip() == "":
        err(f"{name}: ends with a blank line")
    return data, lines


def align(raw, gold):
    """Greedy subsequence match; returns list of raw indices for gold lines, or None."""
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
    entries = sorted(os.listdir(HERE))
    allowed_extra = {"check.py", "README.md"}
    pairs = {}
    for e in entries:
        if e in allowed_extra:
            continue
        m = NAME_RE.match(e)
        if not m:
            err(f"unexpected file: {e}")
            continue
        num, lang, fams, gold = m.groups()
        key = (num, lang, fams)
        pairs.setdefault(key, {})["gold" if gold else "raw"] = os.path.join(HERE, e)
    for extra in allowed_extra:
        if extra not in entries:
            err(f"missing {extra}")

    nums = {}
    for key, d in pairs.items():
        if "raw" not in d or "gold" not in d:
            err(f"{key[0]}_{key[1]}_{key[2]}: raw or gold file missing")
        if key[0] in nums:
            err(f"number {key[0]} used twice")
        nums[key[0]] = key
    expected = [f"{i:03d}" for i in range(1, len(LANG_ORDER) * PER_LANG + 1)]
    if sorted(nums) != expected:
        err(f"numbers present {sorted(nums)} != expected 001-{expected[-1]}")

    neg_count = {l: 0 for l in LANG_ORDER}
    line_owner = {}
    coverage = set()
    print(f"{'file':<34} {'lines':>5} {'nonblank':>8} {'furn':>5} {'share':>6}")
    for num in sorted(nums):
        num_, lang, fams = nums[num]
        stem = f"{num}_{lang}_{fams}"
        i = int(num) - 1
        if 0 <= i < len(LANG_ORDER) * PER_LANG:
            want = LANG_ORDER[i // PER_LANG]
            if lang != want:
                err(f"{stem}: language {lang}, expected {want} for number {num}")
        if lang not in neg_count:
            err(f"{stem}: unknown language {lang}")
            continue
        d = pairs[(num, lang, fams)]
        if "raw" not in d or "gold" not in d:
            continue
        raw_bytes, raw = read_text(d["raw"])
        gold_bytes, gold = read_text(d["gold"])

        if not (MIN_LINES <= len(raw) <= MAX_LINES):
            err(f"{stem}: raw has {len(raw)} lines, expected {MIN_LINES}-{MAX_LINES}")
        for k in range(1, len(raw)):
            if raw[k] == "" and raw[k - 1] == "":
                err(f"{stem}.txt:{k + 1}: double blank line in raw")
        for k in range(1, len(gold)):
            if gold[k] == "" and gold[k - 1] == "":
                err(f"{stem}.gold.txt:{k + 1}: blank lines not collapsed")

        # ownership of lines for the cross-pair duplicate check
        for l in set(raw) | set(gold):
            if len(l) > 3:
                line_owner.setdefault(l, set()).add(stem)

        if fams == "negative":
            neg_count[lang] += 1
            if raw_bytes != gold_bytes:
                err(f"{stem}: negative but gold differs from raw")
            nb = sum(1 for l in raw if l.strip())
            print(f"{stem:<34} {len(raw):>5} {nb:>8} {0:>5} {'0.0%':>6}  (negative)")
            continue

        flist = fams.split("-")
        for f in flist:
            if f not in FAMILIES:
                err(f"{stem}: unknown family '{f}'")
        known = [f for f in flist if f in FAMILIES]
        if len(set(known)) != len(known):
            err(f"{stem}: a family is listed twice")
        if [FAMILIES.index(f) for f in known] != sorted(FAMILIES.index(f) for f in known):
            err(f"{stem}: families not in canonical order")
        coverage.update(known)

        idx = align(raw, gold)
        if idx is None:
            err(f"{stem}: gold is not a subsequence of raw")
            continue
        kept = set(idx)
        deleted = [(k, raw[k]) for k in range(len(raw)) if k not in kept and raw[k].strip()]
        # blank-line rule: between two consecutive kept non-blank lines, gold has a blank
        # line exactly when raw had at least one blank line between them.
        g_nb = [(gi, ri) for gi, ri in enumerate(idx) if gold[gi].strip()]
        for (ga, ra), (gb, rb) in zip(g_nb, g_nb[1:]):
            raw_blank = any(raw[k] == "" for k in range(ra + 1, rb))
            gold_blank = gb - ga > 1
            if raw_blank != gold_blank:
                err(f"{stem}.gold.txt:{gb + 1}: blank line {'missing' if raw_blank else 'added'} "
                    f"relative to raw")
        nb_raw = sum(1 for l in raw if l.strip())
        nb_gold = sum(1 for l in gold if l.strip())
        furn = nb_raw - nb_gold
        share = furn / nb_raw if nb_raw else 0
        print(f"{stem[:34]:<34} {len(raw):>5} {nb_raw:>8} {furn:>5} {share:>6.1%}")
        if not (SHARE_MIN <= share <= SHARE_MAX):
            err(f"{stem}: furniture share {share:.1%} outside {SHARE_MIN:.0%}-{SHARE_MAX:.0%}")

        # plausibility of every declared family
        dl = [l for _, l in deleted]
        first_lines = {k for k in range(min(12, len(raw)))}
        for f in known:
            ok = False
            if f == "masthead":
                ok = any(k in first_lines and len(l) <= 60 for k, l in deleted)
            elif f == "nav":
                short = [l for l in dl if len(l) <= 25]
                ok = len(short) >= 3 or any(len(NAV_SEP_RE.findall(l)) >= 3 for l in dl)
            elif f == "caption":
                ok = any(len(l) >= 30 for l in dl)
            elif f == "counter":
                ok = any(COUNTER_RE.search(l) for l in dl)
            else:
                rx = re.compile(HINTS[f], re.I)
                ok = any(rx.search(l) for l in dl)
            if not ok:
                err(f"{stem}: no deleted line looks like family '{f}'")

    for l, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            err(f"line shared between pairs {sorted(owners)}: {l[:70]!r}")

    for lang, n in neg_count.items():
        if n != NEG_PER_LANG:
            err(f"language {lang}: {n} negatives, expected {NEG_PER_LANG}")

    missing = [f for f in FAMILIES if f not in coverage]
    print(f"families used by positives: {len(coverage)}/{len(FAMILIES)}"
          + (f" (unused: {', '.join(missing)})" if missing else ""))
    if len(coverage) < MIN_FAMILY_COVERAGE:
        err(f"positives use only {len(coverage)} families, expected at least {MIN_FAMILY_COVERAGE}")

    readme = os.path.join(HERE, "README.md")
    if os.path.exists(readme):
        setno = re.sub(r"\D", "", os.path.basename(HERE)) or "???"
        first = open(readme, encoding="utf-8").readline().rstrip("\n")
        want = f"# Blind evaluation set: news-page furniture removal (set {setno})"
        if first != want:
            err(f"README.md: first line is {first!r}, expected {want!r}")

    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
