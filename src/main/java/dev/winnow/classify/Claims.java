package dev.winnow.classify;

import dev.winnow.rules.LineRule.Neighbour;
import java.util.Set;

/**
 * What the line rules claimed, line by line, in one cleaning of a document: which lines a line
 * rule dropped (a block or cut rule names more than one line, and the context pass gives back only
 * what a line rule took), and which neighbours the rule that dropped each one claims (see {@link
 * Neighbour}). The context pass reads it, and releases a line's claims when it gives the line back
 * to the article.
 */
public final class Claims {
  private static final int BY_LINE_RULE = 1 << 7; // above every Neighbour's bit
  private final byte[] bits;

  /** No claims yet, for a document of {@code lines} lines. */
  public Claims(int lines) {
    bits = new byte[lines];
  }

  /** Records that a line rule dropped line {@code i}, claiming these neighbours. */
  public void record(int i, Set<Neighbour> neighbours) {
    int b = BY_LINE_RULE;
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

  /** Releases line {@code i}'s claims: the context pass gave it back to the article. */
  public void release(int i) {
    bits[i] = (byte) (bits[i] & BY_LINE_RULE);
  }
}
