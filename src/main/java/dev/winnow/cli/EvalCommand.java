package dev.winnow.cli;

import dev.winnow.Cleaner;
import dev.winnow.eval.EvalPair;
import dev.winnow.eval.EvalPairs;
import dev.winnow.eval.Evaluation;
import dev.winnow.io.DocumentReader;
import dev.winnow.learn.Learned;
import dev.winnow.rules.RuleFileException;
import dev.winnow.rules.RulePack;
import java.util.ArrayList;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code winnow eval}: scores the cleaner against gold text. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Scores cleaning against gold text, line by line, and lists the worst files.",
      "A DATASET is a directory of NAME.txt + NAME.gold.txt pairs, of NNNN.raw.txt + NNNN.clean.txt "
          + "pairs, or one with input_text_wetlike/ and GoldStandard_plain/.",
      "content recall: gold lines kept; boilerplate removal: other lines removed; exact: documents "
          + "equal to the gold."
    })
public final class EvalCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @CommandLine.ParentCommand WinnowCommand root;
  @Mixin RuleOptions rules;

  @Parameters(paramLabel = "DATASET", arity = "1..*", description = "Dataset directories.")
  List<Path> datasets;

  @Option(names = "--worst", paramLabel = "N", defaultValue = "10",
      description = "List the N worst files of each dataset. Default: ${DEFAULT-VALUE}.")
  int worst;

  @Option(names = "--learn",
      description = "First learn each dataset's recurring boilerplate from its raw files (see 'winnow learn'), "
          + "then score with the learned packs and the others.")
  boolean learn;

  @Mixin LearnOptions learnOptions;

  @Option(names = "--min-recall", paramLabel = "SHARE",
      description = "Exit 1 when content recall of any dataset is below SHARE.")
  Double minRecall;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Cleaner cleaner;
    try {
      cleaner = rules.cleaner();
      if (learn) {
        learnOptions.config();
      }
    } catch (RuleFileException | IllegalArgumentException e) {
      err.println("winnow: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    InputOptions io = new InputOptions();
    io.format = "text";
    DocumentReader reader = io.reader(root.stdin);
    boolean belowTarget = false;
    for (Path ds : datasets) {
      if (!Files.isDirectory(ds)) {
        err.println("winnow: " + ds + ": not a directory");
        return ExitCodes.USAGE;
      }
      List<EvalPair> pairs = EvalPairs.find(ds);
      if (pairs.isEmpty()) {
        err.println("winnow: " + ds + ": no (raw, gold) pairs found");
        return ExitCodes.USAGE;
      }
      Evaluation.Summary s;
      try {
        Cleaner used = cleaner;
        if (learn) {
          Learned learned = Evaluation.learn(ds, pairs, reader, learnOptions.config());
          err.println(CorpusLearning.summary(learned));
          List<RulePack> packs = new ArrayList<>(learned.packs());
          packs.addAll(cleaner.packs());
          used = Cleaner.of(packs);
        }
        s = Evaluation.run(pairs, reader, used);
      } catch (IOException e) {
        err.println("winnow: " + ds + ": " + e.getMessage());
        return ExitCodes.SOME_FAILED;
      }
      out.printf(Locale.ROOT, "%s: %d documents%n", ds, pairs.size());
      out.printf(Locale.ROOT, "  content recall       %.4f  (%d of %d lines kept)%n",
          s.contentRecall(), s.contentKept(), s.contentLines());
      out.printf(Locale.ROOT, "  boilerplate removal  %.4f  (%d of %d lines removed)%n",
          s.boilerplateRemoval(), s.boilerplateLines() - s.boilerplateKept(), s.boilerplateLines());
      out.printf(Locale.ROOT, "  exact documents      %d of %d%n", s.exact(), pairs.size());
      List<Evaluation.DocResult> w = s.worst(worst);
      if (!w.isEmpty()) {
        out.println("  worst:");
        for (Evaluation.DocResult d : w) {
          out.printf(Locale.ROOT, "    %-48s content lost %d/%d, boilerplate kept %d/%d%n",
              d.pair().name(), d.score().contentLost(), d.score().contentLines(),
              d.score().boilerplateKept(), d.score().boilerplateLines());
        }
      }
      if (minRecall != null && s.contentRecall() < minRecall) {
        belowTarget = true;
      }
    }
    out.flush();
    return belowTarget ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }
}
