package dev.winnow.document;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** How a line that a text browser dumped reads: link numbers and button brackets go, words stay. */
class BrowserDumpTest {
  @Test
  void linkNumbersGoAndARowKeepsItsGaps() {
    assertThat(BrowserDump.plain("   [3]Local News [4]Business [5]Sports")).isEqualTo("   Local News   Business   Sports");
    assertThat(BrowserDump.plain("   [2][IMG] The Lakehead Courier")).isEqualTo("   [IMG] The Lakehead Courier");
    assertThat(BrowserDump.plain("According to a [10]staff memo released last week"))
        .isEqualTo("According to a   staff memo released last week");
  }

  @Test
  void referenceLinksAndButtonRowsReadAsTheirWords() {
    assertThat(BrowserDump.plain("[Понятно][3]")).isEqualTo("Понятно");
    assertThat(BrowserDump.plain("[Accept all] [Reject all] [1]Manage cookie settings"))
        .isEqualTo("Accept all     Reject all     Manage cookie settings");
    assertThat(BrowserDump.plain("[Inhalt laden]  [Immer erlauben]")).isEqualTo("Inhalt laden      Immer erlauben");
  }

  @Test
  void footnotesPicturesDefinitionsAndBracketsInProseStay() {
    for (String kept : new String[] {
        "as the report found[1] in May", "He wrote \"I [sic] am here\" in the letter.", "[IMG] A crew digs out a line",
        "   [3]: https://example.org/sport", "See note [1](see below).", "[Politics](https://example.org/politics) [Sport](/sport)"}) {
      assertThat(BrowserDump.plain(kept)).isEqualTo(kept);
    }
  }

  @Property
  void aLineNeverReadsAsBlankUnlessItWasAndWithoutBracketsNothingChanges(@ForAll String line) {
    assertThat(BrowserDump.plain(line).isBlank()).isEqualTo(line.isBlank());
    if (line.indexOf('[') < 0) {
      assertThat(BrowserDump.plain(line)).isSameAs(line);
    }
  }
}
