package dev.winnow.bench;

import dev.winnow.eval.HtmlEvaluation;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Pages per CPU-second of the measuring thread, for each extractor on the 181 ScrapingHub pages.
 * Unlike JMH's wall-clock throughput this stays meaningful on a shared, busy machine: it is the
 * single-thread speed the extractor would have on an idle core. Arguments: [warmupRounds]
 * [rounds] (default 8 and 8; one round is all 181 pages).
 */
public final class CpuThroughput {
  public static void main(String[] args) {
    int warm = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    List<HtmlEvaluation.GoldPage> pages =
        HtmlEvaluation.loadScrapinghub(ExtractBenchmark.dataDir().resolve("scrapinghub"));
    String[] html = pages.stream().map(HtmlEvaluation.GoldPage::html).toArray(String[]::new);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Map<String, Function<String, String>> all = new java.util.LinkedHashMap<>(Extractors.all());
    all.put("jsoupParseOnly", h -> org.jsoup.Jsoup.parse(h).title());
    for (Map.Entry<String, Function<String, String>> e : all.entrySet()) {
      long sink = 0;
      for (int r = 0; r < warm; r++) for (String h : html) sink += e.getValue().apply(h).length();
      double[] cpu = new double[rounds];
      double[] wall = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        long c0 = mx.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        for (String h : html) sink += e.getValue().apply(h).length();
        cpu[r] = html.length / ((mx.getCurrentThreadCpuTime() - c0) / 1e9);
        wall[r] = html.length / ((System.nanoTime() - w0) / 1e9);
      }
      Arrays.sort(cpu);
      Arrays.sort(wall);
      System.out.printf(Locale.ROOT,
          "%-16s %7.0f pages/cpu-s (median of %d rounds; min %.0f, max %.0f)   wall %7.0f pages/s"
              + "   [%d]%n",
          e.getKey(), cpu[rounds / 2], rounds, cpu[0], cpu[rounds - 1], wall[rounds / 2], sink % 7);
    }
  }
}
