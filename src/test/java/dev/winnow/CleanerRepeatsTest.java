package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.document.Document;
import org.junit.jupiter.api.Test;

/** The built-in repeated-line rule: later copies of a line go, but not an item of the article's repeated blocks. */
class CleanerRepeatsTest {
  private static String clean(String text) {
    return Cleaner.builtin().clean(Document.of("t.txt", text)).text();
  }

  private static final String LEAD =
      "The Green Alliance took two seats from the Civic Party in Thursday's council by-elections, the returning officer said.\n\n";

  @Test
  void aResultLineInEachWardsBlockStays() {
    String wards = "Cathedral\nGreen Alliance gain from Civic Party\nEsme Whitlock-Yardley (Green Alliance) 1,018\n"
        + "Terence Adeyemi (Civic Party) 1,003\n\n"
        + "Nunnery\nGreen Alliance gain from Civic Party\nFarah Qureshi-Linton (Green Alliance) 1,122\n"
        + "Alan Buttery (Civic Party) 946\n";
    assertThat(clean(LEAD + wards)).isEqualTo(LEAD + wards);
  }

  @Test
  void aLineRepeatedBetweenParagraphsGoes() {
    String promo = "The Ledger's results service is updated every fifteen minutes\n";
    String in = LEAD + promo + "Turnout was 31 per cent in Cathedral ward and 28 per cent in Nunnery, slightly up on May.\n"
        + promo + "The council's new make-up will be confirmed at its meeting next week, a spokesman said.\n";
    assertThat(clean(in)).containsOnlyOnce("results service");
  }

  @Test
  void anEntryHeadingStaysWhenItsCopyWentWithTheListOfLatestEntries() {
    String metro = "El metro de Granada recupera el servicio en toda la línea\n";
    String health = "Sanidad refuerza las urgencias del hospital Clínico\n";
    String entries = "12:10\n" + metro
        + "La empresa concesionaria ha confirmado que los trenes circulan con normalidad tras revisar los túneles durante la mañana.\n\n"
        + "11:45\n" + health
        + "La consejería ha enviado a diez médicos más al hospital para atender a los heridos leves por caídas y cortes.\n";
    String in = "Terremoto en Granada, en directo | Un seísmo de magnitud 5,4 sacude la provincia\n\n"
        + "Lo último\n" + metro + health + "Actualizar\n\n" + entries;
    assertThat(clean(in)).isEqualTo("Terremoto en Granada, en directo | Un seísmo de magnitud 5,4 sacude la provincia\n\n" + entries);
  }
}
