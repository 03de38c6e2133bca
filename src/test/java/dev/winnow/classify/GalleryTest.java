package dev.winnow.classify;

import static dev.winnow.classify.ContextFixtures.PROSE1;
import static dev.winnow.classify.ContextFixtures.PROSE2;
import static dev.winnow.classify.ContextFixtures.clean;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A gallery's pictures between paragraphs: their numbered positions, captions and credits. */
class GalleryTest {
  private static final String PROSE3 =
      "Crews worked through the night to clear the ash from the runway and the taxiways, officials said.\n";

  @Test
  void numberedPicturesGoWithTheirCaptionsAndCredits() {
    String in = PROSE1 + "\n1/6\nLava fountains rise from the south-east crater, seen from the village\n"
        + "Photograph: Salvo Carnemolla/Meridiana Images\n\n" + PROSE2 + "\n2/6\n"
        + "Passengers queue at an information desk after all flights were suspended\n"
        + "Photograph: Anna Vitale/Southern Photo Exchange\n\n" + PROSE3;
    assertThat(clean(in)).isEqualTo(PROSE1 + "\n" + PROSE2 + "\n" + PROSE3);
  }

  @Test
  void positionsInOtherLanguagesAndBelowTheCredit() {
    String es = PROSE1 + "\nVecinos observan la columna de humo desde la plaza del pueblo, el jueves\n"
        + "Foto: Jesús Prieto / Agencia Sur\n1 de 12\n\n" + PROSE2 + "\n"
        + "Un bombero forestal descansa junto a un cortafuegos tras una noche de trabajo\n"
        + "Foto: Marta Gil / Agencia Sur\n2 de 12\n\n" + PROSE3;
    assertThat(clean(es)).isEqualTo(PROSE1 + "\n" + PROSE2 + "\n" + PROSE3);
  }

  @Test
  void aRussianGalleryPutsTheCreditAboveTheCaption() {
    String in = PROSE1 + "\nФото 1/5\nФото: © Ирина Шалимова\nСтолб пепла над Ключевской сопкой утром 3 ноября\n\n"
        + PROSE2 + "\nФото 2/5\nФото: читатель «Полдня»\nУлица Школьная в посёлке Ключи после пеплопада\n\n" + PROSE3;
    assertThat(clean(in)).isEqualTo(PROSE1 + "\n" + PROSE2 + "\n" + PROSE3);
  }

  @Test
  void oneFractionOrNumbersThatDoNotRiseStay() {
    // one line is a score or a share as well as a position
    String one = PROSE1 + "\n1/6\n\n" + PROSE2;
    assertThat(clean(one)).isEqualTo(one);
    // the same count twice, or a number above the size, numbers no gallery
    String twice = PROSE1 + "\n2/6\n\n" + PROSE2 + "\n2/6\n\n" + PROSE3;
    assertThat(clean(twice)).isEqualTo(twice);
    String above = PROSE1 + "\n3/2\n\n" + PROSE2 + "\n5/2\n\n" + PROSE3;
    assertThat(clean(above)).isEqualTo(above);
  }
}
