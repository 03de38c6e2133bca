package dev.winnow.classify;

import dev.winnow.document.Document;
import dev.winnow.document.Verdict;

/**
 * What the context pass's steps know about lines and where they stand: a sentence of prose, a
 * dateline, a byline, a label's and a headline's sizes, and the next or previous line of a kind.
 * The steps' shared vocabulary, so that every step means the same by "a sentence" or "the first
 * prose".
 */
final class PageLines {
  private PageLines() {}

  /** The marks a sentence (or a quotation, or a bracket) ends with. */
  private static final String TERMINAL = ".!?…:;\"'»”’)]";

  /** Words of a line that reads as prose rather than as a label. */
  static final int PROSE_WORDS = 8;

  /**
   * A full stop, question or exclamation mark at a line's end, perhaps inside closing quotation
   * marks or brackets: a sentence's stop, where {@link #endsLikeSentence} also takes a colon, a
   * semicolon or a closing quotation mark alone.
   */
  static final java.util.regex.Pattern STOPPED = java.util.regex.Pattern.compile("[.!?…][\"'»”’)\\]]*\\s*$");

  /** The first kept line this long is the headline (or the text): a label above it is shorter. */
  static final int HEADLINE_MIN_WORDS = 4;

  /** The most words of a label: a section, a kicker, a site's name. */
  static final int LABEL_MAX_WORDS = 3;

  /** The most words of a dateline. */
  static final int DATELINE_MAX_WORDS = 12;

  /** The most words of a page's time stamp that gives two dates (see isDateline). */
  static final int STAMP_MAX_WORDS = 20;

  /** The word that opens a page's time stamp ("Updated …", "Aktualisiert …", "Mis à jour …", "Обновлено …"). */
  static final java.util.regex.Pattern STAMP_OPENING = java.util.regex.Pattern.compile(
      "(?iu)[^\\p{L}\\p{N}_]*(?:last updated|updated|published|posted|aktualisiert|veröffentlicht|stand|mis à jour|publié le|actualizado|publicado|обновлено|опубликовано)(?![\\p{L}\\p{N}_])");

  /** The word of a time stamp's update, after its first date ("…, mis à jour le …", "…, updated …"). */
  private static final java.util.regex.Pattern STAMP_UPDATE = java.util.regex.Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:updated|update|actualizado|actualización|mis à jour|modifié le|aktualisiert|geändert|обновлено|изменено)(?![\\p{L}])");

  /** How many lines below the first sentence a byline or a dateline may stand. */
  static final int BYLINE_AFTER_LEAD = 6;

  /** The fewest items of a row that reads as a menu. */
  static final int MENU_MIN_ITEMS = 3;

  /**
   * A year, a time of day, a numeric date or a time ago ("hace 5 minutos", "vor 2 Stunden", "3
   * hours ago"): what makes a short line a dateline.
   */
  static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile(
      "(?<!\\d)(?:(?:19|20)\\d\\d|\\d{1,2}[:.h]\\d\\d|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})(?!\\d)"
          + "|(?<![\\p{L}])(?:hace|vor|il y a)\\s+\\d{1,3}\\s*(?:min|minutos?|minuten?|minutes?|h|horas?|stunden?|std|heures?)(?![\\p{L}])"
          + "|(?<!\\d)\\d{1,3}\\s*(?:mins?|minutes?|hrs?|hours?|h|мин|минут[ау]?|час(?:а|ов)?)\\.?\\s+(?:ago|назад)(?![\\p{L}])",
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /** The start of a byline, which sits in short lines near the top but is the article's own. */
  static final java.util.regex.Pattern BYLINE =
      java.util.regex.Pattern.compile("(?iu)(?:by|words by|text|von|par|por|de|автор|текст|фото)[:\\s]");

  /**
   * A byline that gives a name and nothing else ("Текст: Алексей Гурьянов", "By Anna Jones"), its
   * word capitalised as bylines are ("by Taboola" is an ad widget's).
   */
  static final java.util.regex.Pattern NAMED_BYLINE = java.util.regex.Pattern.compile(
      "(?:By|BY|Words by|Text|Von|VON|Par|PAR|Por|POR|Автор|АВТОР|Текст|ТЕКСТ)[:\\s]\\s*\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}");

  /** A capitalised word of a name ("Samadi", "O'Neill", "Hernández-Ruiz"). */
  static final String NAME_WORD = "\\p{Lu}[\\p{L}'’-]+";

  /** A line that is only a name of two or three capitalised words ("Kaveh Samadi"). */
  static final java.util.regex.Pattern BARE_NAME =
      java.util.regex.Pattern.compile(NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,2}");

  private static final java.util.regex.Pattern ITEM_SEPARATOR = java.util.regex.Pattern.compile("\\s*[|·•/›»>]\\s*|\\s{2,}");

  /** Whether line {@code i} is a sentence of prose: eight words or more, ending like a sentence. */
  static boolean isSentence(Document doc, LineFacts facts, int i) {
    return facts.words(i) >= PROSE_WORDS && endsLikeSentence(doc.line(i).text().strip());
  }

  /** Whether a stripped, non-empty line ends with a sentence's mark (or a closing quote or bracket). */
  static boolean endsLikeSentence(String t) {
    return TERMINAL.indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  static boolean hasDigit(String t) {
    for (int k = 0; k < t.length(); k++) {
      if (Character.isDigit(t.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether line {@code i} is a dateline: at most twelve words, with a year, a time or a date; or
   * a page's time stamp of up to twenty words that gives when the story was published and, after
   * a second date, when it was updated ("Publié le 24 juin 2025 à 19h12, mis à jour le 25 juin
   * 2025 à 08h40"). A sentence that opens with "Published" ends like one.
   */
  static boolean isDateline(Document doc, LineFacts facts, int i) {
    int words = facts.words(i);
    if (words > STAMP_MAX_WORDS) {
      return false;
    }
    String t = doc.line(i).text();
    java.util.regex.Matcher date = DATE.matcher(t);
    if (!date.find()) {
      return false;
    }
    return words <= DATELINE_MAX_WORDS
        || (STAMP_OPENING.matcher(t).lookingAt() && date.find() && STAMP_UPDATE.matcher(t).find(date.start())
            && !endsLikeSentence(t.strip()));
  }

  /** Whether line {@code i} is a dateline (see isDateline) or a short byline ("Von Katrin Wehmeier"). */
  static boolean isDatelineOrByline(Document doc, LineFacts facts, int i) {
    return isDateline(doc, facts, i)
        || (facts.words(i) <= DATELINE_MAX_WORDS && BYLINE.matcher(doc.line(i).text().strip()).lookingAt());
  }

  /** True when line {@code i} is only a separator ("›", "/", "|"). */
  static boolean isSeparator(Document doc, int i) {
    String t = doc.line(i).text().strip();
    if (t.isEmpty() || t.length() > 3) {
      return false;
    }
    for (int k = 0; k < t.length(); k++) {
      if (Character.isLetterOrDigit(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** The items of a row, split at separators and wide spaces ("News | Sport | Business": 3). */
  static int items(String text) {
    int count = 0;
    for (String item : ITEM_SEPARATOR.split(text.strip())) {
      if (!item.isBlank()) {
        count++;
      }
    }
    return count;
  }

  /**
   * Whether one of the items of a row (see {@link #items}) is {@code item}, case aside ("Home ›
   * News › Crime › Courts" has "COURTS").
   */
  static boolean hasItem(String row, String item) {
    String wanted = item.strip();
    for (String part : ITEM_SEPARATOR.split(row.strip())) {
      if (part.strip().equalsIgnoreCase(wanted)) {
        return true;
      }
    }
    return false;
  }

  /** Words with a letter in them: a headline's, where "USD 502,17" or "Алматы +4°" have one. */
  static int wordsWithLetters(String text) {
    int count = 0;
    boolean inWord = false;
    boolean letter = false;
    for (int k = 0; k <= text.length(); k++) {
      boolean space = k == text.length() || LineFacts.isSpace(text.charAt(k));
      if (space) {
        if (inWord && letter) {
          count++;
        }
        inWord = false;
        letter = false;
      } else {
        inWord = true;
        letter |= Character.isLetter(text.charAt(k));
      }
    }
    return count;
  }

  /** Whether some word of {@code text} begins with {@code prefix}. */
  static boolean startsWord(String text, String prefix) {
    for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
      if (at == 0 || !Character.isLetter(text.charAt(at - 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code b} opens with the same first word as {@code a} (stripped lines): items of one list. */
  static boolean opensAlike(String a, String b) {
    int k = a.indexOf(' ');
    return k > 0 && b.regionMatches(0, a, 0, k + 1);
  }

  static boolean isProse(LineFacts facts, Verdict[] v, int i) {
    return v[i].isKeep() && facts.words(i) >= PROSE_WORDS;
  }

  /**
   * The first kept sentence-length line: above it sit headlines, kickers, datelines and menus
   * ({@code n} when there is none).
   */
  static int firstProse(LineFacts facts, Verdict[] v, int n) {
    return nextProse(facts, v, 0, n);
  }

  /** The first kept sentence-length line from {@code i} on ({@code n} when there is none). */
  static int nextProse(LineFacts facts, Verdict[] v, int i, int n) {
    while (i < n && !isProse(facts, v, i)) {
      i++;
    }
    return i;
  }

  /**
   * Whether line {@code h} stands right under line {@code i}, or under one blank line when the
   * scraper sets every block apart so (a blank line under {@code h} too): how a kicker stands over
   * its headline.
   */
  static boolean standsUnder(LineFacts facts, int i, int h) {
    return h == i + 1 || (h == i + 2 && facts.blank(i + 1) && h + 1 < facts.size() && facts.blank(h + 1));
  }

  /** The first kept line of four words or more (the headline, or the text), or {@code n}. */
  static int firstLongKept(LineFacts facts, Verdict[] v, int n) {
    return nextLongKept(facts, v, 0, n);
  }

  /** The first kept line of four words or more from {@code i} on ({@code n} when there is none). */
  static int nextLongKept(LineFacts facts, Verdict[] v, int i, int n) {
    while (i < n && (facts.blank(i) || v[i].isDrop() || facts.words(i) < HEADLINE_MIN_WORDS)) {
      i++;
    }
    return i;
  }

  /** The first kept non-blank line at or below {@code i}, or {@code n}. */
  static int nextKept(LineFacts facts, Verdict[] v, int i, int n) {
    while (i < n && (facts.blank(i) || v[i].isDrop())) {
      i++;
    }
    return i;
  }

  static int prevNonBlank(LineFacts facts, int i) {
    while (i >= 0 && facts.blank(i)) {
      i--;
    }
    return i;
  }

  static int nextNonBlank(LineFacts facts, int i, int n) {
    while (i < n && facts.blank(i)) {
      i++;
    }
    return i;
  }
}
