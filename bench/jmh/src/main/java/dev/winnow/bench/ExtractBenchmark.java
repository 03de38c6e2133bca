package dev.winnow.bench;

import dev.winnow.eval.HtmlEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pages per second of each extractor over the 181 ScrapingHub benchmark pages (html already
 * decoded to a String, as in the benchmark), one thread. One operation is one page.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class ExtractBenchmark {
  static final int PAGES = 181;

  private String[] html;

  /** {@code -Dwinnow.data=DIR} (default {@code ../../../shared/data}, from bench/jmh). */
  static Path dataDir() {
    return Paths.get(System.getProperty("winnow.data", "../../../shared/data"));
  }

  @Setup
  public void load() {
    Path dir = dataDir().resolve("scrapinghub");
    if (!Files.isDirectory(dir)) throw new IllegalStateException("no data at " + dir.toAbsolutePath());
    List<HtmlEvaluation.GoldPage> pages = HtmlEvaluation.loadScrapinghub(dir);
    if (pages.size() != PAGES) throw new IllegalStateException("expected 181 pages: " + pages.size());
    html = pages.stream().map(HtmlEvaluation.GoldPage::html).toArray(String[]::new);
  }

  @Benchmark
  @OperationsPerInvocation(PAGES)
  public long winnow() {
    long n = 0;
    for (String h : html) n += Extractors.winnow(h).length();
    return n;
  }

  /** Reference floor: jsoup parsing alone, which winnow's extraction includes. */
  @Benchmark
  @OperationsPerInvocation(PAGES)
  public long jsoupParseOnly() {
    long n = 0;
    for (String h : html) n += org.jsoup.Jsoup.parse(h).childNodeSize();
    return n;
  }

  @Benchmark
  @OperationsPerInvocation(PAGES)
  public long boilerpipe() {
    long n = 0;
    for (String h : html) n += Extractors.boilerpipe(h).length();
    return n;
  }

  @Benchmark
  @OperationsPerInvocation(PAGES)
  public long readability4j() {
    long n = 0;
    for (String h : html) n += Extractors.readability4j(h).length();
    return n;
  }
}
