package dev.winnow.cli;

import dev.winnow.Cleaner;
import dev.winnow.eval.EvalPair;
import dev.winnow.eval.EvalPairs;
import dev.winnow.document.Document;
import dev.winnow.eval.Evaluation;
import dev.winnow.eval.HtmlEvaluation;
import dev.winnow.html.HtmlExtractor;
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

  @Option(names = "--html",
      description = "Score HTML extraction: DATASET is the ScrapingHub benchmark (ground-truth.json "
          + "and html/) or a directory with input/*.html and GoldStandard_plain/. Word 4-gram shingle "
          + "precision, recall and F1, as the ScrapingHub benchmark computes them.")
  boolean html;

  @Option(names = "--extract-only", description = "With --html: score the extractor without the text rule packs.")
  boolean extractOnly;

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
      return ExitCodes.usage(err, e.getMessage());
    }
    if (html) {
      return scoreHtml(cleaner, out, err);
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

  private int scoreHtml(Cleaner cleaner, PrintWriter out, PrintWriter err) {
    HtmlExtractor extractor = HtmlExtractor.defaults();
    java.util.function.Function<String, String> fn = page -> {
      String text = extractor.extract(page, "").text();
      return extractOnly ? text : cleaner.clean(Document.of("page", text)).text();
    };
    boolean belowTarget = false;
    for (Path ds : datasets) {
      List<HtmlEvaluation.GoldPage> pages;
      if (Files.isRegularFile(ds.resolve("ground-truth.json"))) {
        pages = HtmlEvaluation.loadScrapinghub(ds);
      } else if (Files.isDirectory(ds.resolve("input")) && Files.isDirectory(ds.resolve("GoldStandard_plain"))) {
        pages = HtmlEvaluation.loadFolder(ds.resolve("input"), ds.resolve("GoldStandard_plain"));
      } else {
        err.println("winnow: " + ds + ": no ground-truth.json, nor input/ with GoldStandard_plain/");
        return ExitCodes.USAGE;
      }
      HtmlEvaluation.Result r = HtmlEvaluation.run(ds.toString(), pages, fn);
      out.println(HtmlEvaluation.format(r));
      List<HtmlEvaluation.PageScore> worstPages = r.pages().stream()
          .sorted(java.util.Comparator.comparingDouble(p -> p.counts().f1()))
          .limit(worst).toList();
      if (!worstPages.isEmpty()) {
        out.println("  worst:");
        for (HtmlEvaluation.PageScore p : worstPages) {
          out.printf(Locale.ROOT, "    %-40s P=%.3f R=%.3f F1=%.3f%n", p.id(),
              p.counts().precision(), p.counts().recall(), p.counts().f1());
        }
      }
      if (minRecall != null && r.summary().recall() < minRecall) {
        belowTarget = true;
      }
    }
    out.flush();
    return belowTarget ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }
}
