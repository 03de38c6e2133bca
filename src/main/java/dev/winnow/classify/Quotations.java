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

  /**
   * True when {@code text[start..end)}, less any spaces and punctuation at its edges, lies within
   * one quotation of the line and the line has at least four words outside that quotation: a
   * quotation embedded in a sentence. A line that is only a quotation, or a short label around
   * one ("Click “Accept”"), does not count.
   */
  public static boolean embeds(CharSequence text, int start, int end) {
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
      } else if (c == close || (close == '“' && c == '”')) { // „…” as well as „…“
        if (open < start && i >= end) {
          return wordsOutside(text, open, i) >= MIN_WORDS_AROUND;
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

  /** Whether the text holds a double quotation mark of any kind (straight, typographic, guillemet). */
  static boolean hasMark(CharSequence text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (OPENING.indexOf(c) >= 0 || CLOSING.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Words of the line outside {@code text[open..close]}. */
  private static int wordsOutside(CharSequence text, int open, int close) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      if (i == open) {
        inWord = false;
        i = close;
        continue;
      }
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }
}
