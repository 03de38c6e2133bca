#!/usr/bin/env python3
"""Validate the blind evaluation set for news-page furniture removal.

Usage: python3 check.py [directory]   (default: the directory of this script)

Checks: file naming and pairing, numbering and language order, encoding
(UTF-8, no BOM, LF only, final newline), raw page length, gold being a
subsequence of raw, blank-line collapsing in gold, negatives identical,
family names known / canonical order / plausible, furniture share for
positives, and no line longer than 3 characters shared between pairs.
Prints ALL OK at the end when everything passes (exit status 0).
"""
import os
import re
import sys
from collections import defaultdict

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad "
            "promo caption credit copyright wire share counter newsletter "
            "subscribe donation membership paywall comments login authorbox "
            "tags footer app live notes").split()
LANGS = ["en", "ru", "de", "fr", "es"]
PER_LANG = 4
NEGATIVES_PER_LANG = 1
SHARE_MIN, SHARE_MAX = 30.0, 55.0
MIN_LINES, MAX_LINES = 25, 90
ALLOWED_EXTRA = {"check.py", "README.md"}

RAW_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")
GOLD_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.gold\.txt$")


def rx(pattern):
    return re.compile(pattern, re.IGNORECASE)


# Plausibility hints: for every family named in a positive file, at least one
# deleted line must look like that family.  Multilingual, deliberately loose.
HINTS = {
    "skip": rx(r"skip to|jump to|direkt zum|zum inhalt|zur (haupt)?navigation|"
               r"aller au contenu|aller au menu|saltar al|ir al contenido|"
               r"перейти к"),
    "cookie": rx(r"cookie|куки|galletas|traceurs|datenschutz|privacidad|"
                 r"akzeptieren|accepter|aceptar|принять|einstellungen|"
                 r"rechazar|refuser"),
    "consent": rx(r"allow|accept|zulassen|zustimmen|einblenden|extern|"
                  r"autoriser|j.accepte|bloqué|permitir|aceptar|разреш|"
                  r"недоступ|instagram|youtube|facebook|telegram|x\.com"),
    "readmore": rx(r"^(read more|read also|see also|lire aussi|à lire|"
                   r"читайте также|читайте|lesen sie auch|lesen sie mehr|"
                   r"mehr zum thema|lee también|leer más|te puede interesar)"),
    "related": rx(r"related|more on|more from|à lire aussi|sur le même sujet|"
                  r"по теме|другие новости|mehr zum thema|das könnte|"
                  r"te puede interesar|relacionad|más noticias|"
                  r"también te puede"),
    "ad": rx(r"advert|sponsor|anzeige|werbung|publicit|publicidad|patrocin|"
             r"реклама|партн[её]рск|erid|promoted"),
    "promo": rx(r"guide|league|ranking|рейтинг|palmarès|classement|"
                r"clasificaci|podcast|émission|\bevents?\b|webinar|\bour\b|"
                r"\bnotre\b|\bnuestr|\bunser|\bнаш|\bask\b|question|"
                r"pregunta|вопрос|"
                r"cuéntanos|escríbenos|tell us|hear from|schulfinder"),
    "credit": rx(r"photo|foto|фото|bild:|image|getty|crédit|credit|©|imago|"
                 r"illustration|video:"),
    "copyright": rx(r"©|\(c\)|copyright|все права|tous droits|"
                    r"todos los derechos|alle rechte|all rights"),
    "wire": rx(r"reporting by|editing by|^with |^avec |mit material|"
               r"con información|по материалам|agencia|agence|agentur|"
               r"агентств|\((afp|ap|dpa|efe|ria)\)"),
    "share": rx(r"share|teilen|partager|compartir|поделит|whatsapp|facebook|"
                r"copy link|lien|enlace|link kopieren|вконтакте"),
    "counter": rx(r"\bmin\b|minute|minuten|lecture|lectura|lesedauer|"
                  r"время чтения|мин|read\b|просмотр|views|vues|aufrufe|"
                  r"\d+ comment"),
    "newsletter": rx(r"newsletter|lettre|рассылк|boletín|your email|"
                     r"e-mail-adresse|adresse e-mail|correo electr|"
                     r"ваш e-mail|inbox|postfach|sign up"),
    "subscribe": rx(r"subscri|abonn|abonie|suscr|подпис|folgen|follow|"
                    r"suivez|sigue|síguenos|telegram|whatsapp|channel|"
                    r"canal|chaîne|kanal"),
    "donation": rx(r"donat|support|give|spende|unterstütz|soutenez|"
                   r"faites un don|dona|apoya|поддерж|пожертв|₽|\$\d|€"),
    "membership": rx(r"member|mitglied|membre|socio|adhér|клуб|"
                     r"участник|genossenschaft"),
    "paywall": rx(r"subscri|abonn|abo\b|\+|suscr|réservé|reservad|exclusiv|"
                  r"reached|limit|left|reste|weiterlesen|free|gratuit|gratis|"
                  r"подпис|доступ|%|continue reading"),
    "comments": rx(r"comment|kommentar|коммент|comentar|discut|réagi|"
                   r"reacciona|diskut|обсужд"),
    "login": rx(r"sign in|log in|login|anmelden|einloggen|connexion|"
                r"connecte|iniciar sesión|inicia sesión|entrar|войти|вход|"
                r"register|registr|регистрац"),
    "authorbox": rx(r" is (a|an|the) |schreibt für|ist redakteur|"
                    r"journaliste|journalist|reporter|redactor|redactora|"
                    r"periodista|корреспондент|журналист|more from|"
                    r"all articles|все материалы|plus d.articles|más de"),
    "tags": rx(r"topics|tags|теги|thèmes|sujets|schlagw|themen|temas|"
               r"etiquetas|archivado en|#\w|·"),
    "footer": rx(r"imprint|impressum|contact|kontakt|privacy|datenschutz|"
                 r"mentions légales|aviso legal|contacto|privacidad|terms|"
                 r"cgu|agb|свидетельство|редакц|about us|à propos|"
                 r"quiénes somos|über uns|\d{2,}\+|ethics|"
                 r"gestion des cookies|política de cookies"),
    "app": rx(r"\bapp\b|\bl.appli|приложен|google play|app store|téléchar|"
              r"download|herunterladen|descarga"),
    "live": rx(r"key (events|updates)|auto-?update|auto-?refresh|latest|"
               r"aktualis|neue (beiträge|einträge)|nouveau|actualis|"
               r"essentiel|обнов|главное|новые записи|автообновлен|"
               r"actualiz|highlights|new (posts|updates)|pin"),
    "notes": rx(r"correct|amend|clarif|berichtig|korrektur|korrigiert|"
                r"rectif|précision|corrigé|исправ|уточн|fe de errores|"
                r"first appeared|erschien zuerst|translated|traduit|"
                r"übersetzt|traducid|переведен|versión anterior|"
                r"earlier version|frühere(n)? (version|fassung)"),
}


def plausible(family, deleted, raw):
    """deleted: list of raw indices of deleted non-blank lines."""
    texts = [(i, raw[i]) for i in deleted]
    if family == "masthead":
        return any(i < 10 and len(t) <= 80 for i, t in texts)
    if family == "nav":
        return any(len(re.findall(r"\s[|·•]\s", t)) >= 3 for _, t in texts)
    if family == "breadcrumb":
        return any(re.search(r"\s(›|»|>|/|→)\s", t) for _, t in texts)
    if family == "caption":
        dset = set(deleted)
        for i, t in texts:
            if len(t) < 25:
                continue
            for j in (i - 1, i + 1):
                if j in dset and HINTS["credit"].search(raw[j]):
                    return True
        return False
    pat = HINTS[family]
    return any(pat.search(t) for _, t in texts)


def read_text(path, errors):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{name}: has a BOM")
    if b"\r" in data:
        errors.append(f"{name}: contains CR characters (need LF only)")
    if not data.endswith(b"\n"):
        errors.append(f"{name}: no final newline")
    if data.endswith(b"\n\n"):
        errors.append(f"{name}: ends with a blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{name}: not UTF-8 ({exc})")
        text = data.decode("utf-8", "replace")
    if "\t" in text:
        errors.append(f"{name}: contains tab characters")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    for n, line in enumerate(lines, 1):
        if line != line.rstrip():
            errors.append(f"{name}:{n}: trailing whitespace")
    return lines


def align(raw, gold):
    """Greedy subsequence alignment of all gold lines (blank ones included).
    Returns list of matched raw indices or None."""
    matched = []
    j = 0
    for g in gold:
        while j < len(raw) and raw[j] != g:
            j += 1
        if j == len(raw):
            return None
        matched.append(j)
        j += 1
    return matched


def collapse(lines):
    out = []
    for line in lines:
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return out


def main():
    root = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else \
        os.path.dirname(os.path.abspath(__file__))
    errors = []
    names = sorted(os.listdir(root))
    raws, golds = {}, {}
    for name in names:
        if name in ALLOWED_EXTRA:
            continue
        m = GOLD_RE.match(name)
        if m:
            golds[name[:-len(".gold.txt")]] = m
            continue
        m = RAW_RE.match(name)
        if m:
            raws[name[:-len(".txt")]] = m
            continue
        errors.append(f"unexpected file: {name}")
    for extra in sorted(ALLOWED_EXTRA):
        if extra not in names:
            errors.append(f"missing {extra}")

    for stem in sorted(set(raws) | set(golds)):
        if stem not in raws:
            errors.append(f"{stem}.gold.txt has no raw file")
        if stem not in golds:
            errors.append(f"{stem}.txt has no gold file")
    stems = sorted(s for s in raws if s in golds)

    # numbering and language order
    expected_total = PER_LANG * len(LANGS)
    numbers = [int(raws[s].group(1)) for s in stems]
    if sorted(numbers) != list(range(1, expected_total + 1)):
        errors.append(f"pair numbers are {numbers}, expected 001-{expected_total:03d}")
    neg_count = defaultdict(int)
    for s in stems:
        num, lang, fams = int(raws[s].group(1)), raws[s].group(2), raws[s].group(3)
        if lang not in LANGS:
            errors.append(f"{s}: unknown language {lang}")
            continue
        want = LANGS[(num - 1) // PER_LANG] if 1 <= num <= expected_total else None
        if lang != want:
            errors.append(f"{s}: number {num:03d} should be language {want}")
        if fams == "negative":
            neg_count[lang] += 1
    for lang in LANGS:
        if neg_count[lang] != NEGATIVES_PER_LANG:
            errors.append(f"language {lang}: {neg_count[lang]} negatives, "
                          f"expected {NEGATIVES_PER_LANG}")

    line_owner = defaultdict(set)
    family_use = defaultdict(int)
    print(f"{'file':<100} {'lines':>5} {'nonbl':>5} {'furn':>4} {'share':>6}")
    for s in stems:
        num = raws[s].group(1)
        fams = raws[s].group(3)
        raw_path = os.path.join(root, s + ".txt")
        gold_path = os.path.join(root, s + ".gold.txt")
        file_errors = []
        raw = read_text(raw_path, file_errors)
        gold = read_text(gold_path, file_errors)
        raw_bytes = open(raw_path, "rb").read()
        gold_bytes = open(gold_path, "rb").read()

        if not (MIN_LINES <= len(raw) <= MAX_LINES):
            file_errors.append(f"{s}: raw has {len(raw)} lines, "
                               f"expected {MIN_LINES}-{MAX_LINES}")
        if raw and raw[0] == "":
            file_errors.append(f"{s}.txt: starts with a blank line")
        for i in range(1, len(raw)):
            if raw[i] == "" and raw[i - 1] == "":
                file_errors.append(f"{s}.txt:{i + 1}: double blank line")
                break
        # gold shape
        if gold and (gold[0] == "" or gold[-1] == ""):
            file_errors.append(f"{s}.gold.txt: leading or trailing blank line")
        for i in range(1, len(gold)):
            if gold[i] == "" and gold[i - 1] == "":
                file_errors.append(f"{s}.gold.txt:{i + 1}: uncollapsed blank lines")
                break
        if not any(gold):
            file_errors.append(f"{s}.gold.txt: empty")

        matched = align(raw, gold)
        if matched is None:
            file_errors.append(f"{s}: gold is not a subsequence of raw")
            deleted = []
        else:
            # align non-blank lines only, then rebuild gold from raw
            nb_raw = [i for i, l in enumerate(raw) if l]
            nb_gold = [l for l in gold if l]
            kept, j = set(), 0
            for g in nb_gold:
                while j < len(nb_raw) and raw[nb_raw[j]] != g:
                    j += 1
                if j == len(nb_raw):
                    break
                kept.add(nb_raw[j])
                j += 1
            deleted = [i for i in nb_raw if i not in kept]
            rebuilt = collapse([l for i, l in enumerate(raw) if i not in set(deleted)])
            while rebuilt and rebuilt[0] == "":
                rebuilt.pop(0)
            if rebuilt != gold:
                file_errors.append(f"{s}: gold is not raw minus deleted lines "
                                   f"with blank runs collapsed")

        nonblank = sum(1 for l in raw if l)
        share = 100.0 * len(deleted) / nonblank if nonblank else 0.0
        print(f"{s + '.txt':<100} {len(raw):>5} {nonblank:>5} {len(deleted):>4} {share:>5.1f}%")

        if fams == "negative":
            if raw_bytes != gold_bytes:
                file_errors.append(f"{s}: negative but gold differs from raw")
        else:
            fam_list = fams.split("-")
            unknown = [f for f in fam_list if f not in FAMILIES]
            if unknown:
                file_errors.append(f"{s}: unknown families {unknown}")
            known = [f for f in fam_list if f in FAMILIES]
            if len(set(known)) != len(known):
                file_errors.append(f"{s}: duplicate families")
            idx = [FAMILIES.index(f) for f in known]
            if idx != sorted(idx):
                file_errors.append(f"{s}: families not in canonical order")
            if raw_bytes == gold_bytes:
                file_errors.append(f"{s}: positive but gold identical to raw")
            if matched is not None and not (SHARE_MIN <= share <= SHARE_MAX):
                file_errors.append(f"{s}: furniture share {share:.1f}% outside "
                                   f"{SHARE_MIN:.0f}-{SHARE_MAX:.0f}%")
            if len(deleted) < len(known):
                file_errors.append(f"{s}: {len(deleted)} deleted lines for "
                                   f"{len(known)} families")
            for f in known:
                family_use[f] += 1
                if deleted and not plausible(f, deleted, raw):
                    file_errors.append(f"{s}: no deleted line looks like family '{f}'")

        for line in set(raw) | set(gold):
            key = line.strip()
            if len(key) > 3:
                line_owner[key].add(num)
        errors.extend(file_errors)

    for line, owners in sorted(line_owner.items()):
        if len(owners) > 1:
            errors.append(f"line shared by pairs {sorted(owners)}: {line[:80]!r}")

    unused = [f for f in FAMILIES if family_use[f] == 0]
    print(f"families used by positives: {len(FAMILIES) - len(unused)}/{len(FAMILIES)}"
          + (f" (unused: {' '.join(unused)})" if unused else ""))

    for e in errors:
        print("ERROR:", e)
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
