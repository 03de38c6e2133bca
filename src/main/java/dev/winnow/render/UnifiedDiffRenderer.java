package dev.winnow.render;

import dev.winnow.Cleaned;
import dev.winnow.document.Document;
import dev.winnow.document.Line;
import java.util.List;

/**
 * A unified diff from a document to its cleaned text, that {@code patch} applies to the original to
 * give what {@code winnow clean} writes. Each hunk names the rules that removed its lines after the
 * range ({@code @@ -3,7 +3,2 @@ news-en/appeal-block, core/copyright}), where git writes the
 * function name and patch ignores the text. Line endings are written as they are (CRLF lines stay
 * CRLF), and a last line without an ending gets {@code \ No newline at end of file}.
 */
public final class UnifiedDiffRenderer {
  /** The marker after a line that has no line ending, as diff writes it. */
  public static final String NO_NEWLINE = "\\ No newline at end of file";

  private UnifiedDiffRenderer() {}

  /**
   * The diff of one document; empty when nothing was removed.
   *
   * @param label   the file name written on the {@code ---} and {@code +++} lines
   * @param context unchanged lines around each change
   */
  public static String render(Cleaned cleaned, String label, int context, Palette p) {
    List<Hunks.Hunk> hunks = Hunks.of(cleaned, context);
    if (hunks.isEmpty()) {
      return "";
    }
    Document doc = cleaned.document();
    StringBuilder sb = new StringBuilder();
    sb.append(p.header("--- " + label)).append('\n');
    sb.append(p.header("+++ " + label)).append('\n');
    for (Hunks.Hunk h : hunks) {
      sb.append(p.range(h.range()));
      if (!h.rules().isEmpty()) {
        sb.append(' ').append(p.rule(String.join(", ", h.rules())));
      }
      sb.append('\n');
      for (int i = h.start(); i < h.end(); i++) {
        Line l = doc.line(i);
        if (cleaned.verdict(i).isDrop()) {
          sb.append(p.removed("-" + l.text()));
        } else {
          sb.append(' ').append(l.text());
        }
        if (l.ending().isEmpty()) {
          sb.append('\n').append(NO_NEWLINE).append('\n');
        } else {
          sb.append(l.ending());
        }
      }
    }
    return sb.toString();
  }
}
