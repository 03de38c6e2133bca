package dev.winnow.classify;

import static dev.winnow.classify.ContextFixtures.PROSE1;
import static dev.winnow.classify.ContextFixtures.PROSE2;
import static dev.winnow.classify.ContextFixtures.clean;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The context pass's readers' polls between an article's paragraphs. */
class PollsTest {
  @Test
  void aPollWhoseAnswersOpenWithYesOrNoGoes() {
    String poll = "Вы стали чаще покупать продукты в дискаунтерах?\nДа, экономлю на всем\n"
        + "Иногда, только товары по акции\nНет, хожу в привычные магазины\n\n";
    assertThat(clean(PROSE1 + "\n" + poll + PROSE2)).isEqualTo(PROSE1 + "\n" + PROSE2);
    String es = "¿Debería el Ayuntamiento limitar los pisos turísticos en todos los barrios?\n"
        + "Sí, en toda la ciudad\nSolo en los barrios más saturados\nNo, el mercado ya se regula solo\n\n";
    assertThat(clean(PROSE1 + "\n" + es + PROSE2)).isEqualTo(PROSE1 + "\n" + PROSE2);
  }

  @Test
  void aPollOfAmountsGoes() {
    String poll = "Wie viel Prozent Ihres Nettoeinkommens geben Sie für die Miete aus?\n"
        + "Weniger als 30 Prozent\n30 bis 40 Prozent\nMehr als 40 Prozent\n\n";
    assertThat(clean(PROSE1 + "\n" + poll + PROSE2)).isEqualTo(PROSE1 + "\n" + PROSE2);
  }

  @Test
  void aLabelledPollGoesWithItsLabelAndButton() {
    String poll = "Sondage\nLes réserves d'eau collectives sont-elles une solution face à la sécheresse ?\n"
        + "Plutôt favorable\nPlutôt opposé\nVoter\n\n";
    assertThat(clean(PROSE1 + "\n" + poll + PROSE2)).isEqualTo(PROSE1 + "\n" + PROSE2);
  }

  @Test
  void aQuestionOverTheArticlesOwnListStays() {
    // answers that are no choices: the article's own list under its question
    String list = "What should you pack for two days in the hills?\nA waterproof jacket\nA head torch\nTwo litres of water\n\n";
    assertThat(clean(PROSE1 + "\n" + list + PROSE2)).isEqualTo(PROSE1 + "\n" + list + PROSE2);
  }

  @Test
  void anInterviewsQuestionAndShortAnswersStay() {
    String interview = "¿Esperaba la absolución?\nSí.\n¿En ningún momento dudó?\nNunca. Sabía lo que había firmado.\n\n";
    assertThat(clean(PROSE1 + "\n" + interview + PROSE2)).isEqualTo(PROSE1 + "\n" + interview + PROSE2);
    String dialogue = "— Можно ли записаться к вам на приём онлайн?\n— Да, через портал госуслуг\n— Нет, только лично\n\n";
    assertThat(clean(PROSE1 + "\n" + dialogue + PROSE2)).isEqualTo(PROSE1 + "\n" + dialogue + PROSE2);
  }

  @Test
  void aSurveysQuestionOverItsResultsStays() {
    // every answer with its share after a dash: the article reports a pollster's question
    String survey = "За кого вы проголосовали бы, если бы выборы губернатора состоялись в ближайшее воскресенье?\n"
        + "Олег Ветлугин («Партия Созидания») — 44%\nЮлия Карпенко («Народный союз») — 19%\n"
        + "Против всех / испорчу бюллетень — 4%\nЗатрудняюсь ответить — 20%\n\n";
    assertThat(clean(PROSE1 + "\n" + survey + PROSE2)).isEqualTo(PROSE1 + "\n" + survey + PROSE2);
    // the same answers under a poll's label are the site's poll, results shown
    String labelled = "Опрос\n" + survey;
    assertThat(clean(PROSE1 + "\n" + labelled + PROSE2)).isEqualTo(PROSE1 + "\n" + PROSE2);
  }

  @Test
  void aPollWithASeventhAnswerIsNoPoll() {
    StringBuilder answers = new StringBuilder("Which party will you vote for?\n");
    for (String a : new String[] {"Yes Party", "Labour", "Greens", "Liberals", "Reform", "Independents", "None"}) {
      answers.append(a).append('\n');
    }
    String in = PROSE1 + "\n" + answers + "\n" + PROSE2;
    assertThat(clean(in)).contains("Which party will you vote for?");
  }

  @Test
  void aQuestionOverLabelledFiguresIsTheArticlesOwnFacts() {
    // "How much?" over amounts that a poll would offer as ranges: each gives its figure after a label
    String facts = "Was kostet das?\nSofortmaßnahmen: 380.000 Euro\nBauprojekte bis 2030: 4,6 Mio. Euro\n"
        + "Davon Fördermittel: 2,1 Mio. Euro\n\n";
    assertThat(clean(PROSE1 + "\n" + facts + PROSE2)).isEqualTo(PROSE1 + "\n" + facts + PROSE2);
    // the same question over ranges to choose from is a poll
    String poll = "Was darf ein Hallenbad kosten?\nWeniger als 5 Millionen Euro\n5 bis 10 Millionen Euro\nMehr als 10 Millionen Euro\n\n";
    assertThat(clean(PROSE1 + "\n" + poll + PROSE2)).isEqualTo(PROSE1 + "\n" + PROSE2);
  }
}
