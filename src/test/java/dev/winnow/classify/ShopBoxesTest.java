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
  void aShoppingPickWithItsHeadingGoesWhateverItsPricesLookLike() {
    // "£64.99" reads like a time, which no longer ends the box upwards as a dateline would
    String en = "SHOP THE KIT\nEnamelled cast-iron roasting dish, 34cm – £64.99 at Kitchenhaus\n"
        + "Instant-read digital meat thermometer – £18.50 at The Cookshed\nSee all deals\n\n";
    assertThat(clean(PROSE1 + "\n" + en + PROSE2)).isEqualTo(PROSE1 + "\n" + PROSE2);
    // a price line names the product, its size and the shop in more words than a specification
    String fr = "Notre sélection pour se lancer\nMélange de graines de fleurs sauvages locales, 500 g – 18,90 € chez Graines & Sillons\n"
        + "Faux à main en acier trempé – 64 € chez Outils du Bocage\nVoir l'offre\n\n";
    assertThat(clean(PROSE1 + "\n" + fr + PROSE2)).isEqualTo(PROSE1 + "\n" + PROSE2);
  }

  @Test
  void theArticlesNumberedSubheadingUnderTheButtonStays() {
    String ru = "Большинство моделей просто возят по полу мокрую тряпку, и это скорее освежает, чем моет пол.\n"
        + "Цена дня: робот-пылесос Aurix S9 со станцией — 24 990 ₽ в «Техномаркете»\nСмотреть предложение\n"
        + "5. Высота корпуса\nЕсли под диваном остаётся зазор меньше десяти сантиметров, выбирайте модель пониже.\n";
    assertThat(clean(ru)).contains("5. Высота корпуса").doesNotContain("Смотреть предложение", "Цена дня");
  }

  @Test
  void aReportersPriceListStays() {
    String list = "The same model was on sale for:\nKitbox: £329\nVoltcart: £349\nHuxley's: £469\n\n";
    assertThat(clean(PROSE1 + "\n" + list + PROSE2)).isEqualTo(PROSE1 + "\n" + list + PROSE2);
  }
}
