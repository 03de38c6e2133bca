package dev.winnow.classify;

import static dev.winnow.classify.ContextFixtures.PROSE1;
import static dev.winnow.classify.ContextFixtures.PROSE2;
import static dev.winnow.classify.ContextFixtures.clean;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lines of at most three words above the headline are the site's labels, with a few exceptions. */
class TopLabelsTest {
  private static final String HEADLINE = "Council votes to close the old swimming pool\n";
  private static final String ARTICLE = HEADLINE + PROSE1 + PROSE2;

  @Test
  void sectionLabelsAndWidgetsAboveTheHeadlineGo() {
    String in = "Skip to content\nҚаз\nEng\nUSD 98,45\nАлматы +4°\nIdeas\n\n" + ARTICLE;
    assertThat(clean(in)).isEqualTo(ARTICLE);
  }

  @Test
  void aSectionWordAboveTheHeadlineOfACleanArticleIsItsKicker() {
    // nothing on the page is furniture: the top edge is no evidence against the word
    assertThat(clean("Sport\n" + ARTICLE)).isEqualTo("Sport\n" + ARTICLE);
    // a page that shows furniture, even one an earlier pass removed, loses it when a blank line
    // sets it apart from the headline
    String furnished = "Sport\n\n" + ARTICLE + "Share on Facebook\nShare on X\n© 2024 Valley Courier\n";
    assertThat(clean(furnished)).isEqualTo(ARTICLE);
  }

  @Test
  void aKickerThatNamesTheBreadcrumbsSectionAgainStaysInCapitalsToo() {
    String top = "Skip to main content\nThe Tamar Courier\nHome › News › Crime › Courts\n";
    assertThat(clean(top + "COURTS\n" + ARTICLE)).isEqualTo("COURTS\n" + ARTICLE);
    assertThat(clean("Главная / Новости / Происшествия\nПРОИСШЕСТВИЯ\n" + ARTICLE)).isEqualTo("ПРОИСШЕСТВИЯ\n" + ARTICLE);
    // a word the breadcrumb does not name, in capitals, is the site's label
    assertThat(clean(top + "EXCLUSIVE\n" + ARTICLE)).isEqualTo(ARTICLE);
  }

  @Test
  void aLiveBadgeRightOverTheHeadlineIsItsKicker() {
    String top = "Skip to main content\nThe Northern Dispatch\nHome | News | Politics | Business | Sport\n\n";
    String live = "LIVE\n\nCounty council elections live: Civic Alliance on course to take Wrexford\n\n"
        + "Follow every declaration from the 14 councils counting overnight, with seat tallies and reaction\n\n"
        + "By Anna Jones\n\n" + PROSE1 + "\n" + PROSE2;
    assertThat(clean(top + live)).startsWith("LIVE\n");
  }

  @Test
  void aKickerUnderAnEditionLineThatEndsInGuillemetsStays() {
    // the edition line ends with a section's name in guillemets: no sentence of the article
    String top = "Le Courrier de l'Adour — SUPPLÉMENT WEEK-END\nÉdition du samedi 5 octobre 2024 · Cahier « Escapades »\n"
        + "Accueil › Week-end › Escapades › Gastronomie\n\n";
    String story = "Gastronomie\nSur la route du piment, trois jours en Pays basque\n" + PROSE1 + PROSE2;
    assertThat(clean(top + story)).contains("Gastronomie\nSur la route du piment");
  }

  @Test
  void aKickerSetApartFromABulletedMenuStays() {
    String footer = "Share on Facebook\nShare on X\n© 2024 Valley Courier\n";
    String menu = "• News\n• Sport\n• Business\n• Obituaries\n\n";
    assertThat(clean(menu + "Weather\n" + ARTICLE + footer)).isEqualTo("Weather\n" + ARTICLE);
    // with its bullet it is the menu's last item
    assertThat(clean("• News\n• Sport\n• Business\n• Obituaries\n• Weather\n\n" + ARTICLE + footer)).isEqualTo(ARTICLE);
  }

  @Test
  void aKickerSetApartFromAMenuOfOneItemALineStays() {
    String footer = "Share on Facebook\nShare on X\n© 2024 Valley Courier\n";
    // the menu's items each on a line, a blank line, then the story's kicker over its headline
    assertThat(clean("News\nSport\nBusiness\nCulture\n\nBusiness\n" + ARTICLE + footer)).isEqualTo("Business\n" + ARTICLE);
    // without the blank line it is the menu's last item
    assertThat(clean("News\nSport\nBusiness\nCulture\n\n" + ARTICLE + footer)).isEqualTo(ARTICLE);
    assertThat(clean("News\nSport\nCulture\nBusiness\n" + ARTICLE + footer)).doesNotStartWith("Business");
  }

  @Test
  void aSectionWordRightAboveTheHeadlineUnderTheMenusIsItsKicker() {
    String footer = "Share on Facebook\nShare on X\n© 2024 Valley Courier\n";
    assertThat(clean("Home   News   Sport   Education   Culture   Opinion\nEducation\n" + ARTICLE + footer))
        .isEqualTo("Education\n" + ARTICLE);
    assertThat(clean("Home   News   Sport   Business   Culture   Opinion\n\nSport\n" + ARTICLE + footer))
        .isEqualTo("Sport\n" + ARTICLE);
    // not over a site's name, which has the menus, not the story, under it
    assertThat(clean("Sport\nValley Courier | News for the whole valley\nHome   News   Sport   Business   Culture   Opinion\n"
        + ARTICLE + footer)).doesNotStartWith("Sport");
    // nor a word of the site's interface ("Search" under "Sign in")
    assertThat(clean("Sign in\nSearch\n" + ARTICLE + footer)).doesNotStartWith("Search");
    // nor under the story's first sentence: there it is a link of the page's foot
    assertThat(clean(ARTICLE + "Home   News   Sport   Business   Culture   Opinion\nSport\n"
        + "Council votes to close the old library on Monday\nLibrary users were not consulted, campaigners said on Monday.\n" + footer))
        .doesNotContain("Sport\n");
  }

  @Test
  void aWritersBoxOverTheHeadlineIsTheBylineButItsFollowButtonGoes() {
    String footer = "Share on Facebook\nShare on X\n© 2024 Valley Courier\n";
    String top = "Home | News | Sport | Opinion | Business\nSign in / Register\n\n";
    assertThat(clean(top + "Callum Ashworth-Pryce\nColumnist\n+ Follow Callum\n" + ARTICLE + footer))
        .isEqualTo("Callum Ashworth-Pryce\nColumnist\n" + ARTICLE);
    // a button that follows someone else names no writer here: the short lines are labels
    assertThat(clean(top + "Opinion Today\nColumns\n+ Follow Maria\n" + ARTICLE + footer)).isEqualTo(ARTICLE);
  }

  @Test
  void aShortHeadlineRightAboveItsStandfirstStays() {
    String in = "Skip to content\nMarkets\nPool closes\nCouncillors voted after inspectors found cracks in the roof\n"
        + PROSE1 + PROSE2;
    assertThat(clean(in)).isEqualTo("Pool closes\nCouncillors voted after inspectors found cracks in the roof\n"
        + PROSE1 + PROSE2);
  }

  @Test
  void aOneWordLabelRightAboveTheLeadStays() {
    // the line under it is a sentence: the one word is the page's title
    String in = "Skip to content\nKomodonvaraani\n" + PROSE1 + PROSE2;
    assertThat(clean(in)).isEqualTo("Komodonvaraani\n" + PROSE1 + PROSE2);
  }

  @Test
  void aKickerThatNamesTheStoryStays() {
    String in = "Skip to content\nRentenpaket\nBundestag beschließt das Rentenpaket mit knapper Mehrheit\n"
        + "Nach monatelangem Streit hat der Bundestag das Rentenpaket am Freitag verabschiedet.\n";
    assertThat(clean(in)).isEqualTo("Rentenpaket\nBundestag beschließt das Rentenpaket mit knapper Mehrheit\n"
        + "Nach monatelangem Streit hat der Bundestag das Rentenpaket am Freitag verabschiedet.\n");
  }

  @Test
  void aPageWithNoFurnitureAboveTheTextKeepsItsShortLines() {
    String preview = "Blackburn v Burnley\n\nEwood Park\n\nTuesday, 1 March\n\n2000 GMT\n\n" + PROSE1 + PROSE2;
    assertThat(clean(preview)).isEqualTo(preview);
    String encyclopedia = "Millard Fillmore\n|Presidentti|\n" + ARTICLE;
    assertThat(clean(encyclopedia)).isEqualTo(encyclopedia);
  }

  @Test
  void aHeadlineBetweenAdLabelsOrAboveItsBylineStays() {
    String ads = "Advertisement\nMinister resigns\nAdvertisement\n" + PROSE1;
    assertThat(clean(ads)).isEqualTo("Minister resigns\n" + PROSE1);
    String byline = "Skip to content\nPool to close\nBy Anna Jones\n" + PROSE1;
    assertThat(clean(byline)).isEqualTo("Pool to close\nBy Anna Jones\n" + PROSE1);
  }

  @Test
  void bylinesDatelinesAndSalutationsStay() {
    String in = "By Jane Smith\n12 March 2025\n" + ARTICLE;
    assertThat(clean(in)).isEqualTo(in);
    String letter = "Dear readers,\nThis is my last letter as editor, and I want to thank you for thirty years.\n";
    assertThat(clean(letter)).isEqualTo(letter);
  }

  @Test
  void aKickerSetApartWithItsHeadlineStays() {
    // a blank line above it and the headline right under it: the story's topic, not the site's
    String in = "Skip to content\nPolitik\nWirtschaft\n\nLawinengefahr\nWarnstufe vier in weiten Teilen Tirols\n"
        + "Die Lawinenwarnstufe wurde am Morgen in weiten Teilen Tirols auf vier erhöht, teilte das Land mit.\n";
    assertThat(clean(in)).startsWith("Lawinengefahr\nWarnstufe vier");
  }

  @Test
  void theKickerOverAShortHeadlineStaysWhenTheStoryNamesItsTopic() {
    String head = "Hallenbad Volketswil\nGemeindeversammlung versenkt 38-Millionen-Projekt\n"
        + "Nach über drei Stunden Debatte lehnten die Stimmberechtigten den Baukredit für das neue Hallenbad ab.\n";
    String in = "Glattaler Bote\nRegion | Zürich | Schweiz | Sport | Wirtschaft | Kultur | Abo\n" + head + PROSE1;
    assertThat(clean(in)).startsWith(head);
    // a label the story does not name goes as before
    String other = "Region\nGemeindeversammlung versenkt 38-Millionen-Projekt\n"
        + "Nach über drei Stunden Debatte lehnten die Stimmberechtigten den Baukredit für das neue Hallenbad ab.\n";
    assertThat(clean("Glattaler Bote\nRegion | Zürich | Schweiz | Sport | Wirtschaft | Kultur | Abo\n" + other + PROSE1))
        .startsWith("Gemeindeversammlung");
  }

  @Test
  void aLongTopicWordDirectlyAboveTheHeadlineIsItsKicker() {
    String page = "Skip to content\nKreiskrankenhaus\n" + ARTICLE;
    assertThat(clean(page)).isEqualTo("Kreiskrankenhaus\n" + ARTICLE);
    // a shorter word stays only right over the headline, and in capitals only as an abbreviation
    assertThat(clean("Skip to content\nSanté\n" + ARTICLE)).isEqualTo("Santé\n" + ARTICLE);
    assertThat(clean("Skip to content\nЖКХ\n" + ARTICLE)).isEqualTo("ЖКХ\n" + ARTICLE);
    assertThat(clean("Skip to content\nSanté\n\n" + ARTICLE)).isEqualTo(ARTICLE);
    assertThat(clean("Skip to content\nNEWS\n" + ARTICLE)).isEqualTo(ARTICLE);
    assertThat(clean("Skip to content\nTV\n" + ARTICLE)).isEqualTo(ARTICLE);
    assertThat(clean("Skip to content\nHEADLINES\n" + ARTICLE)).isEqualTo(ARTICLE);
    // set apart from the headline by the menu's row, the word is a label too
    assertThat(clean("Skip to content\nKreiskrankenhaus\nNews | Sport | Politik | Kultur\n" + ARTICLE)).isEqualTo(ARTICLE);
  }

  @Test
  void aPaidArticlesBadgeBetweenTheKickerAndTheHeadlineIsPassedOver() {
    // the badge goes, the topic word over it stays the story's kicker
    assertThat(clean("Zum Inhalt springen\nHaushaltsstreit\nH+\n" + ARTICLE)).isEqualTo("Haushaltsstreit\n" + ARTICLE);
    assertThat(clean("Zum Inhalt springen\nSanté\nZ+ Exklusiv\n" + ARTICLE)).isEqualTo("Santé\n" + ARTICLE);
    // another removed line there is no badge: the word is the site's label
    assertThat(clean("Zum Inhalt springen\nHaushaltsstreit\nSkip to content\n" + ARTICLE)).isEqualTo(ARTICLE);
  }
}
