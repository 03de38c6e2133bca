package dev.winnow.classify;

import static dev.winnow.classify.ContextFixtures.PROSE1;
import static dev.winnow.classify.ContextFixtures.PROSE2;
import static dev.winnow.classify.ContextFixtures.clean;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rows of links a crude scraper glued together go; sentences and identifiers stay. */
class GluedRowsTest {
  @Test
  void gluedMenusAreRecognised() {
    assertThat(GluedRows.isGlued("NewsSportWhat's OnPropertyJobsObituariesPuzzles")).isTrue();
    assertThat(GluedRows.isGlued("ГлавнаяНовостиОбществоЭкономикаПроисшествияСпорт")).isTrue();
    assertThat(GluedRows.isGlued("ImpressumDatenschutzAGBKontaktMediadatenAbo kündigen")).isTrue();
    assertThat(GluedRows.isGlued("Shrewsbury NewsTelford NewsMid WalesCourtsPolitics")).isTrue();
  }

  @Test
  void sentencesBrandsAndIdentifiersAreNot() {
    assertThat(GluedRows.isGlued("The iPhone maker and McDonald's both reported results on Tuesday")).isFalse();
    assertThat(GluedRows.isGlued("Values specified by glPixelMapusv and glPixelMapuiv and glEnd")).isFalse();
    assertThat(GluedRows.isGlued("Read moreFrankwell traders say the floods cost them a month")).isFalse();
    assertThat(GluedRows.isGlued("YouTube, LinkedIn and PayPal")).isFalse();
  }

  @Test
  void hashtagsAndHandlesAreNot() {
    assertThat(GluedRows.isGlued("#OneLastWelshCake")).isFalse();
    assertThat(GluedRows.isGlued("@RadioValleysFanClub #SaveTheOldPier")).isFalse();
  }

  @Test
  void aGluedMenuAboveTheArticleGoes() {
    String in = "NewsSportWhat's OnPropertyJobsObituariesPuzzles\n\n" + PROSE1 + PROSE2;
    assertThat(clean(in)).isEqualTo(PROSE1 + PROSE2);
  }
}
