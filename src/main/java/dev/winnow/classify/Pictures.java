package dev.winnow.classify;

import static dev.winnow.classify.PageLines.BARE_NAME;
import static dev.winnow.classify.PageLines.BYLINE;
import static dev.winnow.classify.PageLines.HEADLINE_MIN_WORDS;
import static dev.winnow.classify.PageLines.STAMP_OPENING;
import static dev.winnow.classify.PageLines.endsLikeSentence;
import static dev.winnow.classify.PageLines.hasDigit;
import static dev.winnow.classify.PageLines.isDateline;
import static dev.winnow.classify.PageLines.isSentence;
import static dev.winnow.classify.PageLines.nextNonBlank;
import static dev.winnow.classify.PageLines.prevNonBlank;

import dev.winnow.document.Document;
import dev.winnow.document.Verdict;
import dev.winnow.rules.LineRule.Neighbour;

/**
 * Context steps for pictures and ads between paragraphs: the caption above a credit a rule
 * removed, a caption over a photographer's bare name, and the advertiser's teaser under an ad
 * label.
 */
final class Pictures {
  private Pictures() {}

  // The sizes settleCaptions goes by, in words: a bare credit, one in a picture's block; a caption,
  // at least, and at most with and without a full stop at its end.
  private static final int CREDIT_MAX_WORDS = 8;
  private static final int CREDIT_MAX_WORDS_FIGURE = 14;
  private static final int CAPTION_MIN_WORDS = 5;
  private static final int CAPTION_MAX_WORDS = 16;
  private static final int CAPTION_MAX_WORDS_UNSTOPPED = 20;
  private static final int CAPTION_MAX_WORDS_MARKED = 26;
  // A picture's block set apart (see isFigure) may have a caption of two sentences: what it shows,
  // then why ("Eine Pflegerin begleitet eine Bewohnerin … Die Kosten … steigen seit Jahren.").
  // In the labelled sets no line of the article under 31 words stands so between a blank or
  // removed line and a credit with a blank line under it.
  private static final int CAPTION_MAX_WORDS_FIGURE = 30;

  /**
   * The end of a caption that says when the picture was taken, set off by a comma: a year, a day
   * of the week or a day of a month among at most five words after the last comma (", Feb. 27,
   * 2025.", ", este viernes.", ", on Tuesday morning.", ", el pasado 28 de enero."). A sentence
   * of news says when inside its clause ("… cut off for most of Saturday.").
   */
  /** A month's name, as a date gives it in the five languages ("28 de enero", "Jan. 28", "28 января"). */
  private static final String MONTH = "(?<![\\p{L}])(?:january|february|march|april|may|june|july|august|september|october|"
      + "november|december|jan|feb|aug|sept?|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
      + "setiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
      + "novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|января|февраля|марта|апреля|мая|июня|июля|"
      + "августа|сентября|октября|ноября|декабря)(?![\\p{L}])";

  private static final java.util.regex.Pattern CAPTION_WHEN = java.util.regex.Pattern.compile(
      "(?iu),(?:\\s*[^,\\s]+){0,4}?\\s*(?:(?<!\\d)(?:19|20)\\d\\d|(?<![\\p{L}])(?:monday|tuesday|wednesday|thursday|"
          + "friday|saturday|sunday|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|"
          + "jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
          + "понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресенье)|\\d{1,2}\\.?\\s+(?:de\\s+)?" + MONTH
          + "|" + MONTH + "\\.?\\s+\\d{1,2})(?:\\s+\\p{L}+){0,2}[\\s.)]*$");

  /**
   * A sentence's end inside a line, then the next one's first word ("… 126–128 млн тонн. В июле
   * …"): a caption longer than 16 words is one sentence, a paragraph of that length is often two.
   */
  private static final java.util.regex.Pattern SENTENCE_BREAK = java.util.regex.Pattern.compile("\\p{Ll}[.!?]\\s+\\p{Lu}");

  /**
   * Whether a caption-sized line ends by saying when its picture was taken: such a caption may run
   * to 20 words with a full stop, as one without a full stop may (see settleCaptions).
   */
  private static boolean endsWithWhen(String t) {
    return CAPTION_WHEN.matcher(t.length() > 60 ? t.substring(t.length() - 60) : t).find();
  }

  /**
   * A picture's caption sits directly above its credit, with no blank line between ("A monteur
   * installs a heat pump." / "Photo: Christian Ohde"). Its words are the article's vocabulary, so
   * no rule can name it; its place can. Yet a picture without a caption has a paragraph of the
   * article directly above its credit, so the line goes only when all of this holds:
   *
   * <ul>
   *   <li>the credit is a bare credit (at most 8 words): a longer one carries the caption itself;
   *   <li>the article goes on below the credit (see articleGoesOn): a copyright line at the
   *       foot of the page credits the site, not a picture; unless the credit says it credits a
   *       photograph ("Foto: …"), which is a picture's at the foot of the page too;
   *   <li>the line is caption-sized: five words or more (a shorter line above a picture is the
   *       article's subheading), at most 16, or 20 without a full stop (captions in many
   *       languages have none, sentences of news do); no quoted speech (a caption describes, a
   *       sentence that quotes reports; a name in quotation marks, «Les», is fine) and not a
   *       byline;
   *   <li>the line above it is a kept sentence of prose or a dateline (a short line with a year,
   *       a time or a numeric date): a caption stands between paragraphs or under the byline,
   *       while the line under a headline or a menu is the standfirst; or the two stand apart as
   *       a picture's block below the headline (see isFigure), where the credit may be longer
   *       (14 words: "NAME / AGENCY POUR « LE JOURNAL »") and a caption 30 words, in two
   *       sentences.
   * </ul>
   * The page's time stamp right above the lead picture's credit is no caption ("Updated March 10,
   * 2025, 9:14 a.m. ET" / "Illustration by …").
   */
  static void settleCaptions(Document doc, LineFacts facts, Verdict[] v, Claims claims, int n) {
    for (int i = 1; i < n; i++) {
      if (!claims.claims(i, Neighbour.CAPTION_ABOVE) || !v[i].isDrop() || facts.words(i) > CREDIT_MAX_WORDS_FIGURE
          || carriesCaption(doc.line(i).text().strip()) || DATED_COPYRIGHT.matcher(doc.line(i).text()).lookingAt()
          || WIRE_SIGN.matcher(doc.line(i).text()).matches()) {
        continue;
      }
      int c = i - 1;
      int above = prevNonBlank(facts, c - 1);
      if (facts.blank(c) || v[c].isDrop() || facts.quoted(c) || above < 0
          || !(articleGoesOn(doc, facts, v, i + 1, n) || PHOTO_LABEL.matcher(doc.line(i).text()).lookingAt())) {
        continue;
      }
      if (underTickerStamp(doc, facts, above, c, n)) {
        continue;
      }
      boolean figure = isFigure(doc, facts, v, claims, c, i, n);
      if ((v[above].isDrop() || facts.words(i) > CREDIT_MAX_WORDS) && !figure) {
        continue;
      }
      String t = doc.line(c).text().strip();
      if (STAMP_OPENING.matcher(t).lookingAt() && isDateline(doc, facts, c)) {
        continue; // the page's stamp ("Updated March 10, 2025, 9:14 a.m. ET"), over the lead picture's credit
      }
      // right under the dateline, the lead picture's caption may run to 20 words with its full
      // stop, as one without a stop may: the lead paragraph under a dateline has no photo credit
      // under it unless its picture has no caption, and then it is longer (39 words in the one
      // such page of the labelled sets)
      boolean underDateline = above == c - 1 && isDateline(doc, facts, above);
      int most = figure ? CAPTION_MAX_WORDS_FIGURE
          : endsLikeSentence(t) && !endsWithWhen(t) && !underDateline ? CAPTION_MAX_WORDS : CAPTION_MAX_WORDS_UNSTOPPED;
      if (facts.words(c) < CAPTION_MIN_WORDS || facts.words(c) > most
          || BYLINE.matcher(t).lookingAt() || Quotations.quotesSpeech(t) || t.endsWith(":")
          || (!figure && facts.words(c) > CAPTION_MAX_WORDS && endsLikeSentence(t) && SENTENCE_BREAK.matcher(t).find())) {
        continue;
      }
      if (figure || isSentence(doc, facts, above)
          || isDateline(doc, facts, above)) {
        v[c] = Verdict.drop(v[i].ruleId(), "context: the caption above a picture credit");
      }
    }
  }

  /**
   * A scraper that sets every block apart with a blank line sets the lead picture's caption apart
   * from its credit too ("MPs file through the division lobbies …" / "" / "Photograph: Tom
   * Ellery/Westminster Pictures"), so settleCaptions, which needs the two together, cannot tell
   * it from a paragraph over a picture without a caption. Under the page's furniture (a share row,
   * a count) or its dateline, though, the line above a picture's credit is the caption: in the
   * labelled sets thirteen such lines are all captions, where eight of twenty-four between
   * paragraphs are the article's. So such a line goes when: exactly one blank line parts it from
   * the credit below, a rule's bare credit that says it credits a photograph ("Foto: …"); it is
   * caption-sized (five to twenty words, no quoted speech, no byline, no colon at its end); the
   * nearest line above it is one the rules removed, or a dateline; and the article goes on below
   * the credit. Between paragraphs, where such a line was the article's 3 times in 16, the
   * caption has no full stop or ends on the day it shows (see CAPTION_DAY), sixteen words at most.
   */
  static void settleLeadCaptions(Document doc, LineFacts facts, Verdict[] v, Claims claims, int n) {
    for (int i = 2; i < n; i++) {
      if (!claims.claims(i, Neighbour.CAPTION_ABOVE) || !v[i].isDrop() || facts.words(i) > CREDIT_MAX_WORDS
          || !facts.blank(i - 1) || !PHOTO_LABEL.matcher(doc.line(i).text()).lookingAt()
          || galleryPosition(doc, facts, i) != null || !articleGoesOn(doc, facts, v, i + 1, n)) {
        continue;
      }
      int c = i - 2;
      int above = prevNonBlank(facts, c - 1);
      if (facts.blank(c) || v[c].isDrop() || facts.quoted(c) || above < 0) {
        continue;
      }
      String t = doc.line(c).text().strip();
      if (facts.words(c) < CAPTION_MIN_WORDS || facts.words(c) > CAPTION_MAX_WORDS_UNSTOPPED || isDateline(doc, facts, c)
          || BYLINE.matcher(t).lookingAt() || Quotations.quotesSpeech(t) || t.endsWith(":")) {
        continue;
      }
      // between paragraphs, a caption has no full stop or ends on the day it shows ("… on
      // Saturday morning."), where a short paragraph over a picture without a caption tells news
      boolean lead = v[above].isDrop() || isDateline(doc, facts, above);
      if (!lead && (facts.words(c) > CAPTION_MAX_WORDS || endsLikeSentence(t) && !CAPTION_DAY.matcher(t).find())) {
        continue;
      }
      v[c] = Verdict.drop(v[i].ruleId(), "context: the lead picture's caption, set apart above its credit");
    }
  }

  /** A caption's last words naming the day it shows ("… in Westminster on Wednesday.", "… este jueves."). */
  private static final java.util.regex.Pattern CAPTION_DAY = java.util.regex.Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|jueves|viernes|"
          + "sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|"
          + "samstag|sonntag|понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресенье)"
          + "(?:\\s+(?:morning|afternoon|evening|night|por la (?:mañana|tarde|noche)|matin|après-midi|soir|morgen|abend|утром|вечером))?[\\s.)]*$");

  /** A game clock alone on its line ("60:00", "57:41"): a hockey or basketball ticker's stamp. */
  private static final java.util.regex.Pattern GAME_CLOCK = java.util.regex.Pattern.compile("\\s*\\d{1,3}:[0-5]\\d\\s*");

  /** The fewest stamps that make a page a ticker in underTickerStamp. */
  private static final int TICKER_MIN_STAMPS = 3;

  /**
   * True when the line right above a caption candidate is a stamp (a time of day, a match's
   * minute, a game clock) and the page holds at least three of them: the candidate is a live
   * entry's text, and the marked line under it (an ad's marking, which may stand above its ad as
   * well as below) is not its picture's credit.
   */
  private static boolean underTickerStamp(Document doc, LineFacts facts, int above, int c, int n) {
    if (above != c - 1 || !isStamp(doc, facts, above)) {
      return false;
    }
    int stamps = 0;
    for (int k = 0; k < n && stamps < TICKER_MIN_STAMPS; k++) {
      if (isStamp(doc, facts, k)) {
        stamps++;
      }
    }
    return stamps >= TICKER_MIN_STAMPS;
  }

  private static boolean isStamp(Document doc, LineFacts facts, int i) {
    return ArticleGuards.isEntryTime(doc, facts, i)
        || (!facts.blank(i) && facts.chars(i) <= 8 && GAME_CLOCK.matcher(doc.line(i).text()).matches());
  }

  /**
   * A picture saved as Markdown ("![Turistas en Santa Cruz](https://…/foto.jpg)") has its caption
   * on the line directly under it, and often the photographer's name under that ("Turistas con
   * maletas en una calle del barrio de Santa Cruz, este jueves." / "Lucía Torrealba"). A rule that
   * names the picture line says {@code caption-below: true}; the caption goes when it is
   * caption-sized (at most 20 words, not a heading, a byline, quoted speech or a line ending with a
   * colon), a sentence of the article stands above the picture (a picture over the headline has
   * the headline under it), and a blank line, a removed line or a short credit follows it. A short
   * line under the caption that does not end like a sentence goes with it as its credit.
   */
  static void settlePictureCaptions(Document doc, LineFacts facts, Verdict[] v, Claims claims, int n) {
    int lead = PageLines.firstProse(facts, v, n);
    for (int i = lead + 1; i + 1 < n; i++) {
      if (!claims.claims(i, Neighbour.CAPTION_BELOW) || !v[i].isDrop()) {
        continue;
      }
      int c = i + 1;
      if (!mayBeCaption(doc, facts, v, c) || doc.line(c).text().strip().startsWith("#")) {
        continue;
      }
      int after = c + 1;
      boolean credit = after < n && !facts.blank(after) && v[after].isKeep()
          && facts.words(after) <= CREDIT_MAX_WORDS && !endsLikeSentence(doc.line(after).text().strip());
      if (after < n && !facts.blank(after) && v[after].isKeep() && !credit) {
        continue; // the article goes on right under it: a paragraph, not a caption
      }
      v[c] = Verdict.drop(v[i].ruleId(), "context: the caption under a picture");
      if (credit) {
        v[after] = Verdict.drop(v[i].ruleId(), "context: the credit under a picture's caption");
      }
    }
  }

  /**
   * A gallery's position on a line of its own, with or without the word for a picture ("1/6", "2 de
   * 9", "Фото 3/5", "Bild 2 von 8"): group 1 is the picture's number, group 2 the gallery's size.
   */
  private static final java.util.regex.Pattern GALLERY_POSITION = java.util.regex.Pattern.compile(
      "(?iu)[^\\p{L}\\p{N}_]*(?:(?:photo|image|picture|slide|bild|foto|фото|слайд|imagen|diapositiva)\\s*)?(\\d{1,3})\\s*(?:/|of|de|sur|von|из)\\s*(\\d{1,3})[^\\p{L}\\p{N}_]*");

  // The longest line GALLERY_POSITION is tried on, in characters: "Diapositiva 12 de 24".
  private static final int GALLERY_POSITION_MAX_CHARS = 24;

  /**
   * The gallery position on line {@code j} ("1/6", "Фото 2/5") as its picture's number and the
   * gallery's size, or null. The cheap tests first: the context pass asks this of every line.
   */
  private static int[] galleryPosition(Document doc, LineFacts facts, int j) {
    if (j < 0 || j >= doc.size() || facts.blank(j) || facts.chars(j) > GALLERY_POSITION_MAX_CHARS) {
      return null;
    }
    String t = doc.line(j).text();
    if (t.length() > GALLERY_POSITION_MAX_CHARS || !hasDigit(t)) {
      return null;
    }
    java.util.regex.Matcher m = GALLERY_POSITION.matcher(t);
    return m.matches() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : null;
  }

  /**
   * A gallery numbers its pictures on lines of their own ("1/6", then "2/6" further down, or "1 de
   * 9", "2 de 9"). One such line could be a score or a fraction, so no rule names a bare one; two or
   * more with the same gallery size and rising numbers, none above that size, are the gallery's
   * positions, and go.
   */
  static void settleGalleryPositions(Document doc, LineFacts facts, Verdict[] v, String id, int n) {
    // line numbers by gallery size, and each line's picture number
    java.util.Map<Integer, java.util.List<Integer>> bySize = new java.util.HashMap<>();
    int[] number = null;
    for (int i = 0; i < n; i++) {
      int[] p = v[i].isKeep() ? galleryPosition(doc, facts, i) : null;
      if (p != null) {
        number = number == null ? new int[n] : number;
        number[i] = p[0];
        bySize.computeIfAbsent(p[1], k -> new java.util.ArrayList<>()).add(i);
      }
    }
    for (java.util.Map.Entry<Integer, java.util.List<Integer>> e : bySize.entrySet()) {
      java.util.List<Integer> lines = e.getValue();
      if (lines.size() < 2) {
        continue;
      }
      int previous = 0;
      boolean rising = true;
      for (int i : lines) {
        rising &= number[i] > previous && number[i] <= e.getKey();
        previous = number[i];
      }
      if (rising) {
        for (int i : lines) {
          v[i] = Verdict.drop(id, "context: a gallery's position, numbered like the others on the page");
        }
      }
    }
  }

  /**
   * A Russian gallery puts the credit first and the caption under it ("Фото 1/5" / "Фото: © Ирина
   * Шалимова" / "Столб пепла над Ключевской сопкой утром 3 ноября"). Under a removed credit that
   * a removed gallery position heads, a caption-sized line set apart below (a blank line or
   * furniture under it) is that picture's caption.
   */
  static void settleGalleryCaptions(Document doc, LineFacts facts, Verdict[] v, Claims claims, int n) {
    for (int i = 1; i + 1 < n; i++) {
      if (!claims.claims(i, Neighbour.CAPTION_ABOVE) || !v[i].isDrop() || !v[i - 1].isDrop()
          || galleryPosition(doc, facts, i - 1) == null) {
        continue;
      }
      int c = i + 1;
      if (!mayBeCaption(doc, facts, v, c) || facts.words(c) < CAPTION_MIN_WORDS
          || (c + 1 < n && !facts.blank(c + 1) && v[c + 1].isKeep())) {
        continue;
      }
      v[c] = Verdict.drop(v[i].ruleId(), "context: the caption under a gallery picture's credit");
    }
  }

  /**
   * Whether kept line {@code c} reads as a caption under a picture or its credit: not blank, at
   * most 20 words, no quotation, byline or line that ends with a colon (which introduces what
   * follows).
   */
  private static boolean mayBeCaption(Document doc, LineFacts facts, Verdict[] v, int c) {
    if (facts.blank(c) || v[c].isDrop() || facts.quoted(c) || facts.words(c) > CAPTION_MAX_WORDS_UNSTOPPED) {
      return false;
    }
    String t = doc.line(c).text().strip();
    return !t.endsWith(":") && !BYLINE.matcher(t).lookingAt() && !Quotations.quotesSpeech(t);
  }

  /**
   * A caption's last words and full stop, then a copyright sign or a photo label: the credit line
   * carries its own caption ("Здание Басманного суда. © Сергей Ильин", "The old mill. Photo: Ann
   * Lee").
   */
  private static final java.util.regex.Pattern CAPTION_THEN_SIGN = java.util.regex.Pattern.compile(
      "(?iu)\\p{L}{2,}\\s+\\p{L}{2,}[.!?]\\s+(?:©|(?:photo|foto|фото|bild|imagen|image)\\s*[:：])");

  /**
   * Whether a credit line carries its own caption before a bracketed credit ("Yersinia pestis
   * causes the plague (Image: GETTY)") or before its copyright sign or photo label ("Здание
   * Басманного суда. © Сергей Ильин"): then the line above it is no caption of that picture. A
   * credit's own label ("Foto: Reto Amstutz (Keystone)") has a colon before the bracket.
   */
  private static boolean carriesCaption(String t) {
    java.util.regex.Matcher sign = CAPTION_THEN_SIGN.matcher(t);
    if (sign.find() && sign.start() > 0) {
      return true; // "Здание Басманного суда. © Сергей Ильин/Коммерсантъ"
    }
    int open = t.lastIndexOf('(');
    if (!t.endsWith(")") || open <= 0) {
      return false;
    }
    // "Foto: Reto Amstutz (Keystone)" is a credit whose agency is in brackets: a label, no caption
    String before = t.substring(0, open);
    return before.indexOf(':') < 0 && before.strip().split("\\s+").length >= 3;
  }

  /**
   * A credit that says it credits a photograph ("Foto: Xavier Llorca", "Фото: …"): a picture's,
   * wherever it stands, even at the foot of the page with nothing of the article below it.
   */
  private static final java.util.regex.Pattern PHOTO_LABEL = java.util.regex.Pattern.compile(
      "(?iu)[^\\p{L}\\p{N}]*(?:photos?|fotos?|фото|bild|imagen|photograph|crédit photo)\\s*[:：©]");

  /**
   * An agency alone in brackets ("(AFP)", "(avec AFP)", "(dpa/lno)"): the wire's sign under a
   * story or a live entry, not a picture's credit. In the labelled sets the line above such a
   * sign is the article's 30 times in 33.
   */
  private static final java.util.regex.Pattern WIRE_SIGN = java.util.regex.Pattern.compile(
      "\\s*\\((?:avec |with |mit |con )?\\p{Lu}[\\p{Lu}\\p{N}-]{1,8}(?:\\s*/\\s*\\p{L}{1,8}){0,2}\\)\\s*");

  /**
   * A copyright line with its year ("© 2025 ACP", "Copyright 2024 Example Media"): the text's
   * copyright, which ends an article, where a picture's credit names its photographer or agency.
   */
  private static final java.util.regex.Pattern DATED_COPYRIGHT =
      java.util.regex.Pattern.compile("(?iu)[^\\p{L}\\p{N}_]*(?:©|\\(c\\)|copyright)\\s*(?:19|20)\\d\\d(?!\\d)");

  // How far below a credit settleCaptions looks, in lines, past furniture for the article's text.
  private static final int ARTICLE_GOES_ON_REACH = 6;

  /**
   * A credit that names no agency and carries no "Photo:": a photographer's bare name ("Nacho
   * Ruiz", "MARTA PADILLA"), a name for an outlet ("Tomás Reyes for The Continental Herald"), two
   * names split by a slash ("Plural / Sergi Navarro", "LODESTAR/Mihai Toma", "Александр
   * Мельников / «Деловой курьер»"), a name and its agency in brackets ("ARMEN HAKOBYAN (AIN)") or
   * after a dash in capitals ("Laurent Fellay - RTA"), or a photographer's initials ("N. E.",
   * "Archives B. L."); an outlet's name may hold digits ("C7 NEWS / Daniel Ortiz").
   */
  private static final java.util.regex.Pattern BARE_CREDIT = java.util.regex.Pattern.compile(
      BARE_NAME.pattern() + "(?:\\s+(?:for|pour|para|für|для)\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})?"
          + "|\\p{Lu}[\\p{L}\\p{N}'’.-]*(?:\\s+[\\p{L}\\p{N}'’.-]+){0,3}\\s*/\\s*[«\"“]?\\p{Lu}[\\p{L}'’.-]*(?:\\s+[\\p{L}'’.-]+){0,3}[»\"”]?"
          + "|" + BARE_NAME.pattern() + "\\s+\\((?:\\p{Lu}{2,8}|\\p{Lu}[\\p{L}.-]+(?:\\s+\\p{Lu}[\\p{L}.-]+){0,2})\\)"
          + "|" + BARE_NAME.pattern() + "\\s[-–—]\\s\\p{Lu}{2,8}"
          + "|(?:[Aa]rchives?\\s+|ARCHIVES?\\s+)?\\p{Lu}\\.\\s?\\p{Lu}\\.(?:\\s?\\p{Lu}\\.)?");

  /** A photographer's name "for" the outlet that sent them ("Euan Tarrant for The Longitude Review"). */
  private static final java.util.regex.Pattern FOR_OUTLET = java.util.regex.Pattern.compile("\\s(?:for|pour|para|für|для)\\s+\\p{Lu}");

  /** A writer's byline word ("Par Romain Guérif"), where "Foto …" names a photographer. */
  private static final java.util.regex.Pattern WRITER = java.util.regex.Pattern.compile("(?iu)(?:by|von|par|por|автор)\\s");

  /**
   * Words of the first and second person: a caption describes, a letter's last lines address.
   * German "du" is not among them: it is French's "of the" ("la digue du port").
   */
  private static final java.util.regex.Pattern FIRST_PERSON = java.util.regex.Pattern.compile(
      "(?iu)(?<![\\p{L}'’])(?:i|we|you|my|our|your|me|us|ich|wir|mein[\\p{L}\\p{N}_]*|unser[\\p{L}\\p{N}_]*|euch|je|j'|nous|vous|mon|"
          + "notre|nos|votre|yo|nosotros|vosotros|mi|mis|nuestr[\\p{L}\\p{N}_]*|я|мы|вы|мой|моя|наш[\\p{L}\\p{N}_]*|ваш[\\p{L}\\p{N}_]*)(?![\\p{L}])");

  /**
   * A picture's caption and a credit no rule can name, because it is only a name: "Planta
   * fotovoltaica de la compañía en Puertollano (Ciudad Real)." / "Nacho Ruiz". Both go when the
   * pair stands between paragraphs of the article as a picture does:
   *
   * <ul>
   *   <li>the credit is a bare name of two or three capitalised words, a name "for" an outlet, or
   *       two names split by a slash, with a blank line under it and the article going on below
   *       (see articleGoesOn); on a page without blank lines, the lead picture's credit under the
   *       header has the article's first sentence right under it;
   *   <li>the line above it is caption-sized, as in settleCaptions, and written in the third
   *       person: a letter's last lines over its writer's name address the reader. It may be a
   *       caption a {@code credit-below} rule took already ("…, en una imagen de archivo.");
   *   <li>a kept sentence of prose stands above the caption, perhaps with furniture between (a
   *       share row over the picture): a name under a headline is a byline. Under the dateline or
   *       the byline, the lead picture's caption ends like a sentence and either its credit names
   *       its agency ("ICO / Sergio Amador") or the picture stands apart from the header, under a
   *       blank line or a removed one (a share row, a reading time): a standfirst under the
   *       headline has its writer's bare name under it, and the headline right above.
   * </ul>
   */
  static void settleBareCredits(Document doc, LineFacts facts, Verdict[] v, Claims claims, String id, int n) {
    for (int i = 2; i + 1 < n; i++) {
      int c = i - 1;
      // cheap tests first: this runs over every line of every page
      if (facts.blank(i) || facts.blank(c) || !v[i].isKeep() || facts.words(i) > CREDIT_MAX_WORDS || facts.quoted(c)) {
        continue;
      }
      // the caption may be one a caption rule already took ("…, en una imagen de archivo.")
      boolean captionTaken = v[c].isDrop() && claims.claims(c, Neighbour.CREDIT_BELOW);
      if (!v[c].isKeep() && !captionTaken) {
        continue;
      }
      // a blank line under the name, or a name in capitals right above a kept sentence (a page
      // without blank lines): "ANTONIO RUEDA" / the next paragraph
      String name = doc.line(i).text().strip();
      boolean closed = facts.blank(i + 1)
          || (name.equals(name.toUpperCase(java.util.Locale.ROOT)) && v[i + 1].isKeep() && isSentence(doc, facts, i + 1));
      if (!BARE_CREDIT.matcher(name).matches() || WRITER.matcher(name).lookingAt()) {
        continue; // "Par Romain Guérif" under "Cholet. Publié le …" is the byline under the dateline
      }
      String t = doc.line(c).text().strip();
      // the article's last kept line above the caption, past furniture (a share row over a picture)
      int above = prevNonBlank(facts, c - 1);
      while (above >= 0 && v[above].isDrop()) {
        above = prevNonBlank(facts, above - 1);
      }
      char last = t.charAt(t.length() - 1);
      // a name with its agency, or "for" its outlet, is a credit beyond doubt, under a longer caption too; a name in
      // capitals is not: a subheading in capitals ("FRANCE WINS") may follow a paragraph
      boolean marked = name.indexOf('/') > 0 || name.endsWith(")") || FOR_OUTLET.matcher(name).find();
      // the lead picture under the header, set apart by a blank line or a removed one, may have
      // a full caption of 20 words, as a picture's block does in settleCaptions; one without a
      // full stop when a blank line closes the picture too ("Firth Park Library, one of five
      // branches named …" / "Dean Asquith" / blank, under the share row)
      boolean setApart = facts.blank(c - 1) || v[c - 1].isDrop();
      boolean underHeader = above >= 0 && (endsLikeSentence(t) || (setApart && facts.blank(i + 1)))
          && PageLines.isDatelineOrByline(doc, facts, above);
      // on a page without blank lines, the lead picture's caption and credit stand between the
      // header's dateline and the article's first sentence: a standfirst has the headline above
      // it, and its writer's name under it stands over the dateline, not under it
      if (!closed && !(underHeader && setApart && v[i + 1].isKeep() && isSentence(doc, facts, i + 1))) {
        continue;
      }
      int most = marked ? CAPTION_MAX_WORDS_MARKED
          : endsLikeSentence(t) && !endsWithWhen(t) && !(underHeader && setApart) ? CAPTION_MAX_WORDS : CAPTION_MAX_WORDS_UNSTOPPED;
      if (facts.words(c) < CAPTION_MIN_WORDS || facts.words(c) > most || PageLines.isDateline(doc, facts, c)
          || last == ':' || last == '?' || last == '!' || BYLINE.matcher(t).lookingAt()
          || Quotations.quotesSpeech(t) || FIRST_PERSON.matcher(t).find()
          || above < 0 || !v[above].isKeep()
          || !(isSentence(doc, facts, above) || (underHeader && (marked || setApart || (above == c - 1 && isDateline(doc, facts, above)))))
          || !articleGoesOn(doc, facts, v, i + 1, n)) {
        continue;
      }
      v[c] = Verdict.drop(id, "context: a caption above a photographer's name");
      v[i] = Verdict.drop(id, "context: a photographer's name under a caption");
    }
  }

  /**
   * Whether the article goes on below line {@code from}: the next non-blank line is kept, or the
   * rules dropped it and the first kept line within a few lines below is a sentence of prose (a
   * "Read more:" link or an ad label often sits between a picture and the next paragraph). At the
   * foot of the page only furniture and the odd kept label follow a copyright line.
   */
  private static boolean articleGoesOn(Document doc, LineFacts facts, Verdict[] v, int from, int n) {
    int below = nextNonBlank(facts, from, n);
    if (below >= n || v[below].isKeep()) {
      return below < n;
    }
    for (int j = below + 1; j < n && j <= below + ARTICLE_GOES_ON_REACH; j++) {
      if (!facts.blank(j) && v[j].isKeep()) {
        return isSentence(doc, facts, j);
      }
    }
    return false;
  }

  /** A word that reports what someone said: the article's, not a caption's. */
  private static final java.util.regex.Pattern REPORTED = java.util.regex.Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:said|says|told|sagte|sagten|erklärte|teilte|selon|a déclaré|ont déclaré|dijo|dijeron|según|"
          + "сообщил\\p{L}*|заявил\\p{L}*|рассказал\\p{L}*|говорит\\p{L}*)(?![\\p{L}])");

  /**
   * Whether removed line {@code j} is a credit that closes the picture above it: a credit right
   * under the article's text or under another credit or caption. The line under it is then the
   * article going on, not the next picture's caption; a credit at a block's top (an image's alt
   * text, "Symbolbild") has a blank or other furniture above it.
   */
  private static boolean closesPicture(LineFacts facts, Verdict[] v, Claims claims, int j) {
    // a caption settled above a credit carries the credit's rule, as a second credit line may
    return claims.claims(j, Neighbour.CAPTION_ABOVE) && j > 0 && !facts.blank(j - 1)
        && (v[j - 1].isKeep() || claims.claims(j - 1, Neighbour.CAPTION_ABOVE) || v[j].ruleId().equals(v[j - 1].ruleId()));
  }

  /** Whether the line above caption {@code c} opens a picture's block (see isFigure). */
  private static boolean openAbove(Document doc, LineFacts facts, Verdict[] v, Claims claims, int c, int i) {
    int above = c - 1;
    if (facts.blank(above)) {
      return true;
    }
    // under an ad label, only a credit that says it credits a photograph ("Foto: …") makes a
    // picture's block: an ad's own marking under it ("Реклама. ООО …") leaves the line between to
    // settleTeasers
    return v[above].isDrop() && !closesPicture(facts, v, claims, above)
        && (!claims.claims(above, Neighbour.TEASER_BELOW) || PHOTO_LABEL.matcher(doc.line(i).text()).lookingAt());
  }

  /** Whether the line under credit {@code i} closes a picture's block (see isFigure). */
  private static boolean closedBelow(Document doc, LineFacts facts, Verdict[] v, Claims claims, int c, int i, int n) {
    int below = i + 1;
    if (below >= n || facts.blank(below)) {
      return true;
    }
    if (v[below].isKeep()) {
      return isSentence(doc, facts, below);
    }
    return claims.claims(below, Neighbour.CAPTION_ABOVE) || !REPORTED.matcher(doc.line(c).text()).find();
  }

  /**
   * Whether caption {@code c} and credit {@code i} stand apart as a picture's block, below the
   * headline: a blank line or a removed line above the caption (not a credit that closes the
   * picture above, see closesPicture), a blank line, a second credit line ("© Ostsee-Rundschau")
   * or the article's next sentence below the credit, and a kept line of four words or more above
   * them. Other furniture below the credit (a link to another story) bounds the block too, but
   * then the line may not report speech: a paragraph the furniture has hemmed in does ("…,
   * сообщили в департаменте транспорта"), while a caption that does ("… where the regulator
   * said spills went unreported") has a blank line under its credit. Such a
   * block often follows the furniture under the byline (a share row, a reading time, a live blog's
   * controls), where the line above is no sentence to go by. In the labelled sets, 916 of 917 lines
   * of five words or more between a removed line and a removed credit are captions.
   */
  private static boolean isFigure(Document doc, LineFacts facts, Verdict[] v, Claims claims, int c, int i, int n) {
    if (c == 0 || !openAbove(doc, facts, v, claims, c, i) || !closedBelow(doc, facts, v, claims, c, i, n)) {
      return false;
    }
    for (int j = c - 1; j >= 0; j--) {
      if (v[j].isKeep() && facts.words(j) >= HEADLINE_MIN_WORDS) {
        return true;
      }
    }
    return false;
  }

  // The sizes settleTeasers goes by, in words: the label alone, the label with its advertiser
  // after a bar or a dot, or after "Sponsored by" ("Sponsored | Coastline Retirement Living",
  // "Sponsored by Northshore Home Comfort"); the teaser.
  private static final int AD_LABEL_MAX_WORDS = 3;
  private static final int NAMED_LABEL_MAX_WORDS = 6;
  private static final java.util.regex.Pattern NAMED_LABEL = java.util.regex.Pattern.compile(
      "(?iu)\\s[|·•]\\s|^[^\\p{L}\\p{N}_]*(?:sponsored by|presented by|brought to you by|gesponsert von|präsentiert von|sponsorisé par|présenté par|patrocinado por|presentado por|при поддержке)\\s");
  private static final int TEASER_MIN_WORDS = 8;
  private static final int TEASER_MAX_WORDS = 25;

  /**
   * A call to act that opens the line or a clause of it: what an advertiser asks of the reader
   * ("Book online", "Jetzt … anfordern", "Simulez votre projet", "Consulta condiciones", "Узнайте
   * подробнее", "¿Tu casa está bien asegurada? Compara precios …"). A sentence of news that asks
   * readers to call someone has the verb inside it.
   */
  private static final java.util.regex.Pattern CALL_TO_ACT = java.util.regex.Pattern.compile(
      "(?iu)(?:^|[.!?:–—|]\\s+)(?:book|order|shop|apply|sign up|request|compare|discover|see the prices|see what|get a quote|jetzt|bestellen|buchen|entdecken|vergleichen sie|"
          + "informieren sie sich|vereinbaren sie|simulez|découvrez|profitez|réservez|commandez|demandez|essayez|comparez|"
          + "consulta|descubre|reserva|pide|solicita|aprovecha|infórmate|contrata|compara|calcula|simula|узнайте|закажите|запишитесь|оформите|сравните|"
          + "успейте)(?![\\p{L}])");

  /** Whether kept line {@code j} opens with the same word as {@code text}: items of one list. */
  private static boolean sameOpening(Document doc, LineFacts facts, Verdict[] v, String text, int j) {
    if (j < 0 || j >= doc.size() || facts.blank(j) || v[j].isDrop()) {
      return false;
    }
    return PageLines.opensAlike(text, doc.line(j).text().strip());
  }

  /**
   * An ad label on a line of its own ("Anzeige", "Contenu commandité") announces the line under
   * it: the advertiser's teaser ("Jetzt Fenster tauschen und bis zu 1.500 Euro Förderung sichern –
   * Fensterbau Hollerer, Gleisdorf"), whose words no rule can know. The line below a label can
   * also be the article going on after the ad slot, so the teaser goes only when all of this holds:
   *
   * <ul>
   *   <li>a {@code teaser-below} rule dropped the label, which is three words or fewer (a longer
   *       one, "The article continues below", points to the article), or six with the
   *       advertiser's name after a bar, a dot or "Sponsored by" ("Sponsored | Coastline
   *       Retirement Living", "Sponsored by Northshore Home Comfort");
   *   <li>the teaser is right under it, with no blank line between, and the rules kept it;
   *   <li>it is teaser-sized (8 to 25 words: a subheading is shorter), carries a figure (a price,
   *       a discount, a date of an offer) and does not end like a sentence: the article's
   *       paragraphs and quotations do; or it has an advertiser's call to act opening a clause
   *       (see CALL_TO_ACT), whatever its end;
   *   <li>a kept sentence of prose stands above the label: the article has begun. An ad slot above
   *       the headline has the headline under it, which is just as long and carries its figures;
   *       unless the rules removed the line right under the teaser too (the ad's registration,
   *       "Реклама. ООО …, erid: …"): then the teaser stands between furniture, wherever it is,
   *       and a name in quotation marks in it is the advertiser's brand, not a quotation.
   * </ul>
   */
  static void settleTeasers(Document doc, LineFacts facts, Verdict[] v, Claims claims, int n) {
    int start = 0;
    while (start < n && !(v[start].isKeep() && isSentence(doc, facts, start))) {
      start++;
    }
    for (int i = 0; i + 1 < n; i++) {
      int t = i + 1;
      // the cheap tests first: the label's pattern runs only on a dropped label of a teaser-below rule
      if (!claims.claims(i, Neighbour.TEASER_BELOW) || !v[i].isDrop() || facts.words(i) > NAMED_LABEL_MAX_WORDS
          || (facts.words(i) > AD_LABEL_MAX_WORDS && !NAMED_LABEL.matcher(doc.line(i).text()).find())
          || facts.blank(t) || v[t].isDrop()
          || facts.words(t) < TEASER_MIN_WORDS || facts.words(t) > TEASER_MAX_WORDS) {
        continue;
      }
      boolean closed = t + 1 < n && !facts.blank(t + 1) && v[t + 1].isDrop();
      String text = doc.line(t).text().strip();
      // between furniture, a name in quotation marks is the advertiser's brand ("в БК «Фортуна-Лайн»")
      if ((i <= start && !closed) || (facts.quoted(t) && !(closed && !Quotations.quotesSpeech(text)))) {
        continue;
      }
      // a brand's name in quotation marks may end the teaser: the sentence's stop is what counts
      boolean sentence = closed ? PageLines.STOPPED.matcher(text).find() : endsLikeSentence(text);
      // an advertiser's call to act opening a clause ("… Book online in two minutes.", "Simulez
      // votre projet en ligne.") makes it the ad's, sentence or not, figure or not
      boolean call = CALL_TO_ACT.matcher(text).find();
      if (((sentence || !hasDigit(text)) && !call) || sameOpening(doc, facts, v, text, i - 1) || sameOpening(doc, facts, v, text, t + 1)) {
        continue; // an item of the article's list that the label interrupts ("Distrito …: PSOE 48,3 %" among others)
      }
      v[t] = Verdict.drop(v[i].ruleId(), "context: the teaser under an ad label");
    }
  }
}
