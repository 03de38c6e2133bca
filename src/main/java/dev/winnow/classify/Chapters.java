package dev.winnow.classify;

import static dev.winnow.classify.PageLines.prevNonBlank;

import dev.winnow.document.Document;
import dev.winnow.document.Verdict;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chapters of an episode or a video: a run of lines that each open with a point in the
 * recording ("00:00  Cold open", "(02:35) Ein Tag mit …", "03:40 — «Мы крутили …»"), from its
 * start at zero, under their heading ("Chapters", "Kapitelmarken", "Содержание выпуска"). What
 * makes the run furniture is the heading over points that start at 00:00 and only go forward,
 * line by line: a New Year's night schedule in an article starts at midnight too ("00:00 — бой
 * курантов"), under no such heading. A title of a chapter may end like a sentence, which ends the
 * lists of links a block rule reads, so the run is read here.
 */
final class Chapters {
  private Chapters() {}

  /** A point in the recording at the line's start, in brackets or not: hours, minutes, seconds. */
  private static final Pattern POINT =
      Pattern.compile("^\\s*\\(?(?:(\\d{1,2}):)?(\\d{1,2}):(\\d{2})\\)?\\s*[–—:-]?\\s*\\S");

  /** The heading of an episode's chapters. */
  private static final Pattern HEADING = Pattern.compile(
      "(?iu)^[^\\p{L}\\p{N}_]*(?:chapters|chapter markers|episode chapters|video chapters|in this episode|kapitel|kapitelmarken|"
          + "chapitres|capítulos|главы(?: видео| выпуска)?|содержание выпуска|таймкоды)[^\\p{L}\\p{N}_]*$");

  /** The fewest chapters in a run. */
  private static final int MIN_CHAPTERS = 3;

  /** The most words of a chapter's line. */
  private static final int CHAPTER_MAX_WORDS = 16;

  /** Drops each run of chapters that starts at zero under its heading, and the heading. */
  static void settle(Document doc, LineFacts facts, Verdict[] v, String contextId, int n) {
    for (int i = 0; i < n; i++) {
      if (facts.blank(i) || seconds(doc, i) != 0 || facts.words(i) > CHAPTER_MAX_WORDS) {
        continue;
      }
      int end = i + 1;
      long last = 0;
      for (long point; end < n && !facts.blank(end) && facts.words(end) <= CHAPTER_MAX_WORDS
          && (point = seconds(doc, end)) > last; end++) {
        last = point;
      }
      if (end - i < MIN_CHAPTERS) {
        continue;
      }
      // the heading, right above or set apart by a blank line
      int h = prevNonBlank(facts, i - 1);
      if (h < 0 || !HEADING.matcher(doc.line(h).text()).matches()) {
        continue;
      }
      v[h] = Verdict.drop(contextId, "context: the heading of an episode's chapters");
      for (int k = i; k < end; k++) {
        v[k] = Verdict.drop(contextId, "context: a chapter of an episode, in a run from 00:00");
      }
      i = end - 1;
    }
  }

  /** The point at the start of line {@code i} in seconds, or -1 when it opens with none. */
  private static long seconds(Document doc, int i) {
    String t = doc.line(i).text();
    // the cheap test first, as this runs over every line: a point opens with a digit or a bracket
    int k = 0;
    while (k < t.length() && t.charAt(k) == ' ') {
      k++;
    }
    if (k == t.length() || !(Character.isDigit(t.charAt(k)) || t.charAt(k) == '(')) {
      return -1;
    }
    Matcher m = POINT.matcher(t);
    if (!m.lookingAt()) {
      return -1;
    }
    long h = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
    return h * 3600 + Long.parseLong(m.group(2)) * 60 + Long.parseLong(m.group(3));
  }
}
