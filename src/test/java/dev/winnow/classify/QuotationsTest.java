package dev.winnow.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.document.Document;
import org.junit.jupiter.api.Test;

/** Quotations embedded in sentences: the article quoting furniture, which rules leave alone. */
class QuotationsTest {
  private static boolean embeds(String line, String match) {
    int at = line.indexOf(match);
    return Quotations.embeds(line, at, at + match.length());
  }

  @Test
  void aMatchInsideAQuotationInASentenceIsEmbedded() {
    String line = "Readers saw a button marked \"Subscribe now for £1 a week\" at the foot of every page.";
    assertThat(embeds(line, "Subscribe now")).isTrue();
    assertThat(embeds("Закон требует пометки «ДАННОЕ СООБЩЕНИЕ СОЗДАНО ИНОСТРАННЫМ АГЕНТОМ» в начале материала.",
        "ИНОСТРАННЫМ АГЕНТОМ")).isTrue();
    assertThat(embeds("Die Behörde kritisierte den Knopf „Alle akzeptieren“ auf der Startseite scharf.",
        "Alle akzeptieren")).isTrue();
  }

  @Test
  void aQuotedLabelIsNoQuotedSentence() {
    // furniture quotes its own buttons; an article quotes the sentences of the furniture it reports
    String label = "You can change your mind at any time from the \"Privacy choices\" link at the foot of every page.";
    int at = label.indexOf("Privacy choices");
    assertThat(Quotations.embeds(label, at, at + 15)).isTrue();
    assertThat(Quotations.embeds(label, at, at + 15, 6)).isFalse();
    String sentence = "Darüber stand der Satz: „Wir verwenden Cookies, um Ihnen das beste Einkaufserlebnis zu bieten.“";
    at = sentence.indexOf("Cookies");
    assertThat(Quotations.embeds(sentence, at, at + 7, 6)).isTrue();
  }

  @Test
  void aTypographicOpeningMarkMayCloseWithAStraightOne() {
    // typed on a keyboard that changes only the opening mark: „…" and “…"
    String line = "Auf der Startseite erschien ein Banner mit dem Satz: „Wir verwenden Cookies, um Ihnen das beste Einkaufserlebnis zu bieten.\" Darunter standen drei Schaltflächen.";
    assertThat(embeds(line, "Wir verwenden Cookies")).isTrue();
    assertThat(embeds("The banner read “We use cookies to improve your experience\" in large letters.", "We use cookies")).isTrue();
    assertThat(embeds("„Wir verwenden Cookies\"", "Wir verwenden Cookies")).isFalse();
  }

  @Test
  void aMatchOutsideOrAcrossTheQuotationIsNot() {
    String cookie = "By clicking “Accept all cookies”, you agree to the storing of cookies on your device.";
    assertThat(embeds(cookie, "you agree to the storing of cookies")).isFalse();
    assertThat(embeds("Sign up for \"The Morning\" newsletter", "Sign up for")).isFalse();
    assertThat(embeds("Readers saw \"Register for free\" and an email box.", "Register for free\" and an email"))
        .isFalse();
  }

  @Test
  void aShortLabelAroundAQuotationIsNotASentence() {
    assertThat(embeds("Click “Accept all”", "Accept all")).isFalse();
  }

  @Test
  void theCleanerKeepsSentencesThatQuoteFurniture() {
    String story = "The Herald is dropping its paywall after five years, the publisher said on Monday.\n"
        + "Under the old system, readers who reached their limit saw a grey box reading \"You have read 5 of "
        + "5 free articles this month\", followed by a button marked \"Subscribe now for £1 a week\".\n"
        + "The group will keep a hard paywall on some premium content, which will continue to carry a "
        + "\"Subscribers only\" label.\n";
    assertThat(Cleaner.builtin().clean(Document.of("t.txt", story)).text()).isEqualTo(story);
  }

  @Test
  void aNameInQuotationMarksIsNoSpeech() {
    assertThat(Quotations.quotesSpeech("Кирилл Ветров на репетиции спектакля «Лес»")).isFalse();
    assertThat(Quotations.quotesSpeech("The crew of the \"Sea Star\" on the quay")).isFalse();
    assertThat(Quotations.quotesSpeech("No marks at all")).isFalse();
  }

  @Test
  void aQuotedSentenceOrAnOpenQuotationIsSpeech() {
    assertThat(Quotations.quotesSpeech("He said: “We will not close the pool this year”")).isTrue();
    assertThat(Quotations.quotesSpeech("«Мы не закроем бассейн в этом году», — сказал он")).isTrue();
    assertThat(Quotations.quotesSpeech("“We will not close")).isTrue();
  }

  @Test
  void aQuotationAttributedRightAfterItIsEmbeddedThoughFewWordsReportIt() {
    String es = "«Queridos lectores: gracias a vosotros, este diario no depende de nadie», empezaba el texto.";
    int at = es.indexOf("Queridos");
    assertThat(Quotations.embeds(es, at, at + "Queridos lectores".length())).isTrue();
    String en = "“Please support us today,” she wrote.";
    at = en.indexOf("support");
    assertThat(Quotations.embeds(en, at, at + "support us".length())).isTrue();
    // a button after the quotation attributes nothing, and two words are too few without it
    String label = "«Support local news», Donate Now";
    at = label.indexOf("Support");
    assertThat(Quotations.embeds(label, at, at + "Support local".length())).isFalse();
  }
}
