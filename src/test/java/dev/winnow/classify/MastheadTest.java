package dev.winnow.classify;

import static dev.winnow.classify.ContextFixtures.PROSE1;
import static dev.winnow.classify.ContextFixtures.PROSE2;
import static dev.winnow.classify.ContextFixtures.clean;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A short line at the top of a page goes as the site's name when a line the rules removed further
 * down names it again; kickers and short headlines that furniture repeats stay.
 */
class MastheadTest {
  private static final String HEADLINE = "Council votes to close the old swimming pool\n";
  private static final String MENU = "News  Sport  Business  Culture  Weather\n";

  @Test
  void aNameThatTheCopyrightLineRepeatsGoes() {
    String in = "Nordlicht\n" + MENU + "\n" + HEADLINE + PROSE1 + PROSE2 + "© 2025 Nordlicht Medien GmbH\n";
    assertThat(clean(in)).isEqualTo(HEADLINE + PROSE1 + PROSE2);
  }

  @Test
  void aCompetitionAndItsRoundAboveTheHeadlineIsTheKickerThoughFurnitureNamesTheCompetition() {
    String top = "Fútbol | Baloncesto | Motor | Tenis | Ciclismo | Más deportes\n\n";
    String story = "Primera Federación | Jornada 23\n\nEl Almenara tumba al Real Albarrán con un gol en el 89\n\n" + PROSE1 + PROSE2;
    String in = top + story + "Más noticias de Primera Federación\nEl Albarrán destituye a su entrenador\nEl Almenara renueva a su capitán\n";
    assertThat(clean(in)).startsWith("Primera Federación | Jornada 23\n");
  }

  @Test
  void aMottoBetweenTheNameAndTheMenuGoesAndTheNameWithIt() {
    // long enough to pass for the headline, but a menu lies under it and the article below that
    String in = "FreightLine Today\nThe business of moving goods\n" + MENU + "Cold chain\n" + HEADLINE
        + PROSE1 + PROSE2;
    assertThat(clean(in)).doesNotContain("FreightLine", "The business of moving goods").contains(HEADLINE);
  }

  @Test
  void aMottoUnderANameThatTheMastheadRuleRemovedGoesToo() {
    // "Radio Hexagone" goes by the masthead's rule first; the motto under it is still the motto
    String in = "Radio Hexagone\nLa radio publique de la culture et des idées\n" + MENU + "Cold chain\n" + HEADLINE
        + PROSE1 + PROSE2;
    assertThat(clean(in)).doesNotContain("Radio Hexagone", "La radio publique").contains(HEADLINE);
  }

  @Test
  void aKickerUnderANameTheMastheadRuleRemovedStaysWhenALinkBelowNamesIt() {
    // the rule took "L'Écho des Lettres"; "Rentrée littéraire" is the kicker, though a link below repeats it
    String kicker = "Rentrée littéraire\n";
    String head = "Avec « La Maison des Aubes », Solène Virac signe un premier roman d'une rare maîtrise\n";
    String p1 = "Le livre paraît jeudi chez un petit éditeur lyonnais, après trois ans d'écriture et deux refus.\n";
    String p2 = "La romancière y raconte la vie d'une famille de bateliers sur la Saône pendant un siècle.\n";
    String in = "L'Écho des Lettres\nLe magazine de la vie littéraire depuis 1961\n\n" + kicker + "\n" + head + p1
        + "Lire aussi : Rentrée littéraire 2025 : nos 40 romans préférés\n" + p2;
    assertThat(clean(in)).contains(kicker, head).doesNotContain("L'Écho des Lettres");
  }

  @Test
  void aHeadlineUnderAKickerWithAShareRowUnderItStays() {
    // a share row under the headline, then its standfirst and byline: no menu, so no motto
    String in = "Wildfire season\n" + HEADLINE + "Share  Facebook  X  Email\n"
        + "Inspectors found cracks in the main hall of the old pool in March\nBy Anna Jones\n" + PROSE1 + PROSE2;
    assertThat(clean(in)).contains(HEADLINE, "Inspectors found cracks");
    // a page that opens with its headline has no name above it
    String top = HEADLINE + MENU + "Inspectors found cracks in the main hall of the old pool in March\nBy Anna Jones\n"
        + PROSE1 + PROSE2;
    assertThat(clean(top)).contains(HEADLINE);
  }

  @Test
  void aNameInAnyCaseAndWithTypographicApostrophesGoes() {
    String in = "Le Phare de l’Est\n" + MENU + "\n" + HEADLINE + PROSE1 + PROSE2
        + "Photo : Jean Marc, LE PHARE DE L'EST\n";
    assertThat(clean(in)).doesNotContain("Le Phare");
  }

  @Test
  void aNameThatNoRemovedLineRepeatsStaysForTheOtherSteps() {
    // without the copyright line nothing names it: the labels step above the headline decides
    String in = "Nordlicht\n" + MENU + "\n" + HEADLINE + PROSE1 + PROSE2 + "Nordlicht is a fine paper.\n";
    assertThat(clean(in)).contains("Nordlicht is a fine paper.");
  }

  @Test
  void aKickerRightOnTopOfItsHeadlineStaysThoughACaptionNamesIt() {
    String in = MENU + "\nNeckarbrücke\nGemeinderat beschließt Vollsperrung für zwei Jahre\n" + PROSE1
        + "Seit Jahren nur noch einspurig befahrbar: die Neckarbrücke in Lauffen.\nFoto: dpa\n" + PROSE2;
    assertThat(clean(in)).contains("Neckarbrücke\nGemeinderat");
  }

  @Test
  void aTopicWordUnderTheBreadcrumbStaysThoughTheTagRowRepeatsIt() {
    String in = "Startseite > Lokales > Friedberg\n\nGeburtshilfe\n\nKreisklinik Friedberg schließt Kreißsaal zum Jahresende\n\n"
        + PROSE1 + PROSE2 + "Friedberg · Kreisklinik · Gesundheit · Geburtshilfe\n";
    assertThat(clean(in)).contains("Geburtshilfe\n\nKreisklinik").doesNotContain("Startseite");
  }

  @Test
  void aKickerSetApartStaysThoughTheLabelledTagRowOrAnAddressNamesIt() {
    String top = "Portada / Málaga / Vivienda\n\nVIVIENDA\n\nEl alquiler en Málaga sube un 14 % en un año\n\n";
    assertThat(clean(top + PROSE1 + PROSE2 + "Temas: Vivienda · Alquiler · Ayuntamiento de Málaga\n"))
        .contains("VIVIENDA\n");
    assertThat(clean(top + PROSE1 + PROSE2 + "   13. https://www.diariodelsur.example/temas/vivienda/\n"))
        .contains("VIVIENDA\n");
  }

  @Test
  void aTwoWordKickerUnderTheBreadcrumbStaysThoughACaptionRepeatsIt() {
    String in = "Startseite > Lokales > Lauterbach\n\nFreibad Eichwiese\n\nSanierung verzögert sich: Freibad öffnet erst im Juli\n\n"
        + PROSE1 + "Noch ohne Wasser: Das neue Becken im Freibad Eichwiese soll Ende Juni befüllt werden.\n© Sommerlad\n" + PROSE2;
    assertThat(clean(in)).contains("Freibad Eichwiese\n\nSanierung").doesNotContain("Startseite");
  }

  @Test
  void aShortHeadlineAboveItsLeadStaysThoughAShareRowRepeatsIt() {
    String in = MENU + "\nPool closes\n\nCouncillors voted after inspectors found cracks in the roof of the pool.\n"
        + PROSE1 + "Share: Pool closes | Facebook | X | WhatsApp\n" + PROSE2;
    assertThat(clean(in)).contains("Pool closes\n");
  }

  @Test
  void aNameWithItsMottoGoesWhenTheNameAloneIsRepeated() {
    String in = "Radio Nordlicht — das Neueste aus dem Norden seit 1998\n" + MENU + "\n" + HEADLINE + PROSE1 + PROSE2
        + "© 2025 Radio Nordlicht\n";
    assertThat(clean(in)).isEqualTo(HEADLINE + PROSE1 + PROSE2);
  }

  @Test
  void aNameIsFoundWithoutItsLeadingArticle() {
    String in = "The Harbour Ledger\n" + MENU + "\n" + HEADLINE + PROSE1
        + "The pool in 1979.\nImage: Ann Lee / Harbour Ledger\n" + PROSE2;
    assertThat(clean(in)).doesNotContain("The Harbour Ledger");
  }

  @Test
  void aBylineUnderTheHeadlineIsNoNameThoughTheWireCreditRepeatsIt() {
    String in = MENU + "\n" + HEADLINE + "\nBy Anika Berg\n\n" + PROSE1 + PROSE2
        + "(Reporting by Anika Berg in Hamburg; Editing by Mark Hollis)\n";
    assertThat(clean(in)).contains("By Anika Berg");
  }

  @Test
  void aKickerThatItsHeadlineRepeatsStaysThoughATagRowNamesIt() {
    String in = "Mercados & Empresas\n\nIniciar sesión\n\nSuscríbete\n\nSalario mínimo\n\n"
        + "El Gobierno y los sindicatos pactan subir el salario mínimo un 4,2% en 2027\n\n"
        + "El Ministerio de Trabajo y los sindicatos han firmado este martes el acuerdo para elevar el salario mínimo.\n\n"
        + "La subida tendrá efectos retroactivos desde el 1 de enero, según el texto del acuerdo firmado en Madrid.\n\n"
        + "Temas: Salario mínimo · Sindicatos · Empleo\n";
    assertThat(clean(in)).contains("Salario mínimo\n\nEl Gobierno");
  }

  @Test
  void aPageHasOneNameTheFirstLineThatCouldBeIt() {
    // the competition above the headline is no second name, though a promo below names it
    String in = "Aller au contenu principal\n\nStade Info\n\nLigue des champions – 6e journée\n\n"
        + "DIRECT. Vallonne - Nordhavn : les Vallonnais doivent gagner pour rester en course\n\n"
        + "C'est terminé au stade de la Source ! Vallonne s'impose 2-1 et garde toutes ses chances de qualification.\n\n"
        + "Les supporters ont salué les joueurs pendant de longues minutes après le coup de sifflet final.\n\n"
        + "Pronos Stade : pronostiquez les matchs de Ligue des champions et tentez de gagner des maillots\n";
    assertThat(clean(in)).contains("Ligue des champions – 6e journée").doesNotContain("Pronos");
  }
}
