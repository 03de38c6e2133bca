package dev.winnow.rules;

/**
 * A line as a {@link CharSequence} that gives up once the regex engine has read too many of its
 * characters: a pattern from a user's pack that backtracks catastrophically on some line (say
 * {@code ^(a+)+$} on forty a's and a dot) ends in {@link Exceeded} instead of hanging the batch.
 * The budget is linear in the line's length, so an ordinary pattern, which reads each character a
 * bounded number of times, never meets it. The built-in packs are not wrapped: {@code
 * BacktrackingTest} holds them to the same budget. Reusable, not thread-safe (one per
 * {@link RuleIndex.Scratch}).
 */
public final class BoundedText implements CharSequence {
  /** Characters the engine may read per character of the line, plus a fixed allowance. */
  static final long READS_PER_CHAR = 20_000;

  private static final long ALLOWANCE = 100_000;

  /** Thrown when a match reads more than its budget. No stack trace: it is expected, and cheap. */
  public static final class Exceeded extends RuntimeException {
    Exceeded() {
      super("backtracking budget exceeded", null, false, false);
    }
  }

  private String text = "";
  private long left;

  /** This sequence, now standing for {@code line} with a fresh budget. */
  BoundedText of(String line) {
    text = line;
    left = READS_PER_CHAR * line.length() + ALLOWANCE;
    return this;
  }

  @Override
  public char charAt(int index) {
    if (--left < 0) {
      throw new Exceeded();
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return text.subSequence(start, end);
  }

  @Override
  public String toString() {
    return text;
  }
}
