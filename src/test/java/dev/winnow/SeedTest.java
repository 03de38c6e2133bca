package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.winnow.document.Document;
import dev.winnow.rules.BuiltinPacks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The article winnow was started from: seven lines of news, then the site's appeal. */
class SeedTest {
  static final Path SEED = Path.of("..", "shared", "seed", "000_3abbe31690d0ab95.txt");

  @Test
  void seedArticleKeepsExactlyItsSevenLines() throws Exception {
    assumeTrue(Files.isRegularFile(SEED), "../shared is not present");
    String text = Files.readString(SEED, StandardCharsets.UTF_8);
    String[] lines = text.split("(?<=\n)");
    String expected = String.join("", java.util.Arrays.copyOf(lines, 7));
    Cleaned c = Cleaner.of(BuiltinPacks.all()).clean(Document.of(SEED.toString(), text));
    assertThat(c.text()).isEqualTo(expected);
  }
}
