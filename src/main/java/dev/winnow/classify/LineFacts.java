package dev.winnow.classify;

import dev.winnow.document.Document;
import dev.winnow.document.Line;

/**
 * Size and position features of every line of a document, computed once and shared by the rule
 * gates and the context pass. Word counts split on whitespace (no-break spaces included), so they
 * work the same in every language that separates words with spaces.
 */
public final class LineFacts {
  private final int[] words;
  private final int[] chars;
  private final int[] rank;
  private final boolean[] quoted;
  private final boolean[] invisible; // holds an invisible format character (see visible)
  private final int nonBlank;

  /** Computes the facts of a document's lines. */
  public LineFacts(Document doc) {
    int n = doc.size();
    words = new int[n];
    chars = new int[n];
    rank = new int[n];
    quoted = new boolean[n];
    invisible = new boolean[n];
    int r = 0;
    boolean opening = false; // some line starts with a quotation mark
    char[] buf = new char[256];
    for (int i = 0; i < n; i++) {
      Line line = doc.line(i);
      String t = line.text();
      int len = t.length();
      if (buf.length < len) {
        buf = new char[Math.max(len, 2 * buf.length)];
      }
      t.getChars(0, len, buf, 0); // a plain array loop: String.charAt checks its coder every time
      int w = 0;
      int c = 0;
      boolean inWord = false;
      int first = -1;
      int last = -1;
      boolean hidden = false;
      for (int k = 0; k < len; k++) {
        char ch = buf[k];
        hidden |= ch >= '\u00AD' && invisible(ch);
        boolean space = isSpace(ch);
        if (!space) {
          if (!inWord) {
            w++;
          }
          if (first < 0) {
            first = k;
          }
          last = k;
        }
        inWord = !space;
      }
      c = first < 0 ? 0 : last - first + 1;
      quoted[i] = first >= 0 && Quotations.isWhole(buf, first, last);
      opening |= first >= 0 && !quoted[i] && Quotations.opensLine(buf[first]);
      invisible[i] = hidden;
      words[i] = w;
      chars[i] = c;
      rank[i] = w == 0 ? -1 : r++;
    }
    nonBlank = r;
    if (opening) {
      quoteAcrossLines(doc);
    }
  }

  /** The most lines a quotation runs over before its closing mark (see quoteAcrossLines). */
  private static final int MAX_QUOTED_LINES = 6;
  /** The fewest words such a quotation has: speech, not a pair of arrows. */
  private static final int MIN_QUOTED_WORDS = 6;

  /**
   * An article may quote furniture over several lines: "Support local journalism. / If you value
   * our reporting, please make a donation today. / Donate now" (a story about an appeal, quoting
   * it). From a line that opens with a quotation mark it does not close to the next line that ends
   * with the closing mark, without a blank line between and within six lines, every line is
   * quoted, as a line that is one quotation is, when they hold six words or more. Under a line
   * that ends with a colon ("Darin heißt es:"), the quotation may run over blank lines too, as a
   * quoted letter's paragraphs do (six lines of text at most).
   */
  private void quoteAcrossLines(Document doc) {
    int n = words.length;
    for (int i = 0; i < n; i++) {
      if (quoted[i] || words[i] == 0 || !Quotations.opensUnclosed(doc.line(i).text().strip())) {
        continue;
      }
      int above = i - 1;
      while (above >= 0 && words[above] == 0) {
        above--;
      }
      boolean introduced = above >= 0 && doc.line(above).text().strip().endsWith(":");
      for (int j = i + 1, lines = 1; j < n && lines <= MAX_QUOTED_LINES && (words[j] > 0 || introduced); j++) {
        if (words[j] == 0) {
          continue;
        }
        lines++;
        String t = doc.line(j).text().strip();
        if (Quotations.closesUnopened(t)) {
          int total = 0;
          for (int k = i; k <= j; k++) {
            total += words[k];
          }
          if (total >= MIN_QUOTED_WORDS) { // not a pager's arrows ("« PREVIOUS" / "NEXT »")
            java.util.Arrays.fill(quoted, i, j + 1, true);
            i = j;
          }
          break;
        }
        if (Quotations.opensUnclosed(t)) {
          break;
        }
      }
    }
  }

  /**
   * Whether a character separates words: Java's whitespace plus the no-break spaces (U+00A0,
   * U+2007, U+202F) that scraped text uses between words. Spelled out rather than asking {@code
   * Character.isWhitespace}, whose table lookup for every letter of a Cyrillic or accented text
   * showed in profiles; {@code LineFactsTest} checks the two agree on every char.
   */
  static boolean isSpace(char ch) {
    if (ch < 128) {
      return ch == ' ' || (ch >= '\t' && ch <= '\r') || (ch >= 0x1C && ch <= 0x1F);
    }
    if (ch < 0x1680) {
      return ch == '\u00A0';
    }
    return ch == '\u1680' || (ch >= '\u2000' && ch <= '\u200A') || ch == '\u2028' || ch == '\u2029'
        || ch == '\u202F' || ch == '\u205F' || ch == '\u3000';
  }

  private LineFacts(int[] words, int[] chars, boolean[] quoted, boolean[] invisible) {
    this.words = words;
    this.chars = chars;
    this.quoted = quoted;
    this.invisible = invisible;
    this.rank = new int[words.length];
    int r = 0;
    for (int i = 0; i < words.length; i++) {
      rank[i] = words[i] == 0 ? -1 : r++;
    }
    this.nonBlank = r;
  }

  /**
   * Line {@code i}'s text as the rules' patterns see it (see {@link #visible}): the text itself
   * unless the line holds an invisible format character, which the constructor noted on its pass
   * over the characters, so that no line is scanned a second time for them.
   */
  public String matchText(Document doc, int i) {
    String t = doc.line(i).text();
    return invisible[i] ? visible(t) : t;
  }

  /**
   * The text as a reader sees it, for the rules' patterns: without the invisible format characters
   * that emoji and word processors leave in it (variation selectors, zero-width joiners and
   * spaces, word joiners, soft hyphens). Java's {@code \\w} counts a variation selector as part of
   * a word, so "➡️ Читайте также" (an arrow and U+FE0F) would otherwise not match
   * {@code ^\\W*читайте также}. Returns the same string when there is none, which is nearly always.
   */
  public static String visible(String text) {
    int k = 0;
    while (k < text.length() && !invisible(text.charAt(k))) {
      k++;
    }
    if (k == text.length()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!invisible(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static boolean invisible(char c) {
    return (c >= '\uFE00' && c <= '\uFE0F') || c == '\u200B' || c == '\u200D' || c == '\u2060'
        || c == '\uFEFF' || c == '\u00AD';
  }

  /** The facts of the document made of the given lines (see {@code Document.select}). */
  public LineFacts select(int[] lineIndexes) {
    int[] w = new int[lineIndexes.length];
    int[] c = new int[lineIndexes.length];
    boolean[] q = new boolean[lineIndexes.length];
    boolean[] h = new boolean[lineIndexes.length];
    for (int k = 0; k < lineIndexes.length; k++) {
      w[k] = words[lineIndexes[k]];
      c[k] = chars[lineIndexes[k]];
      q[k] = quoted[lineIndexes[k]];
      h[k] = invisible[lineIndexes[k]];
    }
    return new LineFacts(w, c, q, h);
  }

  /** Words in line {@code i}. */
  public int words(int i) {
    return words[i];
  }

  /** Characters of line {@code i} without leading and trailing whitespace. */
  public int chars(int i) {
    return chars[i];
  }

  /**
   * True when line {@code i} is one quotation: it opens with a quotation mark and closes with one
   * ("Support us today," or « Publicité »). News quotes furniture when it reports on it; a site's
   * own furniture is never wrapped in quotation marks, so the rules leave such a line alone.
   */
  public boolean quoted(int i) {
    return quoted[i];
  }

  /** True when line {@code i} holds only whitespace. */
  public boolean blank(int i) {
    return words[i] == 0;
  }

  /** Rank of line {@code i} among the non-blank lines, or -1 for a blank line. */
  public int rank(int i) {
    return rank[i];
  }

  /** Number of non-blank lines. */
  public int nonBlank() {
    return nonBlank;
  }

  /** Number of lines. */
  public int size() {
    return words.length;
  }
}
