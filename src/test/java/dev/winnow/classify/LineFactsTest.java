package dev.winnow.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.document.Document;
import org.junit.jupiter.api.Test;

/** Line facts: word counts with every kind of space, and the quotation test. */
class LineFactsTest {
  @Test
  void spacesAreJavasWhitespaceAndTheNoBreakSpaces() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      boolean expected = Character.isWhitespace(ch) || ch == '\u00A0' || ch == '\u2007' || ch == '\u202F';
      assertThat(LineFacts.isSpace(ch)).as("U+%04X", c).isEqualTo(expected);
    }
  }

  @Test
  void wordsAreCountedAcrossNoBreakAndIdeographicSpaces() {
    LineFacts f = new LineFacts(Document.of("t", "один\u00A0два\u2009три\u3000four  five\n\u00A0\n«Цитата»\n"));
    assertThat(f.words(0)).isEqualTo(5);
    assertThat(f.blank(1)).isTrue();
    assertThat(f.quoted(2)).isTrue();
    assertThat(f.quoted(0)).isFalse();
  }
}
