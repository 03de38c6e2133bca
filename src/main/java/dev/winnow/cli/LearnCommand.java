package dev.winnow.cli;

import dev.winnow.io.DocumentReader;
import dev.winnow.learn.LearnConfig;
import dev.winnow.learn.Learned;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code winnow learn}: mines a corpus for its recurring boilerplate and writes it as a rule pack. */
@Command(
    name = "learn",
    mixinStandardHelpOptions = true,
    description = {
      "Finds lines (and runs of lines) that recur across the documents of a site and writes them "
          + "as a rule pack to review, edit and use with 'clean --rules'.",
      "Documents are grouped (by directory by default) and each group gets its own pack, scoped to it.",
      "-o FILE.yaml writes one pack (one group); -o DIR writes one pack per group; no -o prints them."
    })
public final class LearnCommand implements Callable<Integer> {
  @CommandLine.ParentCommand WinnowCommand root;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin LearnOptions learn;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
      description = "Write the pack to FILE.yaml, or one pack per group into DIR.")
  Path output;

  @Option(names = {"-q", "--quiet"}, description = "Print no summary or warnings (errors still go to stderr).")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    LearnConfig config;
    DocumentReader reader;
    try {
      config = learn.config();
      reader = input.reader(root.stdin);
    } catch (IllegalArgumentException e) {
      return ExitCodes.usage(err, e.getMessage());
    }
    CorpusLearning.Outcome o = CorpusLearning.run(input, config, reader, err, quiet, null);
    Learned learned = o.learned();
    if (output == null) {
      List<String> texts = learned.yaml();
      if (texts.isEmpty()) {
        out.print(learned.emptyYaml());
      }
      for (int i = 0; i < texts.size(); i++) {
        out.print(i == 0 ? "" : "---\n");
        out.print(texts.get(i));
      }
      out.flush();
    } else {
      try {
        List<Path> files = CorpusLearning.save(learned, output);
        if (!quiet) {
          for (Path f : files) {
            err.println("winnow: wrote " + f);
          }
        }
      } catch (IllegalArgumentException e) {
        return ExitCodes.usage(err, e.getMessage());
      } catch (IOException e) {
        err.println("winnow: " + output + ": " + e.getMessage());
        err.flush();
        return ExitCodes.SOME_FAILED;
      }
    }
    if (!quiet) {
      err.println(CorpusLearning.summary(learned));
    }
    err.flush();
    return o.failures().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }
}
