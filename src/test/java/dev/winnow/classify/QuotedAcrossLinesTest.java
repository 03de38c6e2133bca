package dev.winnow.classify;

import static dev.winnow.classify.ContextFixtures.clean;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An article that quotes furniture over several lines keeps the quotation. */
class QuotedAcrossLinesTest {
  @Test
  void anAppealQuotedOverThreeLinesStays() {
    String in = "Readers of the Valley Gazette gave a record $212,000 in the paper's year-end campaign, the editor said.\n"
        + "The appeal ran at the bottom of every story on the website. It read:\n"
        + "\"Support local journalism.\n"
        + "If you value our reporting, please make a donation today. Every gift keeps our reporters in your town.\n"
        + "Donate now\"\n"
        + "More than 3,000 people gave, most of them less than $50, the paper said on Monday.\n";
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void aSentenceQuotedInsideALineCountsNoCuesForRulesThatCountThem() {
    // consent-text and the appeal rules need two or three cues: those inside a quoted sentence
    // are the article's
    String de = "Ein Online-Versandhändler muss seinen Cookie-Banner nach einem Urteil des Landgerichts umgestalten.\n"
        + "Darüber stand der Satz: „Wir verwenden Cookies, um Ihnen das beste Einkaufserlebnis zu bieten. Mit Klick "
        + "auf ‚Alle akzeptieren‘ stimmen Sie der Verarbeitung Ihrer Daten durch uns und 143 Partner zu.“\n"
        + "Der Händler kann gegen das Urteil Berufung einlegen, teilte das Gericht am Dienstag mit.\n";
    assertThat(clean(de)).isEqualTo(de);
    // a quoted label inside the furniture's own sentence does not save it
    String en = "The council voted on Tuesday to close the old swimming pool after inspectors found cracks.\n"
        + "We and our 143 partners store and access information on your device.\n"
        + "You can change your mind at any time from the \"Privacy choices\" link at the foot of every page.\n";
    assertThat(clean(en)).doesNotContain("Privacy choices");
  }

  @Test
  void aPagersArrowsAreNoQuotation() {
    String in = "The council voted on Tuesday to close the old swimming pool after inspectors found cracks.\n"
        + "« PREVIOUS\nNEXT »\n";
    assertThat(clean(in)).doesNotContain("PREVIOUS");
  }

  @Test
  void anUnclosedQuotationMarksNothingElse() {
    assertThat(Quotations.opensUnclosed("\"Support local journalism.")).isTrue();
    assertThat(Quotations.opensUnclosed("\"Support\" it said")).isFalse();
    assertThat(Quotations.closesUnopened("Donate now\"")).isTrue();
    assertThat(Quotations.closesUnopened("He said \"now\"")).isFalse();
  }

  @Test
  void aLetterQuotedOverParagraphsUnderAColonStays() {
    String in = "Das Theater startete am Mittwoch einen Spendenaufruf, der seit Donnerstag in der ganzen Stadt hängt. Darin heißt es:\n\n"
        + "„Liebe Bürgerinnen und Bürger,\n\n"
        + "seit 1911 spielen wir für Sie. Jetzt brauchen wir Sie.\n\n"
        + "Unterstützen Sie Ihr Theater – jeder Euro zählt.\n\n"
        + "Jetzt spenden und Teil der Rettung werden!“\n\n"
        + "Bis Freitag kamen nach Angaben des Fördervereins bereits 86.000 Euro zusammen, sagte die Intendantin.\n";
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void withoutAColonAboveItAQuotationDoesNotRunOverBlankLines() {
    LineFacts introduced = new LineFacts(dev.winnow.document.Document.of("t.txt",
        "It read:\n\n\"Support local journalism.\n\nDonate now to keep our reporters in town\"\n"));
    assertThat(introduced.quoted(4)).isTrue();
    LineFacts apart = new LineFacts(dev.winnow.document.Document.of("t.txt",
        "The appeal ran on every page.\n\n\"Support local journalism.\n\nDonate now to keep our reporters in town\"\n"));
    assertThat(apart.quoted(4)).isFalse();
  }

  @Test
  void aLettersLastSentenceOverItsValedictionAndSignatureStays() {
    String in = "The food bank at St Mary's has run out of tinned vegetables and baby formula for the first time.\n"
        + "We are also short of volunteer drivers on Tuesday mornings, and any help with the rota is welcome.\n"
        + "Thank you for reading this far. Thank you even more if you can help.\n\nWith every good wish,\nClaire\n";
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void aLettersBankDetailsUnderAShortLineEndingWithAColonStay() {
    String in = "Мне очень тяжело писать это письмо, но другого выхода у нашей семьи сейчас просто нет.\n"
        + "Если вы можете помочь, вот реквизиты:\n"
        + "Получатель: Мельникова Анна Игоревна\n"
        + "Номер карты: 2202 2053 7719 4026\n"
        + "Назначение платежа: «На лечение Сергея»\n"
        + "Если помочь деньгами не получается, пожалуйста, просто расскажите о нас друзьям и знакомым.\n";
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void aShortHeadingOverTheArticlesOwnListStaysThoughItNamesANewsletter() {
    String in = "По его подсчётам, платную подписку оформили уже почти две тысячи читателей из разных городов.\n"
        + "Как устроена рассылка:\n- одно письмо в неделю, по воскресеньям\n- каждый текст проверяет второй врач\n"
        + "- никакой рекламы лекарств и биодобавок\n"
        + "Сам автор говорит, что не собирается расширять проект и по-прежнему пишет все тексты сам.\n";
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void aSentenceThatNamesAnAppAndEndsWithAColonOverTheItemsThatFinishItStays() {
    String in = "Police have launched an app for witnesses to send in dashcam and phone footage of crimes.\n\n"
        + "The app, called WitnessDrop, is free for iPhone and Android phones. Once it is installed, users can:\n\n"
        + "upload clips of up to 2GB directly from their camera roll;\n\n"
        + "pin the spot where the footage was filmed.\n\n"
        + "Officers said the first clips had already helped them to charge two drivers.\n";
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void aNumberedStepThatNamesAnAppStays() {
    String in = "La métropole lance une application pour connaître les jours de collecte des déchets.\n\n"
        + "Comment l'installer\n"
        + "1. Téléchargez l'application « Kelbac » sur l'App Store ou Google Play.\n"
        + "2. Saisissez votre adresse ou activez la géolocalisation.\n"
        + "3. Choisissez les notifications que vous souhaitez recevoir.\n\n"
        + "Les habitants pourront aussi y signaler des dépôts sauvages, a précisé la métropole.\n";
    assertThat(clean(in)).isEqualTo(in);
    // alone, the same line is the site's app promotion
    String promo = "La métropole lance une application pour connaître les jours de collecte des déchets.\n\n"
        + "Téléchargez l'application « Kelbac » sur l'App Store ou Google Play.\n\n"
        + "Les habitants pourront aussi y signaler des dépôts sauvages, a précisé la métropole.\n";
    assertThat(clean(promo)).doesNotContain("App Store");
  }

  @Test
  void theSourceLineUnderATableStays() {
    String in = "Авиакомпании сократили число рейсов между сибирскими городами почти вдвое, следует из расписаний.\n"
        + "Маршрут | Рейсов в неделю в 2024 | Рейсов в неделю в 2025\n"
        + "Новосибирск — Томск | 14 | 7\n"
        + "Омск — Тюмень | 10 | 6\n"
        + "Источник: расписания авиакомпаний, расчеты редакции\n\n"
        + "Для пассажиров сокращение рейсов означает рост цен и пересадки, отмечают эксперты.\n";
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void aHeadlineThatOpensWithAQuotedSloganStays() {
    String in = "\"Hazte socio, hazte Almenara\": el Deportivo congela el precio del abono para la próxima temporada\n"
        + "El club mantiene las tarifas por tercer año consecutivo y lanza un carné familiar con descuento.\n"
        + "El Deportivo Almenara presentó este lunes su campaña de abonos para la temporada que viene.\n";
    assertThat(clean(in)).isEqualTo(in);
    // the same slogan as the page's own call is furniture
    String call = "El club mantiene las tarifas por tercer año consecutivo y lanza un carné familiar con descuento.\n"
        + "Hazte socio, hazte Almenara: desde 5 euros al mes\n";
    assertThat(clean(call)).doesNotContain("Hazte socio");
    // a newsletter's quoted name with the pitch around it stays furniture
    String letter = "El club mantiene las tarifas por tercer año consecutivo y lanza un carné familiar con descuento.\n"
        + "📬 «Молдова за 5 минут» — наша рассылка по пятницам. Главное за неделю, без шума.\n";
    assertThat(clean(letter)).doesNotContain("Молдова");
  }

  @Test
  void aRowOfPlacesThatAShortLineAnnouncesStays() {
    String in = "Drei Jahre nach Einführung der Obergrenze für Gästebetten stoßen die ersten Gemeinden an ihre Grenzen.\n\n"
        + "Betroffen sind laut Landesverwaltung folgende Gemeinden:\n"
        + "Bruneck · Olang · Rasen-Antholz · Welsberg-Taisten · Prags\n\n"
        + "In mehreren weiteren Gemeinden sind weniger als fünfzig Betten übrig, teilte die Landesverwaltung mit.\n";
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void anItemOfTheArticlesOwnCreditsStays() {
    String in = "La película se estrena el viernes en cuarenta salas de toda España, según la distribuidora.\n\n"
        + "Título: El verano de los tejados\nDirección: Óscar Llamazares\nGuion: Óscar Llamazares y Elena Prats\n"
        + "Fotografía: Marta Echevarría\nMúsica: Los Hermanos Ruano\nDuración: 104 minutos\n\n"
        + "El director ya prepara su próximo proyecto, una serie para una plataforma, según la productora.\n";
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void anItemOfCreditsUnderALongCastListStays() {
    // the cast runs to nine words; the credits go on past the item below it
    String in = "Conviene verla en pantalla grande, aunque su tramo final se alarga más de la cuenta.\n\n"
        + "Ficha técnica\nTítulo: La última cosecha\nDirección y guion: Nerea Bastida\n"
        + "Reparto: Ramón Villarejo, Lucía Prendes, Héctor Baena, Alba Cienfuegos\n"
        + "Fotografía: Iratxe Goñi\nMúsica: Xabier Lasa\nDuración: 104 minutos\n";
    assertThat(clean(in)).isEqualTo(in);
    // a credit under a long caption-like line with nothing labelled below it stays a credit
    String picture = "Conviene verla en pantalla grande, aunque su tramo final se alarga más de la cuenta.\n\n"
        + "Reparto: Ramón Villarejo, Lucía Prendes, Héctor Baena, Alba Cienfuegos\n"
        + "Fotografía: Iratxe Goñi\n\n"
        + "La película se estrena el viernes en cuarenta salas de toda España, según la distribuidora.\n";
    assertThat(clean(picture)).doesNotContain("Fotografía: Iratxe Goñi");
  }

  @Test
  void theRowsOfATableFlattenedWithBarsStay() {
    String in = "La mancomunidad cortará el agua por la noche en seis municipios durante el verano.\n\n"
        + "Los horarios de corte por municipio quedan así:\n\n"
        + "Municipio | Horario de corte | Desde\n"
        + "Castillo de Locubín | 23.00 a 7.00 | 1 de julio\nAlcaudete | 0.00 a 6.00 | 15 de julio\n"
        + "Frailes | 23.00 a 7.00 | 1 de agosto\nValdepeñas de Jaén | 0.00 a 7.00 | 1 de agosto\n"
        + "Los Villares | 1.00 a 6.00 | 11 de agosto\nFuensanta de Martos | 0.00 a 6.00 | 11 de agosto\n\n"
        + "El presidente de la mancomunidad defiende que las restricciones son imprescindibles este año.\n";
    assertThat(clean(in)).isEqualTo(in);
    // menus split by bars hold no figures
    String menus = "El presidente de la mancomunidad defiende que las restricciones son imprescindibles este año.\n\n"
        + "Inicio | Jaén | Provincia | Deportes\nCultura | Opinión | Sucesos | Agenda\nContacto | Aviso legal | Cookies | Publicidad\n";
    assertThat(clean(menus)).doesNotContain("Inicio | Jaén");
  }

  @Test
  void theHeadingOfTheArticlesNumberedStepsStays() {
    String in = "Городские службы запустили приложение, которое предупреждает жителей об отключениях воды и света.\n\n"
        + "Как подписаться на уведомления\n"
        + "1. Скачайте приложение «Казань.Сигнал» в RuStore или App Store.\n"
        + "2. Войдите по номеру телефона — пароль не нужен.\n"
        + "3. Укажите домашний адрес и, если нужно, адрес работы.\n\n"
        + "В мэрии говорят, что за первую неделю приложение установили почти сорок тысяч человек.\n";
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void aPriceListThatASentenceIntroducesStaysWhole() {
    String in = "Trois opérateurs ont annoncé des hausses de prix à leurs clients à partir du 1er septembre.\n\n"
        + "Voici les nouveaux tarifs des offres les plus vendues :\n"
        + "Fibrea Essentiel : 29,99 € par mois, au lieu de 26,99 €\nFibrea Premium : 44,99 € par mois, au lieu de 39,99 €\n"
        + "Netalis Box Fibre : 32,99 € par mois, au lieu de 30,99 €\nAldora Connect Power : 41,99 € par mois, au lieu de 37,99 €\n\n"
        + "Pour un foyer, la hausse peut représenter jusqu'à 60 euros par an, selon l'association de consommateurs.\n";
    assertThat(clean(in)).isEqualTo(in);
  }
}
