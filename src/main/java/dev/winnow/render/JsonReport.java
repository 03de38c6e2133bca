package dev.winnow.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code --report} JSON: per file and per rule, the lines, bytes and share removed, then totals.
 * Collect the files in order with {@link #add} and {@link #fail}, then write {@link #toJson}. The
 * schema is documented in {@code docs/report-schema.md}; {@link #SCHEMA} names its version.
 */
public final class JsonReport {
  /** Version of the report schema; bumped on incompatible changes. */
  public static final int SCHEMA = 1;

  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private final String command;
  private final String version;
  private final Double maxRemoved;
  private final String maxRemovedAction;
  private final List<FileEntry> files = new ArrayList<>();
  private final List<FailureEntry> failures = new ArrayList<>();
  private final Removal.Totals totals = new Removal.Totals();

  /**
   * @param command          the subcommand that made the report ("clean" or "diff")
   * @param version          winnow's version
   * @param maxRemoved       the --max-removed limit, or null
   * @param maxRemovedAction "keep" or "fail"
   */
  public JsonReport(String command, String version, Double maxRemoved, String maxRemovedAction) {
    this.command = command;
    this.version = version;
    this.maxRemoved = maxRemoved;
    this.maxRemovedAction = maxRemovedAction;
  }

  /** The whole report. */
  public record Report(int schema, String tool, String version, String command, Double maxRemoved,
      String maxRemovedAction, List<FileEntry> files, List<FailureEntry> failures, TotalsEntry totals) {}

  /** One processed file. */
  public record FileEntry(String path, String status, int lines, long bytes, int removedLines,
      long removedBytes, double removedShare, String flag, List<RuleEntry> rules) {}

  /** What one rule removed from one file; share is of the file's bytes. */
  public record RuleEntry(String rule, int lines, long bytes, double share) {}

  /** An input that failed, with why. */
  public record FailureEntry(String path, String message) {}

  /** Sums over the processed files. */
  public record TotalsEntry(int files, int changedFiles, int keptWholeFiles, int failedFiles,
      long lines, long bytes, long removedLines, long removedBytes, double removedShare,
      List<RuleTotal> rules) {}

  /** What one rule removed over all files; share is of all files' bytes. */
  public record RuleTotal(String rule, int files, int lines, long bytes, double share) {}

  /** Adds a processed file. */
  public void add(Removal r) {
    totals.add(r);
    List<RuleEntry> rules = new ArrayList<>();
    for (Map.Entry<String, Removal.Count> e : r.rules().entrySet()) {
      rules.add(new RuleEntry(e.getKey(), e.getValue().lines(), e.getValue().bytes(),
          share(e.getValue().bytes(), r.bytes())));
    }
    String status = r.flag() != null ? "kept-whole" : r.changed() ? "changed" : "unchanged";
    files.add(new FileEntry(r.name(), status, r.lines(), r.bytes(), r.removedLines(),
        r.removedBytes(), round(r.share()), r.flag(), rules));
  }

  /** Adds an input that failed. */
  public void fail(String path, String message) {
    failures.add(new FailureEntry(path, message));
  }

  /** The report so far. */
  public Report report() {
    List<RuleTotal> rules = new ArrayList<>();
    for (Map.Entry<String, Removal.Count> e : totals.rules().entrySet()) {
      rules.add(new RuleTotal(e.getKey(), totals.filesPerRule().get(e.getKey()), e.getValue().lines(),
          e.getValue().bytes(), share(e.getValue().bytes(), totals.bytes())));
    }
    TotalsEntry t = new TotalsEntry(totals.files(), totals.changedFiles(), totals.flaggedFiles(),
        failures.size(), totals.lines(), totals.bytes(), totals.removedLines(), totals.removedBytes(),
        round(totals.share()), rules);
    return new Report(SCHEMA, "winnow", version, command, maxRemoved, maxRemovedAction,
        List.copyOf(files), List.copyOf(failures), t);
  }

  /** The report as indented JSON, with a final newline. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(report()) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : round((double) part / whole);
  }

  private static double round(double d) {
    return Math.round(d * 1_000_000d) / 1_000_000d;
  }
}
