package dev.winnow.classify;

import static dev.winnow.classify.ContextFixtures.PROSE1;
import static dev.winnow.classify.ContextFixtures.PROSE2;
import static dev.winnow.classify.ContextFixtures.clean;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The context pass's teasers: the advertiser's line directly under a dropped ad label. */
class TeaserBelowAdLabelTest {
  @Test
  void theTeaserUnderAnAdLabelGoesWithIt() {
    String de = PROSE1 + "Anzeige\n"
        + "Jetzt Fenster tauschen und bis zu 1.500 Euro Förderung sichern – Fensterbau Hollerer, Gleisdorf\n" + PROSE2;
    assertThat(clean(de)).isEqualTo(PROSE1 + PROSE2);
    String fr1 = "Le centre de services scolaire a annoncé mardi soir l'annulation de 40 circuits d'autobus.\n";
    String fr2 = "Les parents ont reçu un courriel leur indiquant les circuits touchés en fin de soirée mardi.\n";
    String fr = fr1 + "Contenu commandité\n"
        + "Rénovez avant l'hiver : jusqu'à 20 % de rabais sur les thermopompes chez Climatisation Nordique\n" + fr2;
    assertThat(clean(fr)).isEqualTo(fr1 + fr2);
  }

  @Test
  void theTeaserUnderALabelWithTheAdvertisersNameOrWithACallAfterAQuestionGoes() {
    String en = PROSE1 + "Sponsored | Coastline Retirement Living\n"
        + "Harbour retirees are downsizing to this beachfront community — see the prices\n" + PROSE2;
    assertThat(clean(en)).isEqualTo(PROSE1 + PROSE2);
    String es1 = "Los vecinos de La Coma denunciaron el olor a humo desde primera hora de la mañana.\n";
    String es2 = "Los colegios de la zona suspendieron las actividades en el patio durante toda la jornada.\n";
    String es = es1 + "Publicidad\n" + "¿Tu casa está bien asegurada? Compara precios en dos minutos\n" + es2;
    assertThat(clean(es)).isEqualTo(es1 + es2);
  }

  @Test
  void theHeadlineUnderAnAdSlotAtTheTopStays() {
    // no sentence of the article above the label yet: the line under it is the headline
    String headline = "Dunmore County commissioners put $48 million road bond on November ballot\n";
    String in = "ADVERTISEMENT\n" + headline + "By Keisha Raymond\n" + PROSE1 + PROSE2;
    assertThat(clean(in)).isEqualTo(headline + "By Keisha Raymond\n" + PROSE1 + PROSE2);
  }

  @Test
  void aTeaserBetweenTheLabelAndTheAdsRegistrationGoesAnywhere() {
    // at the top of the page, and with the advertiser's brand in quotation marks at its end
    String teaser = "Ремонт квартир под ключ в Архангельске — от 6 900 ₽ за м² в компании «Дом-Мастер»\n";
    String registration = "Реклама. ООО «Дом-Мастер», ИНН 2901123456, erid: 2SDnjeXyZ12\n";
    String story = "Мэрия перевела коммунальные службы на зимний режим работы с понедельника.\n"
        + "Уборка улиц теперь начинается в пять утра, сообщили в администрации города.\n";
    assertThat(clean("Реклама\n" + teaser + registration + story)).isEqualTo(story);
    // the article's lead between them ends like a sentence, and stays
    String lead = "Новую ледовую арену на 12 тысяч мест построят в Уфе к 2027 году, сообщили в правительстве республики.\n";
    assertThat(clean("В Уфе построят ледовую арену\nРеклама\n" + lead + registration + story)).contains(lead);
  }

  @Test
  void aTeaserWithACallToActGoesThoughItEndsLikeASentence() {
    String ad = "Lakeside Family Dental: new patients welcome, Saturday appointments now available. Book online in two minutes.\n";
    assertThat(clean(PROSE1 + "ADVERTISEMENT\n" + ad + PROSE2)).isEqualTo(PROSE1 + PROSE2);
    String fr = "Crédit Armoricain : votre prêt travaux à taux réduit jusqu'au 30 novembre. Simulez votre projet en ligne.\n";
    assertThat(clean(PROSE1 + "Sponsorisé\n" + fr + PROSE2)).isEqualTo(PROSE1 + PROSE2);
    // a sentence of news that asks readers to call someone has the verb inside it
    String news = "Police urged anyone who saw the crash on the A64 on Friday to call 101 and quote log 412.\n";
    assertThat(clean(PROSE1 + "Advertisement\n" + news + PROSE2)).isEqualTo(PROSE1 + news + PROSE2);
  }

  @Test
  void theArticleGoingOnUnderTheLabelStays() {
    // a sentence ends like one; a subheading is short and has no figure
    String sentence = "The pool will close on 14 March, the council said in a statement.\n";
    assertThat(clean(PROSE1 + "Advertisement\n" + sentence + PROSE2)).isEqualTo(PROSE1 + sentence + PROSE2);
    String sub = "What the residents want from the council now\n";
    assertThat(clean(PROSE1 + "Advertisement\n" + sub + PROSE2)).isEqualTo(PROSE1 + sub + PROSE2);
  }

  @Test
  void aLongerLabelPointsToTheArticleNotToATeaser() {
    String next = "Pool users: 1,200 a week in 2023 against 2,900 in 2019 according to figures\n";
    String in = PROSE1 + "Story continues below advertisement\n" + next + PROSE2;
    assertThat(clean(in)).isEqualTo(PROSE1 + next + PROSE2);
  }
}
