package dev.winnow.render;

import dev.winnow.Cleaned;
import dev.winnow.document.Document;
import dev.winnow.document.Verdict;

/**
 * Every line of a document with its verdict, for {@code clean --explain}:
 *
 * <pre>
 * KEEP                                  | Ministers met on Tuesday to ...
 * DROP news-en/appeal-block             | Support independent journalism
 * KEEP news-en/appeal-dismiss           | Close
 * </pre>
 *
 * The verdict, a space, the rule id padded to 33 characters (longer ids push the bar right), then
 * {@code "| "} and the line's text without its ending. A KEEP with a rule id is a line that rule
 * named as a weak candidate and the context pass kept.
 */
public final class ExplainRenderer {
  /** Width of the rule id column. */
  public static final int ID_WIDTH = 33;

  private ExplainRenderer() {}

  /** The explanation of one document, one output line per input line. */
  public static String render(Cleaned cleaned) {
    Document doc = cleaned.document();
    StringBuilder sb = new StringBuilder(doc.text().length() + doc.size() * 42);
    for (int i = 0; i < doc.size(); i++) {
      Verdict v = cleaned.verdict(i);
      sb.append(v.isDrop() ? "DROP " : "KEEP ");
      String id = v.ruleId() == null ? "" : v.ruleId();
      sb.append(id);
      for (int k = id.length(); k < ID_WIDTH; k++) {
        sb.append(' ');
      }
      if (id.length() >= ID_WIDTH) {
        sb.append(' ');
      }
      sb.append("| ").append(doc.line(i).text()).append('\n');
    }
    return sb.toString();
  }
}
