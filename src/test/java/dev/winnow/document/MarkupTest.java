package dev.winnow.document;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Stray markup in scraped text: tags go, entities are decoded, and a second pass changes nothing. */
class MarkupTest {
  @Test
  void tagsGoAndEntitiesAreDecoded() {
    assertThat(Markup.strip("<b>Bold</b> move &amp; more")).isEqualTo("Bold move & more");
    assertThat(Markup.strip("Line one<br>Line two")).isEqualTo("Line one\nLine two");
    assertThat(Markup.strip("a < b and x<y")).isEqualTo("a < b and x<y");
  }

  @Test
  void anEscapedTagIsStrippedOnTheFirstPassNotTheSecond() {
    // the page showed "<video>" as text; decoded, it is a tag, and a second cleaning would take it
    String once = Markup.strip("implemented using HTML5 &lt;video&gt; tag features");
    assertThat(once).isEqualTo("implemented using HTML5  tag features");
    assertThat(Markup.strip(once)).isEqualTo(once);
    assertThat(Markup.strip("&amp;lt;b&amp;gt;x")).isEqualTo(Markup.strip(Markup.strip("&amp;lt;b&amp;gt;x")));
  }

  @Property(tries = 500)
  void strippingTwiceIsStrippingOnce(@ForAll("markupish") String text) {
    String once = Markup.strip(text);
    assertThat(Markup.strip(once)).isEqualTo(once);
  }

  @Provide
  Arbitrary<String> markupish() {
    return Arbitraries.of("<", ">", "&", ";", "#", "amp", "lt", "gt", "b", "br", "/", "x", " ", "39", "!--", "--", "\n", "quot", "p")
        .list().ofMaxSize(30).map(parts -> String.join("", parts));
  }
}
