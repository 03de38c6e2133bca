package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.winnow.document.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Moscow Times' own boilerplate strings ({@code ../shared/data/fixtures/tmt-boilerplate}),
 * each group of them (a template, or a scraped page) set between two paragraphs of news on a page
 * that names the site, as every page of the site does: every string goes, the news stays. Skipped
 * when {@code ../shared} is absent.
 */
class MoscowTimesFixturesTest {
  private static final Path STRINGS =
      Path.of("..", "shared", "data", "fixtures", "tmt-boilerplate", "tmt_boilerplate_strings.txt");
  private static final String P1 =
      "Russian authorities on Tuesday expanded a ban on gasoline exports until the end of the year, officials said.";
  private static final String P2 =
      "The measure is meant to cool domestic fuel prices, which hit record highs after drone strikes on refineries.";
  /** A label of the article's own dateline ("Updated: Oct. 2, 2025"), which the packs keep. */
  private static final List<String> DATELINE_LABELS = List.of("Updated:");

  @Test
  void everyGroupOfTheSitesStringsGoesAndTheNewsStays() throws Exception {
    assumeTrue(Files.isRegularFile(STRINGS), "../shared is not present");
    Map<String, List<String>> groups = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : Files.readAllLines(STRINGS)) {
      if (line.startsWith("## ")) {
        current = new ArrayList<>();
        groups.put(line, current);
      } else if (current != null && !line.isBlank() && !line.startsWith("#")) {
        current.add(line);
      }
    }
    assertThat(groups).hasSizeGreaterThanOrEqualTo(5);
    Cleaner cleaner = Cleaner.builtin();
    for (Map.Entry<String, List<String>> g : groups.entrySet()) {
      String page = "The Moscow Times\n\n" + P1 + "\n" + String.join("\n", g.getValue()) + "\n" + P2 + "\n";
      List<String> kept = cleaner.clean(Document.of("tmt.txt", page)).text().lines().toList();
      List<String> leftover = kept.stream()
          .filter(l -> !l.isBlank() && !l.equals(P1) && !l.equals(P2) && !DATELINE_LABELS.contains(l))
          .toList();
      assertThat(leftover).as(g.getKey()).isEmpty();
      assertThat(kept).as(g.getKey()).contains(P1, P2);
    }
  }
}
