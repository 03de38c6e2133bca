package dev.winnow.classify;

import static dev.winnow.classify.ContextFixtures.PROSE1;
import static dev.winnow.classify.ContextFixtures.PROSE2;
import static dev.winnow.classify.ContextFixtures.clean;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The context pass's pictures whose credit is only a name: the caption and the name go together. */
class BareCreditTest {
  private static final String ES1 =
      "El Ayuntamiento aprobó el jueves la cesión de una parcela de 6.000 metros cuadrados para la residencia.\n";
  private static final String ES2 =
      "Las obras comenzarán en otoño y el centro tendrá 120 plazas públicas, según el consistorio.\n";

  @Test
  void aCaptionAndABareNameBetweenParagraphsGo() {
    String in = ES1 + "\nBloque de viviendas en el barrio de Lagunillas, en el centro de Málaga.\nÁlvaro Cortés\n\n" + ES2;
    assertThat(clean(in)).isEqualTo(ES1 + "\n" + ES2);
  }

  @Test
  void anAgencyAndANameWithoutSpacesOrInBracketsAreCredits() {
    String caption = "\nUn vecino llena garrafas en una fuente pública de Vélez-Málaga, el pasado martes.\n";
    for (String credit : new String[] {"AIN/Martín Alonso", "LODESTAR/Mihai Toma", "ARMEN HAKOBYAN (AIN)"}) {
      assertThat(clean(ES1 + caption + credit + "\n\n" + ES2)).as(credit).isEqualTo(ES1 + "\n" + ES2);
    }
  }

  @Test
  void anOutletWithDigitsAndALeadPictureUnderTheDatelineAreCredits() {
    String caption = "\nUn vecino llena garrafas en una fuente pública de Vélez-Málaga, el pasado martes.\n";
    assertThat(clean(ES1 + caption + "C7 NEWS / Daniel Ortiz\n\n" + ES2)).isEqualTo(ES1 + "\n" + ES2);
    // the lead picture, under the dateline and a share row
    String head = "Un telescopio de La Palma detecta vapor de agua en un planeta lejano\nLucía Barrientos\n"
        + "Santa Cruz de La Palma - 19 nov 2024 - 05:30 CET\nCompartir en Whatsapp  Compartir en Facebook  Copiar enlace\n\n";
    String in = head + "Recreación artística del planeta K2-Tenerife b orbitando su estrella, una enana roja.\nICO / Sergio Amador\n\n"
        + ES1 + ES2;
    assertThat(clean(in)).doesNotContain("ICO / Sergio Amador").doesNotContain("Recreación artística").contains("Lucía Barrientos");
    // a photographer "for" the outlet is as sure a credit as one with an agency
    String forOutlet = head + "Recreación artística del planeta K2-Tenerife b orbitando su estrella, una enana roja.\n"
        + "Sergio Amador para La Gaceta Insular\n\n" + ES1 + ES2;
    assertThat(clean(forOutlet)).doesNotContain("Sergio Amador para").doesNotContain("Recreación artística").contains("Lucía Barrientos");
  }

  @Test
  void theLeadPictureSetApartUnderTheDatelineHasABareNameForItsCredit() {
    String head = "El alquiler en Málaga sube un 13% en un año\nLucía Ortega Barrio\nMálaga\n"
        + "Actualizado: 17 may 2024 - 10:20 CEST\n";
    String picture = "Edificios de viviendas en el barrio de El Perchel, uno de los que más han encarecido sus alquileres.\n"
        + "Andrés Molina\n\n";
    // under a share row, which the rules removed, or a blank line: the picture's block
    assertThat(clean(head + "Compartir en WhatsApp  Compartir en Facebook  Compartir en X\n" + picture + ES1 + ES2))
        .isEqualTo(head + "\n" + ES1 + ES2);
    assertThat(clean(head + "\n" + picture + ES1 + ES2)).isEqualTo(head + "\n" + ES1 + ES2);
    // right under the dateline, the line may be the standfirst over its writer's name
    assertThat(clean(head + picture + ES1 + ES2)).contains("Edificios de viviendas", "Andrés Molina");
  }

  @Test
  void aStampWithItsUpdateIsTheHeaderOverTheLeadPicture() {
    // fifteen words, two dates: "Publié le …, mis à jour le …" is a time stamp, not a sentence
    String head = "Lyon : les transports en commun deviendront gratuits pour les moins de 18 ans\nPar Claire Vasseur\n"
        + "Publié le 24 juin 2025 à 19h12, mis à jour le 25 juin 2025 à 08h40\n";
    String picture = "\nUn tramway de la ligne T1 franchit le Rhône, à Lyon, en mai 2025.\nMARION ACHARD\n\n";
    String body = "Les Lyonnais de moins de 18 ans pourront emprunter gratuitement les bus et les tramways dès la rentrée.\n"
        + "Environ 270 000 jeunes sont concernés, selon la métropole, qui a voté la mesure lundi soir.\n";
    assertThat(clean(head + picture + body)).isEqualTo(head + "\n" + body);
  }

  @Test
  void aStampOfTwoDatesIsADatelineAndASentenceThatOpensLikeOneIsNot() {
    String text = "Publié le 24 juin 2025 à 19h12, mis à jour le 25 juin 2025 à 08h40\n"
        + "Publié le 24 juin 2025, le rapport a été mis à jour le 25 juin 2025 après la réunion du conseil.\n"
        + "Published in 2019, the report found that 40 per cent of the 2,000 homes surveyed had damp\n"
        + "Updated 25 June 2025\n";
    dev.winnow.document.Document doc = dev.winnow.document.Document.of("t.txt", text);
    LineFacts facts = new LineFacts(doc);
    assertThat(PageLines.isDateline(doc, facts, 0)).isTrue();
    assertThat(PageLines.isDateline(doc, facts, 1)).isFalse(); // ends like a sentence
    assertThat(PageLines.isDateline(doc, facts, 2)).isFalse(); // one date, no update
    assertThat(PageLines.isDateline(doc, facts, 3)).isTrue();
  }

  @Test
  void onAPageWithoutBlankLinesTheLeadPictureUnderTheDatelineGoes() {
    String head = "El aceite de oliva baja de los 5 euros en origen\nLa caída se debe a una cosecha récord\nLucía Barrionuevo\n"
        + "Actualizado: 22/11/2024 - 08:45h\nCompartir en Facebook    Compartir en X    Enviar por WhatsApp\n";
    String picture = "Recogida de aceituna en un olivar de la provincia de Jaén.\nRafael Cuadrado\n";
    assertThat(clean(head + picture + ES1 + ES2)).doesNotContain("Recogida de aceituna", "Rafael Cuadrado")
        .contains("Lucía Barrionuevo", "La caída se debe");
    // a standfirst over its writer's name, with the headline above it, is the header itself
    String standfirst = "El aceite de oliva baja de los 5 euros en origen\nLa caída del precio se debe a una cosecha récord en Jaén.\n"
        + "Rafael Cuadrado\n";
    assertThat(clean(standfirst + ES1 + ES2)).contains("La caída del precio", "Rafael Cuadrado");
  }

  @Test
  void aLeadPictureSetApartWithABlankLineUnderItsCreditNeedsNoFullStop() {
    String head = "Five community libraries could be run by volunteers\nBy Harriet Mellor, Local Democracy Reporter\n"
        + "Published 14:32, Tuesday 11 March 2025\nShare on Facebook · Share on X · Share on WhatsApp · Copy link\n";
    String picture = "\nFirth Park Library, one of five branches named in the consultation document\nDean Asquith\n\n";
    String body = "Five of Sheffield's community libraries would be handed to volunteer groups under proposals published on Monday.\n\n"
        + "The council said the change would save about £400,000 a year, and that no branch would close.\n";
    assertThat(clean(head + picture + body)).doesNotContain("Firth Park Library", "Dean Asquith").contains("Harriet Mellor");
    // right under the dateline, without the share row between, the line may be the standfirst
    String plain = "Five community libraries could be run by volunteers\nBy Harriet Mellor\nPublished 14:32, Tuesday 11 March 2025\n";
    assertThat(clean(plain + "Firth Park Library, one of five branches named in the consultation document\nDean Asquith\n\n" + body))
        .contains("Firth Park Library", "Dean Asquith");
  }

  @Test
  void anOutletInGuillemetsAnAgencyAfterADashAndInitialsAreCredits() {
    String caption = "\nUn vecino llena garrafas en una fuente pública de Vélez-Málaga, el pasado martes.\n";
    for (String credit : new String[] {"Álvaro Cortés / «La Gaceta Insular»", "Laurent Fellay - RTA", "N. E.", "Archives B. L."}) {
      assertThat(clean(ES1 + caption + credit + "\n\n" + ES2)).as(credit).isEqualTo(ES1 + "\n" + ES2);
    }
  }

  @Test
  void aLongerCaptionGoesOverANameWithItsAgencyButNotOverANameAlone() {
    String caption = "\nBloques de viviendas en el barrio de Ruzafa, en Valencia, uno de los más afectados por el alquiler de corta duración.\n";
    assertThat(clean(ES1 + caption + "Mónica Torres (AIN)\n\n" + ES2)).isEqualTo(ES1 + "\n" + ES2);
    // a paragraph over a subheading in capitals is no caption over a credit
    assertThat(clean(ES1 + caption + "MÓNICA TORRES\n\n" + ES2)).contains("Bloques de viviendas", "MÓNICA TORRES");
    assertThat(clean(ES1 + caption + "Mónica Torres\n\n" + ES2)).contains("Bloques de viviendas");
  }

  @Test
  void aNameInCapitalsANameForAnOutletAndTwoNamesSplitBySlashAreCredits() {
    String caption = "\nUn vecino llena garrafas en una fuente pública de Vélez-Málaga, el pasado martes.\n";
    for (String credit : new String[] {"MARTA PADILLA", "Tomás Reyes for The Continental Herald",
        "Le Courrier de l'Atlantique / Mathilde Guérin"}) {
      assertThat(clean(ES1 + caption + credit + "\n\n" + ES2)).as(credit).isEqualTo(ES1 + "\n" + ES2);
    }
  }

  @Test
  void aNameInCapitalsMayRunStraightIntoTheNextParagraph() {
    // a page without blank lines: the name in capitals, then the article's next sentence
    String in = ES1 + "Vista de bloques de viviendas en el barrio de Teatinos, en Málaga.\nANTONIO RUEDA\n" + ES2;
    assertThat(clean(in)).isEqualTo(ES1 + ES2);
  }

  @Test
  void aNameInTitleCaseRightAboveTheNextParagraphStays() {
    // without the capitals or a blank line, the name may head what follows
    String in = ES1 + "Vista de bloques de viviendas en el barrio de Teatinos, en Málaga.\nAntonio Rueda\n" + ES2;
    assertThat(clean(in)).contains("Antonio Rueda");
  }

  @Test
  void aNameUnderACaptionThatACaptionRuleTookGoesToo() {
    String in = ES1 + "\nUn jornalero varea olivos en una finca de Baeza (Jaén), en una imagen de archivo.\nCarmen Ruiz\n\n" + ES2;
    assertThat(clean(in)).isEqualTo(ES1 + "\n" + ES2);
  }

  @Test
  void aLettersLastLineOverItsWritersNameStays() {
    // the first person: a letter's closing line addresses the reader, a caption describes
    String in = PROSE1 + "\nI urge the council to think again before it is too late.\nMargaret Hughes\n\n" + PROSE2;
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void aStandfirstOverABareNameBylineStays() {
    // no sentence of the article above it: a name under the standfirst is the byline
    String in = "Council to close the old pool\n\nInspectors found cracks in the main hall of the old pool.\n"
        + "Anna Jones\n\n" + PROSE1 + PROSE2;
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void aQuestionOverASpeakersNameStays() {
    // an interview: the question ends with a question mark, the name introduces the answer
    String in = PROSE1 + "\nWhat did the inspectors find in the main hall last month?\nMARTA PADILLA\n\n" + PROSE2;
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void aSignatureAtTheFootOfThePageStays() {
    // nothing of the article goes on below the name
    String in = PROSE1 + PROSE2 + "\nThe pool will reopen in the spring after the repairs.\nAnna Jones\n\n";
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void aLongerCaptionThatEndsWithADayOfAMonthGoesWithItsName() {
    // 17 words with a full stop: a caption because it ends by saying when
    String in = ES1 + "\nVista de la calle Sopranis, en el barrio de Santa María de Cádiz, el pasado 28 de enero.\n"
        + "ROMÁN RÍOS\n\n" + ES2;
    assertThat(clean(in)).isEqualTo(ES1 + "\n" + ES2);
  }

  @Test
  void aUserRuleThatClaimsTheCreditBelowItsCaptionTakesTheBareName() {
    // a site's own caption marker: the rule says so with credit-below, not by its name
    String pack = "pack: site\nrules:\n  - id: pic\n    line: '\\(Foto del lector\\)$'\n";
    String in = ES1 + "\nEl río a su paso por el puente viejo (Foto del lector)\nCarmen Ruiz\n\n" + ES2;
    java.util.List<dev.winnow.rules.RulePack> packs = new java.util.ArrayList<>(dev.winnow.rules.BuiltinPacks.all());
    packs.add(dev.winnow.rules.PackLoader.parse("site.yaml", pack));
    assertThat(dev.winnow.Cleaner.of(packs).clean(dev.winnow.document.Document.of("t.txt", in)).text()).contains("Carmen Ruiz");
    packs.set(packs.size() - 1, dev.winnow.rules.PackLoader.parse("site.yaml", pack + "    credit-below: true\n"));
    assertThat(dev.winnow.Cleaner.of(packs).clean(dev.winnow.document.Document.of("t.txt", in)).text())
        .isEqualTo(ES1 + "\n" + ES2);
  }
}
