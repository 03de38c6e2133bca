package dev.winnow.classify;

/**
 * Quotations inside a line of text. Furniture is never quoted inside a sentence, while an article
 * about a paywall, a scam message or a labelling law quotes the very words a rule looks for ("a
 * button marked “Subscribe now for £1 a week”"): a rule's match that lies within such a quotation
 * is the article's, not the page's.
 */
public final class Quotations {
  private Quotations() {}

  /** Opening marks, and at the same index the mark that closes each. */
  private static final String OPENING = "\"“„«";
  private static final String CLOSING = "\"”“»";

  /**
   * The marks that may open and close a line that is one quotation: the double marks above, plus
   * single guillemets and single quotes, which a whole line can be wrapped in without being
   * confused with an apostrophe inside it.
   */
  private static final String LINE_OPENING = "\"“„«‹‘‚";
  private static final String LINE_CLOSING = "\"”“»›’‘";

  /** Words a sentence needs around a quotation to count as quoting it (not being it). */
  private static final int MIN_WORDS_AROUND = 4;

  /** Words enough when they attribute the quotation after it ("«…», empezaba el texto."). */
  private static final int MIN_WORDS_ATTRIBUTED = 2;

  /**
   * True when {@code text[start..end)}, less any spaces and punctuation at its edges, lies within
   * one quotation of the line and the line has at least four words outside that quotation (or two
   * that attribute it right after it, see attributed): a quotation embedded in a sentence. A line
   * that is only a quotation, or a short label around one ("Click “Accept”"), does not count.
   */
  public static boolean embeds(CharSequence text, int start, int end) {
    return embeds(text, start, end, 1);
  }

  /** Whether the text holds an opening quotation mark at all: without one nothing is embedded. */
  public static boolean mayEmbed(CharSequence text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (OPENING.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Like {@link #embeds(CharSequence, int, int)}, and the quotation holds at least {@code
   * minWords} words. A rule that counts its cues (min-hits) needs this: furniture itself quotes its
   * buttons and labels (the “Privacy choices” link, declared a «foreign agent»), while an article
   * that reports on furniture quotes its sentences.
   */
  public static boolean embeds(CharSequence text, int start, int end, int minWords) {
    while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    if (start >= end) {
      return false;
    }
    int open = -1;
    char close = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (open < 0) {
        int k = OPENING.indexOf(c);
        if (k >= 0) {
          if (i >= start) {
            return false; // the match starts outside every quotation
          }
          open = i;
          close = CLOSING.charAt(k);
        }
      } else if (closes(c, close)) {
        if (open < start && i >= end) {
          int outside = wordsOutside(text, open, i);
          return (outside >= MIN_WORDS_AROUND || (outside >= MIN_WORDS_ATTRIBUTED && attributed(text, i)))
              && wordsBetween(text, open + 1, i) >= minWords;
        }
        if (i >= start) {
          return false; // the quotation closes inside the match
        }
        open = -1;
      }
    }
    return false;
  }

  /**
   * Whether {@code buf[first..last]} is one quotation: it opens with a quotation mark and closes
   * with one, perhaps followed by punctuation ("..." or «...», or „...“.). See {@link
   * LineFacts#quoted}.
   */
  static boolean isWhole(char[] buf, int first, int last) {
    if (last <= first || LINE_OPENING.indexOf(buf[first]) < 0) {
      return false;
    }
    int k = last;
    while (k > first && ".,;:!?…".indexOf(buf[k]) >= 0) {
      k--;
    }
    return k > first && LINE_CLOSING.indexOf(buf[k]) >= 0;
  }

  /** Whether a line that starts with {@code c} starts with a quotation mark. */
  static boolean opensLine(char c) {
    return LINE_OPENING.indexOf(c) >= 0;
  }

  /** Whether the line opens with a quotation mark that it does not close (a quotation runs on). */
  static boolean opensUnclosed(String t) {
    if (t.isEmpty()) {
      return false;
    }
    int open = LINE_OPENING.indexOf(t.charAt(0));
    if (open < 0) {
      return false;
    }
    char close = LINE_CLOSING.charAt(open);
    for (int k = 1; k < t.length(); k++) {
      if (closes(t.charAt(k), close)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the line ends with a closing quotation mark (and punctuation) and opens none before. */
  static boolean closesUnopened(String t) {
    int k = t.length() - 1;
    while (k > 0 && ".,;:!?…".indexOf(t.charAt(k)) >= 0) {
      k--;
    }
    if (k <= 0 || LINE_CLOSING.indexOf(t.charAt(k)) < 0) {
      return false;
    }
    for (int m = 0; m < k; m++) {
      if (opensLine(t.charAt(m))) {
        return false;
      }
    }
    return true;
  }

  /** Words a quotation may have and still be a name (a play, a ship, a newsletter), not speech. */
  private static final int MAX_NAME_WORDS = 3;

  /**
   * Whether the text quotes speech: a quotation of more than three words, or one left open. A
   * caption may name a play or a ship in quotation marks ("… at a rehearsal of «Les»"); a line
   * that quotes a sentence reports, as captions do not.
   */
  static boolean quotesSpeech(CharSequence text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      int k = OPENING.indexOf(text.charAt(i));
      if (k < 0) {
        continue;
      }
      int j = closing(text, i, CLOSING.charAt(k));
      if (j >= n || wordsBetween(text, i + 1, j) > MAX_NAME_WORDS) {
        return true;
      }
      i = j;
    }
    return false;
  }

  /**
   * The text with the words of each quotation it closes replaced by one short word ("„Xxx“"), so
   * that a pattern can be tried on what the line says around its quotations (a pattern that wants
   * some quoted name there still finds one).
   */
  public static String withoutQuotations(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      out.append(c);
      int k = OPENING.indexOf(c);
      if (k < 0) {
        continue;
      }
      int j = closing(text, i, CLOSING.charAt(k));
      if (j < n) {
        out.append("Xxx").append(text.charAt(j));
        i = j;
      }
    }
    return out.toString();
  }

  /** Where the quotation opened at {@code open} closes with {@code close}, or the text's length. */
  private static int closing(CharSequence text, int open, char close) {
    int j = open + 1;
    while (j < text.length() && !closes(text.charAt(j), close)) {
      j++;
    }
    return j;
  }

  /** Words (runs of letters or digits) in {@code text[from..to)}. */
  private static int wordsBetween(CharSequence text, int from, int to) {
    int words = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      boolean w = Character.isLetterOrDigit(text.charAt(i));
      if (w && !inWord) {
        words++;
      }
      inWord = w;
    }
    return words;
  }

  /**
   * Whether {@code c} closes a quotation whose closing mark is {@code close}: „…” as well as „…“,
   * and a typographic opening mark closed by a straight one („…" or “…"), as text typed on a
   * keyboard that changes only the opening mark has it.
   */
  private static boolean closes(char c, char close) {
    return c == close || (close == '“' && c == '”') || (c == '"' && (close == '“' || close == '”'));
  }

  /**
   * Whether the quotation closed at {@code close} is attributed right after it: a comma or a dash
   * at most, then a word in lower case ("«…», dijo el alcalde", "“…,” she said", "« … » — a-t-il
   * ajouté"). Speech reported so is the article's however few words report it.
   */
  private static boolean attributed(CharSequence text, int close) {
    int k = close + 1;
    int n = text.length();
    while (k < n && (Character.isWhitespace(text.charAt(k)) || ",—–-".indexOf(text.charAt(k)) >= 0)) {
      k++;
    }
    return k < n && k > close + 1 && Character.isLowerCase(text.charAt(k));
  }

  /** Words of the line outside {@code text[open..close]}. */
  private static int wordsOutside(CharSequence text, int open, int close) {
    return wordsBetween(text, 0, open) + wordsBetween(text, close + 1, text.length());
  }
}
