package dev.winnow.classify;

import dev.winnow.document.Document;
import dev.winnow.document.Verdict;

/**
 * Rows of links that a crude scraper glued together without spaces ("NewsSportWhat's
 * OnPropertyJobsObituaries", "ГлавнаяНовостиОбществоЭкономика", "ImpressumDatenschutzAGBKontakt"):
 * a word that runs into a capital again and again, in a line that is no sentence. A sentence of
 * news does not do that; a programmer's identifier does ("glPixelMapuiv"), but it starts with a
 * small letter, and only words that start with a capital count here. A hashtag or a handle
 * ("#OneLastWelshCake") glues its words on purpose and does not count either.
 */
final class GluedRows {
  private GluedRows() {}

  /** The fewest joins of a small letter to a capital inside capitalised words. */
  private static final int MIN_JOINS = 3;

  /** The most words (split at spaces) of a glued row. */
  private static final int MAX_WORDS = 16;

  /** Drops each kept glued row. */
  static void settle(Document doc, LineFacts facts, Verdict[] v, String id, int n) {
    for (int i = 0; i < n; i++) {
      if (facts.blank(i) || v[i].isDrop() || facts.words(i) > MAX_WORDS) {
        continue;
      }
      String t = doc.line(i).text().strip();
      if (!PageLines.endsLikeSentence(t) && isGlued(t)) {
        v[i] = Verdict.drop(id, "context: a row of links glued together");
      }
    }
  }

  /**
   * Whether a line has at least {@link #MIN_JOINS} joins of a small letter to a capital inside
   * words that start with a capital, one such word with two joins or more (a brand has one:
   * "PayPal", "LinkedIn"), and no more spaces than twice the joins.
   */
  static boolean isGlued(String t) {
    int joins = 0;
    int spaces = 0;
    int wordJoins = 0;
    int mostInAWord = 0;
    boolean capitalWord = false;
    char prev = ' ';
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (c == ' ') {
        spaces++;
      }
      if (!Character.isLetter(prev)) {
        // a hashtag or a handle runs its words together on purpose (#OneLastWelshCake, @RadioValleysFan)
        capitalWord = Character.isUpperCase(c) && prev != '#' && prev != '@';
        wordJoins = 0;
      } else if (capitalWord && Character.isLowerCase(prev) && Character.isUpperCase(c)) {
        joins++;
        mostInAWord = Math.max(mostInAWord, ++wordJoins);
      }
      prev = c;
    }
    return joins >= MIN_JOINS && mostInAWord >= 2 && spaces <= 2 * joins;
  }
}
