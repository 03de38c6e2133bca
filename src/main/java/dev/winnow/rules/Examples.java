package dev.winnow.rules;

import java.util.List;

/**
 * Example texts embedded in a rule: each {@code drop} example must be removed entirely by the rule's
 * pack, each {@code keep} example must come out whole. A multi-line example is one string with
 * newlines. {@code winnow rules test} and the test suite run them.
 */
public record Examples(List<String> drop, List<String> keep) {
  /** No examples. */
  public static final Examples NONE = new Examples(List.of(), List.of());

  public Examples {
    drop = List.copyOf(drop);
    keep = List.copyOf(keep);
  }

  public boolean isEmpty() {
    return drop.isEmpty() && keep.isEmpty();
  }
}
