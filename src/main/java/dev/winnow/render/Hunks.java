package dev.winnow.render;

import dev.winnow.Cleaned;
import dev.winnow.Cleaner;
import dev.winnow.document.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The hunks of a diff from a document to its cleaned text, built straight from the verdicts: cleaning
 * only ever deletes whole lines, so the verdicts are the edit script and no diff algorithm is
 * needed. Linear in the number of lines.
 */
public final class Hunks {
  private Hunks() {}

  /**
   * One hunk: original lines {@code [start, end)}, of which the kept ones are the new side.
   *
   * @param start    first original line (zero-based)
   * @param end      one past the last original line
   * @param newStart the new side's start as a unified diff writes it (one-based; for an empty new
   *                 side, the line before)
   * @param newCount kept lines in the hunk
   * @param rules    ids of the rules that removed lines in the hunk, in order of appearance;
   *                 {@link Cleaner#BLANK_RULE} only when no other rule removed anything
   */
  public record Hunk(int start, int end, int newStart, int newCount, List<String> rules) {
    /** Lines on the original side. */
    public int oldCount() {
      return end - start;
    }

    /** The range header, e.g. {@code @@ -3,7 +3,2 @@}, in GNU diff's form. */
    public String range() {
      return "@@ -" + range(start + 1, oldCount()) + " +" + range(newStart, newCount) + " @@";
    }

    private static String range(int from, int count) {
      return count == 1 ? Integer.toString(from) : from + "," + count;
    }
  }

  /** The hunks of a cleaned document with {@code context} unchanged lines around each change. */
  public static List<Hunk> of(Cleaned cleaned, int context) {
    int n = cleaned.document().size();
    int ctx = Math.max(0, context);
    List<Hunk> out = new ArrayList<>();
    int keptBefore = 0; // kept lines before index i
    int i = 0;
    while (i < n) {
      if (cleaned.verdict(i).isKeep()) {
        keptBefore++;
        i++;
        continue;
      }
      int start = Math.max(0, i - ctx);
      int lastDrop = i;
      int j = i + 1;
      while (j < n) {
        if (cleaned.verdict(j).isDrop()) {
          lastDrop = j;
        } else if (j - lastDrop > 2 * ctx) {
          break;
        }
        j++;
      }
      int end = Math.min(n, lastDrop + 1 + ctx);
      int keptAtStart = keptBefore - (i - start); // the context lines before i are all kept
      int newCount = 0;
      Set<String> rules = new LinkedHashSet<>();
      for (int k = start; k < end; k++) {
        Verdict v = cleaned.verdict(k);
        if (v.isKeep()) {
          newCount++;
        } else {
          rules.add(v.ruleId());
        }
      }
      if (rules.size() > 1) {
        rules.remove(Cleaner.BLANK_RULE); // blank lines go with the removals around them
      }
      out.add(new Hunk(start, end, keptAtStart + (newCount > 0 ? 1 : 0), newCount, List.copyOf(rules)));
      keptBefore = keptAtStart + newCount;
      i = end;
    }
    return out;
  }
}
