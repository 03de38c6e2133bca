package dev.winnow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.winnow.document.Document;
import dev.winnow.rules.PackLoader;
import dev.winnow.rules.RulePack;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A block rule with end-max-words and no end marker takes its start line and the short list after it. */
class CleanerListBlockTest {
  private static final RulePack PACK =
      PackLoader.parse(
          "test",
          """
          pack: t
          rules:
            - id: list
              block:
                start: '^more on this topic$'
                end-max-words: 8
                max-lines: 10
          """);
  private static final Cleaner CLEANER = Cleaner.of(List.of(PACK));

  private static String clean(String text) {
    return CLEANER.clean(Document.of("t", text)).text();
  }

  @Test
  void aLiveEntrysTimeRightUnderTheHeadingEndsTheListButAClipsLengthDoesNot() {
    String entry = "10:30\nLa Aemet eleva el aviso a rojo en la Axarquía\n";
    assertEquals("Intro paragraph.\n" + entry + "Next paragraph.\n",
        clean("Intro paragraph.\nMore on this topic\n" + entry + "Next paragraph.\n"));
    // "1:42" over a clip's title: a list of videos with their lengths goes with its heading
    assertEquals("Intro paragraph.\nNext paragraph.\n",
        clean("Intro paragraph.\nMore on this topic\n1:42\nDrone footage shows flooding along Route 17\nNext paragraph.\n"));
  }

  @Test
  void aHeadingRightOverAParagraphIsNoListOfHeadlines() {
    String para = "The documentary follows three families through the winter of the flood, and airs at ten.\n";
    assertEquals("Intro paragraph.\nMore on this topic\n" + para, clean("Intro paragraph.\nMore on this topic\n" + para));
    // after a blank line, the heading alone is what is left of a list
    assertEquals("Intro paragraph.\n\n" + para, clean("Intro paragraph.\nMore on this topic\n\n" + para));
  }

  @Test
  void aPullQuoteUnderAHeadlineEndsTheList() {
    String quote = "«Si no llueve en diciembre, no sembraremos»\n";
    String in = "Intro paragraph.\nMore on this topic\nMetro line B: operator faces legal action\n" + quote + "Next paragraph.\n";
    assertEquals("Intro paragraph.\n" + quote + "Next paragraph.\n", clean(in));
  }

  @Test
  void aWordAloneOverASentenceEndsTheList() {
    // a forecast's day over its paragraph, right after the list: no headline is one word
    String para = "Overnight the temperature drops to minus four.\n";
    String in = "Intro paragraph.\nMore on this topic\nMetro line B: operator faces legal action\n"
        + "Saturday\n" + para;
    assertEquals("Intro paragraph.\nSaturday\n" + para, clean(in));
  }

  @Test
  void aLiveEntrysTimeEndsTheList() {
    // a live page's next entry, its time and heading, right after the list's last headline
    String entry = "11:40\nStrike committee: \"We will not call it off\"\n"
        + "The committee's spokesman said the stoppages would go on on Thursday and Friday.\n";
    String in = "Intro paragraph.\nMore on this topic\nMetro line B: operator faces legal action\n" + entry;
    assertEquals("Intro paragraph.\n" + entry, clean(in));
    // a French page writes the hour with spaces round its "h"
    String fr = "18 h 20\nLes écoles fermées lundi\nLe rectorat annonce la fermeture des écoles de Sommières et de Villevieille lundi.\n";
    String list = "Intro paragraph.\nMore on this topic\nMetro line B: operator faces legal action\n";
    assertEquals("Intro paragraph.\n" + fr, clean(list + fr));
  }

  @Test
  void aSubheadingThatTheNextParagraphRepeatsEndsTheList() {
    String para = "It is the fourth major incident since the autumn, the transport authority said on Monday.\n";
    String in = "Intro paragraph.\nMore on this topic\nMetro line B: operator faces legal action\n"
        + "Fourth major incident since autumn\n" + para;
    assertEquals("Intro paragraph.\nFourth major incident since autumn\n" + para, clean(in));
  }

  @Test
  void aSecondHeadlineRightAboveTheNextParagraphStillGoes() {
    String para = "The council will vote on the budget next week after a long debate, officials said.\n";
    String in = "Intro paragraph.\nMore on this topic\nMetro line B: operator faces legal action\n"
        + "Tram drivers announce strike for Friday\n" + para;
    assertEquals("Intro paragraph.\n" + para, clean(in));
  }

  @Test
  void takesTheShortLinesAfterTheStartAndStopsAtProse() {
    String in = "Intro paragraph.\nMore on this topic\n- First linked headline\n\n- Second linked headline\n"
        + "The article goes on with a sentence.\nEnd.\n";
    assertEquals("Intro paragraph.\nThe article goes on with a sentence.\nEnd.\n", clean(in));
  }

  @Test
  void aSubheadingAfterATightListIsTheArticlesOwn() {
    // the list follows its heading directly; after the blank line, a short line without the
    // list's bullet is the article's next subheading (a blind held-out set lost four of these)
    String in = "Intro paragraph.\nMore on this topic\nFirst linked headline\nSecond linked headline\n\n"
        + "A long campaign\n\nThe article goes on with a sentence.\n";
    assertEquals("Intro paragraph.\n\nA long campaign\n\nThe article goes on with a sentence.\n", clean(in));
  }

  @Test
  void anOpeningQuotationMarkIsNoBullet() {
    // headlines that open with a name in quotation marks; after the blank line, the article's
    // next result line opens with one too, and is no item of the list
    String in = "Intro paragraph.\nMore on this topic\n\"Harbour\" sacks its coach\n\"Ashby\" signs a keeper\n\n"
        + "\"Westmoor\" - \"Dunmore\" - 4:2\nThe article goes on with a sentence.\n";
    assertEquals("Intro paragraph.\n\n\"Westmoor\" - \"Dunmore\" - 4:2\nThe article goes on with a sentence.\n", clean(in));
  }

  @Test
  void aHeadingThatIsAnItemOfAnIntroducedListStartsNoList() {
    // "More on this topic" is the second item of the list the sentence introduces
    String in = "The new app has three kinds of alerts, which readers can switch on one by one:\n"
        + "Breaking news only\nMore on this topic\nEverything\n"
        + "The first reviews were mixed, and the rating rose to 4.6 after the update in March.\n";
    assertEquals(in, clean(in));
    // under a paragraph, set apart, it heads a list
    assertEquals("Intro paragraph.\n", clean("Intro paragraph.\n\nMore on this topic\nFirst linked headline\nSecond linked headline\n"));
  }

  @Test
  void stopsAtALongLineEvenWithoutAFullStop() {
    String in = "Intro.\nMore on this topic\nHeadline one\n"
        + "a long line of text that has many more words than the limit allows for a headline\nEnd.\n";
    assertEquals("Intro.\na long line of text that has many more words than the limit allows for a headline\nEnd.\n",
        clean(in));
  }

  @Test
  void aStartWithNoListAfterItGoesAloneOnlyApartFromTheText() {
    // right over a sentence it heads that sentence (until the seventeenth session it went alone)
    assertEquals("Intro.\nMore on this topic\nThe end of it.\n", clean("Intro.\nMore on this topic\nThe end of it.\n"));
    assertEquals("Intro.\n", clean("Intro.\nMore on this topic\n"));
  }

  @Test
  void recognisesSentenceEnds() {
    assertTrue(Cleaner.endsSentence("He left.\""));
    assertTrue(Cleaner.endsSentence("Summary:"));
    assertTrue(Cleaner.endsSentence("« Fin. »"));
    assertFalse(Cleaner.endsSentence("Can a pig kidney last a year?"));
    assertFalse(Cleaner.endsSentence("Kremlin Says Talks 'Not on the Agenda'"));
  }
}
