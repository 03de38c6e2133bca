package dev.winnow.classify;

import static dev.winnow.classify.ContextFixtures.PROSE1;
import static dev.winnow.classify.ContextFixtures.PROSE2;
import static dev.winnow.classify.ContextFixtures.clean;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A review's shop box (the product's name, the score, the best price, the buttons and the
 * specifications) goes with the button a rule names; a reporter's own price list and specifications
 * stay.
 */
class ShopBoxesTest {
  @Test
  void theBoxAroundAButtonGoes() {
    String box = "Norvik N7 (128GB)\nGadgetLoft score 4/5\nBest price today: £429 at Voltcart\nCompare prices\n"
        + "Key specs\nScreen: 6.4in OLED, 120Hz\nBattery: 4,800mAh\nWeight: 187g\n\n";
    assertThat(clean(PROSE1 + "\n" + box + PROSE2)).isEqualTo(PROSE1 + "\n" + PROSE2);
  }

  @Test
  void aGermanBoxWithAGradeGoes() {
    String box = "Hallmer Pods 3\nTestnote: 1,8 (gut)\nBestpreis: 139,90 €* bei Elektro Vogt\nZum Preisvergleich\n"
        + "Datenblatt\nAkkulaufzeit: bis 8 Std. (mit ANC)\nSchutzklasse: IP55\n\n";
    assertThat(clean(PROSE1 + "\n" + box + PROSE2)).isEqualTo(PROSE1 + "\n" + PROSE2);
  }

  @Test
  void specificationsUnderAShopListWithoutAHeadStay() {
    // the shop's list went by its own rules; the reviewer's specifications under it have no score
    // or price above the button, so they are the article's
    String specs = "Specs\nDrivers: 40mm dynamic\nBluetooth: 5.3, multipoint\nWeight: 254g\n\n";
    String in = PROSE1 + "\nView Deal\n" + specs + PROSE2;
    assertThat(clean(in)).isEqualTo(PROSE1 + "\n" + specs + PROSE2);
  }

  @Test
  void aReportersPriceListStays() {
    String list = "The same model was on sale for:\nKitbox: £329\nVoltcart: £349\nHuxley's: £469\n\n";
    assertThat(clean(PROSE1 + "\n" + list + PROSE2)).isEqualTo(PROSE1 + "\n" + list + PROSE2);
  }
}
