package dev.winnow.classify;

import dev.winnow.document.Document;
import dev.winnow.document.Verdict;

/**
 * A box of links to other stories whose headlines are all questions, under a heading that is a
 * question too ("Wondering what else is changing near you?" over "Why are some bus lanes being
 * repainted?", "Who decides where the chargers go?"; "Noch Fragen?"; "А что дальше?"). No rule
 * can know its words, and a question alone is the article's, so the box goes only as a whole:
 * after the article has begun, a short question (at most four words, or ten that turn to the
 * reader: "¿Te quedaste con ganas de saber más?") directly over two or more
 * questions of three to sixteen words, one per line with no blank line between, none quoted and
 * none an item of a list (a bullet or a box opens a checklist's questions). An interview's
 * question has its answer under it, never another question, and a list of questions the article
 * asks has a heading that is no question ("Checkliste für die Heizsaison", "Avant d'acheter,
 * les points à vérifier") and bullets.
 */
final class QuestionRails {
  private QuestionRails() {}

  private static final int HEADING_MAX_WORDS = 10;
  /** A heading of more words must turn to the reader ("Wondering what else is changing near you?"). */
  private static final int HEADING_SHORT_WORDS = 4;
  private static final java.util.regex.Pattern READER = java.util.regex.Pattern.compile(
      "(?iu)(?<![\\p{L}])(?:you|your|te|tu|vous|ты|вы|вас|вам|dich|dir|euch)(?![\\p{L}])");
  private static final int ITEM_MIN_WORDS = 3;
  private static final int ITEM_MAX_WORDS = 16;
  private static final int MIN_ITEMS = 2;

  static void settle(Document doc, LineFacts facts, Verdict[] v, String id, int n) {
    int start = PageLines.firstProse(facts, v, n);
    for (int i = start + 1; i + MIN_ITEMS < n; i++) {
      if (!isQuestion(doc, facts, v, i, 1, HEADING_MAX_WORDS)
          || (facts.words(i) > HEADING_SHORT_WORDS && !READER.matcher(doc.line(i).text()).find())) {
        continue; // a longer question that does not turn to the reader is the first of the article's own
      }
      int j = i + 1;
      while (j < n && isQuestion(doc, facts, v, j, ITEM_MIN_WORDS, ITEM_MAX_WORDS)) {
        j++;
      }
      if (j - i - 1 < MIN_ITEMS) {
        continue;
      }
      for (int k = i; k < j; k++) {
        v[k] = Verdict.drop(id, "context: a box of questions that link to other stories");
      }
      i = j;
    }
  }

  /** Whether kept line {@code i} is one question of the given size, not quoted. */
  private static boolean isQuestion(Document doc, LineFacts facts, Verdict[] v, int i, int minWords, int maxWords) {
    if (facts.blank(i) || v[i].isDrop() || facts.quoted(i) || facts.words(i) < minWords || facts.words(i) > maxWords) {
      return false;
    }
    String t = doc.line(i).text().strip();
    int q = t.indexOf('?');
    // one question, which ends the line, and no item of a list (a checklist's "☐ … entlüftet?")
    return q > 0 && q == t.length() - 1 && (Character.isLetterOrDigit(t.codePointAt(0)) || t.charAt(0) == '¿');
  }
}
