#!/usr/bin/env python3
"""Validate the blind news-furniture evaluation set in this directory.

Standard library only. Prints one line per file (furniture share for positives)
and ends with "ALL OK" when every check passes.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

FAMILIES = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
            "caption credit copyright wire share counter newsletter subscribe donation "
            "membership paywall comments login authorbox tags footer app live notes").split()
LANGS = {"en": range(1, 5), "ru": range(5, 9), "de": range(9, 13),
         "fr": range(13, 17), "es": range(17, 21)}
NEGATIVES_PER_LANG = 2
MIN_LINES, MAX_LINES = 25, 90
MIN_SHARE, MAX_SHARE = 0.30, 0.55
NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)\.txt$")

# Multilingual hints: a family named in a file name is "plausible" when at least
# one deleted line matches its hint (or its structural rule, see plausible()).
HINTS = {
    "skip": r"skip to|zum inhalt|springen|aller au contenu|saltar al|перейти к",
    "cookie": r"cookie|куки",
    "consent": r"content from|contenu|inhalt|contenido|контент|einverstanden|autoriser|allow|permitir|bloqu|blocked",
    "readmore": r"read more|read also|lire aussi|lee también|leer más|lea también|читайте также|lesen sie auch|auch interessant",
    "related": r"related|more on this|mehr zum thema|по теме|même sujet|te puede interesar|más noticias|à lire aussi|more from|weitere artikel",
    "ad": r"advert|anzeige|реклама|publicité|publicidad|sponsor|patrocinado|gesponsert|erid",
    "promo": r"podcast|écoutez|escuchá|escucha|hören sie|слушайте|festival|webinar|event|evento|événement|conférence|offer",
    "credit": r"picture|photo|image|foto|фото|bild|vídeo|video|crédit|credit",
    "copyright": r"©|copyright|all rights|tous droits|todos los derechos|все права|alle rechte|reproduction",
    "wire": r"\bwith\b|\bavec\b|con información|mit material|по материалам|agency|agence|agencia|agentur|агентств|contributed|reporting by|editing by|wire",
    "share": r"share|teilen|partager|compartir|поделиться|copy link|link kopieren",
    "counter": r"min read|lesezeit|temps de lecture|de lectura|просмотр|views|\d+ comments|\d+ kommentare|\d+ commentaires|\d+ comentarios|\d+ комментари",
    "newsletter": r"newsletter|inbox|e-mail|email|correo|рассылк|lettre",
    "subscribe": r"subscribe|abonn|suscr|подпис|follow|folgen sie|suivez|seguí|síguenos|telegram|whatsapp|canal",
    "donation": r"donat|\bdon\b|give|spende|aport|донат|пожертв|chip in|\$\s?\d|\d\s?€",
    "membership": r"member|mitglied|membre|socio|членств|club|cercle|community|comunidad|клуб",
    "paywall": r"subscriber|abonné|abonn|réservé|reste|weiterlesen|abo\b|suscriptor|подписчик|% left|testen|€|\d+\s?%",
    "comments": r"comment|kommentar|réagir|comentar|комментар|debate|discuss|diskut",
    "login": r"sign in|log in|anmelden|einloggen|connecter|connexion|ingresar|iniciar sesión|войти|вход|registr|account|konto|compte",
    "authorbox": r"journalist|reporter|correspondent|periodista|journaliste|корреспондент|журналист|redakteur|writes|schreibt|écrit|escribe|пишет",
    "tags": r"topics|tags|теги|themen|schlagw|mots-clés|temas|etiquetas|keywords|sujets",
    "footer": r"impressum|imprint|privacy|datenschutz|contact|kontakt|контакт|aviso legal|mentions légales|terms|agb|свидетельство|редакц|registered|accessib|política|ethics|nonprofit",
    "app": r"\bapp\b|appli|приложени|google play|app store|android|\bios\b|descarg|télécharg|herunterladen|bajate",
    "live": r"live|direct|key (events|moments)|update|refresh|aktualis|actualis|nouveaux|posts|новые|обнов|en vivo|directo|essentiels|momentos",
    "notes": r"correction|corrected|amended|clarif|précision|erratum|errata|fe de|исправлен|berichtigung|korrektur|first appeared|translated|traduit|traducido|переведен",
}
HINTS = {k: re.compile(v, re.I) for k, v in HINTS.items()}
BREADCRUMB_RE = re.compile(r"\s(>|›|»|/)\s")
NAV_SEP_RE = re.compile(r"\s[|·•/]\s")

errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


def read_lines(path):
    data = open(path, "rb").read()
    name = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        err(f"{name}: has a BOM")
    if b"\r" in data:
        err(f"{name}: contains CR (line endings must be LF)")
    if not data.endswith(b"\n"):
        err(f"{name}: no final newline")
    if data.endswith(b"\n\n"):
        err(f"{name}: trailing blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{name}: not UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    return text[:-1].split("\n") if text.endswith("\n") else text.split("\n")


def kept_mask(raw, gold):
    """Greedy subsequence match; returns mask of raw lines kept, or None."""
    mask = [False] * len(raw)
    j = 0
    for i, line in enumerate(raw):
        if j < len(gold) and line == gold[j]:
            mask[i] = True
            j += 1
    return mask if j == len(gold) else None


def plausible(fam, deleted, raw):
    """deleted: list of (index, line) of non-blank deleted raw lines."""
    if fam == "masthead":
        nonblank = [i for i, l in enumerate(raw) if l.strip()][:12]
        return any(i in nonblank and len(l.split()) <= 8 for i, l in deleted)
    if fam == "nav":
        for _, l in deleted:
            if len(NAV_SEP_RE.findall(l)) >= 3:
                return True
            words = l.split()
            if len(words) >= 5 and all(w[:1].isupper() for w in words):
                return True
        return False
    if fam == "breadcrumb":
        return any(len(BREADCRUMB_RE.findall(l)) >= 1 and len(l) < 80 for _, l in deleted)
    if fam == "caption":
        idx = {i for i, _ in deleted}
        for i, l in deleted:
            if len(l.split()) >= 5 and (i + 1) in idx and HINTS["credit"].search(raw[i + 1]):
                return True
        return False
    return any(HINTS[fam].search(l) for _, l in deleted)


def main():
    files = sorted(f for f in os.listdir(HERE) if not f.startswith("."))
    allowed_extra = {"README.md", "check.py"}
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    for f in files:
        if f in allowed_extra or f in raws or f in golds:
            continue
        if f == "__pycache__":
            continue
        err(f"unexpected file {f}")
    for f in allowed_extra:
        if f not in files:
            err(f"missing {f}")

    numbers = {}
    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            err(f"{g}: gold without raw file")
    all_lines = {}  # normalised line -> set of pair numbers
    used_families = set()
    neg_count = {lang: 0 for lang in LANGS}

    for r in raws:
        m = NAME_RE.match(r)
        if not m:
            err(f"{r}: bad file name")
            continue
        num, lang, fams = int(m.group(1)), m.group(2), m.group(3)
        if num in numbers:
            err(f"{r}: number {num:03d} used twice")
        numbers[num] = r
        if lang not in LANGS or num not in LANGS[lang]:
            err(f"{r}: number {num:03d} does not belong to language {lang!r}")
        gname = r[:-4] + ".gold.txt"
        if gname not in golds:
            err(f"{r}: missing gold file")
            continue
        raw = read_lines(os.path.join(HERE, r))
        gold = read_lines(os.path.join(HERE, gname))

        if not (MIN_LINES <= len(raw) <= MAX_LINES):
            err(f"{r}: {len(raw)} lines, expected {MIN_LINES}-{MAX_LINES}")
        if raw and (raw[0] == "" or raw[-1] == ""):
            err(f"{r}: leading or trailing blank line")

        for i, l in enumerate(gold):
            if l == "" and (i == 0 or i == len(gold) - 1):
                err(f"{gname}: leading/trailing blank line")
            if l == "" and i > 0 and gold[i - 1] == "":
                err(f"{gname}: consecutive blank lines at line {i + 1}")

        mask = kept_mask(raw, gold)
        if mask is None:
            err(f"{gname}: not a subsequence of the raw file")
            continue

        for l in raw:
            key = l.strip()
            if len(key) > 3:
                all_lines.setdefault(key.casefold(), set()).add(num)

        nonblank = [l for l in raw if l.strip()]
        deleted = [(i, l) for i, (l, k) in enumerate(zip(raw, mask)) if not k and l.strip()]
        share = len(deleted) / len(nonblank) if nonblank else 0.0

        if fams == "negative":
            neg_count[lang] = neg_count.get(lang, 0) + 1
            if raw != gold or open(os.path.join(HERE, r), "rb").read() != open(os.path.join(HERE, gname), "rb").read():
                err(f"{r}: negative but gold differs from raw")
            print(f"{r:<100} negative  lines={len(raw):3d}  furniture=0/{len(nonblank)}")
            continue

        fam_list = fams.split("-")
        for fam in fam_list:
            if fam not in FAMILIES:
                err(f"{r}: unknown family {fam!r}")
        known = [f for f in fam_list if f in FAMILIES]
        if known != sorted(known, key=FAMILIES.index) or len(set(known)) != len(known):
            err(f"{r}: families not in canonical order or duplicated")
        if not deleted:
            err(f"{r}: positive without any deleted line")
        for fam in known:
            used_families.add(fam)
            if not plausible(fam, deleted, raw):
                err(f"{r}: family {fam!r} not plausible (no matching deleted line)")
        ok = MIN_SHARE <= share <= MAX_SHARE
        if not ok:
            err(f"{r}: furniture share {share:.1%} outside {MIN_SHARE:.0%}-{MAX_SHARE:.0%}")
        print(f"{r:<100} positive  lines={len(raw):3d}  furniture={len(deleted)}/{len(nonblank)} = {share:.1%}")

    expected = set(range(1, 21))
    if set(numbers) != expected:
        err(f"numbers present {sorted(numbers)}; expected 001-020")
    for lang, n in neg_count.items():
        if n != NEGATIVES_PER_LANG:
            err(f"language {lang}: {n} negatives, expected {NEGATIVES_PER_LANG}")

    for key, nums in sorted(all_lines.items()):
        if len(nums) > 1:
            err(f"line shared between pairs {sorted(nums)}: {key[:70]!r}")

    unused = [f for f in FAMILIES if f not in used_families]
    print(f"families used by positives: {len(used_families)}/{len(FAMILIES)}"
          + (f" (unused: {', '.join(unused)})" if unused else ""))
    if len(used_families) < (2 * len(FAMILIES)) // 3:
        err("positives use too few of the families")

    if errors:
        print(f"{len(errors)} ERROR(S)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
