package dev.winnow.rules;

/**
 * Conditions a line must meet before a rule may fire on it: size limits and a position in the
 * document. Positions count non-blank lines, so blank lines in a scrape do not shift them. A zero or
 * negative limit means "no limit".
 *
 * @param maxWords   the line has at most this many words
 * @param minWords   the line has at least this many words
 * @param maxChars   the trimmed line has at most this many characters
 * @param first      the line is among the first N non-blank lines
 * @param last       the line is among the last N non-blank lines
 * @param firstShare the line lies in this leading share (0..1) of the non-blank lines
 * @param lastShare  the line lies in this trailing share (0..1) of the non-blank lines
 */
public record Gates(
    int maxWords, int minWords, int maxChars, int first, int last, double firstShare, double lastShare) {

  /** No conditions. */
  public static final Gates NONE = new Gates(0, 0, 0, 0, 0, 0, 0);

  /** True when the size of a line passes these gates. */
  public boolean sizeAllows(int words, int chars) {
    return (maxWords <= 0 || words <= maxWords)
        && (minWords <= 0 || words >= minWords)
        && (maxChars <= 0 || chars <= maxChars);
  }

  /** True when any positional condition is set. */
  public boolean hasPosition() {
    return first > 0 || last > 0 || firstShare > 0 || lastShare > 0;
  }

  /**
   * True when a line at the given rank among the document's non-blank lines passes the position
   * conditions. When several are set, any one of them suffices (a footer line may be "among the last
   * five lines or in the last fifth").
   */
  public boolean positionAllows(int rank, int nonBlankLines) {
    if (!hasPosition()) {
      return true;
    }
    int fromEnd = nonBlankLines - 1 - rank;
    if (first > 0 && rank < first) {
      return true;
    }
    if (last > 0 && fromEnd < last) {
      return true;
    }
    if (firstShare > 0 && rank < Math.ceil(firstShare * nonBlankLines)) {
      return true;
    }
    return lastShare > 0 && fromEnd < Math.ceil(lastShare * nonBlankLines);
  }
}
