package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.document.Document;
import dev.winnow.rules.PackLoader;
import dev.winnow.rules.RulePack;
import java.util.List;
import org.junit.jupiter.api.Test;

class CleanerTest {
  private static final RulePack PACK = PackLoader.parse("t.yaml", """
      pack: t
      rules:
        - id: appeal
          block: {start: '^A Message from Site:$', end: '^Remind me later\\.$', max-lines: 8}
        - id: tail
          block: {start: '^Support us below$', max-lines: 4}
        - id: ad
          line: '^Advertisement$'
        - id: read-more
          line: '^Read more:'
          max-words: 10
        - id: close
          literal: Close
          weak: true
        - id: comments
          cut: {marker: '^Comments$', min-position: 0.5, min-chars-before: 40, max-lines-after: 5}
        - id: footer
          line: '^Imprint$'
          position: {last: 2}
        - id: dup
          repeated: {min-chars: 20}
        - id: ctx
          context: {max-words: 3, max-chars: 30, max-edge-run: 2}
      """);
  private static final Cleaner CLEANER = Cleaner.of(List.of(PACK));

  private static Cleaned clean(String text) {
    return CLEANER.clean(Document.of("t", text));
  }

  @Test
  void blockFromStartToEnd() {
    Cleaned c = clean("News one.\nA Message from Site:\nDear readers,\nPlease give.\nRemind me later.\n");
    assertThat(c.text()).isEqualTo("News one.\n");
    assertThat(c.verdict(2).ruleId()).isEqualTo("t/appeal");
    assertThat(c.verdict(2).reason()).isEqualTo("block from line 2 to 5");
  }

  @Test
  void blockWithoutEndWithinMaxLinesIsKept() {
    String text = "A Message from Site:\nl1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\nRemind me later.\n";
    Cleaned c = clean(text);
    assertThat(c.verdict(0).isKeep()).isTrue();
    assertThat(c.verdict(9).isKeep()).isTrue();
  }

  @Test
  void blockToEndOnlyWhenShort() {
    assertThat(clean("News.\nSupport us below\nGive now please.\n").text()).isEqualTo("News.\n");
    String longTail = "News.\nSupport us below\na.\nb.\nc.\nd.\ne.\n";
    assertThat(clean(longTail).text()).isEqualTo(longTail);
  }

  @Test
  void lineRuleWithWordGate() {
    Cleaned c = clean("Para.\nRead more: other story\nRead more: this line has far too many words to be a link line here\n");
    assertThat(c.verdict(1).ruleId()).isEqualTo("t/read-more");
    assertThat(c.verdict(2).isKeep()).isTrue();
  }

  @Test
  void weakLineGoesNextToRemovedTextAndStaysBetweenNews() {
    Cleaned c = clean("First paragraph of news.\nClose\nSecond paragraph of news.\nAdvertisement\nClose\nThird.\n");
    assertThat(c.verdict(1).isKeep()).isTrue();
    assertThat(c.verdict(3).ruleId()).isEqualTo("t/ad");
    assertThat(c.verdict(4).ruleId()).isEqualTo("t/close");
    assertThat(c.verdict(4).reason()).startsWith("context");
  }

  @Test
  void contextDropsShortLinesBetweenRemovedOnes() {
    Cleaned c = clean("The long news paragraph here has enough words to read as prose.\nAdvertisement\nShop now\nAdvertisement\nMore news text here.\nShort subhead\nEven more news.\n");
    assertThat(c.verdict(2).ruleId()).isEqualTo("t/ctx");
    assertThat(c.verdict(5).isKeep()).as("short line between news stays").isTrue();
  }

  @Test
  void contextNeverTreatsTheStartAsRemoved() {
    Cleaned c = clean("Short headline\nAdvertisement\nThe news paragraph.\n");
    assertThat(c.verdict(0).isKeep()).isTrue();
  }

  @Test
  void contextLeavesHeadlinesAboveTheFirstProseAndLinesWithDigits() {
    Cleaned c = clean("Advertisement\nMinister resigns\nAdvertisement\n"
        + "The minister resigned on Monday after a week of protests in the capital.\n"
        + "Advertisement\nArsenal 2 Chelsea 1\nAdvertisement\nMore news follows here.\n");
    assertThat(c.verdict(1).isKeep()).as("headline").isTrue();
    assertThat(c.verdict(5).isKeep()).as("score line").isTrue();
  }

  @Test
  void cutOnlyLateAndAfterEnoughText() {
    String doc = "Paragraph one is long enough.\nParagraph two is long enough.\nThree.\nComments\nnice\nbad\n";
    Cleaned c = clean(doc);
    assertThat(c.text()).isEqualTo("Paragraph one is long enough.\nParagraph two is long enough.\nThree.\n");
    String early = "Comments\nParagraph one is long enough.\nParagraph two is long enough.\n";
    assertThat(clean(early).text()).isEqualTo(early);
  }

  @Test
  void positionGate() {
    assertThat(clean("Imprint\nNews a.\nNews b.\nNews c.\n").verdict(0).isKeep()).isTrue();
    assertThat(clean("News a.\nNews b.\nNews c.\nImprint\n").verdict(3).isDrop()).isTrue();
  }

  @Test
  void repeatedLinesKeepTheFirst() {
    Cleaned c = clean("This line is repeated twice here.\nOther.\n  This line is repeated twice here. \nok\nok\nFinal news.\n");
    assertThat(c.verdict(0).isKeep()).isTrue();
    assertThat(c.verdict(2).ruleId()).isEqualTo("t/dup");
    assertThat(c.verdict(4).isKeep()).as("short repeats stay").isTrue();
  }

  @Test
  void blankLinesLeftByRemovalsCollapse() {
    assertThat(clean("Para one.\n\nAdvertisement\n\nPara two.\n").text()).isEqualTo("Para one.\n\nPara two.\n");
    assertThat(clean("Advertisement\n\nPara.\n").text()).isEqualTo("Para.\n");
    assertThat(clean("Para.\n\nAdvertisement\n").text()).isEqualTo("Para.\n");
    String untouched = "\n\nPara.\n\n\nPara two.\n\n";
    assertThat(clean(untouched).text()).isEqualTo(untouched);
    assertThat(clean(untouched).changed()).isFalse();
  }

  @Test
  void keepsLineEndingsAndMissingFinalNewline() {
    assertThat(clean("Para one.\r\nAdvertisement\r\nPara two.").text()).isEqualTo("Para one.\r\nPara two.");
  }

  @Test
  void guardrailKeepsOverCleanedDocumentsWhole() {
    Cleaner strict = CLEANER.withMaxRemovedShare(0.5);
    Cleaned c = strict.clean(Document.of("t", "Advertisement\nAdvertisement\nok\n"));
    assertThat(c.changed()).isFalse();
    assertThat(c.flag()).contains("kept whole");
  }

  @Test
  void scopeByMarker() {
    RulePack scoped = PackLoader.parse("s.yaml", """
        pack: s
        scope: {marker: '^Example Times$'}
        rules:
          - {id: x, line: '^Drop me$'}
        """);
    Cleaner c = Cleaner.of(List.of(scoped));
    assertThat(c.clean(Document.of("a", "Drop me\nnews\n")).changed()).isFalse();
    assertThat(c.clean(Document.of("a", "Example Times\nDrop me\nnews\n")).text()).isEqualTo("Example Times\nnews\n");
  }

  /**
   * The markers' literals are found in the same scan as the rules': each pack sees only its own
   * marker, wherever in the document it stands (here below the line to drop), and a document
   * without it, cleaned next by the same thread, does not inherit the last one's answer.
   */
  @Test
  void scopeMarkersOfSeveralPacksFromOneScan() {
    RulePack a = PackLoader.parse("a.yaml", """
        pack: a
        scope: {marker: 'Alpha\\s+Gazette'}
        rules:
          - {id: x, line: '^Drop alpha$'}
        """);
    RulePack b = PackLoader.parse("b.yaml", """
        pack: b
        scope: {marker: '^Beta Post$'}
        rules:
          - {id: x, line: '^Drop beta$'}
        """);
    Cleaner c = Cleaner.of(List.of(a, b));
    assertThat(c.clean(Document.of("1", "Drop alpha\nDrop beta\nnews\nAlpha  Gazette 2024\n")).text())
        .isEqualTo("Drop beta\nnews\nAlpha  Gazette 2024\n");
    assertThat(c.clean(Document.of("2", "Drop alpha\nDrop beta\nnews\n")).changed()).isFalse();
    assertThat(c.clean(Document.of("3", "Drop alpha\nDrop beta\nnews\nBeta Post\n")).text())
        .isEqualTo("Drop alpha\nnews\nBeta Post\n");
    // a literal of the marker without the marker itself: the regex still decides
    assertThat(c.clean(Document.of("4", "Drop alpha\nnews\nAlpha and the Gazette\n")).changed()).isFalse();
  }

  @Test
  void scopeByPath() {
    RulePack scoped = PackLoader.parse("s.yaml", """
        pack: s
        scope: {paths: ['**/site-a/**']}
        rules:
          - {id: x, line: '^Drop me$'}
        """);
    Cleaner c = Cleaner.of(List.of(scoped));
    assertThat(c.clean(Document.of("in/site-b/x.txt", "Drop me\nnews\n")).changed()).isFalse();
    assertThat(c.clean(Document.of("in/site-a/x.txt", "Drop me\nnews\n")).changed()).isTrue();
  }
}
