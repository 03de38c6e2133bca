package dev.winnow;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.winnow.document.Document;
import dev.winnow.rules.BuiltinPacks;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every handwritten fixture under {@code golden/<family>/<lang>-<case>.txt} through the
 * built-in packs and compares the result with {@code <lang>-<case>.gold.txt}, byte for byte.
 */
class GoldenTest {
  private static final String ROOT = "/golden";
  private static final Cleaner CLEANER = Cleaner.of(BuiltinPacks.all());

  static Stream<Arguments> fixtures() throws IOException, URISyntaxException {
    URL url = GoldenTest.class.getResource(ROOT);
    if (url == null) {
      throw new IllegalStateException("no golden fixtures on the classpath at " + ROOT);
    }
    Path root = toPath(url.toURI());
    List<Path> raws;
    try (Stream<Path> s = Files.walk(root)) {
      raws =
          s.filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().endsWith(".txt"))
              .filter(p -> !p.getFileName().toString().endsWith(".gold.txt"))
              .sorted()
              .toList();
    }
    assertFalse(raws.isEmpty(), "no golden fixtures found");
    return raws.stream()
        .map(raw -> {
          String name = root.relativize(raw).toString().replace('\\', '/');
          Path gold = raw.resolveSibling(raw.getFileName().toString().replaceFirst("\\.txt$", ".gold.txt"));
          return Arguments.of(name, raw, gold);
        });
  }

  private static Path toPath(URI uri) throws IOException {
    if ("jar".equals(uri.getScheme())) {
      FileSystem fs;
      try {
        fs = FileSystems.getFileSystem(uri);
      } catch (FileSystemNotFoundException e) {
        fs = FileSystems.newFileSystem(uri, Map.of());
      }
      return fs.provider().getPath(uri);
    }
    return Path.of(uri);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void cleansToGold(String name, Path raw, Path gold) throws IOException {
    if (!Files.exists(gold)) {
      fail("missing gold file for " + name);
    }
    String input = Files.readString(raw, StandardCharsets.UTF_8);
    String expected = Files.readString(gold, StandardCharsets.UTF_8);
    String actual = CLEANER.clean(Document.of(name, input)).text();
    if (!expected.equals(actual)) {
      fail(name + " differs from its gold (- gold, + cleaner output):\n" + diff(expected, actual));
    }
  }

  private static String diff(String expected, String actual) {
    List<String> a = Arrays.asList(expected.split("\n", -1));
    List<String> b = Arrays.asList(actual.split("\n", -1));
    List<String> lines =
        UnifiedDiffUtils.generateUnifiedDiff("gold", "output", a, DiffUtils.diff(a, b), 2);
    return String.join("\n", lines);
  }
}
