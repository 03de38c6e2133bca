package dev.winnow.cli;

import dev.winnow.Cleaned;
import dev.winnow.Cleaner;
import dev.winnow.batch.BatchRunner;
import dev.winnow.batch.Failure;
import dev.winnow.io.Decoder;
import dev.winnow.io.DocumentReader;
import dev.winnow.io.InputFormat;
import dev.winnow.render.HtmlReport;
import dev.winnow.render.JsonReport;
import dev.winnow.render.Palette;
import dev.winnow.render.Removal;
import dev.winnow.render.SideBySideRenderer;
import dev.winnow.render.StatRenderer;
import dev.winnow.render.UnifiedDiffRenderer;
import dev.winnow.rules.RuleFileException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code winnow diff}: shows what {@code clean} would remove, and why, without writing anything. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Shows what clean would remove, as a unified diff from each input to its cleaned text "
          + "(patch -p0 applies it), with the rules that removed each hunk after its @@ range.",
      "--side-by-side shows two columns, --stat a line per file; --html and --report write a "
          + "review page or a JSON report.",
      "Exit status like diff: 0 nothing would be removed, 1 something would, 2 trouble "
          + "(a bad option or rule file, or an input that failed)."
    })
public final class DiffCommand implements Callable<Integer> {
  /** Width for --side-by-side when neither --width nor COLUMNS says. */
  public static final int DEFAULT_WIDTH = 120;

  /** When to colour the output. */
  public enum ColorMode { auto, always, never }

  @CommandLine.ParentCommand WinnowCommand root;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin RuleOptions rules;
  @Mixin ReportOptions report;

  @Option(names = {"-U", "--context"}, paramLabel = "N", defaultValue = "3",
      description = "Unchanged lines shown around each change. Default: ${DEFAULT-VALUE}.")
  int context;

  @Option(names = {"-u", "--unified"},
      description = "Print the unified diff (the default; needed with --html or --report, "
          + "which otherwise print nothing).")
  boolean unified;

  @Option(names = {"-y", "--side-by-side"},
      description = "Two columns, original and cleaned, fitted to the width.")
  boolean sideBySide;

  @Option(names = {"-W", "--width"}, paramLabel = "N",
      description = "Width for --side-by-side. Default: $COLUMNS, else " + DEFAULT_WIDTH + ".")
  Integer width;

  @Option(names = "--stat",
      description = "One line per file: lines and bytes that would be removed, and the rules; "
          + "then a totals line.")
  boolean stat;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "Colour: auto (on a terminal, unless NO_COLOR is set), always or never. "
          + "Default: ${DEFAULT-VALUE}.")
  ColorMode color;

  @Option(names = "--html", paramLabel = "FILE",
      description = "Write a self-contained HTML page to review the removals in a browser.")
  Path html;

  @Option(names = {"-q", "--quiet"}, description = "Print no warnings (errors still go to stderr).")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    Cleaner cleaner;
    DocumentReader reader;
    int cols;
    try {
      if (sideBySide && stat) {
        throw new IllegalArgumentException("--side-by-side and --stat exclude each other");
      }
      if (unified && (sideBySide || stat)) {
        throw new IllegalArgumentException("--unified excludes --side-by-side and --stat");
      }
      if (context < 0) {
        throw new IllegalArgumentException("--context must be 0 or more");
      }
      cols = columns();
      cleaner = report.apply(rules.cleaner());
      reader = input.reader(root.stdin);
    } catch (RuleFileException | IllegalArgumentException e) {
      return ExitCodes.usage(err, e.getMessage());
    }
    Palette palette = Palette.of(colorOn(color, root.env, root.terminal));
    boolean filesOnly = (html != null || report.report != null) && !unified && !sideBySide && !stat;
    Mode mode = filesOnly ? Mode.NONE : stat ? Mode.STAT : sideBySide ? Mode.SIDE_BY_SIDE : Mode.UNIFIED;
    JsonReport json = report.report == null ? null
        : new JsonReport("diff", WinnowCommand.version(), report.maxRemovedShare(), report.actionName());
    HtmlReport page = html == null ? null : new HtmlReport();
    Removal.Totals totals = new Removal.Totals();
    AtomicBoolean changed = new AtomicBoolean();
    boolean needRemoval = json != null || page != null || mode == Mode.STAT;

    BatchRunner<Result> runner = new BatchRunner<>(input.jobs(), in -> {
      byte[] bytes = in.isStdin() ? root.stdin.readAllBytes() : Files.readAllBytes(in.file());
      DocumentReader.Read read;
      try {
        read = reader.read(in.displayName(), bytes);
      } catch (Decoder.BinaryContentException e) {
        return new Result(null, null, null, List.of(in.displayName() + ": skipped, " + e.getMessage()), false);
      }
      Cleaned cleaned = cleaner.clean(read.document());
      String warning = report.check(cleaned);
      String label = in.displayName();
      String text = switch (mode) {
        case UNIFIED -> UnifiedDiffRenderer.render(cleaned, label, context, palette);
        case SIDE_BY_SIDE -> SideBySideRenderer.render(cleaned, label, context, cols, palette);
        case STAT, NONE -> null;
      };
      if (mode == Mode.UNIFIED && cleaned.changed() && warning == null && !sameBytes(read, bytes)) {
        warning = label + ": the diff is against the decoded text ("
            + (read.format() == InputFormat.HTML ? "extracted from HTML" : "charset, BOM or markup changed")
            + "), so patch will not apply it to the file";
      }
      Removal removal = needRemoval ? Removal.of(cleaned) : null;
      String body = page == null ? null : HtmlReport.body(cleaned);
      return new Result(text, removal, body, CleanCommand.warnings(warning, cleaned, label),
          cleaned.changed());
    }, CleanCommand::describe);

    List<Failure> failures = runner.run(input.walker(), input.pathsOrStdin(), r -> {
          if (!r.warnings().isEmpty() && !quiet) {
            out.flush();
            synchronized (err) {
              CleanCommand.printWarnings(err, r.warnings());
              err.flush();
            }
          }
          if (r.changed()) {
            changed.set(true);
          }
          if (r.removal() != null) {
            totals.add(r.removal());
            if (json != null) {
              json.add(r.removal());
            }
            if (page != null) {
              page.add(r.removal(), r.body());
            }
            if (mode == Mode.STAT) {
              out.write(StatRenderer.line(r.removal(), palette));
            }
          }
          if (r.text() != null) {
            out.write(r.text());
          }
        },
        f -> {
          if (json != null) {
            json.fail(f.name(), f.message());
          }
          if (page != null) {
            page.fail(f.name(), f.message());
          }
          out.flush();
          synchronized (err) {
            err.println("winnow: " + f.line());
            err.flush();
          }
        });
    if (mode == Mode.STAT) {
      out.write(StatRenderer.totals(totals, palette));
    }
    out.flush();
    boolean written = true;
    if (json != null) {
      written &= CleanCommand.writeReport(report.report, json.toJson(), err);
    }
    if (page != null) {
      written &= CleanCommand.writeReport(html, page.page("winnow: what clean removes"), err);
    }
    if (!failures.isEmpty()) {
      err.println("winnow: " + failures.size() + " input" + (failures.size() == 1 ? "" : "s") + " failed:");
      for (Failure f : failures) {
        err.println("  " + f.line());
      }
      err.flush();
      return ExitCodes.USAGE;
    }
    if (!written) {
      return ExitCodes.USAGE;
    }
    return changed.get() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }

  private enum Mode { UNIFIED, SIDE_BY_SIDE, STAT, NONE }

  private record Result(String text, Removal removal, String body, List<String> warnings, boolean changed) {}

  /** The width for --side-by-side: --width, else $COLUMNS, else the default. */
  int columns() {
    if (width != null) {
      if (width < SideBySideRenderer.MIN_WIDTH) {
        throw new IllegalArgumentException("--width must be at least " + SideBySideRenderer.MIN_WIDTH);
      }
      return width;
    }
    String c = root.env.get("COLUMNS");
    if (c != null) {
      try {
        int n = Integer.parseInt(c.strip());
        if (n >= SideBySideRenderer.MIN_WIDTH) {
          return n;
        }
      } catch (NumberFormatException e) {
        // fall through to the default
      }
    }
    return DEFAULT_WIDTH;
  }

  /** Whether to colour: always and never as said; auto on a terminal unless NO_COLOR or TERM=dumb. */
  static boolean colorOn(ColorMode mode, Map<String, String> env, boolean terminal) {
    return switch (mode) {
      case always -> true;
      case never -> false;
      case auto -> terminal
          && (env.get("NO_COLOR") == null || env.get("NO_COLOR").isEmpty())
          && !"dumb".equals(env.get("TERM"));
    };
  }

  /** True when the document's text, as clean writes it (UTF-8), is the input's bytes. */
  private static boolean sameBytes(DocumentReader.Read read, byte[] bytes) {
    if (read.format() == InputFormat.HTML) {
      return false;
    }
    String text = read.document().text();
    if (Removal.utf8Length(text) != bytes.length) {
      return false;
    }
    return Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes);
  }
}
