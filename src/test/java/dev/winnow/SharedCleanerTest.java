package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.document.Document;
import dev.winnow.rules.BuiltinPacks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A cleaner of the built-in packs compiles its patterns on first use (they come from the build's
 * snapshot) and makes its rule index's triggers on demand: threads sharing a fresh cleaner, racing
 * to compile the same patterns, must decide exactly what one thread alone decides.
 */
class SharedCleanerTest {

  @Test
  void threadsSharingAFreshCleanerDecideLikeOneThread() throws Exception {
    List<Document> docs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("eval/set"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        docs.add(Document.of(f.toString(), read(f)));
      }
    }
    assertThat(docs).hasSizeGreaterThan(100);

    Cleaner alone = Cleaner.of(BuiltinPacks.all());
    List<String> expected = new ArrayList<>();
    for (Document d : docs) {
      expected.add(verdicts(alone.clean(d)));
    }

    Cleaner shared = Cleaner.of(BuiltinPacks.all()); // nothing compiled yet
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (Document d : docs) {
          results.add(pool.submit(() -> verdicts(shared.clean(d))));
        }
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).as(docs.get(i % docs.size()).name())
            .isEqualTo(expected.get(i % docs.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String verdicts(Cleaned c) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < c.document().size(); i++) {
      sb.append(c.verdict(i)).append('\n');
    }
    return sb.toString();
  }

  private static String read(Path f) throws IOException {
    return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
  }
}
