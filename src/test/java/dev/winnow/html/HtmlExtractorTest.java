package dev.winnow.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  private static final HtmlExtractor X = HtmlExtractor.defaults();

  static byte[] fixture(String name) {
    try (InputStream in = HtmlExtractorTest.class.getResourceAsStream("/html/" + name)) {
      if (in == null) throw new IllegalStateException("missing fixture " + name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static ExtractedPage extract(String name) {
    return X.extract(new String(fixture(name), StandardCharsets.UTF_8), "https://example.org/");
  }

  static List<String> texts(ExtractedPage p) {
    return p.blocks().stream().map(Block::text).toList();
  }

  @Test
  void articlePageKeepsBodyAndSubheadingDropsNavSidebarFooterAndHeadline() {
    ExtractedPage p = extract("article.html");
    assertThat(p.title()).isEqualTo("River rises in town");
    assertThat(p.blocks()).extracting(Block::kind, Block::text).containsExactly(
        tuple(BlockKind.PARAGRAPH, "The river that runs through the old town rose by two metres"
            + " overnight, flooding cellars along the quay and closing the lower bridge to traffic."),
        tuple(BlockKind.PARAGRAPH, "Residents were woken at four in the morning by sirens, and"
            + " volunteers filled sandbags at the fire station until dawn, the mayor said."),
        tuple(BlockKind.HEADING, "Forecast"),
        tuple(BlockKind.PARAGRAPH, "More rain is expected on Thursday, and the weather service has"
            + " kept its warning in place for the whole valley until the weekend."));
    assertThat(p.blocks()).allSatisfy(b -> {
      assertThat(b.linkDensity()).isZero();
      assertThat(b.depth()).isEqualTo(3); // main > article > p|h2
    });
  }

  @Test
  void divSoupSplitsDoubleBrIntoParagraphsAndDropsLinkColumns() {
    ExtractedPage p = extract("divsoup.html");
    assertThat(p.title()).isEqualTo("Council approves new library");
    assertThat(texts(p)).containsExactly(
        "The city council voted seven to two on Monday night to build a new public library on the"
            + " site of the old bus depot, ending a debate that lasted three years.",
        "Construction is expected to start next spring and to cost about twelve million, most of it"
            + " from a regional grant, the finance officer told the meeting.",
        "Opponents said the money would be better spent on repairing schools, but the mayor argued"
            + " that the library would serve every neighbourhood.");
  }

  @Test
  void widgetsInsideTheArticleGoButTheWrapperWithNegativeNamesStays() {
    ExtractedPage p = extract("widgets.html");
    assertThat(texts(p)).containsExactly(
        "A family bakery on Mill Street has won the national bread prize for its sourdough, beating"
            + " more than three hundred entries from across the country.",
        "The owners, who took over the shop from their parents ten years ago, said the recipe had"
            + " not changed since their grandmother first baked it in 1962.",
        "The prize comes with a cash award, which they plan to spend on a second oven so that they"
            + " can open on Sundays as well.");
  }

  @Test
  void listsQuotesAndHeadingsAreOwnBlocks() {
    ExtractedPage p = extract("structure.html");
    assertThat(p.blocks()).extracting(Block::kind, Block::text).containsExactly(
        tuple(BlockKind.PARAGRAPH, "Storm season starts next month, and emergency services have"
            + " published advice on how households can prepare for power cuts and flooding."),
        tuple(BlockKind.HEADING, "What to keep at home"),
        tuple(BlockKind.LIST_ITEM, "Drinking water for three days"),
        tuple(BlockKind.LIST_ITEM, "A torch with spare batteries"),
        tuple(BlockKind.LIST_ITEM, "A battery radio"),
        tuple(BlockKind.PARAGRAPH, "The chief fire officer urged people not to drive through flood"
            + " water, even when it looks shallow, because the road underneath may be gone."),
        tuple(BlockKind.QUOTE, "Half a metre of moving water is enough to carry a car away."),
        tuple(BlockKind.HEADING, "Checking on neighbours"),
        tuple(BlockKind.LIST_ITEM, "Call elderly neighbours before the storm arrives."),
        tuple(BlockKind.LIST_ITEM, "Agree on a place to meet if phones stop working."),
        tuple(BlockKind.PARAGRAPH, "Further information is available from the local council,"
            + " which will also open two shelters in school halls if needed."));
  }

  @Test
  void cookieBannerAndMenuAreDropped() {
    ExtractedPage p = extract("cookie-menu.html");
    assertThat(texts(p)).containsExactly(
        "The city museum reopened on Saturday after two years of repairs to its roof, which was"
            + " badly damaged by a storm in the winter before last.",
        "Visitors queued around the block to see the restored main hall, where the dinosaur"
            + " skeleton has been moved back to its original place under the dome.");
  }

  @Test
  void longCommentSectionDoesNotWinOverTheArticle() {
    ExtractedPage p = extract("comments.html");
    assertThat(texts(p)).containsExactly(
        "The tram line to the university will be extended by four stops, the transport authority"
            + " announced on Tuesday after months of consultation.",
        "Work will begin in the summer holidays so that students are not affected, and the first"
            + " trams are expected to run on the new section by next autumn.");
  }

  @Test
  void bytesAreDecodedWithTheMetaCharset() {
    byte[] bytes = fixture("cp1251.html");
    // Really not UTF-8: the fixture is stored as windows-1251.
    assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("мост");
    ExtractedPage p = X.extract(bytes, "https://example.org/");
    assertThat(p.title()).isEqualTo("Новый мост");
    assertThat(texts(p)).containsExactly(
        "В городе открыли новый мост через реку, строительство которого продолжалось почти четыре"
            + " года и обошлось дороже, чем планировали.",
        "По словам мэра, мост позволит сократить пробки в центре города и облегчит дорогу жителям"
            + " северных районов.");
  }

  @Test
  void bytesWithUtf8BomAndNoMeta() {
    String html = "<html><body><article><p>" + "Zürich, Genève und Lugano meldeten am Montag"
        + " Rekordwerte beim Stromverbrauch, wie das Bundesamt für Energie mitteilte.</p>"
        + "</article></body></html>";
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertThat(X.extract(bytes, "").text()).startsWith("Zürich, Genève und Lugano");
  }

  @Test
  void textJoinsBlocksOneALineWithoutTitle() {
    ExtractedPage p = extract("cookie-menu.html");
    assertThat(p.text()).isEqualTo(String.join("\n", texts(p)));
    assertThat(p.text()).doesNotContain(p.title());
    assertThat(p.blocks()).allSatisfy(b -> assertThat(b.text()).doesNotContain("\n").isEqualTo(
        b.text().strip()));
  }

  @Test
  void extractDocumentLeavesTheCallersDomUntouched() {
    Document dom = Jsoup.parse(new String(fixture("article.html"), StandardCharsets.UTF_8));
    String before = dom.outerHtml();
    ExtractedPage p = X.extract(dom);
    assertThat(dom.outerHtml()).isEqualTo(before);
    assertThat(p).isEqualTo(extract("article.html"));
  }

  @Test
  void whitespaceIsNormalisedInsideBlocks() {
    ExtractedPage p = X.extract("<html><body><article><p>One\n  two\u00a0\u00a0three\t<b>four</b>"
        + "<i>five</i> six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
        + " seventeen eighteen.</p></article></body></html>", "");
    assertThat(p.text()).isEqualTo("One two three fourfive six seven eight nine ten eleven twelve"
        + " thirteen fourteen fifteen sixteen seventeen eighteen.");
  }

  @Test
  void hiddenElementsAreDropped() {
    String para = "<p>The harbour authority said the new ferry timetable would start in May and"
        + " add two evening crossings on weekdays.</p>";
    ExtractedPage p = X.extract("<html><body><article>" + para
        + "<div style=\"display: none\"><p>Hidden teaser text that should never appear in the"
        + " output at all, however long it is.</p></div>"
        + "<div aria-hidden=\"true\">Screen reader hidden</div><div hidden>Also hidden</div>"
        + "</article></body></html>", "");
    assertThat(texts(p)).containsExactly("The harbour authority said the new ferry timetable would"
        + " start in May and add two evening crossings on weekdays.");
  }

  @Test
  void emptyAndTextlessPages() {
    assertThat(X.extract("", "").blocks()).isEmpty();
    assertThat(X.extract("<html><head><title>T</title></head><body><script>var a=1;</script>"
        + "</body></html>", "").blocks()).isEmpty();
    assertThat(X.extract("<html><head><title>T</title></head></html>", "").title()).isEqualTo("T");
  }

  @Test
  void looksLikeHtmlSniffsDoctypeTagsAndTagDensity() {
    assertThat(HtmlExtractor.looksLikeHtml("<!DOCTYPE html><p>x".getBytes(StandardCharsets.UTF_8)))
        .isTrue();
    assertThat(HtmlExtractor.looksLikeHtml("\n\n  <HTML lang=en>".getBytes(StandardCharsets.UTF_8)))
        .isTrue();
    assertThat(HtmlExtractor.looksLikeHtml("<head><meta charset=utf-8>".getBytes(
        StandardCharsets.UTF_8))).isTrue();
    assertThat(HtmlExtractor.looksLikeHtml(("<div><p>a</p><p>b</p><span>c</span><a href=x>d</a>"
        + "</div>").getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(HtmlExtractor.looksLikeHtml("\uFEFF<html>".getBytes(StandardCharsets.UTF_16LE)))
        .isTrue();
    assertThat(HtmlExtractor.looksLikeHtml(("Plain text about 3 < 4 and a <b> tag.\nSecond line.")
        .getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(HtmlExtractor.looksLikeHtml("{\"json\": true}".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
    assertThat(HtmlExtractor.looksLikeHtml(new byte[0])).isFalse();
  }
}
