package dev.winnow.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.Cleaner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No built-in pattern backtracks catastrophically: every trigger is run on adversarial lines (long
 * runs of capitals, near-miss menus and share rows, separators, repeated words) through a
 * CharSequence that counts the characters the regex engine reads. The budget is linear in the
 * line's length with a generous factor; an exponential pattern exceeds it by orders of magnitude
 * (the section-menu pattern once needed seconds for one line of 52 capitals). Counting reads
 * instead of timing keeps the test deterministic on a busy machine.
 */
class BacktrackingTest {
  /** Characters read per character of the line, at most, per pattern. */
  private static final long READS_PER_CHAR = 20_000;

  static final class BudgetExceeded extends RuntimeException {
    BudgetExceeded() {
      super(null, null, false, false);
    }
  }

  /** A line that throws once the regex engine has read more than {@code budget} characters. */
  static final class Counting implements CharSequence {
    private final String s;
    private final long budget;
    private long reads;

    Counting(String s, long budget) {
      this.s = s;
      this.budget = budget;
    }

    @Override
    public char charAt(int i) {
      if (++reads > budget) {
        throw new BudgetExceeded();
      }
      return s.charAt(i);
    }

    @Override
    public int length() {
      return s.length();
    }

    @Override
    public CharSequence subSequence(int a, int b) {
      return s.subSequence(a, b);
    }

    @Override
    public String toString() {
      return s;
    }
  }

  static List<String> adversarialLines() {
    List<String> lines = new ArrayList<>();
    lines.add("NEWS SPORT WORLD BUSINESS " + "ABCDEFGHIJKLMNOPQRSTUVWXYZ".repeat(3) + "!");
    lines.add("Home News Sport Weather " + "Ab".repeat(60) + " x");
    lines.add("Home > World > " + "Ab ".repeat(60) + "!");
    lines.add("Home > " + "News > ".repeat(30) + "a b c d e f g");
    lines.add("share | ".repeat(40) + "x!");
    lines.add("Facebook Twitter ".repeat(20) + "and more.");
    lines.add("a".repeat(600) + "!");
    lines.add("Aa ".repeat(200));
    lines.add("1 ".repeat(300) + "x");
    lines.add(". , ; | / - ".repeat(60) + "a");
    lines.add("ГЛАВНАЯ НОВОСТИ ПОЛИТИКА " + "АБВГДЕЖЗИКЛМН".repeat(5) + "!");
    lines.add("home news ".repeat(30) + "?");
    lines.add("your support ".repeat(40) + "said the minister");
    lines.add("Photo: " + "Getty Images / ".repeat(30) + "x y");
    lines.add("© " + "2024 ".repeat(80) + "All");
    lines.add("Reporting by " + "John Smith, ".repeat(40) + "and");
    return lines;
  }

  @Test
  void everyBuiltinTriggerStaysNearLinearOnAdversarialLines() {
    Cleaner cleaner = Cleaner.builtin();
    List<String> slow = new ArrayList<>();
    for (RuleIndex.Trigger t : cleaner.index().triggers()) {
      for (String line : adversarialLines()) {
        Counting text = new Counting(line, READS_PER_CHAR * line.length());
        try {
          java.util.regex.Matcher m = t.pattern().matcher(text);
          if (t.anchored()) {
            m.lookingAt();
          } else {
            m.find();
          }
        } catch (BudgetExceeded e) {
          slow.add(t.qualifiedId() + " on \"" + line.substring(0, Math.min(50, line.length())) + "...\"");
        }
      }
    }
    assertTrue(slow.isEmpty(), () -> "patterns that backtrack far too much:\n" + String.join("\n", slow));
  }

  @Test
  void theBudgetCatchesAnExponentialPattern() {
    // the shape of the old section-menu pattern, without possessive items
    java.util.regex.Pattern p = java.util.regex.Pattern.compile(
        "^\\W*(?:(?:[\\p{Lu}\\p{N}])[\\p{L}\\p{N}]*[\\s|]*){4,10}$");
    String line = "NEWS SPORT WORLD BUSINESS " + "ABCDEFGHIJKLMNOPQRSTUVWXYZ".repeat(3) + "!";
    Counting text = new Counting(line, READS_PER_CHAR * line.length());
    boolean caught = false;
    try {
      p.matcher(text).lookingAt();
    } catch (BudgetExceeded e) {
      caught = true;
    }
    assertTrue(caught, "an exponential pattern stayed within the budget: the budget is too loose");
  }
}
