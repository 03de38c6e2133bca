package dev.winnow.classify;

import static dev.winnow.classify.ContextFixtures.PROSE1;
import static dev.winnow.classify.ContextFixtures.PROSE2;
import static dev.winnow.classify.ContextFixtures.clean;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The context pass's rows of tags without a label at the foot of the page. */
class TagRowTest {
  private static final String FOOTER = "Impressum | Datenschutz | AGB | Kontakt\n";

  @Test
  void aRowOfTagsAboveTheFooterGoes() {
    String in = PROSE1 + PROSE2 + "\nReyes Magos  Navidad 2025  Cortes de tráfico\n" + FOOTER;
    assertThat(clean(in)).isEqualTo(PROSE1 + PROSE2);
  }

  @Test
  void aRowSplitByCommasGoesToo() {
    String in = PROSE1 + PROSE2 + "Marlow County, Courts, Marlow Unified School District, Transportation\n" + FOOTER;
    assertThat(clean(in)).isEqualTo(PROSE1 + PROSE2);
  }

  @Test
  void aRowWithTagsInSmallLettersAfterTheFirstGoesWhenBulletsOrWideSpacesSplitIt() {
    String in = PROSE1 + PROSE2 + "\nБанк России · ключевая ставка · инфляция · кредиты\n" + FOOTER;
    assertThat(clean(in)).isEqualTo(PROSE1 + PROSE2);
    String wide = PROSE1 + PROSE2 + "\nПермь  трамвай  общественный транспорт  мэрия\n" + FOOTER;
    assertThat(clean(wide)).isEqualTo(PROSE1 + PROSE2);
  }

  @Test
  void theRestOfARailWhoseHeadingAndFirstHeadlineWentGoesToo() {
    String rail = "Читайте по теме\nАкции нефтяников выросли на ожиданиях дивидендов\n"
        + "Минфин предложил изменить налог на добычу нефти\nКакие компании заплатят дивиденды до Нового года\n";
    assertThat(clean(PROSE1 + PROSE2 + "\n" + rail + FOOTER)).isEqualTo(PROSE1 + PROSE2);
    // the print edition's date at the foot is the article's, and so is a ranked list's item
    String dated = PROSE1 + PROSE2 + "\nErschienen in der Printausgabe vom 9. Oktober 2025\n";
    assertThat(clean(dated + FOOTER)).isEqualTo(dated);
  }

  @Test
  void aListInsideTheStoryStays() {
    // above the story's last sentence: the story's own list
    String in = PROSE1 + "Madrid  Barcelona  Valencia  Sevilla\n" + PROSE2 + FOOTER;
    assertThat(clean(in)).isEqualTo(PROSE1 + "Madrid  Barcelona  Valencia  Sevilla\n" + PROSE2);
  }

  @Test
  void aRowAfterTheLastSentenceWithNoFurnitureBesideItStays() {
    String in = PROSE1 + PROSE2 + "\nMadrid  Barcelona  Valencia  Sevilla\n";
    assertThat(clean(in)).isEqualTo(in);
  }
}
