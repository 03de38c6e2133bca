package dev.winnow.classify;

import static dev.winnow.classify.ContextFixtures.clean;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Lines of the article's own lists and quotations whose words name furniture: the items of a list
 * that open alike, what a sentence says is written below it, and an introduced list set apart by a
 * blank line.
 */
class IntroducedItemsTest {
  private static final String HELP = """
      La entidad atiende a 9.300 personas al mes y pide ayuda a los vecinos del barrio para llenar sus estantes.

      Cómo colaborar

      Dona alimentos en los puntos de recogida de los mercados municipales de San Vicente.
      Dona dinero por transferencia o con el código de la campaña en la aplicación de tu banco.
      Hazte socio con una cuota fija desde 5 euros al mes.
      Hazte voluntario: se necesitan 60 personas para los turnos de clasificación de los sábados.

      La campaña se prolongará hasta el 31 de octubre, según ha informado la propia entidad en un comunicado.
      """;

  @Test
  void anItemOfAListWhoseItemsOpenAlikeStays() {
    assertThat(clean(HELP)).isEqualTo(HELP);
  }

  @Test
  void theFirstItemOfAListOpeningLikeTheNextStays() {
    String in = "El proyecto lo fundaron dos periodistas con 12.000 euros de ahorros y hoy tiene 9.000 lectores de pago.\n\n"
        + "Cómo funciona\n\n"
        + "Cada lunes, un boletín gratuito con las cinco noticias del clima de la semana.\n"
        + "Cada jueves, una edición para suscriptores de pago con un análisis largo.\n"
        + "Una vez al mes, una sesión en directo con un científico invitado.\n"
        + "Ningún anuncio ni patrocinio de empresas energéticas.\n\n"
        + "Sus fundadores aseguran que el modelo ya cubre los sueldos de tres personas, según explicaron en la presentación.\n";
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void theSameCallWithoutAPairBelowItGoes() {
    String alone = HELP.replace("Hazte voluntario", "Los voluntarios");
    assertThat(clean(alone)).doesNotContain("Hazte socio").contains("Los voluntarios");
  }

  @Test
  void aMenusItemsOpenAlikeWithTheirBulletsOnly() {
    // a forum's menu: "- … Board" items, one of which a breadcrumb rule takes; no item of a list
    String menu = ContextFixtures.PROSE1 + "\n- Tech Board\n- Outdoor Board\n- Home/Garden\n- Movie/TV Board\n- Book Board\n\n"
        + ContextFixtures.PROSE2;
    assertThat(clean(menu)).doesNotContain("Home/Garden\n");
  }

  private static final String LID = """
      Nantes — Une biscuiterie a détourné le bandeau qui s'affiche sur tous les sites internet pour vendre ses galettes.

      Sur le couvercle, on peut lire :

      Nous utilisons des cookies pour améliorer votre goûter.

      La direction a d'abord hésité, puis la boîte s'est vendue à 40 000 exemplaires en trois mois, selon l'entreprise.
      """;

  @Test
  void whatASentenceSaysIsWrittenBelowItStays() {
    assertThat(clean(LID)).isEqualTo(LID);
    // without the words that quote it, the line reads as the page's cookie banner
    assertThat(clean(LID.replace("Sur le couvercle, on peut lire :", "Sur le couvercle."))).doesNotContain("Nous utilisons");
  }

  @Test
  void anIntroducedListSetApartByABlankLineKeepsTheHeadingAmongItsItems() {
    String labels = """
        El código de conducta obliga a identificar los contenidos comerciales con alguna de estas etiquetas, visibles desde el primer momento:

        Publicidad
        Contenido patrocinado
        Colaboración pagada con la marca

        Las expresiones en inglés o las abreviaturas ambiguas no se consideran suficientes, recuerda la resolución del organismo.
        """;
    assertThat(clean(labels)).isEqualTo(labels);
    // the same heading first under a paragraph, set apart, heads a list of links
    String prose = "El pleno aprobó el martes el cierre de la piscina municipal después de que los técnicos hallaran grietas.\n";
    String related = prose + "\nContenido patrocinado\nLas piscinas naturales baten récord de visitantes\n"
        + "La cooperativa de aceite cambia de presidente\n";
    assertThat(clean(related)).isEqualTo(prose);
  }

  @Test
  void anIntroducedPriceListOnAPageWithoutBlankLinesStaysWhole() {
    // the items' figures and signs are no words: four price lines under a short heading with a
    // colon, the last of which a shop rule names, are the article's list, up to the paragraph
    String prices = """
        Стриминговый сервис «Кинопоток» с 1 июня повышает цены на все тарифы, сообщила компания в понедельник.
        Новые цены по сравнению со старыми:
        Тариф «Старт» — 399 ₽ в месяц (было 299 ₽)
        Тариф «Семейный» — 649 ₽ в месяц (было 549 ₽)
        Тариф «Максимум» с каналами спорта — 899 ₽ в месяц (было 799 ₽)
        Годовая подписка «Старт» — 3 990 ₽ (было 2 990 ₽)
        В компании объясняют повышение ростом стоимости лицензий и курсом валют, а также инфляцией в отрасли.
        """;
    assertThat(clean(prices)).isEqualTo(prices);
  }

  @Test
  void labelsAndListHeadingsASentenceIntroducesStayOnAPageWithoutBlankLines() {
    // the labels a draft rule lists, then the headings of blocks it names: each list is the
    // article's, though its lines are an ad's label and a read-more heading elsewhere
    String page = """
        Профильное министерство вынесло на обсуждение правила маркировки рекламы в интернет-изданиях, сообщили в ведомстве.
        Согласно проекту, рекламные материалы должны сопровождаться одной из трёх формулировок, и другие варианты не допускаются:
        Реклама
        На правах рекламы
        Партнёрский материал
        Пометка должна стоять над заголовком или первым абзацем и быть набрана шрифтом не мельче основного текста.
        Отдельный пункт касается блоков, которые размещаются под статьями. В проекте перечислены такие заголовки блоков:
        Читайте также
        Новости партнёров
        Вам может быть интересно
        Если хотя бы одна ссылка в таком блоке оплачена, весь блок должен быть промаркирован словом «Реклама».
        """;
    assertThat(clean(page)).isEqualTo(page);
  }

  @Test
  void countsThatOpenTheStorysOwnListOfFiguresUnderItsHeadingStay() {
    String figures = ContextFixtures.PROSE1 + "\n\nLes chiffres d'un emballement\n41 200 partages\n6 300 commentaires\n"
        + "2,1 millions de personnes touchées en quatre jours\nPlus de 300 candidatures, dont une venue de La Réunion\n"
        + ContextFixtures.PROSE2;
    assertThat(clean(figures)).isEqualTo(figures);
    // the same counters over the byline and the dateline are the page's counter row
    String row = "Quimper : un boulanger cherche un apprenti\n41 200 partages\n6 300 commentaires\n"
        + "Par Morgane Quéré, publié le 18/03/2025 à 11h30\nMis à jour le 18/03/2025 à 17h05\n\n"
        + ContextFixtures.PROSE1 + "\n" + ContextFixtures.PROSE2;
    assertThat(clean(row)).doesNotContain("partages").doesNotContain("commentaires\n");
  }

  @Test
  void aHeadingAmongHeadedItemsStaysThoughItNamesFurniture() {
    String decisions = ContextFixtures.PROSE1 + "\n\nLibrary roof\nApproved. £86,000 for a refurbishment; the block should reopen in September.\nNew mayor\nCllr Janet Ormerod was elected mayor for the coming year, with Cllr Sunil Bhatt as her deputy.\n"
        + "Town newsletter\nApproved. The quarterly printed newsletter will continue for another year, at a cost of £14,200.\n"
        + "Members' allowances\nRejected, 15 votes to 12. The basic allowance stays at £4,950 a year.\n\n" + ContextFixtures.PROSE2;
    assertThat(clean(decisions)).isEqualTo(decisions);
    // a newsletter's heading between two paragraphs of a story, its pitch under it, goes
    String box = ContextFixtures.PROSE1 + "\n\nTown newsletter\nSign up to get our free weekly newsletter every Friday in your inbox.\n\n"
        + ContextFixtures.PROSE2;
    assertThat(clean(box)).doesNotContain("Town newsletter");
  }

  @Test
  void aMessageQuotedWholeUnderTheLineThatQuotesItKeepsItsButtons() {
    String mail = ContextFixtures.PROSE1 + "\n\nOne resident forwarded us a copy of the email. It reads:\n\n"
        + "Dear Customer,\nOur records show that you are eligible for a council tax rebate of £312.40 following the recent flooding.\n"
        + "To receive your refund you must log in to confirm your account details within 48 hours.\nLog in to your account\n"
        + "If you do not confirm, your rebate will be cancelled and your account may be suspended.\nKind regards,\n"
        + "Revenue & Benefits Team\n\n" + ContextFixtures.PROSE2;
    assertThat(clean(mail)).isEqualTo(mail);
    String appeal = ContextFixtures.PROSE1 + "\n\nA page calling itself a flood fund began circulating on Friday. Its text says:\n\n"
        + "Carmarthen Flood Families Fund\nDonate today – every penny goes straight to families who have lost everything.\n"
        + "£10 buys a hot meal for a family of four. £25 buys a new school uniform.\nDonate now\n"
        + "Please share this page so no family is forgotten!\n\n" + ContextFixtures.PROSE2;
    assertThat(clean(appeal)).isEqualTo(appeal);
    // the same button under a paragraph that quotes nothing is the page's
    String page = ContextFixtures.PROSE1 + "\n\nDonate now\n\n" + ContextFixtures.PROSE2;
    assertThat(clean(page)).doesNotContain("Donate now");
  }

  @Test
  void aBooksImprintQuotedUnderTheLineThatReadsItStaysWhole() {
    String review = "Die meisten Leser überblättern diese Seite, die gleich hinter dem Titelblatt steht. Wer das Buch aufschlägt, liest zuerst dies:\n\n"
        + "© 2025 Kessler & Voss Verlag, Berlin\nAlle Rechte vorbehalten.\nUmschlaggestaltung: Studio Fennek, Hamburg\n"
        + "Gesetzt aus der Garamond\nDruck und Bindung: Offizin Rautenberg, Pößneck\nPrinted in Germany\nISBN 978-3-9000-1234-5\n\n"
        + "Das wirkt zunächst wie ein ganz normales Impressum, doch beim zweiten Hinsehen fallen die Ungereimtheiten auf.\n";
    assertThat(clean(review)).isEqualTo(review);
    // seven lines under a sentence that only ends with a colon are more than it vouches for
    String plain = review.replace("liest zuerst dies:", "findet zuerst die Angaben des Verlags:");
    assertThat(clean(plain)).doesNotContain("Alle Rechte vorbehalten.");
  }
}
