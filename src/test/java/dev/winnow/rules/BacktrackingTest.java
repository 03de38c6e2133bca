package dev.winnow.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.Cleaner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No built-in pattern backtracks catastrophically: every trigger is run on adversarial lines (long
 * runs of capitals, near-miss menus and share rows, separators, repeated words) through the
 * {@link BoundedText} that guards users' patterns at run time, which counts the characters the
 * regex engine reads. Its budget is linear in the line's length with a generous factor; an
 * exponential pattern exceeds it by orders of magnitude (the section-menu pattern once needed
 * seconds for one line of 52 capitals). Counting reads instead of timing keeps the test
 * deterministic on a busy machine.
 */
class BacktrackingTest {
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
        BoundedText text = new BoundedText().of(line);
        try {
          java.util.regex.Matcher m = t.pattern().matcher(text);
          if (t.anchored()) {
            m.lookingAt();
          } else {
            m.find();
          }
        } catch (BoundedText.Exceeded e) {
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
    boolean caught = false;
    try {
      p.matcher(new BoundedText().of(line)).lookingAt();
    } catch (BoundedText.Exceeded e) {
      caught = true;
    }
    assertTrue(caught, "an exponential pattern stayed within the budget: the budget is too loose");
  }
}
