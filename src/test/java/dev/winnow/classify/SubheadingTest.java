package dev.winnow.classify;

import static dev.winnow.classify.ContextFixtures.PROSE1;
import static dev.winnow.classify.ContextFixtures.clean;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A short line that the paragraph right below it repeats is that paragraph's subheading. */
class SubheadingTest {
  @Test
  void aSubheadingThatNamesFurnitureStaysAboveItsParagraph() {
    String in = PROSE1 + "Kostenlose Newsletter als Einstieg\n"
        + "Eine wichtige Rolle spielen demnach kostenlose Newsletter, die viele Verlage morgens verschicken.\n";
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void aPromptAboveFurnitureStillGoes() {
    // the paragraph below is an appeal, which goes: the heading above it goes with it
    String in = PROSE1 + "Support independent journalism\n"
        + "Independent journalism needs your support. Please give monthly, every contribution helps us.\n";
    assertThat(clean(in)).isEqualTo(PROSE1);
  }

  @Test
  void aPromptAboveUnrelatedNewsStillGoes() {
    String in = PROSE1 + "Sign up for our newsletter\n"
        + "Residents said they would campaign to keep the pool open until a new one is built next year.\n";
    assertThat(clean(in)).isEqualTo(PROSE1
        + "Residents said they would campaign to keep the pool open until a new one is built next year.\n");
  }

  @Test
  void aSubheadingWithOneLongWordThatTheParagraphOpensWithEndsARelatedList() {
    String es = "Las inspecciones detectaron irregularidades en 53 residencias de mayores de la provincia este año.\n\n"
        + "Noticias relacionadas\n"
        + "La Junta promete 300 nuevas plazas públicas en residencias antes de 2027\n"
        + "Lo que dice la Consejería\n"
        + "La Consejería de Bienestar Social asegura que en 41 de los 53 casos las empresas corrigieron los fallos.\n";
    assertThat(clean(es)).contains("Lo que dice la Consejería\n").doesNotContain("Noticias relacionadas");
  }

  @Test
  void aPicturesCreditIsNoSubheadingThoughTheParagraphNamesItsSource() {
    String in = "Der Maschinenbauer hat am Montag angekündigt, sein Werk in Reutlingen bis zum Jahresende deutlich zu verkleinern.\n"
        + "Montagehalle im Stammwerk Reutlingen: Hier sollen rund 450 Arbeitsplätze wegfallen.\n"
        + "Foto: Kessler & Brandt GmbH\n"
        + "Kessler & Brandt will in Reutlingen rund 450 Stellen streichen, teilte das Unternehmen am Montag mit.\n";
    assertThat(clean(in)).doesNotContain("Foto: Kessler").contains("teilte das Unternehmen");
  }
}
