package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.document.Document;
import dev.winnow.document.Line;
import dev.winnow.io.DocumentReader;
import dev.winnow.io.InputFormat;
import dev.winnow.rules.BuiltinPacks;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of cleaning, over documents mixing news, boilerplate, blank lines and noise. */
class InvariantProperties {
  private static final Cleaner CLEANER = Cleaner.of(BuiltinPacks.all());

  private static final List<String> PIECES = List.of(
      "The minister said on Monday that the talks would resume next week in Geneva.",
      "Prices rose 4.5% in March, the statistics office said.",
      "Short subhead", "Close", "Advertisement", "Read more: Other story here", "Share this article",
      "Facebook Twitter Email", "A Message from The Moscow Times:", "Dear readers,", "Remind me later.",
      "We use cookies to improve your experience.", "Accept all", "Sign up for our newsletter",
      "© 2024 Example Media. All rights reserved.", "Comments (3)", "Home > World > Europe",
      "Photo: Reuters", "Reporting by A. Smith; Editing by B. Jones", "", "", "   ", "Menu", "News",
      "Your support, no matter how small, makes a world of difference. Please support us monthly from just $2.",
      "Читайте также: Новость дня", "Реклама", "Lesen Sie auch: Die Lage", "Anzeige", "Lire aussi : La suite",
      "Publicidad", "1.2K shares", "He declined to comment.");

  @Provide
  Arbitrary<String> documents() {
    Arbitrary<String> line = Arbitraries.oneOf(
        Arbitraries.of(PIECES),
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(60),
        Arbitraries.strings().all().ofMaxLength(20));
    Arbitrary<String> ending = Arbitraries.of("\n", "\n", "\n", "\r\n", "\r");
    return Combinators.combine(line, ending).as((l, e) -> l.replace("\n", " ").replace("\r", " ") + e)
        .list().ofMaxSize(40)
        .map(ls -> String.join("", ls));
  }

  @Property(tries = 400)
  void cleaningIsIdempotent(@ForAll("documents") String text) {
    String once = CLEANER.clean(Document.of("p", text)).text();
    String twice = CLEANER.clean(Document.of("p", once)).text();
    assertThat(twice).isEqualTo(once);
  }

  @Property(tries = 400)
  void outputIsASubsequenceOfInputLines(@ForAll("documents") String text) {
    Document in = Document.of("p", text);
    Cleaned c = CLEANER.clean(in);
    List<String> kept = new ArrayList<>();
    for (Line l : Document.of("out", c.text()).lines()) {
      kept.add(l.text());
    }
    int j = 0;
    for (Line l : in.lines()) {
      if (j < kept.size() && l.text().equals(kept.get(j))) {
        j++;
      }
    }
    assertThat(j).as("every output line appears in the input, in order").isEqualTo(kept.size());
    assertThat(c.verdicts()).hasSize(in.size());
  }

  @Property(tries = 300)
  void noExceptionOnRandomBytes(@ForAll byte[] bytes) throws Exception {
    DocumentReader reader = new DocumentReader(InputFormat.AUTO, null, false,
        dev.winnow.html.HtmlExtractor.defaults(), java.io.InputStream.nullInputStream());
    try {
      Document d = reader.read("random.bin", bytes).document();
      Cleaned c = CLEANER.clean(d);
      assertThat(c.text().length()).isLessThanOrEqualTo(d.text().length());
    } catch (dev.winnow.io.Decoder.BinaryContentException expected) {
      assertThat(expected.getMessage()).contains("binary");
    }
  }

  @Property(tries = 200)
  void noExceptionOnRandomHtmlBytes(@ForAll byte[] bytes) throws Exception {
    DocumentReader reader = new DocumentReader(InputFormat.HTML, null, false,
        dev.winnow.html.HtmlExtractor.defaults(), java.io.InputStream.nullInputStream());
    try {
      Document d = reader.read("random.html", bytes).document();
      assertThat(CLEANER.clean(d).verdicts()).hasSize(d.size());
    } catch (dev.winnow.io.Decoder.BinaryContentException expected) {
      assertThat(expected.getMessage()).contains("binary");
    }
  }
}
