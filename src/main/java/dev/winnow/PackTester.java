package dev.winnow;

import dev.winnow.document.Document;
import dev.winnow.rules.Rule;
import dev.winnow.rules.RulePack;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the examples embedded in a pack's rules: each {@code drop} example, cleaned by the pack
 * alone, must lose every non-blank line; each {@code keep} example must lose none.
 */
public final class PackTester {
  private PackTester() {}

  /**
   * One example that did not behave.
   *
   * @param ruleId  qualified id of the rule that carries the example
   * @param kind    "drop" or "keep"
   * @param example the example text
   * @param detail  what happened instead
   */
  public record Failure(String ruleId, String kind, String example, String detail) {}

  /** The outcome for one pack: how many examples ran, and which failed. */
  public record Result(RulePack pack, int examples, List<Failure> failures) {
    public boolean passed() {
      return failures.isEmpty();
    }
  }

  /** Runs every example of the pack; the pack's scope is ignored so examples need no marker. */
  public static Result test(RulePack pack) {
    RulePack unscoped =
        new RulePack(pack.name(), pack.description(), dev.winnow.rules.Scope.ALL, pack.rules(), pack.source());
    Cleaner cleaner = Cleaner.of(List.of(unscoped));
    List<Failure> failures = new ArrayList<>();
    int count = 0;
    for (Rule r : pack.rules()) {
      String id = pack.qualify(r);
      for (String ex : r.examples().drop()) {
        count++;
        Cleaned c = cleaner.clean(Document.of("example", ex));
        String left = c.text().strip();
        if (!left.isEmpty()) {
          failures.add(new Failure(id, "drop", ex, "kept: " + oneLine(left)));
        }
      }
      for (String ex : r.examples().keep()) {
        count++;
        Cleaned c = cleaner.clean(Document.of("example", ex));
        if (c.changed()) {
          failures.add(new Failure(id, "keep", ex, "removed by " + String.join(", ", c.dropsByRule().keySet())));
        }
      }
    }
    return new Result(pack, count, failures);
  }

  private static String oneLine(String s) {
    String t = s.replace("\r", "").replace('\n', '|');
    return t.length() > 120 ? t.substring(0, 117) + "..." : t;
  }
}
