package dev.winnow.bench;

import dev.winnow.Cleaner;
import dev.winnow.document.Document;
import dev.winnow.rules.BuiltinPacks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot path of {@code winnow clean}: {@link Cleaner#clean} with every built-in pack over
 * documents already in memory (no I/O, no decoding), one thread. One operation is one pass over
 * the whole sample, so MB/s = sample MB x ops/s (printed at setup). Beside it, the same JVM runs a
 * reference that does what {@code grep -v -F -f phrases.txt} does: split every document into lines
 * and drop the lines equal to or containing a phrase, with {@link String#contains}.
 *
 * <p>Sample: the files of the benchmark corpus ({@code -Dwinnow.corpus=DIR}, default
 * {@code ../corpus}, made by {@code bench/make_corpus.py}) up to {@code -Dwinnow.mb} MB (default 20).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 10, time = 3) // the JIT needs some 20 s to settle on this code (C2 compiles for seconds)
@Measurement(iterations = 5, time = 3)
@Threads(1)
public class CleanBenchmark {
  private List<String> docs;
  private List<String> phrases;
  private Cleaner cleaner;

  @Setup
  public void load() throws IOException {
    Path corpus = Paths.get(System.getProperty("winnow.corpus", "../corpus"));
    long limit = Long.getLong("winnow.mb", 20) * 1024 * 1024;
    docs = new ArrayList<>();
    long bytes = 0;
    try (Stream<Path> s = Files.walk(corpus)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        if (bytes >= limit) {
          break;
        }
        byte[] b = Files.readAllBytes(p);
        bytes += b.length;
        docs.add(new String(b, StandardCharsets.UTF_8));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Path phraseFile = corpus.toAbsolutePath().getParent().resolve("phrases.txt");
    phrases = Files.exists(phraseFile) ? Files.readAllLines(phraseFile) : List.of("Advertisement");
    cleaner = Cleaner.of(BuiltinPacks.all());
    System.out.printf("%nsample: %d documents, %.1f MB%n", docs.size(), bytes / 1048576.0);
  }

  @Benchmark
  public long winnowClean() {
    long n = 0;
    for (String d : docs) {
      n += cleaner.clean(Document.of("bench", d)).text().length();
    }
    return n;
  }

  @Benchmark
  public long fixedStringFilter() {
    long n = 0;
    for (String d : docs) {
      StringBuilder out = new StringBuilder(d.length());
      for (String line : d.split("\n", -1)) {
        boolean hit = false;
        for (String p : phrases) {
          if (line.contains(p)) {
            hit = true;
            break;
          }
        }
        if (!hit) {
          out.append(line).append('\n');
        }
      }
      n += out.length();
    }
    return n;
  }
}
