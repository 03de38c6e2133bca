package dev.winnow.classify;

import static dev.winnow.classify.ContextFixtures.PROSE1;
import static dev.winnow.classify.ContextFixtures.PROSE2;
import static dev.winnow.classify.ContextFixtures.clean;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The context pass's menu runs: short labels outside the article, tied to site vocabulary. */
class MenuRunTest {
  @Test
  void aMenuAboveTheArticleGoesWhenOneOfItsLabelsIsSiteVocabulary() {
    String menu = "The Valley Courier\nHome\nEditions\nPeople\nObituaries\nShop\n\n";
    String article = "Pool to close after cracks found\n\n" + PROSE1 + "\n" + PROSE2;
    assertThat(clean(menu + article)).isEqualTo(article);
  }

  @Test
  void aMenuBelowTheArticleGoesToo() {
    String article = "Pool to close after cracks found\n\n" + PROSE1 + "\n" + PROSE2;
    assertThat(clean(article + "\nAbout us\nCareers\nThe team\nPartners\nArchive\n")).isEqualTo(article);
  }

  @Test
  void aHeadlineRightUnderTheMenuStays() {
    // no blank line between the menu and the headline: the run's last line is the headline
    String in = "Home\nNews\nSport\nWeather\nPool closes\n" + PROSE1 + PROSE2;
    assertThat(clean(in)).isEqualTo("Pool closes\n" + PROSE1 + PROSE2);
  }

  @Test
  void shortLinesInsideTheStoryStay() {
    // an ingredient list and a packing list: inside the article, or with no site vocabulary
    String list = PROSE1 + "\nFlour\nButter\nSugar\nHome-made jam\n\n" + PROSE2;
    assertThat(clean(list)).isEqualTo(list);
    String packing = PROSE1 + "\n" + PROSE2 + "\nSunscreen\nWater bottle\nMap\nFirst-aid kit\n";
    assertThat(clean(packing)).isEqualTo(packing);
  }

  @Test
  void aBylineUnderTheMenuIsNotALabel() {
    String in = "Home\nNews\nSport\nWeather\n\nPool to close\nBy Anna Jones\nCouncil reporter\n\n" + PROSE1 + PROSE2;
    assertThat(clean(in)).isEqualTo("Pool to close\nBy Anna Jones\nCouncil reporter\n\n" + PROSE1 + PROSE2);
  }
}
