package dev.winnow.render;

import java.util.Locale;
import java.util.Map;

/**
 * The {@code diff --stat} lines: one per document, then a totals line.
 *
 * <pre>
 *      5 lines    1204 bytes  12.3%  scraped/a.txt  news-en/appeal-block:3 core/copyright:1
 *      0 lines       0 bytes   0.0%  scraped/b.txt
 *      5 lines    1204 bytes   6.1%  total: 2 files, 1 changed, 0 kept whole
 * </pre>
 *
 * Numbers are what would be removed; rules are listed with the lines each removed, in the order
 * they first fired. A document kept whole by {@code --max-removed} is marked {@code (kept whole)}.
 */
public final class StatRenderer {
  private StatRenderer() {}

  /** The line of one document. */
  public static String line(Removal r, Palette p) {
    StringBuilder sb = new StringBuilder(numbers(r.removedLines(), r.removedBytes(), r.share()));
    sb.append("  ").append(p.header(r.name()));
    if (r.flag() != null) {
      sb.append("  (kept whole)");
    }
    StringBuilder rules = new StringBuilder();
    for (Map.Entry<String, Removal.Count> e : r.rules().entrySet()) {
      rules.append(rules.length() == 0 ? "" : " ").append(e.getKey()).append(':').append(e.getValue().lines());
    }
    if (rules.length() > 0) {
      sb.append("  ").append(p.rule(rules.toString()));
    }
    return sb.append('\n').toString();
  }

  /** The totals line. */
  public static String totals(Removal.Totals t, Palette p) {
    return numbers(t.removedLines(), t.removedBytes(), t.share())
        + "  " + p.header(String.format(Locale.ROOT, "total: %d file%s, %d changed, %d kept whole",
            t.files(), t.files() == 1 ? "" : "s", t.changedFiles(), t.flaggedFiles()))
        + '\n';
  }

  private static String numbers(long lines, long bytes, double share) {
    return String.format(Locale.ROOT, "%6d lines %8d bytes %5.1f%%", lines, bytes, 100 * share);
  }
}
