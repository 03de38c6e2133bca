package dev.winnow.classify;

import static dev.winnow.classify.ContextFixtures.PROSE1;
import static dev.winnow.classify.ContextFixtures.PROSE2;
import static dev.winnow.classify.ContextFixtures.clean;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A box of links to other stories whose headlines and heading are all questions. */
class QuestionRailsTest {
  private static final String RAIL = "Wondering what else is changing near you?\n"
      + "Will the Wicker arches finally get their lights back this spring?\n"
      + "Why are some of the city's bus lanes being repainted?\n"
      + "Who actually decides where the new car chargers go?\n";

  @Test
  void aBoxOfQuestionsUnderAQuestionGoesWhole() {
    assertThat(clean(PROSE1 + RAIL + PROSE2)).isEqualTo(PROSE1 + PROSE2);
    String de = "Noch Fragen?\nWem gehören eigentlich die Windräder vor Ihrem Fenster?\n"
        + "Kann eine Kleinstadt ihre Stadtwerke zurückkaufen?\n";
    assertThat(clean(PROSE1 + de + PROSE2)).isEqualTo(PROSE1 + PROSE2);
  }

  @Test
  void theArticlesOwnQuestionsStay() {
    // a list of questions the article asks, under a sentence that introduces it
    String asked = "We put four questions to the health ministry.\n"
        + "How many more ambulance trips will the closure mean?\n"
        + "Will the district get a night ambulance for women in labour?\n"
        + "Where will the twelve midwives work?\n";
    assertThat(clean(PROSE1 + asked + PROSE2)).isEqualTo(PROSE1 + asked + PROSE2);
    // a checklist of questions with its boxes
    String checklist = "Checkliste für die Heizsaison\n☐ Alle Heizkörper entlüftet?\n☐ Thermostate lassen sich frei drehen?\n"
        + "☐ Wasserdruck im grünen Bereich?\n";
    assertThat(clean(PROSE1 + checklist + PROSE2)).isEqualTo(PROSE1 + checklist + PROSE2);
    // an interview: every question has its answer under it
    String interview = "What changed?\nThe council stopped answering our letters in May, and we had to go to court.\n"
        + "Why now?\nBecause the pool closes on Friday.\n";
    assertThat(clean(PROSE1 + interview + PROSE2)).isEqualTo(PROSE1 + interview + PROSE2);
  }
}
