package dev.winnow.bench;

import dev.winnow.eval.HtmlEvaluation;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores the three extractors with the ScrapingHub shingle metric on every gold set found under
 * the data folder ({@code -Dwinnow.data=DIR}, default {@code ../../../shared/data}).
 */
public final class ScoreAll {
  public static void main(String[] args) {
    for (Map.Entry<String, Function<String, String>> e : Extractors.all().entrySet()) {
      System.out.println("## " + e.getKey());
      for (HtmlEvaluation.Result r : HtmlEvaluation.runAll(ExtractBenchmark.dataDir(), e.getValue())) {
        System.out.println(HtmlEvaluation.format(r));
      }
    }
  }
}
