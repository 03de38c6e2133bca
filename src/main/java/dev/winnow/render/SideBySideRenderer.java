package dev.winnow.render;

import dev.winnow.Cleaned;
import dev.winnow.document.Document;
import dev.winnow.document.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes of a document in two columns fitted to a width: the original on the left, the cleaned
 * text on the right. Kept lines show on both sides with {@code |} between them; removed lines show on
 * the left with {@code <}, and the rule that removed them on the right. Long lines wrap inside their
 * column. Only the hunks are shown, each under its range header, like the unified diff.
 */
public final class SideBySideRenderer {
  /** The narrowest width accepted. */
  public static final int MIN_WIDTH = 20;

  private SideBySideRenderer() {}

  /**
   * The side-by-side view of one document; empty when nothing was removed.
   *
   * @param width   total width in columns (at least {@link #MIN_WIDTH})
   * @param context unchanged lines around each change
   */
  public static String render(Cleaned cleaned, String label, int context, int width, Palette p) {
    List<Hunks.Hunk> hunks = Hunks.of(cleaned, context);
    if (hunks.isEmpty()) {
      return "";
    }
    int w = Math.max(MIN_WIDTH, width);
    int col = (w - 3) / 2;
    Document doc = cleaned.document();
    StringBuilder sb = new StringBuilder();
    row(sb, List.of(p.header(fit(label, col))), List.of(p.header(fit("cleaned", col))), " | ", col);
    sb.append("-".repeat(col)).append("-+-").append("-".repeat(col)).append('\n');
    for (Hunks.Hunk h : hunks) {
      String range = h.range();
      sb.append(p.range(range));
      if (!h.rules().isEmpty() && w > range.length() + 1) {
        sb.append(' ').append(p.rule(fit(String.join(", ", h.rules()), w - range.length() - 1)));
      }
      sb.append('\n');
      for (int i = h.start(); i < h.end(); i++) {
        Verdict v = cleaned.verdict(i);
        List<String> left = wrap(doc.line(i).text(), col);
        if (v.isDrop()) {
          List<String> red = new ArrayList<>(left.size());
          for (String s : left) {
            red.add(p.removed(s));
          }
          row(sb, red, List.of(p.rule(fit("[" + v.ruleId() + "]", col))), " < ", col);
        } else {
          row(sb, left, left, " | ", col);
        }
      }
    }
    return sb.toString();
  }

  /** Writes rows of two columns; cells are already fitted, padding counts visible characters. */
  private static void row(StringBuilder sb, List<String> left, List<String> right, String gutter, int col) {
    int rows = Math.max(left.size(), right.size());
    for (int r = 0; r < rows; r++) {
      String l = r < left.size() ? left.get(r) : "";
      String rt = r < right.size() ? right.get(r) : "";
      sb.append(l);
      for (int k = visible(l); k < col; k++) {
        sb.append(' ');
      }
      sb.append(r == 0 ? gutter : gutter.charAt(1) == '|' ? " | " : "   ");
      sb.append(rt);
      // no trailing spaces
      while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
        sb.setLength(sb.length() - 1);
      }
      sb.append('\n');
    }
  }

  /**
   * The text cut into pieces of at most {@code col} characters (code points), at a space when there
   * is one in the second half of the piece; tabs become spaces.
   */
  static List<String> wrap(String text, int col) {
    String t = clean(text);
    List<String> out = new ArrayList<>();
    int[] cps = t.codePoints().toArray();
    int i = 0;
    while (i < cps.length) {
      int end = Math.min(cps.length, i + col);
      if (end < cps.length) {
        for (int k = end - 1; k > i + col / 2; k--) {
          if (cps[k] == ' ') {
            end = k + 1;
            break;
          }
        }
      }
      out.add(new String(cps, i, end - i));
      i = end;
    }
    if (out.isEmpty()) {
      out.add("");
    }
    return out;
  }

  private static String fit(String s, int col) {
    String t = clean(s);
    int n = t.codePointCount(0, t.length());
    if (n <= col) {
      return t;
    }
    return t.substring(0, t.offsetByCodePoints(0, Math.max(0, col - 1))) + "…";
  }

  private static String clean(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t') {
        sb.append("    ");
      } else if (c < 0x20 || c == 0x7f) {
        sb.append('?');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Visible width: code points, not counting ANSI escapes. */
  private static int visible(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u001b') {
        while (i < s.length() && s.charAt(i) != 'm') {
          i++;
        }
      } else if (!Character.isLowSurrogate(c)) {
        n++;
      }
    }
    return n;
  }
}
