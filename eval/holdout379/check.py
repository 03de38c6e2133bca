#!/usr/bin/env python3
"""Validate the blind evaluation set in this directory.

Checks: pairing, encoding and line endings, gold-is-subsequence-of-raw,
blank-line normalisation of gold, negatives identical, family names known,
canonical and plausible, furniture share 30-55 % for positives, page length,
numbering/language layout, and no line longer than 3 characters shared
between two different pairs.  Prints ALL OK when everything passes.
Standard library only.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

CANON = ("masthead nav breadcrumb skip cookie consent readmore related ad promo "
         "caption credit copyright wire share counter newsletter subscribe "
         "donation membership paywall comments login authorbox tags footer app "
         "live notes").split()

LANG_OF_NUM = {}
for i, lang in enumerate(["en", "ru", "de", "fr", "es"]):
    for k in range(4):
        LANG_OF_NUM["%03d" % (i * 4 + k + 1)] = lang

NEGATIVES_PER_LANG = 1
MIN_SHARE, MAX_SHARE = 30.0, 55.0
MIN_LINES, MAX_LINES = 25, 90

NAME_RE = re.compile(r"^(\d{3})_([a-z]{2})_([a-z]+(?:-[a-z]+)*)(\.gold)?\.txt$")

# ---------------------------------------------------------------------------
# Plausibility cues: each family named in a file name must be backed by at
# least one deleted (raw-only) line that looks like that family.
# ---------------------------------------------------------------------------
I = re.I
CUES = {
    "skip": re.compile(r"skip to|zum inhalt|aller au contenu|saltar al|перейти к", I),
    "cookie": re.compile(r"cookie|куки|traceurs|einwilligung|consentement", I),
    "consent": re.compile(r"\ballow\b|erlaub|einverstanden|externe[rn]? inhalt|"
                          r"contenu est bloqué|j'accepte|consentimiento|"
                          r"contenido externo|permitir|разреш|внешн", I),
    "readmore": re.compile(r"^(read more|lesen sie auch|lire aussi|lea también|"
                           r"lee también|читайте также|mehr zum thema)\b", I),
    "ad": re.compile(r"advert|anzeige|publicité|publicidad|реклама|sponsored|"
                     r"patrocinado|werbung", I),
    "promo": re.compile(r"podcast|pódcast|listen|écoute|escucha|épisode|episode|"
                        r"event|veranstaltung|подкаст|offer", I),
    "credit": re.compile(r"photo|foto|picture|visualisierung|фото|crédit|credit|"
                         r"image|bild:", I),
    "copyright": re.compile(r"©|\(c\)|copyright|all rights|alle rechte|"
                            r"todos los derechos|все права|droits réservés", I),
    "wire": re.compile(r"with (material|reporting)|reporting by|editing by|"
                       r"mit material|\(?avec [A-ZÉ]|con información|agencia|"
                       r"agence|agentur|по материалам", I),
    "share": re.compile(r"share|teilen|partager|compartir|поделиться", I),
    "counter": re.compile(r"\d+\s*(min|мин)|lesezeit|lecture|lectura|просмотр|"
                          r"\bviews\b|comments \(\d+\)|\d+ comments", I),
    "newsletter": re.compile(r"newsletter|briefing|inbox|e-?mail|рассылк|boletín|"
                             r"postfach|lettre d'info|correo", I),
    "subscribe": re.compile(r"subscribe|follow us|telegram|whatsapp|abonnez|"
                            r"abonnieren|suscr|sigue|подписыв|rejoignez|folgen sie", I),
    "donation": re.compile(r"donat|support|spende|faire un don|\bdona\b|поддерж|"
                           r"£\d|₽|per month|в месяц|€ (par|pro) mois", I),
    "membership": re.compile(r"member|mitglied|membre|\bsoci[oa]s?\b|adhér", I),
    "paywall": re.compile(r"abonn|subscriber|suscriptor|réservé|exklusiv|\+$|"
                          r"il vous reste|weiterlesen|paywall|подписк", I),
    "comments": re.compile(r"comment|kommentar|réagir|comentario|коммент|"
                           r"discussion|diskussion", I),
    "login": re.compile(r"sign in|log in|anmelden|se connecter|connexion|"
                        r"iniciar sesión|войти|mi cuenta", I),
    "footer": re.compile(r"impressum|imprint|privacy|datenschutz|mentions légales|"
                         r"aviso legal|contact|контакт|terms|cgu|конфиденциальност|"
                         r"свидетельство|registered|política de", I),
    "app": re.compile(r"\bapp\b|appli|приложени|app store|google play|rustore|"
                      r"\bios\b|android", I),
    "live": re.compile(r"key events|auto-?update|load (earlier|more)|"
                       r"show \d+ new|mise à jour auto|neue einträge|"
                       r"actualización automática|ключевые события|"
                       r"^\d{1,2}[.:h]\d{2}\b", I),
    "notes": re.compile(r"amended|first appeared|originally|translated|traduit|"
                        r"übersetzt|traducido|partenariat|partnership|colaboración|"
                        r"впервые опубликован|erschien zuerst|d'abord paru|"
                        r"por primera vez", I),
    "related": re.compile(r"related|more on|more from|mehr aus|mehr zum|à lire|"
                          r"lire également|más noticias|noticias relacionadas|"
                          r"читайте также|по теме|también te puede", I),
    "authorbox": re.compile(r"has (covered|reported)|since \d{4}|desde \d{4}|"
                            r"seit \d{4}|depuis \d{4}|с \d{4} года|redactor|"
                            r"reporter|journalist", I),
    "tags": re.compile(r"topics|tags|теги|themen|mehr zu|sujets|temas|explore", I),
}
SEP_RE = re.compile(r"\s[|·•]\s|\s\|\s")
CRUMB_RE = re.compile(r"\s[›>»/]\s")


def words(s):
    return len(s.split())


def plausible(fam, deleted, raw):
    """deleted: list of (index, line) of raw lines removed in gold."""
    n = len(raw)
    texts = [t for _, t in deleted]
    if fam == "masthead":
        firsts = [i for i, l in enumerate(raw) if l.strip()][:5]
        return any(i in firsts for i, _ in deleted)
    if fam == "nav":
        top = [(i, t) for i, t in deleted if i < n * 0.4]
        short = [t for _, t in top if words(t) <= 4]
        rows = [t for _, t in top if len(SEP_RE.findall(t)) >= 3]
        return len(short) >= 3 or bool(rows)
    if fam == "breadcrumb":
        return any(len(CRUMB_RE.findall(t)) >= 2 for t in texts)
    if fam == "caption":
        for i, t in deleted:
            if words(t) >= 5 and i < n * 0.5 and not t.rstrip().endswith(":"):
                if not any(CUES[f].search(t) for f in ("cookie", "consent", "ad",
                                                       "paywall", "newsletter")):
                    return True
        return False
    if fam == "credit":
        if any(CUES["credit"].search(t) for t in texts):
            return True
        dset = dict(deleted)
        return any(words(t) <= 4 and (i - 1) in dset and words(dset[i - 1]) >= 5
                   for i, t in deleted)
    if fam == "related":
        dset = dict(deleted)
        for i, t in deleted:
            if CUES["related"].search(t) and (i + 1) in dset and (i + 2) in dset:
                return True
        return False
    if fam == "authorbox":
        if any(CUES["authorbox"].search(t) for i, t in deleted if i > n * 0.5):
            return True
        return False
    if fam == "tags":
        if any(CUES["tags"].search(t) for t in texts):
            return True
        return any(i > n * 0.6 and len(SEP_RE.findall(t)) >= 2 and words(t) <= 12
                   for i, t in deleted)
    cue = CUES[fam]
    return any(cue.search(t) for t in texts)


# ---------------------------------------------------------------------------

errors = []


def err(msg):
    errors.append(msg)


def read_lines(path):
    data = open(path, "rb").read()
    tag = os.path.basename(path)
    if data.startswith(b"\xef\xbb\xbf"):
        err("%s: has a BOM" % tag)
    if b"\r" in data:
        err("%s: contains CR (not LF-only)" % tag)
    if not data.endswith(b"\n"):
        err("%s: no final newline" % tag)
    if data.endswith(b"\n\n"):
        err("%s: ends with a blank line" % tag)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        err("%s: not UTF-8 (%s)" % (tag, e))
        text = data.decode("utf-8", "replace")
    return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")


def subsequence_map(gold, raw, from_end=False):
    """Greedy match of gold lines into raw (earliest or latest occurrences);
    returns the list of matched raw indices or None."""
    if from_end:
        m = subsequence_map(gold[::-1], raw[::-1])
        return None if m is None else sorted(len(raw) - 1 - i for i in m)
    idx, out = 0, []
    for g in gold:
        while idx < len(raw) and raw[idx] != g:
            idx += 1
        if idx == len(raw):
            return None
        out.append(idx)
        idx += 1
    return out


def rebuild(raw, kept):
    """Raw minus the non-kept non-blank lines, blank runs collapsed, trimmed."""
    out = []
    for i, l in enumerate(raw):
        if l.strip() and i not in kept:
            continue
        if not l.strip():
            if out and out[-1] == "":
                continue
            out.append("")
        else:
            out.append(l)
    while out and out[0] == "":
        out.pop(0)
    while out and out[-1] == "":
        out.pop()
    return out


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    pairs = {}
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            err("unexpected file name: %s" % f)
            continue
        num, lang, fams, gold = m.groups()
        key = (num, lang, fams)
        pairs.setdefault(key, {})["gold" if gold else "raw"] = f

    nums = {}
    for key, d in pairs.items():
        if set(d) != {"raw", "gold"}:
            err("%s_%s_%s: unpaired (%s only)" % (key + (", ".join(d),)))
        nums.setdefault(key[0], []).append(key)
    for num in sorted(LANG_OF_NUM):
        if num not in nums:
            err("missing pair number %s" % num)
        elif len(nums[num]) > 1:
            err("pair number %s used more than once" % num)
    for num in nums:
        if num not in LANG_OF_NUM:
            err("pair number %s out of range 001-020" % num)

    line_owner = {}          # stripped line -> pair number
    used_families = set()
    neg_per_lang = {}
    print("%-4s %-3s %-8s %5s %6s  %s" % ("No.", "lng", "kind", "lines", "furn%", "families"))
    for key in sorted(pairs):
        num, lang, famstr = key
        d = pairs[key]
        if set(d) != {"raw", "gold"}:
            continue
        tag = "%s_%s_%s" % key
        if LANG_OF_NUM.get(num) and LANG_OF_NUM[num] != lang:
            err("%s: number %s should be language %s" % (tag, num, LANG_OF_NUM[num]))
        raw = read_lines(os.path.join(HERE, d["raw"]))
        gold = read_lines(os.path.join(HERE, d["gold"]))

        if not (MIN_LINES <= len(raw) <= MAX_LINES):
            err("%s: raw has %d lines (want %d-%d)" % (tag, len(raw), MIN_LINES, MAX_LINES))
        if raw and not raw[0].strip():
            err("%s: raw starts with a blank line" % tag)
        for name, lines in (("raw", raw), ("gold", gold)):
            for n, l in enumerate(lines, 1):
                if l != l.rstrip() or (l.strip() == "" and l != ""):
                    err("%s %s:%d: trailing whitespace" % (tag, name, n))
        # gold normalisation
        if gold and (gold[0] == "" or gold[-1] == ""):
            err("%s: gold has leading/trailing blank line" % tag)
        for a, b in zip(gold, gold[1:]):
            if a == "" and b == "":
                err("%s: gold has consecutive blank lines" % tag)
                break
        # subsequence (non-blank lines must map in order; blanks are free)
        gold_nb = [l for l in gold if l.strip()]
        # Identical lines (a nav item repeated as the kicker) make the
        # embedding ambiguous: accept the earliest- or latest-match embedding
        # whose deletion reproduces gold exactly.
        kept = None
        for from_end in (True, False):
            m = subsequence_map(gold, raw, from_end)
            if m is not None and rebuild(raw, set(m)) == gold:
                kept = set(m)
                break
        if kept is None:
            if subsequence_map(gold, raw) is None:
                err("%s: gold is not a subsequence of raw" % tag)
            else:
                err("%s: gold differs from raw minus deleted lines with blanks collapsed" % tag)
            continue
        deleted = [(i, l) for i, l in enumerate(raw) if i not in kept and l.strip()]
        raw_nb = [l for l in raw if l.strip()]
        share = 100.0 * len(deleted) / max(1, len(raw_nb))

        if famstr == "negative":
            neg_per_lang[lang] = neg_per_lang.get(lang, 0) + 1
            if raw != gold:
                err("%s: negative but gold differs from raw" % tag)
            kind = "negative"
        else:
            kind = "positive"
            fams = famstr.split("-")
            for f in fams:
                if f not in CANON:
                    err("%s: unknown family '%s'" % (tag, f))
            known = [f for f in fams if f in CANON]
            if known != sorted(known, key=CANON.index):
                err("%s: families not in canonical order" % tag)
            if len(set(fams)) != len(fams):
                err("%s: repeated family" % tag)
            for f in known:
                used_families.add(f)
                if not plausible(f, deleted, raw):
                    err("%s: family '%s' named but no deleted line looks like it" % (tag, f))
            if not (MIN_SHARE <= share <= MAX_SHARE):
                err("%s: furniture share %.1f%% outside %g-%g%%" % (tag, share, MIN_SHARE, MAX_SHARE))
            if not deleted:
                err("%s: positive without deleted lines" % tag)
        print("%-4s %-3s %-8s %5d %5.1f%%  %s" % (num, lang, kind, len(raw), share, famstr))

        # cross-pair duplicate lines
        for l in set(raw) | set(gold):
            s = l.strip()
            if len(s) <= 3:
                continue
            other = line_owner.get(s)
            if other is not None and other != num:
                err("line shared by pairs %s and %s: %r" % (other, num, s[:70]))
            else:
                line_owner[s] = num

    for lang in ["en", "ru", "de", "fr", "es"]:
        if neg_per_lang.get(lang, 0) != NEGATIVES_PER_LANG:
            err("language %s has %d negatives (want %d)"
                % (lang, neg_per_lang.get(lang, 0), NEGATIVES_PER_LANG))
    unused = [f for f in CANON if f not in used_families]
    print("families used by positives: %d of %d%s" % (
        len(used_families), len(CANON),
        (" (unused: %s)" % ", ".join(unused)) if unused else ""))
    if len(used_families) < len(CANON) * 0.6:
        err("positives use too few families")

    if errors:
        for e in errors:
            print("ERROR:", e)
        print("%d problem(s)" % len(errors))
        return 1
    print("ALL OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
