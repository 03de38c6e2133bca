package dev.winnow.render;

import dev.winnow.Cleaned;
import dev.winnow.document.Document;
import dev.winnow.document.Line;
import dev.winnow.document.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What cleaning removed from one document: lines and UTF-8 bytes (line endings included), in all
 * and per rule. The numbers that {@code --stat}, {@code --report} and {@code --html} show.
 *
 * @param name         the document's name
 * @param lines        lines in the document
 * @param bytes        UTF-8 bytes of the document's decoded text
 * @param removedLines lines dropped
 * @param removedBytes UTF-8 bytes of the dropped lines, endings included
 * @param rules        per rule id, in the order the rules first fired in the document
 * @param flag         the guardrail's note when the document was kept whole, or null
 */
public record Removal(
    String name, int lines, long bytes, int removedLines, long removedBytes,
    Map<String, Count> rules, String flag) {

  /** Lines and bytes one rule removed. */
  public record Count(int lines, long bytes) {
    Count plus(Count o) {
      return new Count(lines + o.lines, bytes + o.bytes);
    }
  }

  /** The removal of a cleaned document. */
  public static Removal of(Cleaned cleaned) {
    Document doc = cleaned.document();
    int n = doc.size();
    long bytes = 0;
    long removedBytes = 0;
    int removedLines = 0;
    Map<String, Count> rules = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Line l = doc.line(i);
      long b = utf8Length(l.text()) + l.ending().length();
      bytes += b;
      Verdict v = cleaned.verdict(i);
      if (v.isDrop()) {
        removedLines++;
        removedBytes += b;
        rules.merge(v.ruleId(), new Count(1, b), Count::plus);
      }
    }
    return new Removal(doc.name(), n, bytes, removedLines, removedBytes, rules, cleaned.flag());
  }

  /** Share of the bytes removed, 0 for an empty document. */
  public double share() {
    return bytes == 0 ? 0 : (double) removedBytes / bytes;
  }

  /** True when something was removed. */
  public boolean changed() {
    return removedLines > 0;
  }

  /** Bytes of a string in UTF-8, without encoding it. */
  public static long utf8Length(CharSequence s) {
    long n = 0;
    int len = s.length();
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /** Sums of many removals: files, lines, bytes and per-rule counts (sorted by rule id). */
  public static final class Totals {
    private int files;
    private int changedFiles;
    private int flaggedFiles;
    private long lines;
    private long bytes;
    private long removedLines;
    private long removedBytes;
    private final Map<String, Count> rules = new TreeMap<>();
    private final Map<String, Integer> filesPerRule = new TreeMap<>();

    /** Adds one document. */
    public void add(Removal r) {
      files++;
      if (r.changed()) {
        changedFiles++;
      }
      if (r.flag() != null) {
        flaggedFiles++;
      }
      lines += r.lines();
      bytes += r.bytes();
      removedLines += r.removedLines();
      removedBytes += r.removedBytes();
      r.rules().forEach((id, c) -> {
        rules.merge(id, c, Count::plus);
        filesPerRule.merge(id, 1, Integer::sum);
      });
    }

    public int files() {
      return files;
    }

    public int changedFiles() {
      return changedFiles;
    }

    public int flaggedFiles() {
      return flaggedFiles;
    }

    public long lines() {
      return lines;
    }

    public long bytes() {
      return bytes;
    }

    public long removedLines() {
      return removedLines;
    }

    public long removedBytes() {
      return removedBytes;
    }

    /** Share of all bytes removed. */
    public double share() {
      return bytes == 0 ? 0 : (double) removedBytes / bytes;
    }

    /** Per rule id, sorted. */
    public Map<String, Count> rules() {
      return rules;
    }

    /** Number of files each rule removed something from. */
    public Map<String, Integer> filesPerRule() {
      return filesPerRule;
    }

    /** Rule ids, sorted. */
    public List<String> ruleIds() {
      return new ArrayList<>(rules.keySet());
    }
  }
}
