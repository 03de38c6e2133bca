package dev.winnow.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.winnow.Cleaner;
import dev.winnow.eval.EvalPair;
import dev.winnow.eval.EvalPairs;
import dev.winnow.eval.Evaluation;
import dev.winnow.html.HtmlExtractor;
import dev.winnow.io.DocumentReader;
import dev.winnow.io.InputFormat;
import dev.winnow.rules.BuiltinPacks;
import dev.winnow.rules.RulePack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end on corpora built from ../shared/data (skipped when it is absent). */
class LearnCorpusTest {
  static final Path DATA = Path.of("../shared/data");
  static final DocumentReader READER =
      new DocumentReader(InputFormat.TEXT, null, false, HtmlExtractor.defaults(), System.in);

  @TempDir Path tmp;

  static Evaluation.Summary learnAndScore(Path ds, LearnConfig cfg, boolean builtin) throws Exception {
    List<EvalPair> pairs = EvalPairs.find(ds);
    Learned learned = Evaluation.learn(ds, pairs, READER, cfg);
    List<RulePack> packs = new ArrayList<>(learned.packs());
    if (builtin) {
      packs.addAll(BuiltinPacks.all());
    }
    return Evaluation.run(pairs, READER, Cleaner.of(packs));
  }

  @Test
  void generatedSitesMeetTheTargets() throws Exception {
    assumeTrue(Files.isDirectory(DATA.resolve("clean-news")), "needs ../shared/data");
    for (long seed : new long[] {1, 2}) {
      Path ds = tmp.resolve("corpus-" + seed);
      LearnCorpus.write(DATA.resolve("clean-news"), ds, seed, 50, 1);
      Evaluation.Summary s = learnAndScore(ds, LearnConfig.defaults(), false);
      assertThat(s.contentRecall()).as("content recall, seed %d", seed).isGreaterThanOrEqualTo(0.998);
      assertThat(s.boilerplateRemoval()).as("boilerplate removal, seed %d", seed).isGreaterThanOrEqualTo(0.97);
    }
  }

  @Test
  void cs336FixturesWithRelaxedThresholds() throws Exception {
    Path ds = DATA.resolve("fixtures/cs336-a4-fixtures/cs336-data/tests/fixtures");
    assumeTrue(Files.isDirectory(ds), "needs ../shared/data");
    Evaluation.Summary s = learnAndScore(ds, new LearnConfig(GroupBy.DIR, 2, 0.2, 0.2, 16), false);
    assertThat(s.contentRecall()).isEqualTo(1.0);
    assertThat(s.boilerplateRemoval()).isEqualTo(1.0);
  }

  @Test
  void cleanPortalEvalGroupedBySite() throws Exception {
    Path ds = DATA.resolve("cleanportaleval");
    assumeTrue(Files.isDirectory(ds), "needs ../shared/data");
    Evaluation.Summary s = learnAndScore(ds, LearnConfig.defaults().withGroupBy(GroupBy.PREFIX), false);
    assertThat(s.contentRecall()).isGreaterThanOrEqualTo(0.99);
    assertThat(s.boilerplateRemoval()).isGreaterThanOrEqualTo(0.75);
  }
}
