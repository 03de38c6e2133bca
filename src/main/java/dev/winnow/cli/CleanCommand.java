package dev.winnow.cli;

import dev.winnow.Cleaned;
import dev.winnow.Cleaner;
import dev.winnow.batch.BatchRunner;
import dev.winnow.batch.Failure;
import dev.winnow.io.AtomicFiles;
import dev.winnow.io.Decoder;
import dev.winnow.io.DocumentReader;
import dev.winnow.io.Input;
import dev.winnow.io.InputFormat;
import dev.winnow.render.ExplainRenderer;
import dev.winnow.render.JsonReport;
import dev.winnow.render.Removal;
import dev.winnow.render.TextRenderer;
import dev.winnow.rules.RuleFileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code winnow clean}: writes each input without its boilerplate. */
@Command(
    name = "clean",
    mixinStandardHelpOptions = true,
    description = {
      "Removes boilerplate from scraped articles (text or HTML) and writes the article.",
      "One input without -o goes to standard output; -o DIR mirrors the input tree; --in-place "
          + "rewrites the files, keeping a backup of each."
    })
public final class CleanCommand implements Callable<Integer> {
  @CommandLine.ParentCommand WinnowCommand root;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin RuleOptions rules;
  @Mixin ReportOptions report;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Write each cleaned file into DIR, mirroring the input tree (HTML becomes .txt).")
  Path output;

  @Option(names = {"-i", "--in-place"}, description = "Rewrite text files in place (atomically).")
  boolean inPlace;

  @Option(names = "--no-backup", description = "With --in-place: keep no backup copy.")
  boolean noBackup;

  @Option(names = "--backup-suffix", paramLabel = "SUFFIX", defaultValue = ".orig",
      description = "With --in-place: the backup is FILE + SUFFIX, made once. Default: ${DEFAULT-VALUE}.")
  String backupSuffix;

  @Option(names = "--explain",
      description = "Instead of the cleaned text, write every line with its verdict and rule id "
          + "(KEEP/DROP, rule id, '| ', text; see docs/audit.md).")
  boolean explain;

  @Option(names = {"-q", "--quiet"}, description = "Print no warnings (errors still go to stderr).")
  boolean quiet;

  @Option(names = "--learn",
      description = "First learn the inputs' recurring boilerplate (see 'winnow learn'), then clean with "
          + "the learned packs and the others: two passes over the inputs.")
  boolean learn;

  @Option(names = "--save-pack", paramLabel = "FILE|DIR",
      description = "With --learn: also write the learned packs (FILE.yaml, or one per group into DIR).")
  Path savePack;

  @Mixin LearnOptions learnOptions;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Cleaner cleaner;
    DocumentReader reader;
    try {
      if (output != null && inPlace) {
        throw new IllegalArgumentException("--output and --in-place exclude each other");
      }
      if (explain && (output != null || inPlace)) {
        throw new IllegalArgumentException("--explain writes to standard output: not with --output or --in-place");
      }
      List<String> paths = input.pathsOrStdin();
      if ((output != null || inPlace) && paths.contains("-")) {
        throw new IllegalArgumentException("standard input can only be cleaned to standard output");
      }
      if (savePack != null && !learn) {
        throw new IllegalArgumentException("--save-pack needs --learn");
      }
      if (learn && paths.contains("-")) {
        throw new IllegalArgumentException("--learn reads the inputs twice: give files or directories");
      }
      cleaner = rules.cleaner();
      reader = input.reader(root.stdin);
      if (learn) {
        if (inPlace) {
          input.excludes = withBackupExcluded();
        }
        cleaner = learnFirst(cleaner, reader, err);
      }
      cleaner = report.apply(cleaner);
    } catch (RuleFileException | IllegalArgumentException e) {
      return ExitCodes.usage(err, e.getMessage());
    } catch (IOException e) {
      err.println("winnow: " + savePack + ": " + e.getMessage());
      err.flush();
      return ExitCodes.SOME_FAILED;
    }
    if (inPlace && !learn) {
      input.excludes = withBackupExcluded();
    }
    Cleaner finalCleaner = cleaner;
    Path outAbs = output == null ? null : output.toAbsolutePath().normalize();

    java.io.PrintStream stdout = root.stdout;
    AtomicInteger skipped = new AtomicInteger();
    JsonReport json = report.report == null ? null
        : new JsonReport("clean", WinnowCommand.version(), report.maxRemovedShare(), report.actionName());
    BatchRunner<Result> runner = new BatchRunner<>(input.jobs(), in -> {
      if (outAbs != null && in.file() != null && in.file().toAbsolutePath().normalize().startsWith(outAbs)) {
        return null; // our own output inside the input tree
      }
      DocumentReader.Read read;
      try {
        read = reader.read(in);
      } catch (Decoder.BinaryContentException e) {
        skipped.incrementAndGet();
        if (!quiet) {
          synchronized (err) {
            err.println("winnow: " + in.displayName() + ": skipped, " + e.getMessage());
          }
        }
        return null;
      }
      Cleaned cleaned = finalCleaner.clean(read.document());
      List<String> warnings = warnings(report.check(cleaned), cleaned, in.displayName());
      Removal removal = json == null ? null : Removal.of(cleaned);
      if (explain) {
        return new Result(in.displayName(), utf8(ExplainRenderer.render(cleaned)), warnings, removal);
      }
      String text = TextRenderer.render(cleaned);
      if (outAbs != null) {
        AtomicFiles.write(outAbs.resolve(outputName(in.relative(), read.format())),
            text.getBytes(StandardCharsets.UTF_8));
        return new Result(in.displayName(), null, warnings, removal);
      }
      if (inPlace) {
        if (read.format() == InputFormat.HTML) {
          throw new IOException("in-place would replace an HTML page with text; use -o DIR");
        }
        if (cleaned.changed()) {
          if (!noBackup) {
            AtomicFiles.backupOnce(in.file(), in.file().resolveSibling(in.file().getFileName() + backupSuffix));
          }
          AtomicFiles.write(in.file(), text.getBytes(StandardCharsets.UTF_8));
        }
        return new Result(in.displayName(), null, warnings, removal);
      }
      return new Result(in.displayName(), utf8(text), warnings, removal);
    }, CleanCommand::describe);

    boolean headers = explain && InputOptions.isBatch(input.pathsOrStdin());
    List<Failure> failures = runner.run(input.walker(), input.pathsOrStdin(), r -> {
          if (!r.warnings().isEmpty() && !quiet) {
            stdout.flush();
            synchronized (err) {
              printWarnings(err, r.warnings());
              err.flush();
            }
          }
          if (r.removal() != null) {
            json.add(r.removal());
          }
          if (r.text() != null) {
            if (headers) {
              stdout.writeBytes(utf8("==> " + r.name() + " <==\n"));
            }
            stdout.writeBytes(r.text());
          }
        },
        f -> {
          if (json != null) {
            json.fail(f.name(), f.message());
          }
          stdout.flush();
          synchronized (err) {
            err.println("winnow: " + f.line());
            err.flush();
          }
        });
    stdout.flush();
    if (json != null && !writeReport(report.report, json.toJson(), err)) {
      return ExitCodes.USAGE;
    }
    if (!failures.isEmpty()) {
      err.println("winnow: " + failures.size() + " input" + (failures.size() == 1 ? "" : "s") + " failed:");
      for (Failure f : failures) {
        err.println("  " + f.line());
      }
      err.flush();
      return ExitCodes.SOME_FAILED;
    }
    return ExitCodes.OK;
  }

  private List<String> withBackupExcluded() {
    List<String> excludes = new ArrayList<>(input.excludes);
    excludes.add("*" + backupSuffix);
    return excludes;
  }

  /** The learning pass: learns from the inputs and returns a cleaner with the learned packs first. */
  private Cleaner learnFirst(Cleaner cleaner, DocumentReader reader, PrintWriter err) throws IOException {
    Path outAbs = output == null ? null : output.toAbsolutePath().normalize();
    CorpusLearning.Outcome o = CorpusLearning.run(input, learnOptions.config(), reader, err, true, outAbs);
    if (savePack != null) {
      for (Path f : CorpusLearning.save(o.learned(), savePack)) {
        if (!quiet) {
          err.println("winnow: wrote " + f);
        }
      }
    }
    if (!quiet) {
      err.println(CorpusLearning.summary(o.learned()));
      err.flush();
    }
    List<dev.winnow.rules.RulePack> packs = new ArrayList<>(o.learned().packs());
    packs.addAll(cleaner.packs());
    return Cleaner.of(packs);
  }

  /**
   * What the task hands back per input: UTF-8 for standard output, warnings (one per line), a
   * removal summary.
   */
  private record Result(String name, byte[] text, List<String> warnings, Removal removal) {}

  /** A guardrail's warning (or null) and the cleaner's own warnings, each naming the input. */
  static List<String> warnings(String guardrail, Cleaned cleaned, String name) {
    List<String> out = new ArrayList<>();
    if (guardrail != null) {
      out.add(guardrail);
    }
    for (String w : cleaned.warnings()) {
      out.add(name + ": " + w);
    }
    return out;
  }

  /** Prints warnings, one "winnow: " line each. */
  static void printWarnings(PrintWriter err, List<String> warnings) {
    for (String w : warnings) {
      err.println("winnow: " + w);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }


  /** Writes a report file; on failure says so and returns false. */
  static boolean writeReport(Path file, String content, PrintWriter err) {
    try {
      AtomicFiles.write(file, content.getBytes(StandardCharsets.UTF_8));
      return true;
    } catch (IOException e) {
      err.println("winnow: cannot write " + file + ": " + describe(e));
      err.flush();
      return false;
    }
  }

  /** The output file name below -o: the same relative path, with HTML pages becoming .txt. */
  static Path outputName(Path relative, InputFormat format) {
    if (format != InputFormat.HTML) {
      return relative;
    }
    String base = org.apache.commons.io.FilenameUtils.removeExtension(relative.getFileName().toString());
    return relative.resolveSibling(base + ".txt");
  }

  /** A one-line description of an input's failure. */
  static String describe(Exception e) {
    if (e instanceof ReportOptions.InputRejected) {
      return e.getMessage();
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof IOException) {
      return e.getMessage() == null ? e.toString() : e.getMessage();
    }
    return e.toString();
  }
}
