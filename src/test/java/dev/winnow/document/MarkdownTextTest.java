package dev.winnow.document;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Lines saved as Markdown read as their words; the document keeps its lines as they came. */
class MarkdownTextTest {
  @Test
  void aLinkReadsAsItsText() {
    assertThat(MarkdownText.plain("* [Politics](https://example.org/politics)")).isEqualTo("Politics");
    assertThat(MarkdownText.plain("- A point of the story with [a link](https://example.org/) in it")).isEqualTo("- A point of the story with a link in it");
    assertThat(MarkdownText.plain("[Skip to main content](/#main)")).isEqualTo("Skip to main content");
    // one link to a place on the same page stays as it came: a rule names it by its target
    assertThat(MarkdownText.plain("* [Schools announce delayed start](#post-8771)")).isEqualTo("* [Schools announce delayed start](#post-8771)");
    assertThat(MarkdownText.plain("See [the table](#t1) below.")).isEqualTo("See the table below.");
    assertThat(MarkdownText.plain("The council said [in a statement](https://council.example/news) that it would appeal."))
        .isEqualTo("The council said in a statement that it would appeal.");
    assertThat(MarkdownText.plain("Write to [the desk](mailto:desk@example.org \"Email\") today"))
        .isEqualTo("Write to the desk today");
    // a target with brackets inside, as encyclopedia links have
    assertThat(MarkdownText.plain("[Mercury](https://en.example.org/wiki/Mercury_(planet)) rises"))
        .isEqualTo("Mercury rises");
  }

  @Test
  void linksSideBySideReadAsARowOfItems() {
    assertThat(MarkdownText.plain("[Halifax](https://example.ca/halifax) [Nova Scotia](https://example.ca/ns) [Canada](https://example.ca/canada)"))
        .isEqualTo("Halifax   Nova Scotia   Canada");
    assertThat(MarkdownText.plain("[Home](/) › [News](/news) › [Politics](/news/politics)")).isEqualTo("Home   › News   › Politics");
    // links inside a sentence read as its words
    assertThat(MarkdownText.plain("Both [the ruling](https://example.org/r) and [the appeal](https://example.org/a) are online."))
        .isEqualTo("Both the ruling and the appeal are online.");
  }

  @Test
  void aLinkedLogoReadsAsItsAltTextAndBoldAsItsWords() {
    assertThat(MarkdownText.plain("[**MERIDIAN MARKETS**](https://www.example.com/)")).isEqualTo("MERIDIAN MARKETS");
    assertThat(MarkdownText.plain("**Mehr zum Thema**")).isEqualTo("Mehr zum Thema");
    assertThat(MarkdownText.plain("Auto-refresh is **ON** · [Turn off](#)")).isEqualTo("Auto-refresh is ON · Turn off");
  }

  @Test
  void bracketsThatAreNoLinkAndPictureLinesStay() {
    assertThat(MarkdownText.plain("He wrote \"I [sic] (2024) am here\"")).isEqualTo("He wrote \"I [sic] (2024) am here\"");
    assertThat(MarkdownText.plain("See note [1](see below).")).isEqualTo("See note [1](see below).");
    assertThat(MarkdownText.plain("![Firefighters at the scene](https://img.example.org/fire.jpg)"))
        .isEqualTo("![Firefighters at the scene](https://img.example.org/fire.jpg)");
    assertThat(MarkdownText.plain("[![The Ledger](https://example.org/logo.svg)](https://example.org/)"))
        .isEqualTo("[![The Ledger](https://example.org/logo.svg)](https://example.org/)");
    // a link without text would read as a blank line, which sets blocks apart: it stays
    assertThat(MarkdownText.plain("[](https://example.org/)")).isEqualTo("[](https://example.org/)");
  }

  @Test
  void theViewKeepsLinesEndingsAndPositions() {
    Document doc = Document.of("a.md", "# Title\r\n\r\n* [News](/news)\r\nPlain line\r\n");
    Document view = MarkdownText.view(doc);
    assertThat(view.size()).isEqualTo(doc.size());
    assertThat(view.line(2).text()).isEqualTo("News");
    assertThat(view.line(2).ending()).isEqualTo("\r\n");
    assertThat(view.line(2).start()).isEqualTo(doc.line(2).start());
    assertThat(view.line(2).paragraph()).isEqualTo(doc.line(2).paragraph());
    assertThat(view.line(3)).isSameAs(doc.line(3));
    Document plain = Document.of("b.txt", "No markdown here.\nNone at all.\n");
    assertThat(MarkdownText.view(plain)).isSameAs(plain);
  }

  @Property(tries = 500)
  void aLineNeverReadsAsBlankUnlessItIs(@ForAll("markdownish") String line) {
    assertThat(MarkdownText.plain(line).isBlank()).isEqualTo(line.isBlank());
  }

  @Provide
  Arbitrary<String> markdownish() {
    return Arbitraries.of("[", "]", "(", ")", "!", "*", "**", "_", "__", "https://", "#", "/", "x", " ", "a b", "\"t\"", "mailto:")
        .list().ofMaxSize(20).map(parts -> String.join("", parts));
  }
}
