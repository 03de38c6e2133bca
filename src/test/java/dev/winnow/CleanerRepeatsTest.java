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

  @Test
  void keyEventsThatGiveEachEntrysTimeAndHeadingGoAndTheEntriesKeepTheirTimes() {
    String entries = "02:31\n\nWrexford: Civic Alliance one seat short of a majority\n\n"
        + "With 61 of 70 seats declared, Civic Alliance has 35 councillors, one short of the 36 needed for control.\n\n"
        + "Advertisement\n\n"
        + "01:55\n\nTurnout in Aldmoor falls below 30%\n\n"
        + "Aldmoor District has published a turnout of 29.4%, down from 34.1% four years ago, officials said.\n";
    String head = "County council elections live: Civic Alliance on course to take Wrexford\n\n";
    String in = head + "Key events\n\n02:31 Wrexford: Civic Alliance one seat short of a majority\n\n"
        + "01:55 Turnout in Aldmoor falls below 30%\n\nShow key events only\n\n" + entries;
    assertThat(clean(in)).isEqualTo(head + entries.replace("Advertisement\n\n", ""));
    // a French page's times with an "h", and a heading shorter than a repeated line's least
    String fr = "Grève du contrôle aérien : suivez la journée en direct\n\nLes moments clés\n\n13h40 – Vols annulés à Nice\n\n"
        + "13h40\n\nVols annulés à Nice\n\nPrès d'un vol sur deux a été annulé cet après-midi à l'aéroport de Nice, selon la direction.\n";
    assertThat(clean(fr)).doesNotContain("13h40 – Vols").doesNotContain("Les moments clés").contains("13h40\n\nVols annulés à Nice\n");
    // a timeline of the story's own, with no entries under it, stays whole
    String timeline = head + "How the night unfolded\n02:31 Wrexford declares its last ward\n01:55 Aldmoor publishes its turnout\n\n"
        + "With 61 of 70 seats declared, Civic Alliance has 35 councillors, one short of the 36 needed for control.\n";
    assertThat(clean(timeline)).isEqualTo(timeline);
  }
}
