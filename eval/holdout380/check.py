#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Usage: python3 check.py [directory]
Prints one line per pair and `ALL OK` at the end when every check passes.
"""
import os
import re
import sys

LANGS = ["en", "ru", "de", "fr", "es"]
PER_LANG = 4
NEG_PER_LANG = 1
MIN_LINES, MAX_LINES = 25, 90
MIN_SHARE, MAX_SHARE = 30.0, 55.0

FAMILIES = (
    "masthead nav breadcrumb skip cookie consent readmore related ad promo caption "
    "credit copyright wire share counter newsletter subscribe donation membership "
    "paywall comments login authorbox tags footer app live notes"
).split()

# Keyword hints: a family named in a file is plausible when at least one deleted
# line matches its hint (case-insensitive). Structural families are handled below.
HINTS = {
    "skip": r"skip to|zum inhalt|direkt zu|saltar al|aller au contenu|перейти к",
    "cookie": r"cookie|куки",
    "consent": r"youtube|spotify|dailymotion|vimeo|extern|external|внешн|alojado|hosted|embed|разрешить|allow|accepter et afficher|anzeigen",
    "readmore": r"^(read more|also read|lire aussi|à lire|читайте также|читайте|te puede interesar|lee también|lea también|mehr zum thema|auch interessant|lesen sie auch)",
    "related": r"^(more |related|ещё по теме|по теме|другие|weitere|mehr aus|à lire aussi|sur le même sujet|más noticias|más de|también te|recommended)",
    "ad": r"advert|anzeige|werbung|publicidad|реклама|sponsor|affiliat|commission|provision|comisión|rémunération|where to watch|где посмотреть|où regarder|dónde ver|entradas|billets|билеты|tickets|angebot|buy|kaufen|comprar|pre-order",
    "promo": r"podcast|подкаст|hors-série|sessions|ciclo|encuentro|rencontre|festival|boutique|tickets on sale|event",
    "credit": r"photo|foto|фото|bild:|image|picture|getty|\S / \S",
    "copyright": r"©|\(c\)|all rights reserved|todos los derechos|все права|tous droits|alle rechte",
    "wire": r"agenc|agentur|агентств|reporting by|additional reporting|editing by|with afp|mit material|con información|по материалам|news agency|avec l'agence|avec agence",
    "share": r"share|teilen|partager|compartir|поделиться|whatsapp|copy link|link kopieren|вконтакте|одноклассники|facebook|enviar por|per e-mail",
    "counter": r"\d+\s*(min|minutes|minuten|минут|мин|comments|kommentare|réactions|comentarios|просмотр|views|reads)|lesezeit|lesedauer|время чтения|de lectura|reading time|temps de lecture",
    "newsletter": r"newsletter|рассылк|lettre|boletín|bulletin|inbox|postfach|boîte mail|sign me up|weekly|e-mail|email",
    "subscribe": r"follow|telegram|whatsapp|подписывайтесь|suivez|síguenos|únete|folgen sie|abonnez|s'abonner|subscribe",
    "donation": r"donat|\bdon\b|spende|пожертвован|поддерж|donación|dona\b|support us|soutenez",
    "membership": r"member|mitglied|socio|membre|adhér|участник|клуб",
    "paywall": r"subscriber|abonnent|abonnés|подписчик|подписк|suscriptor|\d+ ?%|weiterlesen|continue reading|testen|0,99|1 €|1 рубль",
    "comments": r"comment|kommentar|комментар|commentaire|comentar|conversation|diskutiert",
    "login": r"sign in|log in|anmelden|se connecter|connectez|войти|войдите|iniciar sesión|inicia sesión|registrieren|register|личный кабинет|my account|mon compte",
    "tags": r"topics|tags|теги|schlagw|mots-clés|temas|themen|étiquettes|etiquetas|explore more",
    "footer": r"privacy|datenschutz|impressum|mentions légales|aviso legal|privacidad|contact|kontakt|свидетельство|редакци|terms|conditions|18\+|quiénes somos|about us|corrections|confidentialité",
    "app": r"\bapp\b|приложени|application|\bappli\b|app store|google play|herunterladen|descarga",
    "live": r"key events|new updates|auto-update|auto-refresh|essentiels|nouveaux posts|rafraîchissement|earlier entries|posts précédents|load more|aktualisier|новые записи|actualizar",
    "notes": r"amended|corrected|correction|erratum|précédente version|originally|originalmente|first appeared|translated|traduit|traducido|übersetzt|перевод",
    "authorbox": r"\b(is|est|es|ist)\b.*\b(critic|editor|writer|journalist|critique|crítica|crítico|kritiker|redakteur|journaliste|periodista)|критик|журналист|пишет о",
}
HINTS = {k: re.compile(v, re.I) for k, v in HINTS.items()}

NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")


def words(s):
    return len(s.split())


def structural_ok(fam, raw, deleted_idx):
    """Plausibility for families without a reliable keyword."""
    nonblank = [i for i, l in enumerate(raw) if l.strip()]
    if fam == "masthead":
        head = set(nonblank[:10])
        return any(i in head and words(raw[i]) <= 6 for i in deleted_idx)
    if fam == "nav":
        # a run of >= 3 deleted short lines with no kept line in between
        run = 0
        for i in nonblank:
            if i in deleted_idx and words(raw[i]) <= 4:
                run += 1
                if run >= 3:
                    return True
            else:
                run = 0
        return False
    if fam == "breadcrumb":
        return any(re.search(r"\S\s*[›>/»|]\s*\S.*\S\s*[›>/»|]\s*\S", raw[i]) for i in deleted_idx)
    if fam == "caption":
        return any(words(raw[i]) >= 5 for i in deleted_idx)
    if fam == "related":
        # a header matching the hint followed by at least one more deleted line
        for k, i in enumerate(nonblank[:-1]):
            if i in deleted_idx and HINTS["related"].search(raw[i].strip()) and nonblank[k + 1] in deleted_idx:
                return True
        return False
    return False


def check_text(path, data, errors):
    if data.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{path}: BOM")
    if b"\r" in data:
        errors.append(f"{path}: CR characters (not LF-only)")
    if not data.endswith(b"\n"):
        errors.append(f"{path}: no final newline")
    if data.endswith(b"\n\n"):
        errors.append(f"{path}: trailing blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{path}: not UTF-8 ({e})")
        return None
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if lines and lines[0].strip() == "":
        errors.append(f"{path}: leading blank line")
    return lines


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors = []
    files = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
    raws = [f for f in files if not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    for g in golds:
        if g[:-9] + ".txt" not in raws:
            errors.append(f"{g}: gold without raw file")
    others = [f for f in os.listdir(d) if f not in files and f not in ("check.py", "README.md")]
    if others:
        errors.append(f"unexpected files: {others}")

    expected_lang = {}
    for k, lang in enumerate(LANGS):
        for j in range(PER_LANG):
            expected_lang[k * PER_LANG + j + 1] = lang
    seen_nums = {}
    neg_count = {l: 0 for l in LANGS}
    fam_use = {f: 0 for f in FAMILIES}
    line_owner = {}  # line -> pair number
    pair_lines = {}

    for r in raws:
        m = NAME_RE.match(r)
        if not m:
            errors.append(f"{r}: bad file name")
            continue
        num, lang, fams = int(m.group(1)), m.group(2), m.group(3)
        if num in seen_nums:
            errors.append(f"{r}: number {num:03d} used twice")
        seen_nums[num] = r
        if expected_lang.get(num) != lang:
            errors.append(f"{r}: number {num:03d} should be language {expected_lang.get(num)}")
        gname = r[:-4] + ".gold.txt"
        if gname not in golds:
            errors.append(f"{r}: missing gold file")
            continue
        rdata = open(os.path.join(d, r), "rb").read()
        gdata = open(os.path.join(d, gname), "rb").read()
        raw = check_text(r, rdata, errors)
        gold = check_text(gname, gdata, errors)
        if raw is None or gold is None:
            continue
        if not (MIN_LINES <= len(raw) <= MAX_LINES):
            errors.append(f"{r}: {len(raw)} lines, expected {MIN_LINES}-{MAX_LINES}")

        # gold is a subsequence of raw (greedy match), remember deleted lines
        kept = []
        j = 0
        for i, line in enumerate(raw):
            if j < len(gold) and line == gold[j]:
                kept.append(i)
                j += 1
        if j != len(gold):
            errors.append(f"{gname}: not a subsequence of raw (stuck at gold line {j + 1}: {gold[j][:60]!r})")
            continue
        keptset = set(kept)
        deleted_idx = {i for i in range(len(raw)) if i not in keptset and raw[i].strip()}
        # gold blank lines: collapsed, no leading/trailing
        for k in range(1, len(gold)):
            if gold[k].strip() == "" and gold[k - 1].strip() == "":
                errors.append(f"{gname}: consecutive blank lines at line {k + 1}")
        if gold and (gold[0].strip() == "" or gold[-1].strip() == ""):
            errors.append(f"{gname}: leading or trailing blank line")
        # gold must equal raw minus deleted lines with blank runs collapsed
        rebuilt = []
        for i, line in enumerate(raw):
            if i in deleted_idx:
                continue
            if line.strip() == "" and (not rebuilt or rebuilt[-1].strip() == ""):
                continue
            rebuilt.append(line)
        while rebuilt and rebuilt[-1].strip() == "":
            rebuilt.pop()
        if rebuilt != gold:
            errors.append(f"{gname}: differs from raw minus deleted lines (blank lines changed?)")

        nonblank = sum(1 for l in raw if l.strip())
        share = 100.0 * len(deleted_idx) / nonblank if nonblank else 0.0

        if fams == "negative":
            neg_count[lang] += 1
            if rdata != gdata:
                errors.append(f"{r}: negative but gold differs from raw")
            traps = [raw[i] for i in range(len(raw)) if raw[i].strip() and any(h.search(raw[i]) for h in HINTS.values())]
            print(f"{r}: negative, {len(raw)} lines, {nonblank} non-blank, {len(traps)} lines matching furniture hints")
        else:
            fl = fams.split("-")
            for f in fl:
                if f not in FAMILIES:
                    errors.append(f"{r}: unknown family {f!r}")
            known = [f for f in fl if f in FAMILIES]
            if len(set(fl)) != len(fl):
                errors.append(f"{r}: duplicated family in name")
            if [FAMILIES.index(f) for f in known] != sorted(FAMILIES.index(f) for f in known):
                errors.append(f"{r}: families not in canonical order")
            if "negative" in fl:
                errors.append(f"{r}: 'negative' mixed with families")
            for f in known:
                fam_use[f] += 1
                if f in HINTS and f != "related":
                    ok = any(HINTS[f].search(raw[i]) for i in deleted_idx)
                else:
                    ok = structural_ok(f, raw, deleted_idx)
                if not ok:
                    errors.append(f"{r}: family {f!r} not plausible (no deleted line looks like it)")
            if len(deleted_idx) < len(known):
                errors.append(f"{r}: fewer deleted lines than families")
            if not (MIN_SHARE <= share <= MAX_SHARE):
                errors.append(f"{r}: furniture share {share:.1f}% outside {MIN_SHARE:.0f}-{MAX_SHARE:.0f}%")
            print(f"{r}: {len(raw)} lines, {nonblank} non-blank, {len(deleted_idx)} furniture, share {share:.1f}%")

        pair_lines[num] = set(l for l in raw if len(l) > 3)

    # numbering and negatives
    missing = [n for n in expected_lang if n not in seen_nums]
    if missing:
        errors.append(f"missing numbers: {missing}")
    for l in LANGS:
        if neg_count[l] != NEG_PER_LANG:
            errors.append(f"language {l}: {neg_count[l]} negatives, expected {NEG_PER_LANG}")
    unused = [f for f in FAMILIES if fam_use[f] == 0]
    print(f"families used by positives: {sum(1 for f in FAMILIES if fam_use[f])}/{len(FAMILIES)}"
          + (f" (unused: {', '.join(unused)})" if unused else ""))
    if sum(1 for f in FAMILIES if fam_use[f]) * 2 <= len(FAMILIES):
        errors.append("positives use fewer than half of the families")

    # no line longer than 3 characters shared between pairs
    for num in sorted(pair_lines):
        for line in pair_lines[num]:
            if line in line_owner and line_owner[line] != num:
                errors.append(f"line shared by pairs {line_owner[line]:03d} and {num:03d}: {line[:70]!r}")
            else:
                line_owner.setdefault(line, num)

    for e in errors:
        print("ERROR:", e)
    print("ALL OK" if not errors else f"{len(errors)} ERROR(S)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
