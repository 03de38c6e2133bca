package dev.winnow.classify;

import static dev.winnow.classify.PageLines.BARE_NAME;
import static dev.winnow.classify.PageLines.NAME_WORD;
import static dev.winnow.classify.PageLines.BYLINE_AFTER_LEAD;
import static dev.winnow.classify.PageLines.PROSE_WORDS;
import static dev.winnow.classify.PageLines.endsLikeSentence;
import static dev.winnow.classify.PageLines.firstProse;
import static dev.winnow.classify.PageLines.isDateline;
import static dev.winnow.classify.PageLines.isDatelineOrByline;
import static dev.winnow.classify.PageLines.isSentence;
import static dev.winnow.classify.PageLines.nextNonBlank;
import static dev.winnow.classify.PageLines.nextProse;
import static dev.winnow.classify.PageLines.prevNonBlank;
import static dev.winnow.classify.PageLines.standsUnder;
import static dev.winnow.classify.PageLines.startsWord;
import static dev.winnow.classify.PageLines.wordsWithLetters;

import dev.winnow.document.Document;
import dev.winnow.document.Verdict;

/**
 * Context steps that give back to the article lines a rule dropped: subheadings that the
 * paragraph below repeats, what a sentence ending with a colon introduces, writers' names over
 * the dateline, a live entry's time, a letter's last line and the heading of a list. They run
 * before the steps that remove lines.
 */
public final class ArticleGuards {
  private ArticleGuards() {}

  /** Longest line that can be a subheading, in words. */
  private static final int SUBHEADING_MAX_WORDS = 6;

  /**
   * A short line that a rule dropped, directly above a kept paragraph that repeats its words, is
   * the article's subheading ("Kostenlose Newsletter als Einstieg" / "Eine wichtige Rolle spielen
   * demnach kostenlose Newsletter. …"): an article about newsletters, cookies or donations names
   * them in its subheadings too. Furniture headings sit above furniture, which is dropped. A
   * picture's credit by its label is no subheading, whatever the paragraph under it names.
   */
  static void keepSubheadings(Document doc, LineFacts facts, Verdict[] v, Claims claims, int n) {
    for (int i = 0; i + 1 < n; i++) {
      if (v[i].isDrop() && !claims.placeholder(i) && !facts.blank(i) && facts.words(i) <= SUBHEADING_MAX_WORDS
          && v[i + 1].isKeep() && headsParagraph(doc, facts, i) && !CREDIT_LABEL.matcher(doc.line(i).text()).lookingAt()) {
        v[i] = Verdict.keep(v[i].ruleId(), "context: the subheading of the paragraph below");
      }
    }
  }

  /**
   * A picture's credit by its label ("Foto: Kessler & Brandt GmbH"): the paragraph under it may
   * name the company the picture came from, and it is still no subheading.
   */
  private static final java.util.regex.Pattern CREDIT_LABEL = java.util.regex.Pattern.compile(
      "(?iu)[^\\p{L}\\p{N}_]*(?:fotos?|photos?|bild(?:er)?|фото|imagen|image|credit|crédit|picture)\\s*[:：]");

  /** A Markdown subheading: "## " to "###### " and its words. */
  private static final java.util.regex.Pattern MARKDOWN_SUBHEADING = java.util.regex.Pattern.compile("#{2,6} \\S.*");

  /** Longest Markdown subheading that keepMarkdownSubheadings gives back, in words. */
  private static final int MARKDOWN_SUBHEADING_MAX_WORDS = 12;

  /**
   * A page saved as Markdown marks the article's subheadings ("## Pueblos que ya no beben del
   * grifo"), with a blank line under each. One that a rule or a block dropped (a list of related
   * stories above it ran on over it) goes back to the article when the next line under it is a
   * kept sentence of prose: a rail's or a box's heading has its links or its pitch under it, which
   * the rules drop.
   */
  static void keepMarkdownSubheadings(Document doc, LineFacts facts, Verdict[] v, Claims claims, int n) {
    for (int i = 0; i + 1 < n; i++) {
      if (!v[i].isDrop() || claims.placeholder(i) || facts.blank(i) || facts.words(i) > MARKDOWN_SUBHEADING_MAX_WORDS
          || doc.line(i).text().indexOf("## ") < 0 || !MARKDOWN_SUBHEADING.matcher(doc.line(i).text()).matches()) {
        continue;
      }
      int k = nextNonBlank(facts, i + 1, n);
      if (k < n && v[k].isKeep() && isSentence(doc, facts, k)) {
        v[i] = Verdict.keep(v[i].ruleId(), "context: a Markdown subheading over the article's paragraph");
      }
    }
  }

  /**
   * Whether line {@code j} is the subheading of the paragraph right under it: the paragraph follows
   * with no blank line between, is prose (eight words or more, ending a sentence), and repeats at
   * least half of the line's words of five letters or more (two at least), compared by their first
   * five letters; a line of three to six words with only one such word ("Lo que dice la
   * Consejería") when the paragraph opens with it. A headline of another story, or a prompt above
   * an appeal, rarely shares so much with the paragraph that follows it.
   */
  public static boolean headsParagraph(Document doc, LineFacts facts, int j) {
    int k = j + 1;
    if (k >= doc.size() || facts.words(j) > PROSE_WORDS || !isSentence(doc, facts, k)) {
      return false;
    }
    java.util.List<String> line = stems(doc.line(j).text());
    String paragraph = doc.line(k).text().toLowerCase(java.util.Locale.ROOT);
    if (line.size() == 1 && facts.words(j) >= 3 && facts.words(j) <= 6) {
      // "Lo que dice la Consejería" / "La Consejería de Bienestar Social asegura …": a heading of
      // three words or more with one long word, which the paragraph under it opens with (a
      // button, "Email This", is shorter)
      return startsWord(firstWords(paragraph, 3), line.get(0));
    }
    if (line.size() < 2) {
      return false;
    }
    int shared = 0;
    for (String stem : line) {
      if (startsWord(paragraph, stem)) {
        shared++;
      }
    }
    return shared >= 2 && 2 * shared >= line.size();
  }

  /** The first {@code count} words of {@code text}. */
  private static String firstWords(String text, int count) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = LineFacts.isSpace(text.charAt(i));
      if (space && inWord && ++words == count) {
        return text.substring(0, i);
      }
      inWord = !space;
    }
    return text;
  }

  /** The first five letters, lower-cased, of each distinct word of five letters or more. */
  private static java.util.List<String> stems(String text) {
    return stems(text, 5);
  }

  /** The first {@code letters} letters, lower-cased, of each distinct word of that many letters or more. */
  private static java.util.List<String> stems(String text, int letters) {
    java.util.List<String> out = new java.util.ArrayList<>();
    String t = text.toLowerCase(java.util.Locale.ROOT);
    int start = -1;
    for (int i = 0; i <= t.length(); i++) {
      boolean letter = i < t.length() && Character.isLetter(t.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        if (i - start >= letters && !out.contains(t.substring(start, start + letters))) {
          out.add(t.substring(start, start + letters));
        }
        start = -1;
      }
    }
    return out;
  }

  /** A time of day as a live page writes it: "14:40", "9.15", "13h40", "13 h 40". */
  private static final String CLOCK = "(?:[01]?\\d|2[0-3])(?:[:.]|\\s?h\\s?)[0-5]\\d";

  /**
   * A time of day or a match's minute alone on its line: a live entry's stamp ("20:52", "9.41 Uhr",
   * "12:40 p. m.", "88'", "90+4'").
   */
  private static final java.util.regex.Pattern ENTRY_TIME = java.util.regex.Pattern.compile(
      "\\s*" + CLOCK + "(?:\\s*(?:uhr|h|a\\.?\\s?m\\.?|p\\.?\\s?m\\.?))?"
          // and the time zone of a markets or a world live page ("2:45 PM ET", "14:10 GMT")
          + "(?:\\s*(?:et|gmt|bst|cet|cest|utc|msk|мск|est|edt|pt))?\\s*"
          + "|\\s*1?\\d{1,2}(?:\\s*\\+\\s*\\d{1,2})?\\s*(?:['’′]|min\\.?|мин\\.?)\\s*",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * A live page stamps each entry with its time on a line of its own, its heading right under it
   * ("20:52" / "Жителей двух домов на Корабельной улице эвакуируют"); a player's running time has
   * the same shape, and a rule that takes a video's title with the time under it can take an
   * entry's stamp. So a dropped time of day goes back to the article when a kept line follows it
   * directly and another entry of the page kept a stamp of the same shape.
   */
  static void keepEntryTimes(Document doc, LineFacts facts, Verdict[] v, int n) {
    int kept = 0;
    for (int i = 0; i < n; i++) {
      if (v[i].isKeep() && isEntryTime(doc, facts, i)) {
        kept++;
      }
    }
    if (kept == 0) {
      return;
    }
    for (int i = 0; i + 1 < n; i++) {
      if (v[i].isDrop() && !facts.blank(i + 1) && v[i + 1].isKeep() && isEntryTime(doc, facts, i)) {
        v[i] = Verdict.keep(v[i].ruleId(), "context: a live entry's time, as the page's other entries have");
      }
    }
  }

  /** How far below a headline its standfirst or lead may stand, in lines of text (see isHeadlineCopy). */
  private static final int LEAD_WITHIN = 4;

  /**
   * Whether line {@code later}, a copy of a line higher up, is the page's headline and the first
   * copy its title: a scraper that saves the page's title over its menus repeats the headline
   * ("Fähre läuft vor Kiel auf Grund – …" at the top, then again over "Stand: …" and the lead).
   * Both copies stand above the page's first kept sentence (a cookie notice the rules removed may
   * stand higher), and a line of prose (the standfirst or the lead) follows the later one within a
   * few lines: the copy to remove is the first.
   */
  public static boolean isHeadlineCopy(Document doc, LineFacts facts, Verdict[] v, int later) {
    for (int k = 0; k < later; k++) {
      if (!facts.blank(k) && v[k].isKeep() && PageLines.isSentence(doc, facts, k)) {
        return false;
      }
    }
    for (int k = later + 1, seen = 0; k < doc.size() && seen < LEAD_WITHIN; k++) {
      if (!facts.blank(k)) {
        seen++;
        if (facts.words(k) >= PageLines.PROSE_WORDS) {
          return true;
        }
      }
    }
    return false;
  }

  /** The fewest words of the kept paragraphs around a live entry's heading in isEntryHeading. */
  private static final int ENTRY_PARAGRAPH_WORDS = 12;

  /** The most words of a live entry's heading in headsEntryText. */
  private static final int ENTRY_HEADING_MAX_WORDS = 20;

  /**
   * Whether kept line {@code i} heads kept text the way a live entry's heading does: the nearest
   * line above it that has text is a kept paragraph or a kept stamp without letters (the entry's
   * time), and the nearest below is a kept paragraph. A copy of such a heading in a list the rules
   * removed (a live page's latest entries) leaves this one standing. (A rail of teasers the rules
   * missed has its headlines above the repeated writer's line, and stays as it was.)
   */
  public static boolean isEntryHeading(Document doc, LineFacts facts, Verdict[] v, int i) {
    int above = prevNonBlank(facts, i - 1);
    return above >= 0 && v[above].isKeep() && paragraphBelow(facts, v, i)
        && (facts.words(above) >= ENTRY_PARAGRAPH_WORDS || wordsWithLetters(doc.line(above).text()) == 0
            || isEntryTime(doc, facts, above));
  }

  /** Whether the nearest line below {@code i} that has text is a kept paragraph, as under a live entry's heading. */
  private static boolean paragraphBelow(LineFacts facts, Verdict[] v, int i) {
    int below = nextNonBlank(facts, i + 1, v.length);
    return below < v.length && v[below].isKeep() && facts.words(below) >= ENTRY_PARAGRAPH_WORDS;
  }

  /**
   * A key event as a live page lists it: the entry's time, then its heading on the same line
   * ("02:31 Wrexford: Civic Alliance one seat short of a majority", "14:40 GMT - Train services
   * suspended", "13h40 – Nice : près d'un vol sur deux annulé"); group 1 is the heading.
   */
  private static final java.util.regex.Pattern STAMPED_HEADING = java.util.regex.Pattern.compile(
      "\\s*" + CLOCK + "(?:\\s*(?:uhr|h|gmt|bst|cet|cest|utc|msk|мск))?\\s*(?:[-–—|·:]\\s*)?(\\S.*)",
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /**
   * The heading of a key event's line (see STAMPED_HEADING), stripped, or null when {@code text}
   * does not open with a time of day.
   */
  public static String stampedHeading(String text) {
    if (text.isEmpty() || !Character.isDigit(text.charAt(0)) && !Character.isWhitespace(text.charAt(0))) {
      return null;
    }
    java.util.regex.Matcher m = STAMPED_HEADING.matcher(text);
    return m.matches() ? m.group(1).strip() : null;
  }

  /**
   * Whether kept line {@code i} is a live entry's heading over its text: a short line that does
   * not end like a sentence, and right under it (blank lines aside) a kept paragraph. A
   * playlist's title has the next clip's running time under it instead.
   */
  public static boolean headsEntryText(Document doc, LineFacts facts, Verdict[] v, int i) {
    return v[i].isKeep() && facts.words(i) <= ENTRY_HEADING_MAX_WORDS && !endsLikeSentence(doc.line(i).text().strip())
        && paragraphBelow(facts, v, i);
  }

  /** The most words of a line around a repeated item in isItemOfRepeatedBlock. */
  private static final int BLOCK_ITEM_MAX_WORDS = 8;

  /**
   * Whether line {@code later}, a copy of line {@code first}, is an item of the article's own
   * blocks that repeat a shape: each copy stands between short kept lines with no blank line
   * between, and the lines around the two copies differ ("Cathedral" / "Green Alliance gain from
   * Civic Party" / "Esme Whitlock-Yardley (Green Alliance) 1,018", then "Nunnery" / the same line /
   * "Farah Qureshi-Linton (Green Alliance) 1,122"). The item and the lines around it are short,
   * the lines around it have words, and none of them comes back anywhere on the page: a page's
   * rail of headlines shown twice repeats its neighbours too, and a most-read list's numbers
   * ("3" / a headline / "4") are no words. {@code repeated} tells whether line k's text, as it
   * came, stands more than once on the page (the copies are compared as they came).
   */
  public static boolean isItemOfRepeatedBlock(
      Document doc, LineFacts facts, Verdict[] v, int first, int later, java.util.function.IntPredicate repeated) {
    return facts.words(later) <= BLOCK_ITEM_MAX_WORDS && uniqueWordsAround(doc, facts, v, first, repeated)
        && uniqueWordsAround(doc, facts, v, later, repeated);
  }

  private static boolean uniqueWordsAround(Document doc, LineFacts facts, Verdict[] v, int i, java.util.function.IntPredicate repeated) {
    for (int k : new int[] {i - 1, i + 1}) {
      if (k < 0 || k >= facts.size() || facts.blank(k) || v[k].isDrop() || facts.words(k) > BLOCK_ITEM_MAX_WORDS
          || wordsWithLetters(doc.line(k).text()) == 0 || repeated.test(k)) {
        return false;
      }
    }
    return true;
  }

  /** A live or breaking entry's marker before its heading ("Última hora: …", "Eilmeldung: …", "Update: …"). */
  private static final java.util.regex.Pattern ENTRY_MARKER = java.util.regex.Pattern.compile(
      "[^\\p{L}\\p{N}]*(?:última hora|ultima hora|último momento|breaking(?: news)?|eilmeldung|срочно|молния|flash|urgent|"
          + "update|actualización|mise à jour|aktualisierung|обновление|watch|video|vídeo|vidéo|видео|en vídeo|en vidéo|смотрите|"
          + "photos?|fotos?|фото|bild|bilder|croquis|gráfico|grafik|graphique|infografía|audio|аудио)\\s*[:|–—-]\\s*\\S",
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /**
   * Under a live entry's time stands its heading, and a breaking entry's heading opens with its
   * marker ("20:40 h" / "Última hora: reportan el primer lesionado"), which a rule for teasers of
   * other stories ("Última hora: …" as a link) takes; an entry that is a video names it ("14:31" /
   * "Watch: Waves crash over the harbour wall"), which a rule for a player's title or a link to a
   * video takes. On a page whose entries keep two such times, a line with the marker that a rule
   * dropped goes back when it stands right under a kept time and a kept line of text follows it,
   * perhaps past the player's controls: the entry's own report.
   */
  static void keepEntryHeadings(Document doc, LineFacts facts, Verdict[] v, int n) {
    int kept = 0;
    for (int i = 0; i < n && kept < 2; i++) {
      if (v[i].isKeep() && isEntryTime(doc, facts, i)) {
        kept++;
      }
    }
    if (kept < 2) {
      return;
    }
    for (int i = 1; i + 1 < n; i++) {
      if (v[i].isDrop() && !facts.blank(i) && !facts.blank(i - 1) && v[i - 1].isKeep() && isEntryTime(doc, facts, i - 1)
          && ENTRY_MARKER.matcher(doc.line(i).text()).lookingAt()) {
        if (entryTextBelow(doc, facts, v, i, n)) {
          v[i] = Verdict.keep(v[i].ruleId(), "context: a live entry's heading under its time");
        }
      }
    }
  }

  // How many lines under an entry's heading entryTextBelow looks, past a player's controls.
  private static final int ENTRY_TEXT_REACH = 3;

  /**
   * Whether heading {@code i} heads an entry: the next non-blank line is kept and no time, or,
   * past removed lines, a clip's length ("Duration 0:47", "01:58") and short notes within a few
   * lines, a kept sentence before the next entry's time; or the entry is the heading alone, or the
   * heading and the player the rules took, the next entry's time (or the page's end) under it
   * after a blank line.
   */
  private static boolean entryTextBelow(Document doc, LineFacts facts, Verdict[] v, int i, int n) {
    int below = nextNonBlank(facts, i + 1, n);
    if (below < n && v[below].isKeep() && !isEntryTime(doc, facts, below)) {
      return true;
    }
    if (below >= n || (below > i + 1 && v[below].isKeep() && isEntryTime(doc, facts, below))) {
      return true; // an entry that is its heading alone ("16:30" / "Фото: сугробы у Оперного театра"), the picture not saved
    }
    for (int j = below, seen = 0; j < n && seen < ENTRY_TEXT_REACH; j = nextNonBlank(facts, j + 1, n), seen++) {
      if (v[j].isKeep() && !isEntryTime(doc, facts, j) && isSentence(doc, facts, j)) {
        return true;
      }
      if (v[j].isKeep() && isClockTime(doc, facts, j) && j > i + 1) {
        // the next entry's time after a blank line: the entry is its heading and its player,
        // which the rules took ("Watch: waves break …" / its consent notice); right under the
        // player, without a blank line, the clip's length, and the heading is a link's
        return facts.blank(j - 1) && isEntryTime(doc, facts, j);
      }
    }
    return false;
  }

  /**
   * Whether line {@code i} is only a time of day or a match's minute, a live entry's stamp: it ends a related list too
   * (the cleaner's list blocks). The cheap tests first, as this runs over every line.
   */
  public static boolean isEntryTime(Document doc, LineFacts facts, int i) {
    if (facts.blank(i) || facts.chars(i) > 14) {
      return false;
    }
    String t = doc.line(i).text().strip();
    return !t.isEmpty() && Character.isDigit(t.charAt(0)) && ENTRY_TIME.matcher(t).matches();
  }

  /** A time of day with a two-digit hour ("10:30", "09.15"): no clip's length ("1:42"). */
  private static final java.util.regex.Pattern TWO_DIGIT_HOUR = java.util.regex.Pattern.compile("\\s*\\d\\d(?:[:.]|\\s?h\\s?)\\d\\d");

  /**
   * Whether line {@code i} is a live entry's time written as a clock does, with a two-digit hour
   * (see {@link #isEntryTime}): a video's length has the same shape as "1:42" but not as "10:30".
   */
  public static boolean isClockTime(Document doc, LineFacts facts, int i) {
    return isEntryTime(doc, facts, i) && TWO_DIGIT_HOUR.matcher(doc.line(i).text()).lookingAt();
  }

  /** A letter's valediction ("With every good wish,", "Mit freundlichen Grüßen,", "С уважением,"). */
  private static final java.util.regex.Pattern VALEDICTION = java.util.regex.Pattern.compile(
      "(?iu)[^\\p{L}\\p{N}_]*(?:with (?:every good wish|best wishes|love|gratitude|warm(?:est)? regards)|yours (?:sincerely|faithfully|truly|ever)|"
          + "(?:best|kind|warm|warmest) (?:wishes|regards)|sincerely|mit (?:freundlichen|herzlichen|besten) grüßen|herzliche grüße|"
          + "viele grüße|liebe grüße|cordialement|bien (?:à vous|amicalement)|amitiés|avec toute mon amitié|bien sincèrement|"
          + "atentamente|un (?:fuerte )?abrazo|saludos(?: cordiales)?|cordialmente|с уважением|искренне (?:ваш|ваша)|"
          + "с благодарностью|обнимаю)\\s*[,.!]?\\s*");

  /**
   * A letter closes with its valediction and its writer's name ("With every good wish," /
   * "Claire"): the line right above them is the letter's last sentence, though it asks the reader
   * for help in an appeal's words ("Thank you for reading this far. Thank you even more if you can
   * help."). Such a line, dropped by a line rule, goes back to the article when the valediction
   * and a bare name under it close the page (blank lines aside). An appeal's closing is "Thank
   * you" and an editor's name with a title, which this does not take.
   */
  static void keepLetterClosing(Document doc, LineFacts facts, Verdict[] v, Claims claims, int n) {
    int name = n - 1;
    while (name >= 0 && facts.blank(name)) {
      name--;
    }
    int valediction = prevNonBlank(facts, name - 1);
    if (valediction < 1 || facts.words(name) > 3 || !BARE_NAME_OR_WORD.matcher(doc.line(name).text().strip()).matches()
        || !VALEDICTION.matcher(doc.line(valediction).text()).matches()) {
      return;
    }
    int last = prevNonBlank(facts, valediction - 1);
    if (last >= 0) {
      giveBack(v, claims, last, "context: a letter's last sentence, over its valediction and signature");
    }
  }

  /** A signature: a name of one to three capitalised words ("Claire", "Anna Jones"). */
  private static final java.util.regex.Pattern BARE_NAME_OR_WORD =
      java.util.regex.Pattern.compile(NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,2}\\.?");

  /** An item of the article's own list: a marker, then text ("- одно письмо в неделю", "• Apples", "1. …"). */
  private static final java.util.regex.Pattern LIST_ITEM =
      java.util.regex.Pattern.compile("\\s*(?:[-–—•·*▪]|\\d{1,2}[.)])\\s+\\S.*");

  /**
   * A short heading that ends with a colon, right above two or more items of a list the rules
   * kept ("Как устроена рассылка:" / "- одно письмо в неделю, по воскресеньям" / …), heads the
   * article's own list, though its words name furniture (an article about a newsletter): it goes
   * back to the article. A piece of furniture heads furniture, which the rules drop. So does a
   * sentence of any length that ends with a colon over two items that go on with it, in small
   * letters to a semicolon or a full stop ("… Once it is installed, users can:" / "upload clips of
   * up to 2GB …;" / "pin the spot …;"): the items finish its sentence.
   */
  static void keepListHeadings(Document doc, LineFacts facts, Verdict[] v, Claims claims, int n) {
    for (int i = 0; i + 2 < n; i++) {
      if (!v[i].isDrop() || facts.blank(i) || !doc.line(i).text().strip().endsWith(":")) {
        continue;
      }
      int a = nextNonBlank(facts, i + 1, n);
      int b = a < n ? nextNonBlank(facts, a + 1, n) : n;
      if (b >= n || !v[a].isKeep() || !v[b].isKeep()) {
        continue;
      }
      boolean listed = facts.words(i) <= SUBHEADING_MAX_WORDS && LIST_ITEM.matcher(doc.line(a).text()).matches()
          && LIST_ITEM.matcher(doc.line(b).text()).matches();
      if (listed || isSentenceGoingOn(doc.line(a).text()) && isSentenceGoingOn(doc.line(b).text())) {
        giveBack(v, claims, i, "context: the heading of the article's own list");
      }
    }
  }

  /** An item that finishes the sentence above it: a small letter first, a semicolon or a full stop last. */
  private static boolean isSentenceGoingOn(String text) {
    String t = text.strip();
    return t.length() > 2 && Character.isLowerCase(t.charAt(0)) && (t.endsWith(";") || t.endsWith("."));
  }

  /** A label, a colon and its value ("Dirección: Óscar Llamazares", "Duración: 104 minutos"). */
  private static final java.util.regex.Pattern LABEL_VALUE =
      java.util.regex.Pattern.compile("\\s*\\p{Lu}[\\p{L}' ]{1,25}\\s*:\\s*\\S.{0,80}");

  /**
   * The most words of a labelled item, and of its neighbours, in keepLabelledRuns; a neighbour
   * that lists names (a cast) may run to the longer limit where the run holds a fourth line.
   */
  private static final int LABELLED_ITEM_MAX_WORDS = 6;
  private static final int LABELLED_RUN_MAX_WORDS = 8;
  private static final int LABELLED_LIST_MAX_WORDS = 14;

  /**
   * A line of "label: value" that a line rule dropped goes back to the article when the lines
   * right above and right below it, with no blank line between, are kept lines of the same shape:
   * the article's own fact box or credits ("Guion: …" / "Fotografía: Marta Echevarría" / "Música:
   * …"), where a rule reads one item as a picture's credit. The items are short (six words,
   * their neighbours eight): a read-more link with its headline is longer. One neighbour may be
   * a longer list (a film's cast, up to fourteen words) when a fourth short labelled line
   * continues the run beyond the other: four such lines in a row are a credits block, not a
   * read-more link between two others. A credit under a caption or an info box ends the run, so
   * it has no such line below.
   */
  static void keepLabelledRuns(Document doc, LineFacts facts, Verdict[] v, Claims claims, int n) {
    for (int i = 1; i + 1 < n; i++) {
      if (facts.blank(i) || !v[i].isDrop() || !claims.byLineRule(i) || facts.blank(i - 1) || facts.blank(i + 1)
          || v[i - 1].isDrop() || v[i + 1].isDrop()) {
        continue;
      }
      if (facts.words(i) > LABELLED_ITEM_MAX_WORDS || !shortNeighbours(doc, facts, v, i)) {
        continue; // a read-more link with its headline is longer ("Related: The best debut novels of 2024 so far")
      }
      if (LABEL_VALUE.matcher(doc.line(i).text()).matches() && LABEL_VALUE.matcher(doc.line(i - 1).text()).matches()
          && LABEL_VALUE.matcher(doc.line(i + 1).text()).matches()) {
        giveBack(v, claims, i, "context: an item of the article's own run of labelled lines");
      }
    }
  }

  /**
   * True when the kept neighbours of line i are short enough for keepLabelledRuns: both of eight
   * words at most, or one of them up to fourteen where the other is short and is itself followed
   * (away from i) by a short labelled line kept without a blank between.
   */
  private static boolean shortNeighbours(Document doc, LineFacts facts, Verdict[] v, int i) {
    int above = facts.words(i - 1);
    int below = facts.words(i + 1);
    if (above <= LABELLED_RUN_MAX_WORDS && below <= LABELLED_RUN_MAX_WORDS) {
      return true;
    }
    if (Math.max(above, below) > LABELLED_LIST_MAX_WORDS || Math.min(above, below) > LABELLED_RUN_MAX_WORDS) {
      return false;
    }
    int beyond = above <= LABELLED_RUN_MAX_WORDS ? i - 2 : i + 2;
    return beyond >= 0 && beyond < doc.size() && !facts.blank(beyond) && !v[beyond].isDrop()
        && facts.words(beyond) <= LABELLED_RUN_MAX_WORDS && LABEL_VALUE.matcher(doc.line(beyond).text()).matches();
  }

  /**
   * A line that a line rule dropped goes back to the article when it is an item of a list whose
   * items open alike, two by two: the kept line right above or below it, with no blank line
   * between, opens with its first word, and the kept line on its other side opens with the same
   * word as its own neighbour beyond ("Dona alimentos …" / "Dona dinero …" / "Hazte socio con una
   * cuota …" / "Hazte voluntario: …"). The article's own list of ways to help may name furniture
   * in one item; a page's call to join stands alone, not as the third of four such items. The
   * first word is a word of letters (a menu's items open alike with their bullets), and the item
   * is a clause of four words or more (a menu's are names). The list's first item, under a blank
   * line, pairs with the item below it when three kept items follow it ("Cada lunes, un boletín
   * gratuito …" / "Cada jueves, una edición para suscriptores …" / "Una vez al mes, …" / …).
   */
  static void keepParallelItems(Document doc, LineFacts facts, Verdict[] v, Claims claims, int n) {
    for (int i = 1; i + 1 < n; i++) {
      if (facts.blank(i) || !v[i].isDrop() || !claims.byLineRule(i) || facts.words(i) < PARALLEL_ITEM_MIN_WORDS) {
        continue;
      }
      // the item pairs with one neighbour; the pair on its other side opens alike (the regex last,
      // as this runs over every dropped line)
      boolean withAbove = i + 2 < n && keptRun(facts, v, i - 1, i + 2, i) && alike(doc, i, i - 1) && alike(doc, i + 1, i + 2);
      boolean withBelow = i >= 2 && keptRun(facts, v, i - 2, i + 1, i) && alike(doc, i, i + 1) && alike(doc, i - 1, i - 2);
      // or it opens the list: a blank line above it, three kept items under it, the first alike
      // (an item as long as a clause, not a heading over other lines: "Transcription du reportage")
      boolean first = facts.blank(i - 1) && i + 3 < n && keptRun(facts, v, i, i + 3, i) && alike(doc, i, i + 1)
          && facts.words(i + 1) >= PARALLEL_ITEM_MIN_WORDS;
      if ((withAbove || withBelow || first) && OPENING_WORD.matcher(doc.line(i).text()).lookingAt()) {
        giveBack(v, claims, i, "context: an item of the article's own list, whose items open alike");
      }
    }
  }

  /**
   * Counters a line rule took ("41 200 partages", "6 300 commentaires") go back to the article when
   * they open the story's own list of figures: right above them, with no blank line between, a
   * kept heading or a sentence ending with a colon, and right below two kept clauses that each
   * give a figure ("2,1 millions de personnes touchées en quatre jours", "Plus de 300
   * candidatures …"). A page's counter row stands by its share buttons or over the byline and
   * dateline, not between a heading and the story's figures.
   */
  static void keepFiguresList(Document doc, LineFacts facts, Verdict[] v, Claims claims, int n) {
    for (int a = 1; a + 2 < n; a++) {
      if (!isTakenCount(doc, facts, v, claims, a) || isTakenCount(doc, facts, v, claims, a - 1)) {
        continue;
      }
      int b = a;
      while (b + 1 < n && isTakenCount(doc, facts, v, claims, b + 1)) {
        b++;
      }
      if (b + 2 < n && headsList(doc, facts, v, a - 1) && isFigureClause(doc, facts, v, b + 1)
          && isFigureClause(doc, facts, v, b + 2)) {
        for (int i = a; i <= b; i++) {
          giveBack(v, claims, i, "context: a figure of the story's own list, under its heading");
        }
      }
      a = b;
    }
  }

  /** The most words of a count in keepFiguresList ("41 200 partages"). */
  private static final int COUNT_MAX_WORDS = 4;

  /** The most words of a heading over a list of figures. */
  private static final int FIGURES_HEADING_MAX_WORDS = 8;

  /** The fewest words of a clause that gives a figure in a list of them (a count is shorter). */
  private static final int FIGURE_CLAUSE_MIN_WORDS = 4;

  /** The most words of a clause that gives a figure in a list of them (a paragraph is longer). */
  private static final int FIGURE_CLAUSE_MAX_WORDS = 16;

  /** Whether line {@code i} is a short count, opening with a digit, that a line rule took. */
  private static boolean isTakenCount(Document doc, LineFacts facts, Verdict[] v, Claims claims, int i) {
    return !facts.blank(i) && v[i].isDrop() && claims.byLineRule(i) && facts.words(i) <= COUNT_MAX_WORDS
        && Character.isDigit(doc.line(i).text().strip().charAt(0));
  }

  /** Whether kept line {@code i} is a heading or a sentence that introduces what follows with a colon. */
  private static boolean headsList(Document doc, LineFacts facts, Verdict[] v, int i) {
    if (facts.blank(i) || !v[i].isKeep() || isDatelineOrByline(doc, facts, i)) {
      return false;
    }
    String t = doc.line(i).text().strip();
    return t.endsWith(":") || (facts.words(i) <= FIGURES_HEADING_MAX_WORDS && !endsLikeSentence(t));
  }

  /** Whether kept line {@code i} is a clause of a few words with a figure in it, and no dateline. */
  private static boolean isFigureClause(Document doc, LineFacts facts, Verdict[] v, int i) {
    int words = facts.words(i);
    if (facts.blank(i) || !v[i].isKeep() || words < FIGURE_CLAUSE_MIN_WORDS || words > FIGURE_CLAUSE_MAX_WORDS) {
      return false;
    }
    return PageLines.hasDigit(doc.line(i).text()) && !isDatelineOrByline(doc, facts, i);
  }

  /**
   * A short heading a line rule took goes back to the article when it heads an item of a run of
   * headed items, each a short heading over its paragraph, with no blank line between, below the
   * article's first paragraph: the item's paragraph under it, and the items above and below it
   * kept, heading and paragraph alike, the one above under a paragraph of its own ("New
   * mayor" / "Cllr Janet Ormerod … was elected mayor" / "Town newsletter" / "Approved. The
   * quarterly printed newsletter will continue …" / "Members' allowances" / …). A council's
   * decisions in brief and a readers' questions column are told so; a read-more link between
   * paragraphs carries its label and a colon, and a box's heading has its pitch under it, which
   * the rules take.
   */
  static void keepHeadedItems(Document doc, LineFacts facts, Verdict[] v, Claims claims, int n) {
    int lead = firstProse(facts, v, n);
    for (int i = Math.max(3, lead + 2); i + 3 < n; i++) {
      if (!v[i].isDrop() || !claims.byLineRule(i) || facts.blank(i) || facts.words(i) > SUBHEADING_MAX_WORDS
          || !isItemParagraph(doc, facts, v, i - 1) || !isItemParagraph(doc, facts, v, i + 1)
          || !isItemHeading(doc, facts, v, i - 2) || !isItemHeading(doc, facts, v, i + 2)
          || !isItemParagraph(doc, facts, v, i - 3) || !isItemParagraph(doc, facts, v, i + 3)) {
        continue;
      }
      String t = doc.line(i).text().strip();
      if (isBareHeading(t) && t.indexOf('|') < 0) {
        giveBack(v, claims, i, "context: the heading of an item among headed items");
      }
    }
  }

  /** Whether kept line {@code i} is a short heading of an item: no sentence, no label. */
  private static boolean isItemHeading(Document doc, LineFacts facts, Verdict[] v, int i) {
    if (facts.blank(i) || !v[i].isKeep() || facts.words(i) > SUBHEADING_MAX_WORDS) {
      return false;
    }
    return isBareHeading(doc.line(i).text().strip());
  }

  /** Whether a stripped line is a heading by its marks: no label's colon, no sentence's end. */
  private static boolean isBareHeading(String t) {
    return t.indexOf(':') < 0 && !endsLikeSentence(t);
  }

  /** Whether kept line {@code i} is an item's paragraph: a sentence of prose. */
  private static boolean isItemParagraph(Document doc, LineFacts facts, Verdict[] v, int i) {
    return !facts.blank(i) && v[i].isKeep() && isSentence(doc, facts, i);
  }

  /** The fewest words of an item that keepParallelItems gives back. */
  private static final int PARALLEL_ITEM_MIN_WORDS = 4;

  /** A line's first word, of letters only, before a space. */
  private static final java.util.regex.Pattern OPENING_WORD = java.util.regex.Pattern.compile("\\s*\\p{L}{2,}\\s");

  /** Whether lines {@code from} to {@code to} are all non-blank and, but for line {@code but}, kept. */
  private static boolean keptRun(LineFacts facts, Verdict[] v, int from, int to, int but) {
    for (int j = from; j <= to; j++) {
      if (facts.blank(j) || (j != but && v[j].isDrop())) {
        return false;
      }
    }
    return true;
  }

  private static boolean alike(Document doc, int i, int j) {
    return PageLines.opensAlike(doc.line(i).text().strip(), doc.line(j).text().strip());
  }

  /** A numbered step or item ("1. Téléchargez …", "2) Saisissez …"): its number, then text. */
  private static final java.util.regex.Pattern NUMBERED_ITEM =
      java.util.regex.Pattern.compile("\\s*(\\d{1,2})[.)]\\s+\\S.*");

  /**
   * A numbered item that a line rule dropped goes back to the article when the item right above
   * or below it, with no blank line between, is kept and carries the number before or after its
   * own: the article's own steps ("1. Téléchargez l'application … sur l'App Store" / "2. Saisissez
   * votre adresse"), whose words may name furniture. A page's numbered box of furniture (a list
   * of the most read stories) goes whole, so no kept neighbour vouches for an item of it.
   */
  static void keepNumberedSteps(Document doc, LineFacts facts, Verdict[] v, Claims claims, int n) {
    for (int i = 0; i < n; i++) {
      // the list's heading, a short line right above its first step, with a kept step after that
      // ("Как подписаться на уведомления" / "1. Скачайте приложение …" / "2. Войдите …")
      if (i + 2 < n && !facts.blank(i) && v[i].isDrop() && claims.byLineRule(i) && facts.words(i) <= SUBHEADING_MAX_WORDS
          && !PageLines.endsLikeSentence(doc.line(i).text().strip()) && number(doc, i + 1) == 1 && number(doc, i + 2) == 2
          && v[i + 2].isKeep()) {
        giveBack(v, claims, i, "context: the heading of the article's own numbered list");
        continue;
      }
      if (facts.blank(i) || !v[i].isDrop() || !claims.byLineRule(i)) {
        continue;
      }
      int k = number(doc, i);
      if (k < 0) {
        continue;
      }
      boolean above = i > 0 && !facts.blank(i - 1) && v[i - 1].isKeep() && number(doc, i - 1) == k - 1;
      boolean below = i + 1 < n && !facts.blank(i + 1) && v[i + 1].isKeep() && number(doc, i + 1) == k + 1;
      if (above || below) {
        giveBack(v, claims, i, "context: a step of the article's own numbered list");
      }
    }
  }

  /**
   * Whether line {@code j} is a numbered subheading over its paragraph ("3. Влажная уборка" /
   * "Большинство моделей просто возят по полу …"): the article goes on there, so a list of
   * related links above it ends (the cleaner's list blocks).
   */
  public static boolean isNumberedHeading(Document doc, LineFacts facts, int j) {
    return j + 1 < doc.size() && facts.words(j) <= SUBHEADING_MAX_WORDS && number(doc, j) > 0
        && !facts.blank(j + 1) && isSentence(doc, facts, j + 1);
  }

  /** The number of a numbered item on line {@code i}, or -1. */
  private static int number(Document doc, int i) {
    String t = doc.line(i).text();
    if (t.isEmpty() || !(Character.isDigit(t.charAt(0)) || Character.isWhitespace(t.charAt(0)))) {
      return -1;
    }
    java.util.regex.Matcher m = NUMBERED_ITEM.matcher(t);
    return m.matches() ? Integer.parseInt(m.group(1)) : -1;
  }

  /** Two or three writers' names split by slashes ("Elena Robles / Daniel Fuertes"). */
  private static final java.util.regex.Pattern NAMES_BYLINE = java.util.regex.Pattern.compile(
      BARE_NAME.pattern() + "(?:\\s*/\\s*" + BARE_NAME.pattern() + "){1,2}"
          // and the place they write from after a bar or a comma ("… / Pablo Ruiz Cortés | Sevilla")
          + "(?:\\s*[|,]\\s*\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,2})?");

  /**
   * A live page's editor and reporters ("Edited by Fiona Carr, with Rami Haddad reporting from
   * Oban", "Edited by Nadia Osei-Brennan, with reporting from Leo Kirkwood and Sunita Rahman"),
   * which a wire credit's "Edited by …, with …" also names at a story's foot, and the editor's
   * label with a name under the writer's byline ("Редактор: Павел Синицын", "Redaktion: Jana
   * Ott"), which a wire credit names at the foot too.
   */
  private static final java.util.regex.Pattern EDITOR_BYLINE = java.util.regex.Pattern.compile(
      "(?:(?:Редактор|Выпускающий редактор|Редакторы|Redaktion|Redakteur(?:in)?|Editor|Edición|Édition|Rédaction)\\s*[:—–]\\s*"
          + BARE_NAME.pattern() + "(?:(?:,| и| und| and| y| et) " + BARE_NAME.pattern() + ")?|"
          + "(?:Edited|Compiled|Written) by " + BARE_NAME.pattern() + "(?:(?:,| and) (?:with )?" + BARE_NAME.pattern()
          + "(?: reporting(?: from \\p{Lu}[\\p{L}-]+)?)?"
          + "|,? with reporting (?:from|by) (?:our|the [\\p{L}'’ ]{1,30}?) (?:correspondents?|reporters?|team|staff|bureaus?)"
          + "(?: in \\p{Lu}[\\p{L}-]+(?:(?:,| and) \\p{Lu}[\\p{L}-]+){0,3})?"
          // or the reporters by name ("…, with reporting from Leo Kirkwood and Sunita Rahman")
          + "|,? with reporting (?:from|by) " + BARE_NAME.pattern() + "(?:(?:,| and) " + BARE_NAME.pattern() + "){0,3})?)");

  /**
   * The newsroom's byline with its place ("Redacción Noticiero Altiplano / Guadalajara",
   * "Redaktion Nordkurier / Schwerin"), which reads as a credit's outlet and name.
   */
  private static final java.util.regex.Pattern STAFF_BYLINE = java.util.regex.Pattern.compile(
      "(?iu)(?:redacción|redaktion|rédaction|redazione|редакция|newsroom|staff)(?:\\s+\\S+){0,4}\\s*/\\s*(?-i:\\p{Lu})[\\p{L}.'’ -]{1,40}");

  /**
   * A writer who took the pictures too ("Texte et photos : Mathilde Arrieta", "Text und Fotos:
   * Jan Berg", "Texto y fotos: Ana Gil"), which a photo-credit rule reads as a credit.
   */
  private static final java.util.regex.Pattern JOINT_BYLINE = java.util.regex.Pattern.compile(
      "(?iu)(?:text[eo]?|words|текст) (?:and|et|und|y|e|и|&) (?:photos?|fotos?|pictures|images|bilder|фото)"
          + "(?:\\s*[:：]\\s*|\\s+(?:by|de|von|par|por)\\s+)(?-i:" + BARE_NAME.pattern() + ")");

  /**
   * A headline that opens with its medium's label ("WATCH: Wall of dust swallows I-10 …",
   * "Фоторепортаж: отреставрированный трамвай …", "VÍDEO | …"), which read-more and credit rules
   * take for a link to a video or a photo credit between paragraphs.
   */
  private static final java.util.regex.Pattern LABELLED_HEADLINE = java.util.regex.Pattern.compile(
      "(?iu)^[^\\p{L}\\p{N}]*(?:watch|video|photos|pictures|in pictures|listen|gallery|vidéo|vidéos|en images|vídeo|fotos|fotogalería|"
          + "fotostrecke|bildergalerie|видео|фото|фоторепортаж|фотогалерея)\\s*[:|.]\\s*[\\p{L}«\"„“]");

  /**
   * A headline that opens with its urgency ("ÚLTIMA HORA | Un incendio …", "СРОЧНО: …", "EIL: …"),
   * as a flash about another story above the headline does too: the headline has its kicker
   * right above it.
   */
  private static final java.util.regex.Pattern URGENT_HEADLINE = java.util.regex.Pattern.compile(
      "(?iu)^[^\\p{L}\\p{N}]*(?:breaking|breaking news|urgent|urgente|última hora|ultima hora|срочно|молния|eilmeldung|eil|"
          + "dernière minute|alerte)\\s*[:|.–—-]\\s*[\\p{L}«\"„“]");

  /**
   * A headline that opens with the words it quotes, then a colon or a dash and its own words
   * ("„Werden Sie Mitglied“: Förderverein will das Waldbad retten", "« Rejoignez-nous » : …",
   * "„Werden Sie Mitglied!“ – Schwimmverein kämpft …"): the quote may be a call to the reader
   * that an appeal rule takes, but an appeal is not set in quotation marks and then told about.
   */
  private static final java.util.regex.Pattern QUOTED_HEADLINE = java.util.regex.Pattern.compile(
      "^\\s*[\"„“«‹‚‘'].{2,100}?[\"“”»›‘’'](?:\\s*[:：]|\\s+[–—-])\\s*\\p{L}");

  /** A story's urgency alone on its line ("Última hora", "BREAKING", "Eilmeldung", "Срочно"). */
  private static final java.util.regex.Pattern URGENT_KICKER = java.util.regex.Pattern.compile(
      "(?iu)[^\\p{L}\\p{N}]*(?:breaking|breaking news|urgent|urgente|última hora|ultima hora|срочно|молния|eilmeldung|"
          + "dernière minute|alerte)[^\\p{L}\\p{N}]*");

  /** The most words of a kicker right above an urgent headline ("Incendios"). */
  private static final int KICKER_MAX_WORDS = 3;

  /** The fewest words of a labelled headline. */
  private static final int LABELLED_HEADLINE_MIN_WORDS = 6;

  /**
   * A medium's label or a quotation (see QUOTED_HEADLINE) opening the page's headline, over its
   * standfirst and a byline or dateline within a few lines, near the page's top, keeps the
   * headline, and so does its urgency under a kicker (see URGENT_HEADLINE): the same line between
   * paragraphs is a link to another story, but the headline sits above the article's first
   * sentence.
   */
  static void keepLabelledHeadline(Document doc, LineFacts facts, Verdict[] v, Claims claims, int n) {
    int lead = firstProse(facts, v, n);
    for (int i = 0; i < n && facts.rank(i) < STANDFIRST_MAX_RANK; i++) {
      if (!v[i].isDrop() || !claims.byLineRule(i) || facts.words(i) < LABELLED_HEADLINE_MIN_WORDS
          || endsLikeSentence(doc.line(i).text().strip()) || ROW_OF_LINKS.matcher(doc.line(i).text()).find()) {
        continue;
      }
      String t = doc.line(i).text();
      boolean medium = LABELLED_HEADLINE.matcher(t).find() || QUOTED_HEADLINE.matcher(t).find();
      if (!medium && !(URGENT_HEADLINE.matcher(t).find() && kickerAbove(doc, facts, v, i))) {
        continue;
      }
      // the standfirst: the article's first sentence, or, under a kicker, a line of prose's
      // length (a ticker of the site's latest headlines may stand above and read as prose)
      int standfirst = nextNonBlank(facts, i + 1, n);
      boolean underKicker = !medium && standfirst < n && v[standfirst].isKeep() && facts.words(standfirst) >= PROSE_WORDS;
      if (standfirst >= n || (standfirst != lead && !underKicker)) {
        continue;
      }
      for (int d = standfirst + 1; d < n && d <= standfirst + BYLINE_AFTER_LEAD; d++) {
        if (!facts.blank(d) && v[d].isKeep() && isDatelineOrByline(doc, facts, d)) {
          giveBack(v, claims, i, "context: the headline, over its standfirst and byline");
          break;
        }
      }
    }
  }

  /**
   * A label a rule took right above the page's headline, whose word the headline or the line
   * under it repeats, is the story's kicker: "Advertising" over "Watchdog rules energy firm's
   * 'news-style' adverts misled readers", "Реклама" over "Банк отозвал рекламу вкладов …". An ad's
   * label over a headline names no word of it, and one over an advertiser's teaser goes with the
   * teaser (see Neighbour#TEASER_BELOW). So is the story's urgency as the page's first line,
   * right above the headline ("Última hora" / "Ola de calor en Andalucía, en directo: …"): as a
   * live page's control it stands among the others further down ("Última hora" / "Actualizar").
   */
  static void keepKickerNamedBelow(Document doc, LineFacts facts, Verdict[] v, Claims claims, int n) {
    int lead = firstProse(facts, v, n);
    for (int i = 0; i + 1 < n && i < lead; i++) {
      if (!v[i].isDrop() || !claims.byLineRule(i) || facts.blank(i) || facts.words(i) > KICKER_MAX_WORDS
          || facts.blank(i + 1) || !v[i + 1].isKeep() || facts.words(i + 1) < KICKED_HEADLINE_MIN_WORDS
          || endsLikeSentence(doc.line(i + 1).text().strip()) || doc.line(i + 1).text().contains(". ")
          || isDatelineOrByline(doc, facts, i + 1)) {
        continue;
      }
      int under = nextNonBlank(facts, i + 2, n);
      String below = doc.line(i + 1).text() + (under < n && v[under].isKeep() ? " " + doc.line(under).text() : "");
      if (repeatsStem(doc.line(i).text(), below)) {
        giveBack(v, claims, i, "context: the kicker, its word in the headline under it");
      } else if (prevNonBlank(facts, i - 1) < 0 && URGENT_KICKER.matcher(doc.line(i).text()).matches()) {
        giveBack(v, claims, i, "context: the story's urgency as its kicker, over the headline at the page's top");
      }
    }
  }

  /**
   * A label of the story's kind right above the page's headline ("Kommentar", "Opinion",
   * "Tribune", "Análisis", "Колонка", "Revista de prensa") is its kicker, though a share button
   * or a section menu has the same word: the headline under it stands over its byline or dateline
   * within a few lines. It is kept whatever a rule or the context would say (a breadcrumb right
   * above it has gone).
   */
  static void keepGenreKicker(Document doc, LineFacts facts, Verdict[] v, Claims claims, String[] weak, int n) {
    int lead = firstProse(facts, v, n);
    for (int i = 0; i < n && i <= lead; i++) {
      if (facts.blank(i) || facts.words(i) > KICKER_MAX_WORDS || (v[i].isKeep() && weak[i] == null)) {
        continue;
      }
      int h = nextNonBlank(facts, i + 1, n);
      if (h >= n || !standsUnder(facts, i, h) || !v[h].isKeep() || facts.words(h) < KICKED_HEADLINE_MIN_WORDS
          || endsLikeSentence(doc.line(h).text().strip()) || !GENRE_LABEL.matcher(doc.line(i).text()).matches()) {
        continue;
      }
      for (int d = h + 1; d < n && d <= h + BYLINE_AFTER_LEAD; d++) {
        if (!facts.blank(d) && v[d].isKeep() && isDatelineOrByline(doc, facts, d)) {
          giveBack(v, claims, i, "context: the kind of story over its headline");
          weak[i] = null; // nor may the context take it beside the menu above
          break;
        }
      }
    }
  }

  /** A label of a story's kind: an opinion piece, an analysis, an interview, a review, a press review. */
  private static final java.util.regex.Pattern GENRE_LABEL = java.util.regex.Pattern.compile(
      "(?iu)[^\\p{L}\\p{N}_]*(?:opinion|comment|commentary|analysis|editorial|column|interview|review|explainer|essay|obituary|"
          + "kommentar|meinung|analyse|leitartikel|kolumne|gastbeitrag|gastkommentar|rezension|kritik|glosse|standpunkt|"
          + "tribune|éditorial|édito|chronique|décryptage|entretien|critique|billet|point de vue|"
          + "opinión|análisis|columna|tribuna|entrevista|crítica|"
          + "мнение|колонка|комментарий|анализ|аналитика|интервью|рецензия|точка зрения|"
          // a series' format: a press review, a briefing, news in brief
          + "press review|morning briefing|evening briefing|news in brief|presseschau|kurz notiert|revue de presse|en bref|"
          + "revista de prensa|breves|обзор прессы|коротко)[^\\p{L}\\p{N}_]*");

  /** The fewest words of the headline under a kicker in keepKickerNamedBelow (a link's title is shorter). */
  private static final int KICKED_HEADLINE_MIN_WORDS = 6;

  /** The letters of a word that stand for its family ("advert" in "Advertising" and "adverts"). */
  private static final int STEM_LETTERS = 6;

  /** Whether a word of {@code label} of six letters or more has its first six letters opening a word of {@code text}. */
  private static boolean repeatsStem(String label, String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    for (String stem : stems(label, STEM_LETTERS)) {
      if (startsWord(lower, stem)) {
        return true;
      }
    }
    return false;
  }

  /** The most words of a figure's subheading in keepFigureHeadings ("31.000 Mal geteilt"). */
  private static final int FIGURE_HEADING_MAX_WORDS = 5;

  /**
   * A short line with a figure that a rule took for a counter ("31.000 Mal geteilt", "Shared
   * 14,000 times") is the subheading of the paragraph right under it when that paragraph gives
   * the same figure and one of the line's words: a page's counter sits under a headline or among
   * its buttons, and the story's next paragraph never repeats it.
   */
  static void keepFigureHeadings(Document doc, LineFacts facts, Verdict[] v, Claims claims, int n) {
    for (int i = 0; i + 1 < n; i++) {
      if (!v[i].isDrop() || !claims.byLineRule(i) || facts.blank(i) || facts.words(i) > FIGURE_HEADING_MAX_WORDS
          || (i > 0 && !facts.blank(i - 1)) || !v[i + 1].isKeep() || !isSentence(doc, facts, i + 1)) {
        continue;
      }
      String figure = digitsOf(doc.line(i).text());
      if (figure.length() < 2 || !digitsOf(doc.line(i + 1).text()).contains(figure)) {
        continue;
      }
      java.util.List<String> words = stems(doc.line(i).text());
      String paragraph = doc.line(i + 1).text().toLowerCase(java.util.Locale.ROOT);
      for (String stem : words) {
        if (startsWord(paragraph, stem)) {
          giveBack(v, claims, i, "context: the subheading of the paragraph that gives its figure");
          break;
        }
      }
    }
  }

  /** The digits of a figure in {@code text}, its separators dropped ("31.000" and "31 000": "31000"). */
  private static String digitsOf(String text) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (Character.isDigit(c)) {
        b.append(c);
      } else if (b.length() > 0 && !(c == '.' || c == ',' || c == ' ' || c == '\u00a0' || c == '\u202f')) {
        b.append('|'); // figures apart stay apart
      }
    }
    return b.toString();
  }

  /** Whether a kept kicker of a few words, no sentence, stands right above line {@code i}. */
  private static boolean kickerAbove(Document doc, LineFacts facts, Verdict[] v, int i) {
    int k = prevNonBlank(facts, i - 1);
    return k >= 0 && v[k].isKeep() && facts.words(k) <= KICKER_MAX_WORDS && !endsLikeSentence(doc.line(k).text().strip());
  }

  /** The fewest words of a headline over a standfirst in keepStandfirst. */
  private static final int STANDFIRST_HEADLINE_MIN_WORDS = 4;

  /**
   * The most words (with letters) of that headline: a longer line above is a standfirst itself,
   * and the line under it a note.
   */
  private static final int STANDFIRST_HEADLINE_MAX_WORDS = 20;

  /** How many lines of text from the page's top a standfirst may stand in keepStandfirst. */
  private static final int STANDFIRST_MAX_RANK = 15;

  /** Two items of a row set apart by a wide gap ("Главная  Новости"). */
  private static final java.util.regex.Pattern WIDE_GAP = java.util.regex.Pattern.compile("\\S\\s{2,}\\S");

  /**
   * A sentence that a line rule dropped right between the page's headline and its byline or
   * dateline, with no blank line on either side, is the standfirst ("Grève des TER : « Le Petit
   * Rhodanien » dénonce …" / "Chaque matin, notre sélection des unes et des éditoriaux …" / "Par
   * Inès Marchetti"): a newsletter's pitch in the same words stands among the page's furniture,
   * not between a headline and its writer's name; so is a staff credit between a headline and its
   * dateline the byline ("Edited by Fiona Garside, with reporting from Bethan Lowry in Penzance" /
   * "Last updated: …"; the wire-credit rules of the language packs name it). Only near the page's
   * top, a sentence under a headline that does not end like one; a row of items with wide gaps
   * between them (a menu) is no standfirst. A rule may have taken the headline too ("„Jeder Euro
   * hilft“: So können Sie den Flutopfern … spenden" / "Hilfsorganisationen haben Spendenkonten
   * eingerichtet. …" / "Von Thomas Hinterberger"): both come back when the headline opens the page
   * or stands right under its kicker (see KICKER_MAX_WORDS), as a page's appeal does not.
   */
  static void keepStandfirst(Document doc, LineFacts facts, Verdict[] v, Claims claims, int n) {
    for (int i = 1; i + 1 < n && facts.rank(i) < STANDFIRST_MAX_RANK; i++) {
      if (!v[i].isDrop() || !claims.byLineRule(i) || facts.words(i) < PROSE_WORDS || facts.blank(i - 1)
          || facts.blank(i + 1) || !v[i + 1].isKeep()) {
        continue;
      }
      // the headline taken too: it opens the page, or its kicker is right above it
      boolean headlineTaken = v[i - 1].isDrop() && claims.byLineRule(i - 1)
          && (facts.rank(i - 1) == 0 || (i >= 2 && !facts.blank(i - 2) && v[i - 2].isKeep() && facts.rank(i - 2) == 0
              && wordsWithLetters(doc.line(i - 2).text()) <= KICKER_MAX_WORDS && !endsLikeSentence(doc.line(i - 2).text().strip())));
      if (!v[i - 1].isKeep() && !headlineTaken) {
        continue;
      }
      String t = doc.line(i).text().strip();
      // a staff credit there ("Edited by …, with reporting from … in Penzance") is the byline
      boolean credit = v[i].ruleId().endsWith("/wire-credit");
      if (!(endsLikeSentence(t) || credit) || WIDE_GAP.matcher(t).find()) {
        continue;
      }
      String headline = doc.line(i - 1).text();
      if (facts.words(i - 1) >= STANDFIRST_HEADLINE_MIN_WORDS && wordsWithLetters(headline) <= STANDFIRST_HEADLINE_MAX_WORDS
          && !endsLikeSentence(headline.strip())
          && !isDatelineOrByline(doc, facts, i - 1) && isDatelineOrByline(doc, facts, i + 1)) {
        giveBack(v, claims, i, "context: the standfirst, between the headline and the byline");
        if (headlineTaken) {
          giveBack(v, claims, i - 1, "context: the headline, over its standfirst and the byline");
        }
      }
    }
  }

  /** Two separators of a row's items or more ("Resultados · Mapa · Candidatos"). */
  private static final java.util.regex.Pattern ROW_OF_LINKS = java.util.regex.Pattern.compile("(?:\\s[·|•]\\s.*){2}");

  /** The most words of a place line between a byline and its date ("Valencia —"). */
  private static final int PLACE_MAX_WORDS = 3;

  /**
   * Writers' names split by a slash, right above or under the dateline near the top of the page ("Elena
   * Robles / Daniel Fuertes" / "9 de marzo de 2026 — 21:58h"), are the byline, though a credit
   * rule takes "Name / Name" for a photographer and an agency: a picture's credit sits under its
   * caption, not next to the article's date. So is a live page's editor line over or under its
   * update stamp (see EDITOR_BYLINE), and a writer's line that credits the pictures too (see
   * JOINT_BYLINE).
   */
  static void keepNamesBesideDateline(Document doc, LineFacts facts, Verdict[] v, Claims claims, int n) {
    int lead = firstProse(facts, v, n);
    // a row of links the rules left ("Elecciones 15-M: Resultados · Mapa por municipios ·
    // Candidatos") is as long as a sentence but is no lead
    while (lead < n && ROW_OF_LINKS.matcher(doc.line(lead).text()).find()) {
      lead = nextProse(facts, v, lead + 1, n);
    }
    for (int i = 0; i < n && i <= lead + BYLINE_AFTER_LEAD; i++) {
      String t = doc.line(i).text().strip();
      if (!claims.byLineRule(i) || !v[i].isDrop()
          || !(NAMES_BYLINE.matcher(t).matches() || EDITOR_BYLINE.matcher(t).matches() || JOINT_BYLINE.matcher(t).matches()
              || STAFF_BYLINE.matcher(t).matches())) {
        continue;
      }
      int d = nextNonBlank(facts, i + 1, n);
      // a place may stand between the names and the date ("Valencia —" / "27 de enero de 2025")
      if (d < n && v[d].isKeep() && facts.words(d) <= PLACE_MAX_WORDS && !isDateline(doc, facts, d)) {
        d = nextNonBlank(facts, d + 1, n);
      }
      int u = prevNonBlank(facts, i - 1);
      if ((d < n && v[d].isKeep() && isDateline(doc, facts, d)) || (u >= 0 && v[u].isKeep() && isDateline(doc, facts, u))) {
        v[i] = Verdict.keep(v[i].ruleId(), "context: the writers' names beside the dateline");
        claims.release(i);
      }
    }
  }

  // The most words of an item of a list that keepIntroduced keeps.
  private static final int ITEM_MAX_WORDS = 12;

  // The most words of a label over a paragraph, which ends no introduced list in keepIntroduced.
  private static final int LABEL_MAX_WORDS = 3;

  /** Whether lines {@code from} to {@code to} (exclusive) are all labels of a few words. */
  private static boolean labelsOnly(Document doc, int from, int to) {
    for (int k = from; k < to; k++) {
      if (wordsWithLetters(doc.line(k).text()) > LABEL_MAX_WORDS) {
        return false;
      }
    }
    return to > from;
  }

  // The most lines of a block under a sentence ending with a colon that keepIntroduced keeps whole.
  private static final int INTRODUCED_MAX_LINES = 6;

  /**
   * A line that announces what follows in so many words ("Betroffen sind folgende Gemeinden:",
   * "les communes suivantes :", "las siguientes localidades:", "следующие районы:"), or that
   * quotes what is written below (see QUOTES): a shorter one introduces a block too.
   */
  private static final java.util.regex.Pattern ANNOUNCES = java.util.regex.Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:the following|as follows|folgende[nrs]?|nachstehende[nrs]?|suivant(?:e|es|s)|ci-dessous|"
          + "siguientes?|a continuación|следующ(?:ие|их|ее|ая|ий)|ниже)(?![\\p{L}])");

  /**
   * A line that quotes what is written below ("Sur le couvercle, on peut lire :", "The sign
   * reads:", "Its text says:", "reproducido tal cual:", "На табличке написано:", "… liest zuerst
   * dies:"): the block under it is the quoted text, a message or a letter with its own buttons
   * and signature, whatever the length of its lines.
   */
  private static final java.util.regex.Pattern QUOTES = java.util.regex.Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:on peut lire|peut-on lire|on lit|est écrit|est inscrit|dit|reads|read|says|said|lautet|heißt es|steht|sagt|"
          + "se lee|puede leerse|se puede leer|reza|dice|tal cual|textualmente|mot pour mot|wörtlich|гласит|написано|значится|говорится|"
          // a reader's verb and what it reads ("Wer das Buch aufschlägt, liest zuerst dies:")
          + "(?:liest|lesen|read|reads|lit|lisent|lee|leen|читает|читаем|прочтёт)\\s+(?:\\p{L}+\\s+){0,2}"
          + "(?:dies|folgendes|this|the following|ceci|ce qui suit|esto|lo siguiente|это|следующее))"
          + "\\s*:\\s*$");

  /** The most lines of a quoted text under a line that quotes it (see QUOTES). */
  private static final int QUOTED_MAX_LINES = 12;

  /**
   * The block of lines right under a sentence of the article that ends with a colon is what the
   * sentence introduces: an example ("… must be credited in the format:" / "Photo: Name Surname /
   * Northpress"), a list ("The appeal offered three levels of monthly support:" / "$5 a month,
   * listed as "Reader""), or a quoted piece of furniture ("The banner … read:" / "We value your
   * privacy" / "Accept all"; "algunos de los cierres más frecuentes:" / "Tegucigalpa, 14 may
   * (EFE).-"). A page puts its credits, prices and buttons under captions, paragraphs and
   * headings, never under a sentence that announces them. A shorter line ending with a colon
   * ("Ce que reproche la CNIL :") introduces a block too when two of its lines end with a
   * semicolon, as the items of a list do, or when it announces them ("Betroffen sind folgende
   * Gemeinden:", see ANNOUNCES); such a list ends at its first item that ends like a sentence.
   * A block that opens with two items of at most twelve words ends at its first longer line, and
   * one that opens with a number alone (a phone) ends after it when a longer line a rule took
   * follows right under it (a newsletter box on a page without blank lines). The block runs to
   * the next blank line; of a block longer than six lines, or one the page's end closes, only the
   * first line is taken. Only lines a line rule dropped come back: a block or a cut rule names
   * more than one line. A line a weak rule named ("Понятно", "Подробнее" under a sentence that
   * quotes a popup) is no candidate any more.
   */
  static void keepIntroduced(Document doc, LineFacts facts, Verdict[] v, Claims claims, String[] weak, int n) {
    for (int p = 0; p + 1 < n; p++) {
      boolean colon = v[p].isKeep() && !facts.blank(p) && doc.line(p).text().strip().endsWith(":");
      if (!colon) {
        continue;
      }
      int from = nextNonBlank(facts, p + 1, n); // a blank line may set the list apart
      int to = from;
      int semicolons = 0; // items that end with a semicolon: a list, whatever its heading's length
      while (to < n && !facts.blank(to)) {
        semicolons += doc.line(to).text().strip().endsWith(";") ? 1 : 0;
        to++;
      }
      boolean list = semicolons >= 2;
      // the details a letter gives for a transfer ("Получатель: …" / "Номер карты: …"), under
      // a shorter line too ("вот реквизиты:")
      boolean payment = !list && from < to && PAYMENT_LABEL.matcher(doc.line(from).text()).lookingAt();
      boolean quoted = QUOTES.matcher(doc.line(p).text()).find();
      if (facts.words(p) < (list || payment || quoted || keptAmong(doc, facts, v, from, to) || ANNOUNCES.matcher(doc.line(p).text()).find() ? 3 : PROSE_WORDS)) {
        continue; // a sentence of prose, or a shorter heading over a list
      }
      // a blank line ends the block, not the end of the page: a kept line must follow it, or the
      // block is the page's last once the furniture after it is gone (and a second cleaning
      // would read it so)
      boolean closed = to < n && PageLines.nextKept(facts, v, to, n) < n;
      if (payment) { // the details run while their lines are "label: value" items
        int end = from;
        while (end < to && labelled(doc, end, end + 1)) {
          end++;
        }
        closed |= end < to;
        to = end;
      }
      if (list) { // the list ends at its first item that ends like a sentence
        for (int i = from; i < to; i++) {
          String t = doc.line(i).text().strip();
          if (!t.endsWith(";") && endsLikeSentence(t)) {
            to = i + 1;
            closed = true;
            break;
          }
        }
      }
      // words with letters: a price list's figures and signs are no words of a note
      if (!list && !quoted && from + 1 < to && wordsWithLetters(doc.line(from).text()) <= ITEM_MAX_WORDS
          && wordsWithLetters(doc.line(from + 1).text()) <= ITEM_MAX_WORDS) {
        // a list of short items ends at the first longer line after them (a note about the page)
        for (int i = from + 2; i < to; i++) {
          if (wordsWithLetters(doc.line(i).text()) > ITEM_MAX_WORDS) {
            to = i;
            // a kept paragraph right under the items closes them, on a page without blank lines
            // too, unless a rule took the last item and it is a label of a few words under longer
            // items: a label right over the paragraph ("Реклама" over a broker's teaser) is the
            // paragraph's, while a price line like its siblings ("Годовая подписка «Старт» — 3 990
            // ₽ (было 2 990 ₽)") or a label among labels ("Реклама" / "На правах рекламы" /
            // "Партнёрский материал") is the list's last item
            closed |= v[i].isKeep() && !(v[i - 1].isDrop() && claims.byLineRule(i - 1)
                && wordsWithLetters(doc.line(i - 1).text()) <= LABEL_MAX_WORDS && !labelsOnly(doc, from, i - 1));
            break;
          }
        }
      }
      // a number alone (the phone "… по единому справочному телефону:" gives) with a longer line a
      // rule took right under it, on a page without blank lines: the number is what the sentence
      // introduces, and the newsletter box under it is the page's. A quoted banner opens with
      // words ("We care about your comfort" over its cookie text), and stays whole.
      if (!list && from + 1 < to && v[from].isKeep() && wordsWithLetters(doc.line(from).text()) == 0
          && wordsWithLetters(doc.line(from + 1).text()) > ITEM_MAX_WORDS && v[from + 1].isDrop()
          && claims.byLineRule(from + 1)) {
        to = from + 1;
        closed = true;
      }
      // a kept line of the block that ends with a colon introduces the lines after it itself
      // ("… elle affichait :" / four counts / "Le compte … a changé de dimension :" / two more):
      // the first block ends there, and the loop takes the second in its turn
      for (int i = from + 1; i < to; i++) {
        if (v[i].isKeep() && doc.line(i).text().strip().endsWith(":")) {
          to = i;
          closed = true;
          break;
        }
      }
      // a short block set apart below is all introduced; in a longer one, or one the page's end
      // closes (a page without blank lines runs on into its furniture), only the first line
      int last = closed && to - from <= (quoted ? QUOTED_MAX_LINES : INTRODUCED_MAX_LINES) ? to : Math.min(from + 1, n);
      for (int i = from; i < last; i++) {
        giveBack(v, claims, i, INTRODUCED);
        weak[i] = null; // a quoted popup's "Понятно" is no button of the page's
      }
      // a quoted form's text, or the first of the quoted buttons themselves ("… a small grey
      // text link:" / "Accept all and continue" / "Manage preferences"), with its buttons set
      // apart line by line under it
      if (closed && to == from + 1 && (facts.quoted(from) || !list && !payment && facts.words(from) <= ITEM_MAX_WORDS)) {
        for (int i : quotedFormButtons(facts, to, n)) {
          giveBack(v, claims, i, INTRODUCED);
          weak[i] = null;
        }
      }
    }
  }

  /**
   * Whether the short items right under a heading ({@code from} to the first blank line or longer
   * line before {@code to}) are partly kept and partly removed by the rules: two or more of them,
   * at least one kept. The article's own list ("Новые цены на первое полугодие:" / "Подписка на 1
   * месяц — 320 руб." / … / "Электронная версия (PDF) — 150 руб. в месяц") has items that a rule
   * takes for an offer beside others no rule names, while a page's box of furniture under a
   * heading (its follow links, a price box) goes whole.
   */
  private static boolean keptAmong(Document doc, LineFacts facts, Verdict[] v, int from, int to) {
    int items = 0;
    boolean kept = false;
    boolean dropped = false;
    // words with letters: a price line's figures and signs ("— 899 ₽ в месяц (было 799 ₽)") are no words
    for (int i = from; i < to && wordsWithLetters(doc.line(i).text()) <= ITEM_MAX_WORDS; i++) {
      items++;
      kept |= v[i].isKeep();
      dropped |= v[i].isDrop();
    }
    return items >= 2 && kept && dropped;
  }

  /**
   * The buttons of a quoted form that a page sets apart line by line, from line {@code i} on: "«
   * Abonnez-vous pour recevoir chaque semaine la lettre … »" / "S'abonner – 5 € par mois" / "Déjà
   * abonné ? Se connecter". Lines of at most twelve words, each a block of its own, at most five,
   * and a longer line of the article right below them: at the page's end such lines are its
   * furniture. Empty when there are none.
   */
  private static java.util.List<Integer> quotedFormButtons(LineFacts facts, int i, int n) {
    java.util.List<Integer> buttons = new java.util.ArrayList<>();
    int k = nextNonBlank(facts, i, n);
    while (k < n && buttons.size() < INTRODUCED_MAX_LINES - 1 && facts.words(k) <= ITEM_MAX_WORDS
        && !facts.quoted(k) && k + 1 < n && facts.blank(k + 1)) {
      buttons.add(k);
      k = nextNonBlank(facts, k + 1, n);
    }
    return k < n && facts.words(k) > ITEM_MAX_WORDS ? buttons : java.util.List.of();
  }

  /** The label of a line of payment details: the payee, an account or card number, a bank code. */
  private static final java.util.regex.Pattern PAYMENT_LABEL = java.util.regex.Pattern.compile(
      "(?iu)[^\\p{L}\\p{N}_]*(?:получатель|номер (?:карты|счёта|счета)|р/с|бик|инн|назначение платежа|payee|beneficiary|"
          + "account (?:name|number)|sort code|iban|bic|swift|empfänger|kontoinhaber[\\p{L}\\p{N}_]*|kontonummer|bankleitzahl|"
          + "verwendungszweck|bénéficiaire|titulaire|rib|titular|beneficiario|número de cuenta|cuenta|concepto)[^:]{0,30}:");

  /** Whether every line of {@code [from, to)} is a "label: value" item ("Получатель: …", "IBAN: …"). */
  private static boolean labelled(Document doc, int from, int to) {
    for (int i = from; i < to; i++) {
      String t = doc.line(i).text();
      int colon = t.indexOf(':');
      if (colon <= 0 || colon > 40 || colon == t.strip().length() - 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * A line set apart by blank lines inside a sentence of the article: the paragraph above breaks off without a
   * full stop and the text below goes on in lower case ("… a story that until now closed with" /
   * "Reporting by Kwame Asante in Accra; Editing by …" / "will instead close with"). What stands
   * there is the sentence's example, however much it looks like furniture; a page's furniture
   * never sits in the middle of a sentence.
   */
  static void keepInsideSentence(Document doc, LineFacts facts, Verdict[] v, Claims claims, int n) {
    for (int i = 1; i + 1 < n; i++) {
      // set apart by blank lines on both sides, as an example displayed in the text is
      if (facts.blank(i) || !facts.blank(i - 1) || !facts.blank(i + 1) || !v[i].isDrop() || !claims.byLineRule(i)) {
        continue;
      }
      int above = prevNonBlank(facts, i - 1);
      int below = nextNonBlank(facts, i + 1, n);
      if (above < 0 || below >= n || !v[above].isKeep() || !v[below].isKeep() || facts.words(above) < PROSE_WORDS) {
        continue;
      }
      String a = doc.line(above).text().strip();
      String b = doc.line(below).text().strip();
      if (Character.isLetter(a.charAt(a.length() - 1)) && Character.isLowerCase(b.charAt(0))) {
        giveBack(v, claims, i, "context: an example inside a sentence of the article");
      }
    }
  }

  /**
   * The head of a table the scraper flattened with bars ("Вид проезда | Сейчас | С 1 апреля" over
   * "Разовая поездка | 38 руб. | 45 руб."): a row the breadcrumb rule takes for a menu, with two
   * cells of words or more, right above a kept row with as many cells, two of them figures, which
   * the rule's own veto kept. A menu's row has no such line under it. A scraper that sets every
   * line apart with a blank line sets the head apart from its rows too: then two such rows follow.
   */
  static void keepTableHeads(Document doc, LineFacts facts, Verdict[] v, Claims claims, int n) {
    for (int i = 0; i + 1 < n; i++) {
      if (facts.blank(i) || !v[i].isDrop() || !claims.byLineRule(i)) {
        continue;
      }
      int bars = bars(doc.line(i).text());
      int j = nextNonBlank(facts, i + 1, n);
      if (bars < 2 || cells(doc.line(i).text(), false) < 2 || !isBarRowWithFigures(doc, v, j, bars, n)) {
        continue;
      }
      if (j == i + 1 || j == i + 2 && isBarRowWithFigures(doc, v, nextNonBlank(facts, j + 1, n), bars, n)) {
        giveBack(v, claims, i, "context: the head of the table below");
      }
    }
  }

  /** Whether line {@code j} is a kept row of a table with {@code bars} bars, two of its cells figures. */
  private static boolean isBarRowWithFigures(Document doc, Verdict[] v, int j, int bars, int n) {
    return j < n && v[j].isKeep() && bars(doc.line(j).text()) == bars && cells(doc.line(j).text(), true) >= 2;
  }

  /**
   * A place and its temperature, then a word of forecast ("Caen : 14 °C, pluie puis averses").
   * What may precede the place is spelt as "no letter or digit", not {@code \\W}, which outside
   * Unicode mode counts Cyrillic letters too: a Russian line would be walked back letter by letter,
   * and this runs on every line (it had tripled the time of a pass).
   */
  private static final java.util.regex.Pattern FORECAST_ROW = java.util.regex.Pattern.compile(
      "[^\\p{L}\\p{N}]*\\p{L}[\\p{L}.'’ -]{1,30}?\\s*[:,–—-]?\\s+[-−+]?\\d{1,2}(?:[.,]\\d)?\\s?°\\s?[CF]?(?:(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_])|(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_])).*");

  /**
   * A story's forecast by place is a run of such lines right under one another ("Rouen : 13 °C,
   * pluie continue …" / "Caen : 14 °C, pluie puis averses …"), where a site's weather widget
   * shows one place: each line of a run of two or more goes back to the article, whether a rule
   * removed it or a weak rule named it ("Córdoba: 44 °C" / "Sevilla: 43 °C", under a heading that
   * ends without a colon).
   */
  static void keepForecastRows(Document doc, LineFacts facts, Verdict[] v, Claims claims, String[] weak, int n) {
    int i = 0;
    while (i < n) {
      int end = i;
      while (end < n && !facts.blank(end) && isForecastRow(doc.line(end).text())) {
        end++;
      }
      if (end - i >= 2) {
        for (int k = i; k < end; k++) {
          giveBack(v, claims, k, "context: a row of the forecast it stands in");
          weak[k] = null; // nor is it a weak candidate: its neighbours are rows like it
        }
      }
      i = Math.max(end, i + 1);
    }
  }

  /** Whether a line is a place and its temperature (the degree sign first: most lines have none). */
  private static boolean isForecastRow(String t) {
    return t.indexOf('°') >= 0 && FORECAST_ROW.matcher(t).matches();
  }

  /** The fewest rows of a run that is a table rather than a menu split by bars. */
  private static final int TABLE_MIN_ROWS = 3;

  /**
   * A run of three or more lines right under one another, each split by the same number of bars
   * (two or more), at least half of them holding a figure, is a table flattened with bars
   * ("Castillo de Locubín | 23.00 a 7.00 | 1 de julio"): its rows go back to the article, though
   * the breadcrumb rule reads each as a trail of short items. A site's menus split by bars hold
   * no figures.
   */
  static void keepTableRows(Document doc, LineFacts facts, Verdict[] v, Claims claims, int n) {
    int i = 0;
    while (i < n) {
      int b = facts.blank(i) ? 0 : bars(doc.line(i).text());
      if (b < 2) {
        i++;
        continue;
      }
      int end = i;
      int figures = 0;
      while (end < n && !facts.blank(end) && bars(doc.line(end).text()) == b) {
        figures += PageLines.hasDigit(doc.line(end).text()) ? 1 : 0;
        end++;
      }
      if (end - i >= TABLE_MIN_ROWS && 2 * figures >= end - i) {
        for (int k = i; k < end; k++) {
          giveBack(v, claims, k, "context: a row of the table it stands in");
        }
      }
      i = Math.max(end, i + 1);
    }
  }

  /** A table's source line: the label of a source of data, then text ("Источник: расписания …"). */
  private static final java.util.regex.Pattern TABLE_SOURCE = java.util.regex.Pattern.compile(
      "(?iu)\\s*(?:source|sources|quelle|quellen|fuente|fuentes|источник|источники)\\s*:\\s*\\S.*");

  /**
   * A row of data: a short label, a separator (a colon, a dash, a tab or a run of spaces) and a
   * value with a figure, its unit and a footnote's mark ("2022: 118", "2024 год — 6 520",
   * "Oberallgäu   41 %", "2025: 402*", "Mallorca: 610 hectáreas", "2010–2019: im Schnitt am 1.
   * April").
   */
  private static final java.util.regex.Pattern DATA_ROW = java.util.regex.Pattern.compile(
      "\\s*\\S.{0,60}?(?:\\s*[:：]\\s*|\\s+[-–—]\\s+|\\t|\\s{2,})(?:[\\p{L}.]+\\s+){0,3}[-+−]?\\d[\\d.,\\u00a0\\u202f ]*"
          + "(?:[\\p{L}€$£₽°%‰.]+)?(?:\\s+[\\p{L}.]+){0,2}\\s*(?:\\(\\d\\)|[¹²³⁴⁵*†]+)?\\s*");

  /** The fewest rows of data above a source line that make a table of them (see keepTableSources). */
  private static final int DATA_MIN_ROWS = 2;

  /** The fewest rows of data above a blank line and the source under it (see keepTableSources). */
  private static final int DATA_MIN_ROWS_APART = 3;

  /**
   * The line right under the last row of a table, naming the table's source ("Источник: расписания
   * авиакомпаний, расчеты …", "Source: Kernow Acute Care Partnership, emergency department
   * records"), is the table's: a rule for a picture's source takes the same label. It goes back
   * to the article, under a table flattened with bars ("Омск — Тюмень | 10 | 6", with a line or
   * two of totals between, see barRowAbove) or under two
   * rows of data or more ("Mallorca: 610 hectáreas" / "Ibiza: 250 hectáreas"), and so does a
   * last row that a rule took for the caption over a credit; under a box of four short items or
   * more (a doctors' advice, see boxItemsAbove) it is the box's. Set apart by a blank line, it is
   * the table's under three rows of data or more.
   */
  static void keepTableSources(Document doc, LineFacts facts, Verdict[] v, Claims claims, int n) {
    for (int i = 1; i < n; i++) {
      if (facts.blank(i) || !v[i].isDrop() || !claims.byLineRule(i) || !TABLE_SOURCE.matcher(doc.line(i).text()).matches()) {
        continue;
      }
      if (facts.blank(i - 1)) {
        // set apart by a blank line, the source of a longer list of data ("8. Elektro-Rüther,
        // Paderborn – 3.850" / … / "" / "Quelle: Angaben der Unternehmen, Stand 31.12.2024"):
        // a picture's caption above its source is no row of data
        if (dataRowsAbove(doc, facts, i - 1) >= DATA_MIN_ROWS_APART) {
          giveBack(v, claims, i, "context: the source of the table above");
        }
        continue;
      }
      if (barRowAbove(doc, facts, v, i)) {
        giveBack(v, claims, i, "context: the source of the table above");
      } else if (dataRowsAbove(doc, facts, i) >= DATA_MIN_ROWS) {
        giveBack(v, claims, i, "context: the source of the table above");
        giveBack(v, claims, i - 1, "context: a row of the table it stands in");
      } else if (boxItemsAbove(doc, facts, v, i) >= BOX_MIN_ITEMS) {
        giveBack(v, claims, i, "context: the source of the box above");
      }
    }
  }

  /** The most lines of totals between a table's last row and its source ("Participación: 66,3 %"). */
  private static final int TOTALS_MAX_LINES = 2;

  /**
   * Whether a kept row of a table flattened with bars ("Омск — Тюмень | 10 | 6") stands right
   * above line {@code i}, or above a line or two of totals under it, short lines with a figure
   * ("Participación: 66,3 % (+1,9 puntos)").
   */
  private static boolean barRowAbove(Document doc, LineFacts facts, Verdict[] v, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 1 - TOTALS_MAX_LINES && !facts.blank(k) && v[k].isKeep(); k--) {
      String row = doc.line(k).text();
      if (bars(row) >= 2 && cells(row, true) >= 2) {
        return true;
      }
      if (facts.words(k) > ITEM_MAX_WORDS || !PageLines.hasDigit(row)) {
        return false;
      }
    }
    return false;
  }

  /** The fewest items of a box above a source line (see boxItemsAbove). */
  private static final int BOX_MIN_ITEMS = 4;

  /**
   * How many kept items of a box stand right above line {@code i}, with no blank line between:
   * short lines that do not end like a sentence ("Usá repelente y renovalo cada tres o cuatro
   * horas" / … / "Fuente: Sociedad de Infectología del Noroeste"). A picture's caption over its
   * source is one or two lines.
   */
  private static int boxItemsAbove(Document doc, LineFacts facts, Verdict[] v, int i) {
    int items = 0;
    for (int k = i - 1; k >= 0 && !facts.blank(k) && v[k].isKeep() && facts.words(k) <= ITEM_MAX_WORDS
        && !endsLikeSentence(doc.line(k).text().strip()); k--) {
      items++;
    }
    return items;
  }

  /** The most words a row of data has ("Число обращений по поводу укусов" is a title, not a row). */
  private static final int DATA_ROW_MAX_WORDS = 10;

  /**
   * How many rows of data stand right above line {@code i}, with no blank line between: a label
   * and its value (see DATA_ROW), or a row of a standings or results table flattened with spaces
   * (see isFigureRow).
   */
  private static int dataRowsAbove(Document doc, LineFacts facts, int i) {
    int rows = 0;
    for (int k = i - 1; k >= 0 && !facts.blank(k) && (isFigureRow(doc.line(k).text())
        || facts.words(k) <= DATA_ROW_MAX_WORDS && DATA_ROW.matcher(doc.line(k).text()).matches()); k--) {
      rows++;
    }
    return rows;
  }

  /** The fewest figures a row of a table flattened with spaces has (played, won, drawn, lost). */
  private static final int FIGURE_ROW_MIN_FIGURES = 4;

  /**
   * Whether a line is a row of a table flattened with single spaces: four figures or more, and
   * no more words with letters than figures ("19. UD Salinas del Estrecho 24 4 7 13 17 36 19").
   * A sentence has far more words than figures, even one full of results.
   */
  private static boolean isFigureRow(String t) {
    int figures = 0;
    int words = 0;
    for (String token : t.strip().split("\\s+")) {
      boolean digit = false;
      boolean letter = false;
      for (int k = 0; k < token.length(); k++) {
        char c = token.charAt(k);
        digit |= Character.isDigit(c);
        letter |= Character.isLetter(c);
      }
      if (letter) {
        words++;
      } else if (digit) {
        figures++;
      }
    }
    return figures >= FIGURE_ROW_MIN_FIGURES && words <= figures;
  }

  /** How many cells of a row split by bars hold a digit (or, with {@code digits} false, a letter). */
  private static int cells(String t, boolean digits) {
    int count = 0;
    for (String cell : t.split("\\|")) {
      boolean has = false;
      for (int k = 0; k < cell.length() && !has; k++) {
        has = digits ? Character.isDigit(cell.charAt(k)) : Character.isLetter(cell.charAt(k));
      }
      count += has ? 1 : 0;
    }
    return count;
  }

  /** How many bars split a line into cells. */
  private static int bars(String t) {
    int count = 0;
    for (int k = 0; k < t.length(); k++) {
      if (t.charAt(k) == '|') {
        count++;
      }
    }
    return count;
  }

  /**
   * Gives line {@code i} back to the article, for the reason given, if a line rule dropped it and
   * the rule names no placeholder: an embedded post's consent box under "… wrote on X:" stands
   * in for what the sentence introduces, and is not it.
   */
  private static void giveBack(Verdict[] v, Claims claims, int i, String why) {
    if (claims.byLineRule(i) && !claims.placeholder(i) && v[i].isDrop()) {
      v[i] = Verdict.keep(v[i].ruleId(), why);
      claims.release(i);
    }
  }

  private static final String INTRODUCED = "context: what the sentence above introduces";
}
