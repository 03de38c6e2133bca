package dev.winnow.document;

import java.util.Objects;

/**
 * The decision about one line: keep it, or drop it because of a named rule. The rule id and reason
 * are what {@code --explain}, diffs and reports show, so every removal can be traced to its cause.
 *
 * @param action what happens to the line
 * @param ruleId the qualified id of the deciding rule ({@code pack/rule}), or null for a plain keep
 * @param reason a short human-readable reason, or null
 */
public record Verdict(Action action, String ruleId, String reason) {

  /** What happens to a line. */
  public enum Action {
    /** The line is part of the article and is written out unchanged. */
    KEEP,
    /** The line is boilerplate and is left out. */
    DROP
  }

  /** The verdict of a line that no rule touched. */
  public static final Verdict KEEP = new Verdict(Action.KEEP, null, null);

  public Verdict {
    Objects.requireNonNull(action, "action");
  }

  /** A drop decided by the rule with the given id. */
  public static Verdict drop(String ruleId, String reason) {
    return new Verdict(Action.DROP, Objects.requireNonNull(ruleId, "ruleId"), reason);
  }

  /** A keep that a rule decided explicitly (for example a context decision), kept for explain output. */
  public static Verdict keep(String ruleId, String reason) {
    return new Verdict(Action.KEEP, ruleId, reason);
  }

  public boolean isDrop() {
    return action == Action.DROP;
  }

  public boolean isKeep() {
    return action == Action.KEEP;
  }
}
