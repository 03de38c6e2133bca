package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.document.Document;
import org.junit.jupiter.api.Test;

/** How the cleaned text is put together from the kept lines. */
class CleanedTextTest {
  @Test
  void aBlankLineAfterALoneCarriageReturnStaysALine() {
    // "Advertisement" goes; "...here.\r" followed by the empty "\n" line would read back as one
    // CRLF line, losing the blank line (and with it the shape the context pass looks at)
    String in = "Intro prose line that is long enough to be a sentence here.\rAdvertisement\r\n\n"
        + "More prose that is long enough to read as a sentence again.\n";
    String once = Cleaner.builtin().clean(Document.of("t", in)).text();
    assertThat(Document.of("t", once).size()).as(once).isEqualTo(3);
    assertThat(Document.of("t", once).line(1).text()).isEmpty();
    assertThat(Cleaner.builtin().clean(Document.of("t", once)).text()).isEqualTo(once);
  }
}
