package dev.winnow.classify;

import static dev.winnow.classify.ContextFixtures.PROSE1;
import static dev.winnow.classify.ContextFixtures.PROSE2;
import static dev.winnow.classify.ContextFixtures.clean;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A consent notice worded in the site's own way, with its row of buttons right under it. */
class ConsentBoxesTest {
  @Test
  void aNoticeInDialectWithItsButtonsGoes() {
    String in = PROSE1 + "Servus! Ohne Cookies lauft bei uns fast nix. Mia nehman de für Statistik und Werbung – basst des für di?\n"
        + "Basst scho   |   I mog selber auswähln\n" + PROSE2;
    assertThat(clean(in)).isEqualTo(PROSE1 + PROSE2);
  }

  @Test
  void buttonsUnderAPlaceholderTheRulesRemovedGo() {
    String in = PROSE1 + "This content is blocked because you have not accepted the cookies of YouTube.\n"
        + "Fine, load it   ·   Not now\n" + PROSE2;
    assertThat(clean(in)).isEqualTo(PROSE1 + PROSE2);
  }

  @Test
  void theTitleOverAnEmbedsConsentBoxAndTheButtonUnderItGo() {
    String box = "This article includes content hosted on an external video platform. We ask for your permission first, as the provider may set cookies. To view it, click 'Allow and continue'.\n"
        + "Allow and continue\n";
    assertThat(clean(PROSE1 + "\nVideo player content\n" + box + "\n" + PROSE2)).isEqualTo(PROSE1 + "\n" + PROSE2);
    String es = "Este contenido de video no está disponible porque no has aceptado las cookies de terceros.\n"
        + "Aceptar cookies y ver el tráiler\nConfigurar preferencias\n";
    assertThat(clean(PROSE1 + "\n" + es + "\n" + PROSE2)).isEqualTo(PROSE1 + "\n" + PROSE2);
  }

  @Test
  void aSubheadingOverAnEmbedsConsentBoxStays() {
    // it names what the video shows, in more words than a player's title has
    String box = "This article includes content hosted on an external video platform. We ask for your permission first, as the provider may set cookies. To view it, click 'Allow and continue'.\n"
        + "Allow and continue\n";
    assertThat(clean(PROSE1 + "\nThe moment the bridge gave way\n" + box + "\n" + PROSE2))
        .contains("The moment the bridge gave way").doesNotContain("Allow and continue");
    assertThat(clean(PROSE1 + "\nVideo of the moment the bridge gave way\n" + box + "\n" + PROSE2))
        .contains("Video of the moment the bridge gave way");
  }

  @Test
  void aBannerThatTheArticleIntroducesStays() {
    String in = PROSE1 + "The new banner, the regulator said, reads as follows:\n"
        + "We use essential cookies to make our site work. With your consent, we'd also like to use analytics cookies.\n"
        + "Accept all    Reject all    Settings\n\n" + PROSE2;
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void aRowOfFiguresOrSentencesIsNoRowOfButtons() {
    assertThat(ConsentBoxes.isButtonRow("Basst scho   |   I mog selber auswähln")).isTrue();
    assertThat(ConsentBoxes.isButtonRow("Min. 64' | Cambio en el Villaserena")).isFalse();
    assertThat(ConsentBoxes.isButtonRow("The council agreed.   The mayor left.")).isFalse();
    assertThat(ConsentBoxes.isButtonRow("Accept")).isFalse();
  }
}
