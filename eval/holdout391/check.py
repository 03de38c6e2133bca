#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory (standard library only).

Checks: pairing and naming, encoding and line endings, gold as a subsequence
of raw, blank-line collapsing in gold, negatives identical, family names known,
in canonical order and plausible, furniture share 30-55 % for positives,
page length, one negative per language, and no line longer than 3 characters
shared between two pairs. Prints ALL OK when everything passes.
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
NEGATIVES_PER_LANG = 1
MIN_LINES, MAX_LINES = 25, 90
MIN_SHARE, MAX_SHARE = 30.0, 55.0

# A family named in a file name is "plausible" when at least one deleted line
# looks like it could belong to that family. The patterns are deliberately
# loose and multilingual; they catch typos in names, not labelling mistakes.
I = re.IGNORECASE
PLAUSIBLE = {
    "masthead": re.compile(r"\S", I),
    "nav": None,  # special: at least two short deleted lines
    "breadcrumb": re.compile(r"[›>»/|]"),
    "skip": re.compile(r"skip|saltar|ir al contenido|aller au contenu|zum inhalt|перейти", I),
    "cookie": re.compile(r"cookie", I),
    "consent": re.compile(r"allow|accept|permission|einverstanden|anzeigen|extern|zustimm|"
                          r"aceptar|autoriser|accepter|afficher|разреш|показать|contenido|contenu|content", I),
    "readmore": re.compile(r"^(read more|read also|see also|читайте также|читайте также|lire aussi|"
                           r"à lire aussi|lea también|lee también|lesen sie auch|mehr lesen|auch interessant)", I),
    "related": re.compile(r"related|more on|more from|mehr zum thema|weitere|главное|по теме|другие новости|"
                          r"sur le même sujet|à lire aussi|más noticias|relacionad|te puede interesar|también", I),
    "ad": re.compile(r"advertisement|advert|sponsored|anzeige|werbung|реклама|erid|publicité|publicidad|patrocinad", I),
    "promo": re.compile(r"podcast|event|veranstaltung|premio|concours|escuch|vot|ticket|festival|forum|conférence", I),
    "caption": re.compile(r".{25,}"),
    "credit": re.compile(r"(?i:photo|foto|фото|image|bild|picture|crédit|credit|video|vídeo|/|pour «|«|©)|"
                         r"^[^a-zß-ÿа-яё]{4,60}$"),  # or an all-capitals name line
    "copyright": re.compile(r"©|copyright|all rights|alle rechte|tous droits|todos los derechos|все права", I),
    "wire": re.compile(r"^[a-z]{2,5}(/[a-z]{1,4})+$|^with |mit material|quelle|^avec |fuente|agencia|agence|агентств|reporting by|"
                       r"editing by|\([a-zа-я]{2,5}\)", I),
    "share": re.compile(r"share|teilen|подел|partag|compartir|whatsapp|facebook|вконтакте|telegram|"
                        r"copy link|link kopieren|copiar enlace|скопировать", I),
    "counter": re.compile(r"\d"),
    "newsletter": re.compile(r"newsletter|e-mail|email|boletín|postfach|inscri|рассылк", I),
    "subscribe": re.compile(r"subscri|abonn|abo|suscr|подпис|delivered", I),
    "donation": re.compile(r"support|donat|give|spende|unterstütz|поддерж|помо|пожертв|don |donar|£|€|\$", I),
    "membership": re.compile(r"member|mitglied|membre|socio|участ", I),
    "paywall": re.compile(r"subscri|abonn|abo|free article|weiterlesen|reste|suscr|подпис|%", I),
    "comments": re.compile(r"comment|kommentar|коммент|réagir|réaction|comentario|conversation", I),
    "login": re.compile(r"log ?in|sign ?in|anmelden|войти|войдите|se connecter|connexion|ingresar|iniciar sesión", I),
    "authorbox": re.compile(r".{60,}"),
    "tags": re.compile(r"^.{1,40}$"),
    "footer": re.compile(r"about|contact|kontakt|impressum|datenschutz|privacy|terms|legal|aviso|mentions|"
                         r"privacidad|confidentialit|редакц|свидетельств|barrierefrei|agb|18\+|política|über", I),
    "app": re.compile(r"\bapp\b|приложени|application|aplicación|google play|app store", I),
    "live": re.compile(r"update|einträg|eintrag|key events|refresh|neueste|älteste|обновл|mise à jour|"
                       r"actualiz|load more|laden", I),
    "notes": re.compile(r"amended|correct|updated|first appeared|translated|обновл|исправл|modifié|corrig|"
                        r"rectific|aktualisiert|korrigiert|berichtigt|traducid|traduit|publicado originalmente", I),
}

NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z-]+)\.txt$")

errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


def read_lines(path):
    with open(path, "rb") as f:
        data = f.read()
    if data.startswith(b"\xef\xbb\xbf"):
        err(f"{os.path.basename(path)}: has a BOM")
    if b"\r" in data:
        err(f"{os.path.basename(path)}: contains CR characters")
    if not data.endswith(b"\n"):
        err(f"{os.path.basename(path)}: no final newline")
    if data.endswith(b"\n\n"):
        err(f"{os.path.basename(path)}: ends with a blank line")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err(f"{os.path.basename(path)}: not UTF-8 ({e})")
        text = data.decode("utf-8", "replace")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for i, l in enumerate(lines, 1):
        if l != l.rstrip():
            err(f"{os.path.basename(path)}:{i}: trailing whitespace")
    return lines


def subsequence_deleted(raw, gold):
    """Return the list of raw indices not matched by gold, or None if gold is
    not a subsequence of raw. Greedy matching; blank gold lines may match any
    blank raw line."""
    matched = set()
    j = 0
    for i, line in enumerate(raw):
        if j < len(gold) and line == gold[j]:
            matched.add(i)
            j += 1
    if j != len(gold):
        return None
    return [i for i in range(len(raw)) if i not in matched]


def norm(line):
    return " ".join(line.split()).casefold()


def main():
    files = sorted(os.listdir(HERE))
    allowed_extra = {"check.py", "README.md"}
    raws = [f for f in files if f.endswith(".txt") and not f.endswith(".gold.txt")]
    golds = [f for f in files if f.endswith(".gold.txt")]
    for f in files:
        if f in allowed_extra or f.endswith(".txt") or f == "__pycache__":
            continue
        err(f"unexpected file {f}")
    if "README.md" not in files:
        err("README.md missing")

    for g in golds:
        if g[:-len(".gold.txt")] + ".txt" not in raws:
            err(f"{g}: gold without raw file")

    numbers = {}
    seen_lines = {}  # normalised line -> pair number that first used it
    neg_per_lang = {k: 0 for k in LANGS}
    print(f"{'file':<100} {'lines':>5} {'furn':>5} {'total':>5} {'share':>7}")
    for r in raws:
        m = NAME_RE.match(r)
        if not m:
            err(f"{r}: bad file name")
            continue
        num, lang, fams = int(m.group(1)), m.group(2), m.group(3)
        if num in numbers:
            err(f"{r}: number {num:03d} used twice")
        numbers[num] = r
        if lang not in LANGS:
            err(f"{r}: unknown language {lang}")
        elif num not in LANGS[lang]:
            err(f"{r}: number {num:03d} is outside the range for {lang}")
        gname = r[:-4] + ".gold.txt"
        if gname not in golds:
            err(f"{r}: gold file missing")
            continue
        raw = read_lines(os.path.join(HERE, r))
        gold = read_lines(os.path.join(HERE, gname))

        if not (MIN_LINES <= len(raw) <= MAX_LINES):
            err(f"{r}: {len(raw)} lines, expected {MIN_LINES}-{MAX_LINES}")
        # gold format
        if gold and (gold[0] == "" or gold[-1] == ""):
            err(f"{gname}: leading or trailing blank line")
        for i in range(1, len(gold)):
            if gold[i] == "" and gold[i - 1] == "":
                err(f"{gname}:{i + 1}: uncollapsed blank lines")
        deleted = subsequence_deleted(raw, gold)
        if deleted is None:
            err(f"{gname}: not a subsequence of the raw file")
            continue
        del_nonblank = [raw[i] for i in deleted if raw[i].strip()]
        total_nonblank = sum(1 for l in raw if l.strip())
        share = 100.0 * len(del_nonblank) / total_nonblank if total_nonblank else 0.0

        if fams == "negative":
            neg_per_lang[lang] = neg_per_lang.get(lang, 0) + 1
            with open(os.path.join(HERE, r), "rb") as a, open(os.path.join(HERE, gname), "rb") as b:
                if a.read() != b.read():
                    err(f"{r}: negative but gold differs from raw")
        else:
            names = fams.split("-")
            unknown = [n for n in names if n not in FAMILIES]
            if unknown:
                err(f"{r}: unknown families {unknown}")
            known = [n for n in names if n in FAMILIES]
            if len(set(known)) != len(known):
                err(f"{r}: family listed twice")
            if known != sorted(known, key=FAMILIES.index):
                err(f"{r}: families not in canonical order")
            if "negative" in names:
                err(f"{r}: 'negative' mixed with families")
            if len(known) > len(del_nonblank):
                err(f"{r}: {len(known)} families but only {len(del_nonblank)} deleted lines")
            for n in known:
                pat = PLAUSIBLE[n]
                if pat is None:
                    ok = sum(1 for l in del_nonblank if len(l) <= 30) >= 2
                else:
                    ok = any(pat.search(l) for l in del_nonblank)
                if not ok:
                    err(f"{r}: family '{n}' has no plausible deleted line")
            if not (MIN_SHARE <= share <= MAX_SHARE):
                err(f"{r}: furniture share {share:.1f}% outside {MIN_SHARE}-{MAX_SHARE}%")
            if not del_nonblank:
                err(f"{r}: positive without deleted lines")

        # cross-pair uniqueness of lines longer than 3 characters
        for l in set(raw) | set(gold):
            if len(l.strip()) <= 3:
                continue
            k = norm(l)
            if k in seen_lines and seen_lines[k] != num:
                err(f"{r}: line shared with pair {seen_lines[k]:03d}: {l[:70]!r}")
            else:
                seen_lines.setdefault(k, num)

        print(f"{r[:100]:<100} {len(raw):>5} {len(del_nonblank):>5} {total_nonblank:>5} {share:>6.1f}%")

    missing = [n for n in range(1, 21) if n not in numbers]
    if missing:
        err(f"missing numbers: {', '.join(f'{n:03d}' for n in missing)}")
    for lang, n in neg_per_lang.items():
        if n != NEGATIVES_PER_LANG:
            err(f"language {lang}: {n} negatives, expected {NEGATIVES_PER_LANG}")

    used = set()
    for r in raws:
        m = NAME_RE.match(r)
        if m and m.group(3) != "negative":
            used.update(m.group(3).split("-"))
    unused = [f for f in FAMILIES if f not in used]
    print(f"families used by positives: {len(used & set(FAMILIES))}/{len(FAMILIES)}"
          + (f" (unused: {', '.join(unused)})" if unused else ""))

    if errors:
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
