package dev.winnow.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Line-level agreement of a cleaner's output with gold text, for one document. Lines are compared
 * after folding whitespace; blank lines do not count. Content lines are the gold lines found in the
 * raw text; boilerplate lines are the raw lines that are not content (both as multisets).
 *
 * @param contentLines     content lines in the raw text
 * @param contentKept      of those, how many the output kept
 * @param boilerplateLines boilerplate lines in the raw text
 * @param boilerplateKept  of those, how many the output kept
 * @param exact            the output's non-blank lines equal the gold's, in order
 * @param goldMissingInRaw gold lines that do not occur in the raw text (a dataset artefact)
 */
public record LineScore(
    int contentLines, int contentKept, int boilerplateLines, int boilerplateKept, boolean exact,
    int goldMissingInRaw) {

  /** Scores one document from its raw, gold and output texts. */
  public static LineScore of(String raw, String gold, String output) {
    List<String> r = lines(raw);
    List<String> g = lines(gold);
    List<String> o = lines(output);
    Map<String, Integer> goldCounts = counts(g);
    Map<String, Integer> rawCounts = counts(r);
    int content = 0;
    int missing = 0;
    Map<String, Integer> contentCounts = new HashMap<>();
    for (Map.Entry<String, Integer> e : goldCounts.entrySet()) {
      int inRaw = rawCounts.getOrDefault(e.getKey(), 0);
      int c = Math.min(inRaw, e.getValue());
      content += c;
      missing += e.getValue() - c;
      if (c > 0) {
        contentCounts.put(e.getKey(), c);
      }
    }
    int kept = 0;
    Map<String, Integer> remaining = new HashMap<>(contentCounts);
    for (String line : o) {
      Integer left = remaining.get(line);
      if (left != null && left > 0) {
        remaining.put(line, left - 1);
        kept++;
      }
    }
    int boiler = r.size() - content;
    int boilerKept = Math.max(0, o.size() - kept);
    return new LineScore(content, kept, boiler, Math.min(boilerKept, boiler), o.equals(g), missing);
  }

  /** Share of content lines kept (1 when there are none). */
  public double contentRecall() {
    return contentLines == 0 ? 1.0 : (double) contentKept / contentLines;
  }

  /** Share of boilerplate lines removed (1 when there are none). */
  public double boilerplateRemoval() {
    return boilerplateLines == 0 ? 1.0 : 1.0 - (double) boilerplateKept / boilerplateLines;
  }

  /** Content lines lost. */
  public int contentLost() {
    return contentLines - contentKept;
  }

  /** A badness for ranking the worst files: a lost content line weighs twice a kept boilerplate line. */
  public int badness() {
    return 2 * contentLost() + boilerplateKept;
  }

  /** The normalised non-blank lines of a text. */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    for (String l : text.split("\r\n|\r|\n")) {
      String n = normalize(l);
      if (!n.isEmpty()) {
        out.add(n);
      }
    }
    return out;
  }

  static String normalize(String line) {
    return line.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
  }

  private static Map<String, Integer> counts(List<String> lines) {
    Map<String, Integer> m = new HashMap<>();
    for (String l : lines) {
      m.merge(l, 1, Integer::sum);
    }
    return m;
  }
}
