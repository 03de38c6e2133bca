package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.document.Document;
import dev.winnow.document.Verdict;
import dev.winnow.render.Palette;
import dev.winnow.render.UnifiedDiffRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * For any document and any set of dropped lines, the unified diff is well formed and, applied by a
 * strict patcher (exact context, exact ranges, no fuzz), turns the document into the cleaned text.
 */
class UnifiedDiffProperties {
  private static final Pattern RANGE =
      Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@(?: (.*))?$");

  record Case(List<String> texts, List<String> endings, List<Boolean> drops) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<String> text = Arbitraries.of("", "a", "b", "Advertisement", "same", "same", " ", "x y z");
    Arbitrary<String> ending = Arbitraries.of("\n", "\n", "\r\n");
    return Arbitraries.integers().between(0, 30).flatMap(n -> Combinators.combine(
        text.list().ofSize(n), ending.list().ofSize(n), Arbitraries.of(true, false).list().ofSize(n),
        Arbitraries.of(true, false)).as((t, e, d, finalNewline) -> {
          List<String> ends = new ArrayList<>(e);
          if (!finalNewline && n > 0) {
            ends.set(n - 1, "");
            if (t.get(n - 1).isEmpty()) {
              t = new ArrayList<>(t);
              t.set(n - 1, "last"); // a document never ends with an empty unterminated line
            }
          }
          return new Case(t, ends, d);
        }));
  }

  @Property(tries = 400)
  void strictPatchGivesTheCleanedText(@ForAll("cases") Case c, @ForAll @IntRange(min = 0, max = 4) int context) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < c.texts().size(); i++) {
      sb.append(c.texts().get(i)).append(c.endings().get(i));
    }
    Document doc = Document.of("doc.txt", sb.toString());
    assertThat(doc.size()).isEqualTo(c.texts().size());
    Verdict[] v = new Verdict[doc.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = c.drops().get(i) ? Verdict.drop("t/r" + (i % 3), "test") : Verdict.KEEP;
    }
    Cleaned cleaned = new Cleaned(doc, v, null);
    String diff = UnifiedDiffRenderer.render(cleaned, "doc.txt", context, Palette.PLAIN);
    if (!cleaned.changed()) {
      assertThat(diff).isEmpty();
      return;
    }
    assertThat(apply(doc.text(), diff, context)).isEqualTo(cleaned.text());
  }

  /** A strict unified-diff applier for one file. */
  static String apply(String original, String diff, int context) {
    List<String> old = splitKeepingNewlines(original);
    String[] d = diff.split("\n", -1);
    assertThat(d[0]).isEqualTo("--- doc.txt");
    assertThat(d[1]).isEqualTo("+++ doc.txt");
    assertThat(d[d.length - 1]).isEmpty(); // the diff ends with a newline
    StringBuilder out = new StringBuilder();
    int newLines = 0;
    int pos = 0;
    int k = 2;
    while (k < d.length - 1) {
      Matcher m = RANGE.matcher(d[k]);
      assertThat(m.matches()).as("hunk header: " + d[k]).isTrue();
      int a = Integer.parseInt(m.group(1));
      int b = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      int c = Integer.parseInt(m.group(3));
      int dd = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
      assertThat(m.group(5)).as("rules on the hunk").isNotBlank();
      assertThat(b).isPositive();
      int start = a - 1;
      assertThat(start).isGreaterThanOrEqualTo(pos);
      for (; pos < start; pos++) {
        out.append(old.get(pos));
        newLines++;
      }
      assertThat(c).isEqualTo(dd == 0 ? newLines : newLines + 1);
      k++;
      int seenOld = 0;
      int seenNew = 0;
      while (k < d.length - 1 && !d[k].startsWith("@@ ")) {
        String line = d[k];
        char op = line.charAt(0);
        boolean noNewline = k + 1 < d.length && d[k + 1].equals(UnifiedDiffRenderer.NO_NEWLINE);
        String content = line.substring(1) + (noNewline ? "" : "\n");
        assertThat(op).isIn(' ', '-');
        assertThat(old.get(pos)).as("line " + (pos + 1)).isEqualTo(content);
        if (op == ' ') {
          out.append(content);
          seenNew++;
          newLines++;
        }
        seenOld++;
        pos++;
        k += noNewline ? 2 : 1;
      }
      assertThat(seenOld).isEqualTo(b);
      assertThat(seenNew).isEqualTo(dd);
    }
    for (; pos < old.size(); pos++) {
      out.append(old.get(pos));
    }
    return out.toString();
  }

  private static List<String> splitKeepingNewlines(String s) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        out.add(s.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < s.length()) {
      out.add(s.substring(start));
    }
    return out;
  }
}
