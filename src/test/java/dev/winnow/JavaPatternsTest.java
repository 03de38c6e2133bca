package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Patterns written in Java code spell word characters and word boundaries out as Unicode classes
 * and lookarounds, never {@code \w}, {@code \W} or {@code \b}. Without UNICODE_CHARACTER_CLASS
 * (which the pack loader sets for rule files, but a Pattern compiled in code does not have)
 * {@code \W} passes Cyrillic letters, so that "^\W*(?:голосование)\W*$" matched every Russian
 * line ending in that word; and {@code \b} is Unicode-aware up to Java 18 but ASCII-only from
 * Java 19, so the same jar dropped Russian author boxes on Java 17 and kept them on Java 25.
 * (The pack writer's patterns go into rule files and are compiled by the loader; the regex
 * syntax checker reads users' patterns.)
 */
class JavaPatternsTest {
  private static final List<String> EXEMPT = List.of("PackWriter.java", "RegexSyntax.java");

  @Test
  void javaPatternsUseNoAsciiWordClassesOrBoundaries() throws Exception {
    List<String> found = new ArrayList<>();
    try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        if (EXEMPT.contains(p.getFileName().toString())) {
          continue;
        }
        List<String> lines = Files.readAllLines(p);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).strip();
          if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
            continue; // prose may name them
          }
          if (line.contains("\\\\w") || line.contains("\\\\W") || line.contains("\\\\b")) {
            found.add(p.getFileName() + ":" + (i + 1) + ": " + line);
          }
        }
      }
    }
    assertThat(found).as("\\w, \\W or \\b in a pattern written in Java").isEmpty();
  }
}
