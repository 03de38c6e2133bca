package dev.winnow.cli;

import dev.winnow.Cleaned;
import dev.winnow.Cleaner;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * Options of {@code clean} and {@code diff} that audit what is removed: the JSON report and the
 * over-removal guardrail. Shared as a picocli mixin.
 */
public final class ReportOptions {
  /** What to do with a document the rules would remove too much of. */
  public enum Action { keep, fail }

  @Option(names = "--report", paramLabel = "FILE",
      description = "Write a JSON report to FILE: per file and per rule, lines, bytes and share "
          + "removed, and totals (see docs/report-schema.md).")
  Path report;

  @Option(names = "--max-removed", paramLabel = "SHARE",
      description = "Flag documents the rules would remove more than SHARE of (0..1, or a "
          + "percentage such as 60%%), counted on non-blank characters.")
  String maxRemoved;

  @Option(names = "--max-removed-action", paramLabel = "ACTION", defaultValue = "keep",
      description = "For a flagged document: keep (keep it whole, warn on stderr) or fail (count "
          + "the input as failed). Default: ${DEFAULT-VALUE}.")
  Action action = Action.keep;

  /** The --max-removed share, or null when not set; throws for a bad value. */
  public Double maxRemovedShare() {
    if (maxRemoved == null) {
      return null;
    }
    String s = maxRemoved.strip();
    double d;
    try {
      d = s.endsWith("%") ? Double.parseDouble(s.substring(0, s.length() - 1)) / 100
          : Double.parseDouble(s);
    } catch (NumberFormatException e) {
      d = Double.NaN;
    }
    if (!(d >= 0 && d <= 1)) {
      throw new IllegalArgumentException(
          "--max-removed must be a share from 0 to 1 or a percentage, not '" + maxRemoved + "'");
    }
    return d;
  }

  /** The cleaner with the guardrail applied, when asked for. */
  public Cleaner apply(Cleaner cleaner) {
    Double share = maxRemovedShare();
    return share == null ? cleaner : cleaner.withMaxRemovedShare(share);
  }

  /**
   * Checks a cleaned document against the guardrail: with {@code fail}, a flagged document is
   * rejected; with {@code keep}, returns the warning to print (or null when not flagged).
   */
  public String check(Cleaned cleaned) throws InputRejected {
    if (cleaned.flag() == null) {
      return null;
    }
    if (action == Action.fail) {
      throw new InputRejected(cleaned.flag().replace(": kept whole", ""));
    }
    return cleaned.document().name() + ": " + cleaned.flag();
  }

  /** The action's name for reports. */
  public String actionName() {
    return action.name().toLowerCase(Locale.ROOT);
  }

  /** An input refused by a guardrail: counts as a failed input. */
  public static final class InputRejected extends Exception {
    public InputRejected(String message) {
      super(message);
    }
  }
}
