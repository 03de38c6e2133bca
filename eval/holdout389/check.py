#!/usr/bin/env python3
"""Validate the blind evaluation set for news-page furniture removal.

Usage: python3 check.py [directory]   (defaults to the directory of this script)
Standard library only. Prints per-file statistics and 'ALL OK' when every check passes.
"""
import os
import re
import sys

LANGS = ["en", "ru", "de", "fr", "es"]
PER_LANG = 4
NEG_PER_LANG = 1
MIN_LINES, MAX_LINES = 25, 90
MIN_SHARE, MAX_SHARE = 0.30, 0.55

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
            "credit copyright wire share counter newsletter subscribe donation membership "
            "paywall comments login authorbox tags footer app live notes").split()

# Keyword evidence for each family: at least one deleted line must match.
I = re.IGNORECASE
PAT = {
    "breadcrumb": re.compile(r"^\S.*\s[>›/»]\s.*\s[>›/»]\s\S"),
    "skip": re.compile(r"skip to|springen|aller au contenu|passer au contenu|saltar al|перейти к", I),
    "cookie": re.compile(r"cookie|куки|traceurs", I),
    "consent": re.compile(r"allow|permission|third party|third-party|externe[nr]? inhalt|contenu est bloqué|"
                          r"cookies de terceros|\bload\b|laden|charger|cargando|загрузк|недоступно|"
                          r"view on|voir la publication|ver esta publicación|ver en youtube|"
                          r"смотреть в telegram|instagram|publicación compartida|публикация из|"
                          r"datawrapper|read more on x", I),
    "readmore": re.compile(r"^(read more|lire aussi|à lire aussi|читайте также|lesen sie auch|lee también|leer más)", I),
    "related": re.compile(r"more on this|related|mehr zum thema|по теме|sur le même sujet|"
                          r"te puede interesar|también te puede|more from", I),
    "ad": re.compile(r"advert|реклама|anzeige|werbung|publicité|publicidad|sponsored|gesponsert|"
                     r"sponsorisé|patrocinado", I),
    "promo": re.compile(r"listen|\bplay\b|escuchar|écouter|слушать|hören|abspielen|audio|podcast|quiz|"
                        r"калькулятор|calculat|rechner|voz sintética|velocidad|wiedergabe", I),
    "caption": re.compile(r"\b\d+\s*(of|из|von|de|/)\s*\d+\b|photo|foto|фото|bild|diaporama|galer|"
                          r"галере|interactive map|carte interactive|mapa|график|chart", I),
    "credit": re.compile(r"^\(?(image|photo|photograph|picture|video|фото|bild|bildrechte|foto|grafik|"
                         r"©|источник|quelle|source|fuente|crédit)|^[A-ZÁÉÍÓÚÑÜ .'-]{6,}$", I),
    "copyright": re.compile(r"©|copyright|все права|alle rechte|tous droits|derechos reservados", I),
    "wire": re.compile(r"agency|agence|agencia|agentur|агентств|contributed to this report|reporting by|"
                       r"editing by|con información de|mit material|по материалам|\bpress\b", I),
    "share": re.compile(r"share|поделиться|вконтакте|одноклассники|teilen|link kopieren|partager|"
                        r"compartir|facebook|copy link|e-?mail", I),
    "counter": re.compile(r"\d.*(min|read|views|просмотр|минут|kommentar|comment|lectura|lecture)|👁", I),
    "newsletter": re.compile(r"newsletter|рассылк|boletín|infolettre", I),
    "subscribe": re.compile(r"subscri|подписывайтесь|abonn|suscr|síguenos|sumate|follow us|folgen sie|"
                            r"suivez|whatsapp|telegram", I),
    "donation": re.compile(r"donat|\bdon\b|\bgive\b|chip in|spende|пожертв|поддерж|soutien|soutenez|"
                           r"\bdona|\$\d|\d\s?€", I),
    "membership": re.compile(r"member|mitglied|membre|socio|adhér|членств|клуб", I),
    "paywall": re.compile(r"\babo\b|subscri|подписк|abonn|suscrip|weiterlesen|дочитать|réservé|"
                          r"reste \d+|% left|\+$", I),
    "comments": re.compile(r"comment|коммент|kommentar|diskut|poll|vote|umfrage|abstimm|encuesta|"
                           r"votar|sondage|опрос|голос", I),
    "login": re.compile(r"sign in|log in|create account|register|войти|регистрац|anmelden|registrieren|"
                        r"se connecter|connexion|iniciar sesión|ingresar", I),
    "authorbox": re.compile(r"about the author|об авторе|über den autor|über die autorin|journaliste|"
                            r"journalist|periodista|redakteur|пишет о|writes about", I),
    "tags": re.compile(r"tags|topics|filed under|теги|темы|themen|schlagw|sujets|mots-clés|archivado|"
                       r"etiquetas|temas", I),
    "footer": re.compile(r"contact|privacy|terms|impressum|datenschutz|\bagb\b|mentions légales|"
                         r"свидетельство|роскомнадзор|контакты|aviso legal|política de privacidad|18\+", I),
    "app": re.compile(r"\bapp\b|app store|google play|rustore|приложени|application|aplicación|"
                      r"\bios\b|android|descarg", I),
    "live": re.compile(r"key events|updates?\b|javascript|обновля|главное|новые записи|temps forts|"
                       r"actualiser|mise à jour|actualizar|actualizaciones|lo más importante|aktualis", I),
    "notes": re.compile(r"amended|correction|исправлен|korrektur|rectificatif|fe de erratas|errata|"
                        r"first appeared|translated|traduit|übersetzt|переведен|traducido|corrección", I),
}

NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


def read_text(path):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: starts with a BOM")
    if b"\r" in data:
        err(f"{name}: contains CR characters (must be LF only)")
    if not data.endswith(b"\n"):
        err(f"{name}: no final newline")
    if data.endswith(b"\n\n"):
        err(f"{name}: ends with a blank line")
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
    return lines


def align(raw, gold):
    """Greedy subsequence embedding. Returns list of raw indices kept, or None."""
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


def plausible(fam, deleted, raw, kept_set):
    """deleted: list of (index, line) for deleted non-blank lines."""
    nonblank = [i for i, l in enumerate(raw) if l.strip()]
    if fam == "masthead":
        head = nonblank[:3]
        return any(i not in kept_set and len(raw[i].split()) <= 6 and not raw[i].rstrip().endswith((".", "!", "?"))
                   for i in head)
    if fam == "nav":
        run = 0
        for i in nonblank:
            if i not in kept_set and len(raw[i].split()) <= 3 and (run == 0 or raw[i - 1].strip()):
                run += 1
                if run >= 3:
                    return True
            else:
                run = 1 if (i not in kept_set and len(raw[i].split()) <= 3) else 0
        return False
    if fam == "caption":
        if any(PAT["caption"].search(l) for _, l in deleted):
            return True
        # a long deleted line directly followed by a deleted credit line
        for k, (i, l) in enumerate(deleted[:-1]):
            ni, nl = deleted[k + 1]
            if len(l.split()) >= 6 and ni == i + 1 and PAT["credit"].search(nl):
                return True
        return False
    return any(PAT[fam].search(l) for _, l in deleted)


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    files = sorted(os.listdir(d))
    allowed_extra = {"check.py", "README.md"}
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    for f in files:
        if f in allowed_extra or f in raws or f in golds:
            continue
        err(f"unexpected file in set: {f}")
    if "README.md" not in files:
        err("README.md missing")
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            err(f"{g}: gold file without raw file")

    expected_total = PER_LANG * len(LANGS)
    if len(raws) != expected_total:
        err(f"expected {expected_total} raw files, found {len(raws)}")

    line_owner = {}   # line -> set of pair numbers
    neg_count = {l: 0 for l in LANGS}
    fam_used = set()
    numbers = []
    for f in raws:
        m = NAME_RE.match(f)
        if not m:
            err(f"{f}: bad file name")
            continue
        num, lang, fams = m.group(1), m.group(2), m.group(3)
        n = int(num)
        numbers.append(n)
        if lang not in LANGS:
            err(f"{f}: unknown language {lang}")
            continue
        exp_lang = LANGS[(n - 1) // PER_LANG] if 1 <= n <= expected_total else None
        if lang != exp_lang:
            err(f"{f}: number {num} should be language {exp_lang}")
        gname = f[:-4] + ".gold.txt"
        if gname not in golds:
            err(f"{f}: gold file missing")
            continue
        raw = read_text(os.path.join(d, f))
        gold = read_text(os.path.join(d, gname))
        if not (MIN_LINES <= len(raw) <= MAX_LINES):
            err(f"{f}: {len(raw)} lines, expected {MIN_LINES}-{MAX_LINES}")
        # gold structure
        if gold and (gold[0] == "" or gold[-1] == ""):
            err(f"{gname}: leading or trailing blank line")
        for i in range(1, len(gold)):
            if gold[i] == "" and gold[i - 1] == "":
                err(f"{gname}:{i + 1}: consecutive blank lines")
        if raw and raw[0] == "":
            err(f"{f}: leading blank line")
        kept = align(raw, gold)
        if kept is None:
            err(f"{gname}: not a subsequence of the raw file")
            continue
        kept_set = set(kept)
        deleted = [(i, l) for i, l in enumerate(raw) if i not in kept_set and l.strip()]
        n_raw = sum(1 for l in raw if l.strip())
        n_gold = sum(1 for l in gold if l.strip())
        share = (n_raw - n_gold) / n_raw if n_raw else 0.0

        if fams == "negative":
            neg_count[lang] += 1
            same = open(os.path.join(d, f), "rb").read() == open(os.path.join(d, gname), "rb").read()
            if not same:
                err(f"{f}: negative but gold differs from raw")
            print(f"{f}: negative, {len(raw)} lines, furniture 0/{n_raw} = 0.0 %")
        else:
            fl = fams.split("-")
            for x in fl:
                if x not in FAMILIES:
                    err(f"{f}: unknown family '{x}'")
            if len(set(fl)) != len(fl):
                err(f"{f}: duplicate family in name")
            known = [x for x in fl if x in FAMILIES]
            if known != sorted(known, key=FAMILIES.index):
                err(f"{f}: families not in canonical order")
            fam_used.update(known)
            if not deleted:
                err(f"{f}: positive file with no deleted lines")
            for x in known:
                if not plausible(x, deleted, raw, kept_set):
                    err(f"{f}: no deleted line gives evidence of family '{x}'")
            if not (MIN_SHARE <= share <= MAX_SHARE):
                err(f"{f}: furniture share {share:.1%} outside {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
            print(f"{f}: {len(raw)} lines, furniture {n_raw - n_gold}/{n_raw} = {share * 100:.1f} %")
        for l in set(raw):
            if len(l) > 3:
                line_owner.setdefault(l, set()).add(num)

    if sorted(numbers) != list(range(1, expected_total + 1)):
        err(f"numbers are not exactly 001-{expected_total:03d}: {sorted(numbers)}")
    for lang, c in neg_count.items():
        if c != NEG_PER_LANG:
            err(f"language {lang}: {c} negatives, expected {NEG_PER_LANG}")
    for l, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            err(f"line shared between pairs {sorted(owners)}: {l!r}")
    unused = [x for x in FAMILIES if x not in fam_used]
    print(f"families used by positives: {len(fam_used)}/{len(FAMILIES)}"
          + (f" (unused: {' '.join(unused)})" if unused else ""))
    if errors:
        print(f"{len(errors)} ERROR(S)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
