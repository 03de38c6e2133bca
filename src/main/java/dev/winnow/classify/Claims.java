package dev.winnow.classify;

import dev.winnow.rules.LineRule.Neighbour;
import java.util.Set;

/**
 * What the line rules claimed, line by line, in one cleaning of a document: which lines a line
 * rule dropped (a block or cut rule names more than one line, and the context pass gives back only
 * what a line rule took), which neighbours the rule that dropped each one claims (see {@link
 * Neighbour}), and whether that rule names placeholders, which are never given back. The context
 * pass reads it, and releases a line's claims when it gives the line back to the article.
 */
public final class Claims {
  // one bit per Neighbour (its ordinal), then these two, all in a byte per line
  private static final int PLACEHOLDER = 1 << Neighbour.values().length;
  private static final int BY_LINE_RULE = PLACEHOLDER << 1;

  static {
    if (BY_LINE_RULE > 1 << 7) {
      throw new AssertionError("Claims keeps a line's claims in a byte: too many Neighbour kinds");
    }
  }
  private final byte[] bits;

  /** No claims yet, for a document of {@code lines} lines. */
  public Claims(int lines) {
    bits = new byte[lines];
  }

  /**
   * Records that a line rule dropped line {@code i}, claiming these neighbours; {@code
   * placeholder} when the rule names what stands in for content the page did not save.
   */
  public void record(int i, Set<Neighbour> neighbours, boolean placeholder) {
    int b = BY_LINE_RULE | (placeholder ? PLACEHOLDER : 0);
    for (Neighbour k : neighbours) {
      b |= 1 << k.ordinal();
    }
    bits[i] = (byte) b;
  }

  /** Whether a line rule dropped line {@code i}. */
  public boolean byLineRule(int i) {
    return (bits[i] & BY_LINE_RULE) != 0;
  }

  /** Whether the rule that dropped line {@code i} claims neighbour {@code k} (and still does). */
  public boolean claims(int i, Neighbour k) {
    return (bits[i] & (1 << k.ordinal())) != 0;
  }

  /** Whether a placeholder rule dropped line {@code i}: it stands in for content (see LineRule). */
  public boolean placeholder(int i) {
    return (bits[i] & PLACEHOLDER) != 0;
  }

  /** Releases line {@code i}'s claims: the context pass gave it back to the article. */
  public void release(int i) {
    bits[i] = (byte) (bits[i] & BY_LINE_RULE);
  }
}
