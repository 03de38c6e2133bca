package dev.winnow.learn;

/**
 * The knobs of learning.
 *
 * @param groupBy       how documents are grouped
 * @param minDocs       a line must occur in at least this many documents of its group
 * @param minShare      ... and in at least this share of them (short labels: menus, section names)
 * @param sentenceShare the share that sentence-like lines need (a quoted sentence, a stock phrase
 *                      of news, an author bio), when higher than {@code minShare}
 * @param memoryMb      the budget of the counting structures, in MiB
 */
public record LearnConfig(GroupBy groupBy, int minDocs, double minShare, double sentenceShare, int memoryMb) {
  /** Default minimum documents. */
  public static final int MIN_DOCS = 5;
  /** Default minimum share for short label lines. */
  public static final double MIN_SHARE = 0.3;
  /** Default minimum share for sentence-like lines. */
  public static final double SENTENCE_SHARE = 0.5;
  /** Share that a sentence-like line found in several groups (a stock phrase) needs. */
  public static final double GENERIC_SHARE = 0.8;
  /** Groups in which a sentence must recur to count as a stock phrase of news. */
  public static final int GENERIC_GROUPS = 3;
  /** Default memory budget in MiB. */
  public static final int MEMORY_MB = 160;

  public LearnConfig {
    if (minDocs < 2) {
      throw new IllegalArgumentException("--min-docs must be at least 2");
    }
    if (!(minShare >= 0 && minShare <= 1) || !(sentenceShare >= 0 && sentenceShare <= 1)) {
      throw new IllegalArgumentException("shares must be between 0 and 1");
    }
    if (memoryMb < 4) {
      throw new IllegalArgumentException("--memory must be at least 4 (MiB)");
    }
  }

  /** The defaults, grouping by directory. */
  public static LearnConfig defaults() {
    return new LearnConfig(GroupBy.DIR, MIN_DOCS, MIN_SHARE, SENTENCE_SHARE, MEMORY_MB);
  }

  /** A copy with another grouping. */
  public LearnConfig withGroupBy(GroupBy g) {
    return new LearnConfig(g, minDocs, minShare, sentenceShare, memoryMb);
  }
}
