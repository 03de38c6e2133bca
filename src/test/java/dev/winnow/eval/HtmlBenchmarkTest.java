package dev.winnow.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression floors on the public gold sets in {@code ../shared/data} (skipped when absent). The
 * floors are the scores reached when this was written minus 0.005, so any real loss fails.
 */
class HtmlBenchmarkTest {
  private static final Path DATA = HtmlEvaluation.defaultDataDir();

  private static HtmlEvaluation.Result run(String set) {
    Path dir = DATA.resolve(set);
    assumeTrue(Files.isDirectory(dir), () -> dir + " absent: gold data not available");
    List<HtmlEvaluation.GoldPage> pages = set.equals("scrapinghub")
        ? HtmlEvaluation.loadScrapinghub(dir)
        : HtmlEvaluation.loadFolder(dir.resolve("input"), dir.resolve("GoldStandard_plain"));
    HtmlEvaluation.Result r = HtmlEvaluation.run(set, pages, HtmlEvaluation.winnow());
    System.out.println(HtmlEvaluation.format(r));
    return r;
  }

  @Test
  void scrapinghubMeanF1() {
    HtmlEvaluation.Result r = run("scrapinghub");
    assertThat(r.pages()).hasSize(181);
    assertThat(r.summary().f1()).isGreaterThanOrEqualTo(SCRAPINGHUB_F1 - 0.005);
  }

  @Test
  void cleanportalevalMeanF1() {
    HtmlEvaluation.Result r = run("cleanportaleval");
    assertThat(r.summary().f1()).isGreaterThanOrEqualTo(CLEANPORTALEVAL_F1 - 0.005);
  }

  @Test
  void readabilityPagesMeanF1() {
    HtmlEvaluation.Result r = run("readability-pages");
    assertThat(r.summary().f1()).isGreaterThanOrEqualTo(READABILITY_F1 - 0.005);
  }

  static final double SCRAPINGHUB_F1 = 0.9629;
  static final double CLEANPORTALEVAL_F1 = 0.9302;
  static final double READABILITY_F1 = 0.9424;
}
