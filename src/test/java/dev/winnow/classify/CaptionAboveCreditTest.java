package dev.winnow.classify;

import static dev.winnow.classify.ContextFixtures.PROSE1;
import static dev.winnow.classify.ContextFixtures.PROSE2;
import static dev.winnow.classify.ContextFixtures.clean;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The context pass's captions: the caption-sized line directly above a bare picture credit. */
class CaptionAboveCreditTest {
  @Test
  void aCaptionBetweenParagraphsGoesWithItsCredit() {
    String in = PROSE1 + "The pool's main hall, closed since the spring\nPhoto: Anna Jones\n" + PROSE2;
    assertThat(clean(in)).isEqualTo(PROSE1 + PROSE2);
  }

  @Test
  void theLeadPicturesCaptionSetApartFromItsCreditGoesUnderTheShareRowOrTheDateline() {
    String head = "Council votes to close the old swimming pool\n\nBy Anna Jones\n\n";
    String picture = "Swimmers leave the main hall on its last day, on Saturday morning.\n\nPhoto: Tom Ashworth/The Courier\n\n";
    String body = PROSE1 + "\n" + PROSE2;
    String shared = head + "Share on Facebook | Share on X | Copy link\n\n" + picture + body;
    assertThat(clean(shared)).isEqualTo(head + body);
    String dated = head + "12 March 2025\n\n" + picture + body;
    assertThat(clean(dated)).isEqualTo(head + "12 March 2025\n\n" + body);
    // between paragraphs, set apart, the line may be the article's over a picture without a caption
    String between = head + PROSE1 + "\nThe council will now look for a buyer for the building and its grounds.\n\n"
        + "Photo: Tom Ashworth/The Courier\n\n" + PROSE2;
    assertThat(clean(between)).contains("The council will now look for a buyer");
    // there the caption has no full stop, or ends on the day it shows
    String day = head + PROSE1 + "\nSandbags stacked outside a shop on Market Place on Saturday morning.\n\n"
        + "Photo: Tom Ashworth/The Courier\n\n" + PROSE2;
    assertThat(clean(day)).doesNotContain("Sandbags");
    // a line that names the credit in the middle is no credit of its own
    String ru = head + "3 марта 2025\n\nРазработка может в несколько раз снизить стоимость диагностики газопроводов\n\n"
        + "Сотрудник лаборатории испытывает прототип датчика. Фото: пресс-служба ТПУ\n\n" + body;
    assertThat(clean(ru)).contains("Разработка может в несколько раз");
  }

  @Test
  void thePagesStampOverTheLeadPicturesCreditStays() {
    String head = "The shelf life of a debut novel\nBy Dashiell Farrokh\nMarch 9, 2025\nUpdated March 10, 2025, 9:14 a.m. ET\n";
    String in = head + "Illustration by Wren Castellano for The Ledger\n" + PROSE1 + PROSE2;
    assertThat(clean(in)).contains("Updated March 10, 2025, 9:14 a.m. ET").doesNotContain("Illustration by");
  }

  @Test
  void aCaptionThatNamesAPlayInQuotationMarksGoesToo() {
    String in = PROSE1 + "Кирилл Ветров на репетиции спектакля «Лес» в марте\nФото: пресс-служба театра\n" + PROSE2;
    assertThat(clean(in)).isEqualTo(PROSE1 + PROSE2);
  }

  @Test
  void captionsInOtherLanguagesAndUnderTheDateline() {
    String de = "Berlin, 28.11.2024\nEin Monteur installiert eine Wärmepumpe an einem Einfamilienhaus.\n"
        + "Foto: Stefanie Brandl\n"
        + "Die Zahl der Anträge auf Förderung für Wärmepumpen hat einen neuen Höchststand erreicht.\n";
    assertThat(clean(de)).isEqualTo("Berlin, 28.11.2024\n"
        + "Die Zahl der Anträge auf Förderung für Wärmepumpen hat einen neuen Höchststand erreicht.\n");
    String ru = "Порыв теплотрассы произошёл во вторник около шести часов вечера на улице Металлургов.\n"
        + "Аварийная бригада на улице Металлургов во вторник вечером\n"
        + "Фото: пресс-служба администрации\n"
        + "Как сообщили в компании, повреждение обнаружено на участке трубы длиной сорок метров.\n";
    assertThat(clean(ru)).doesNotContain("Аварийная бригада").contains("Порыв теплотрассы", "Как сообщили");
  }

  @Test
  void aParagraphAboveACaptionlessPictureStays() {
    // longer than a caption: a picture without a caption has the article directly above its credit
    String para = "The Environment Agency said the scheme, completed last year, had protected around "
        + "600 properties that would otherwise have been at risk.\n";
    String in = PROSE1 + para + "Photo: Anna Jones\n" + PROSE2;
    assertThat(clean(in)).isEqualTo(PROSE1 + para + PROSE2);
  }

  @Test
  void aSubheadingAboveAPictureStays() {
    // a line of a few words above a credit is the article's next section, not a caption
    String in = PROSE1 + "Pricing and the competition\nKevin Lindqvist/The Ledger\n" + PROSE2;
    assertThat(clean(in)).isEqualTo(PROSE1 + "Pricing and the competition\n" + PROSE2);
  }

  @Test
  void theStandfirstUnderTheHeadlineStays() {
    String in = "Pool to close\nInspectors found cracks in the main hall\nPhoto: Anna Jones\n" + PROSE1 + PROSE2;
    assertThat(clean(in)).isEqualTo("Pool to close\nInspectors found cracks in the main hall\n" + PROSE1 + PROSE2);
  }

  @Test
  void aPictureSetApartUnderTheBylineGoesAfterTheShareRow() {
    // a blank line above the caption and under its credit, the headline above: a picture's block,
    // though the line above it is furniture and the caption runs to 17 words
    String head = "Council to close the old pool\nBy Anna Jones\n";
    String in = head + "Share  Facebook  X  Email\n\n"
        + "Swimmers queue outside the old pool on the last morning before the council closes it for good.\n"
        + "Photo: Mark Hill / The Courier\n\n" + PROSE1 + PROSE2;
    assertThat(clean(in)).isEqualTo(head + "\n" + PROSE1 + PROSE2);
  }

  @Test
  void aPictureRightUnderTheFurnitureUnderTheBylineGoes() {
    // no blank line: the share row, which the rules removed, sets the picture apart
    String head = "Council to close the old pool\nBy Anna Jones\nUpdated June 5, 2024, 9:10 a.m.\n";
    String in = head + "Share  Facebook  X  Email\n"
        + "Swimmers queue outside the old pool on the last morning before the council closes it for good.\n"
        + "Photo: Mark Hill / The Courier\n\n" + PROSE1 + PROSE2;
    assertThat(clean(in)).isEqualTo(head + "\n" + PROSE1 + PROSE2);
  }

  @Test
  void theLeadPicturesCaptionRightUnderTheDatelineMayRunTo20Words() {
    String head = "Council to close the old pool\nBy Anna Jones\nUpdated June 5, 2024, 9:10 a.m.\n";
    String caption = "Lorna Beckett waits for the Route 12 bus outside the Millbrook Plaza shopping center on Tuesday afternoon.\n";
    assertThat(clean(head + caption + "Jonah Whitlock / Riverbend Voice\n\n" + PROSE1 + PROSE2)).isEqualTo(head + "\n" + PROSE1 + PROSE2);
  }

  @Test
  void aPictureBlockSetApartMayHaveACaptionOfTwoSentences() {
    String head = "Council to close the old pool\nBy Anna Jones\nUpdated June 5, 2024, 9:10 a.m.\n";
    String caption = "A lifeguard watches the last swimmers in the main hall on Sunday. The hall has been open since 1974 and "
        + "will close for good in June.\n";
    // under a reading time the rules removed, with a second credit line under the first
    String in = head + "4 min read\n" + caption + "Photo: Mark Hill\n© Valley Courier\n" + PROSE1 + PROSE2;
    assertThat(clean(in)).isEqualTo(head + PROSE1 + PROSE2);
    // between paragraphs, with no blank line or furniture to set it apart, two sentences are the article's
    String between = PROSE1 + caption + "Photo: Mark Hill\n" + PROSE2;
    assertThat(clean(between)).contains(caption);
  }

  @Test
  void aLiveEntrysLastLineOverTheWiresSignStays() {
    String entry = "Une cellule d'information du public a été ouverte au 04 68 55 20 91.\n";
    String in = PROSE1 + "15:40\nLe village de Villerouge évacué\n" + entry + "(AFP)\n15:12\n" + PROSE2;
    assertThat(clean(in)).contains(entry).doesNotContain("(AFP)");
  }

  @Test
  void aParagraphUnderACaptionlessPicturesCreditIsNoCaptionOfTheNextPicture() {
    String in = "Telescope captures sharpest image yet of a dying star\n"
        + "Astronomers have released the most detailed image ever taken of a star in the final stages of its life.\n"
        + "PHOTO: AP PHOTO/RODRIGO ABD\n"
        + "Researchers say the star appears to be changing rapidly, and may be about to become a yellow hypergiant "
        + "before eventually exploding as a supernova.\n"
        + "EPA/JOSE MENDEZ\n"
        + "\"This is the first time we have been able to zoom in on a star in another galaxy,\" said the lead author.\n";
    assertThat(clean(in)).contains("Researchers say the star").doesNotContain("PHOTO:", "EPA/");
  }

  @Test
  void theArticleUnderACaptionlessPictureStaysOverACreditThatCarriesItsOwnCaption() {
    // "Здание Басманного суда. © …" is a picture with its caption on the credit's line: the
    // sentence above it, under another picture's credit, is the article going on
    String in = "Суд арестовал бывшего замминистра обороны\n"
        + "По версии следствия, чиновник получил от подрядчиков не менее 50 млн рублей.\n"
        + "Фото: Иван Петров / РИА Новости\n"
        + "Сам обвиняемый вину не признал. Его адвокат заявил, что обжалует решение суда.\n"
        + "Здание Басманного суда. © Сергей Ильин/Коммерсантъ\n"
        + "Это уже седьмое уголовное дело в отношении сотрудников ведомства за последний год.\n";
    assertThat(clean(in)).contains("Сам обвиняемый вину не признал.").doesNotContain("Фото:", "©");
  }

  @Test
  void aPictureBlockMayRunStraightIntoTheArticle() {
    // set apart above, but with the article's first paragraph right under the credit
    String head = "Retraites agricoles : le Sénat adopte la revalorisation\nPar Camille Roussel\n";
    String in = head + "Partager sur Facebook  Partager sur X  Copier le lien\n\n"
        + "Un exploitant agricole dans son champ de colza, à Saint-Aignan (Loir-et-Cher), le 12 avril 2024.\n"
        + "THOMAS VIGNAL / PHOTOPRESSE\n" + PROSE1 + PROSE2;
    assertThat(clean(in)).isEqualTo(head + "\n" + PROSE1 + PROSE2);
  }

  @Test
  void aPictureBlockWithASubheadingUnderItsCreditIsNoFigure() {
    // under the credit a subheading, not a sentence of prose: the line above the credit may be
    // the standfirst of a picture without a caption
    String head = "Council to close the old pool\nBy Anna Jones\n";
    String in = head + "Share  Facebook  X  Email\n\n"
        + "Swimmers queue outside the old pool on its last morning\n"
        + "Photo: Mark Hill / The Courier\nWhat happens next\n" + PROSE1 + PROSE2;
    assertThat(clean(in)).contains("Swimmers queue outside the old pool");
  }

  @Test
  void aStandfirstWithACreditRightUnderTheHeadlineIsNoPictureBlock() {
    // no blank line above it: it follows the headline as its standfirst
    String in = "Pool to close\nInspectors found cracks in the main hall of the old pool\nPhoto: Mark Hill\n\n" + PROSE1 + PROSE2;
    assertThat(clean(in)).contains("Inspectors found cracks");
  }

  @Test
  void theLastParagraphAboveTheSiteCopyrightStays() {
    // the article does not go on below the credit: a footer's copyright, not a picture's
    String last = "The pool will close on Friday.\n";
    String in = PROSE1 + PROSE2 + last + "© 2024 Valley Courier\n";
    assertThat(clean(in)).isEqualTo(PROSE1 + PROSE2 + last);
  }

  @Test
  void aCaptionGoesWhenALinkToAnotherStorySitsBetweenItsPictureAndTheText() {
    // the article goes on two lines below, past a "Read more:" line the rules drop
    String in = PROSE1 + "\nThe bus lane cameras on Castlegate, close to the Mill Road junction\n"
        + "Image: Tamesworth City Council\n\nRead more: Parents urged to accept school places\n\n" + PROSE2;
    assertThat(clean(in)).isEqualTo(PROSE1 + "\n" + PROSE2);
  }

  @Test
  void theLastParagraphStaysWhenOnlyFurnitureFollowsTheCopyright() {
    // no sentence of prose below the credit within reach: the foot of the page, not a picture
    String last = "The pool will close on Friday and reopen next spring.\n";
    String in = PROSE1 + PROSE2 + last + "© 2024 Valley Courier\n\nRead more: Council budget approved\n"
        + "Tags: Pools\n";
    assertThat(clean(in)).startsWith(PROSE1 + PROSE2 + last);
  }

  @Test
  void aLongerCaptionThatEndsBySayingWhenGoesButAParagraphThatSaysWhenInItsClauseStays() {
    // 17 words and a full stop: a caption when the date is set off by a comma at its end
    String caption = "Workers gather outside the main gate of the Los Quebrachos copper mine in northern Chile, Feb. 27, 2025.\n";
    assertThat(clean(PROSE1 + caption + "Photo: Ignacio Ferrán/Harborline\n" + PROSE2)).isEqualTo(PROSE1 + PROSE2);
    String para = "Upstream, in the Dales, dozens of properties were flooded and one village was cut off for most of Saturday.\n";
    assertThat(clean(PROSE1 + para + "(Getty Images)\n" + PROSE2)).isEqualTo(PROSE1 + para + PROSE2);
  }

  @Test
  void aListUnderAShortHeadingWithAColonKeepsItsItemsAndEndsAtItsLastItem() {
    // the items end with semicolons; the banner line after the list's last item is not the list's
    String head = "Le tribunal administratif a rejeté mardi le recours de la société contre la sanction de la CNIL.\n"
        + "Ce que reproche la CNIL :\n"
        + "un bouton de refus absent du premier niveau du bandeau ;\n"
        + "des cookies déposés avant tout consentement ;\n"
        + "l'impossibilité de retirer son consentement aussi facilement qu'on l'avait donné.\n";
    String tail = "\nLa société dispose de deux mois pour faire appel de cette décision devant le Conseil d'État.\n";
    String in = head + "Nous utilisons des cookies pour améliorer votre expérience sur notre site.\n" + tail;
    assertThat(clean(in)).isEqualTo(head + tail);
  }

  @Test
  void aListUnderAShortHeadingStaysWhenRulesTookOnlySomeOfItsItems() {
    // a paper's new prices: three items read as a paywall's offer, the fourth as nothing
    String list = "Новые цены на первое полугодие 2026 года:\n"
        + "Подписка на 1 месяц — 320 руб.\nПодписка на 3 месяца — 930 руб.\nПодписка на 6 месяцев — 1 790 руб.\n"
        + "Электронная версия (PDF) — 150 руб. в месяц\n";
    String in = PROSE1 + list + "\n" + PROSE2;
    assertThat(clean(in)).isEqualTo(in);
    // a box the rules take whole is no list of the article's
    String box = PROSE1 + "Все материалы сайта доступны по подписке:\n"
        + "Подписка на 1 месяц — 320 руб.\nПодписка на 3 месяца — 930 руб.\n\n" + PROSE2;
    assertThat(clean(box)).doesNotContain("Подписка на 3 месяца");
  }

  @Test
  void aTableFlattenedWithBarsKeepsItsHeadAndRows() {
    String table = "Новые тарифы выглядят так:\nВид проезда | Сейчас | С 1 апреля\n"
        + "Разовая поездка (наличные) | 38 руб. | 45 руб.\nПроездной на месяц | 1900 руб. | 2200 руб.\n\n";
    assertThat(clean(PROSE1 + table + PROSE2)).isEqualTo(PROSE1 + table + PROSE2);
    // a menu of bars is no table's head: no row of figures under it
    assertThat(clean(PROSE1 + "\nNews | Sport | Business | Culture\n\n" + PROSE2)).doesNotContain("News | Sport");
  }

  @Test
  void anExampleSetApartInsideASentenceStays() {
    String in = "For decades, the agency's stories have ended with a line naming every reporter. Under the new format, a story that until now closed with\n\n"
        + "Reporting by Kwame Asante in Accra; Editing by Louise Brandt and Simon Ochieng\n\nwill instead close with\n\n"
        + "Kwame Asante reported from Accra. Edited by the Africa desk.\n\n" + PROSE1 + PROSE2;
    assertThat(clean(in)).contains("\nReporting by Kwame Asante in Accra; Editing by Louise Brandt and Simon Ochieng\n");
    // at a story's foot the same credit goes
    assertThat(clean(PROSE1 + PROSE2 + "\nReporting by Kwame Asante in Accra; Editing by Louise Brandt\n")).doesNotContain("Reporting by");
  }

  @Test
  void aCreditThatCarriesItsOwnCaptionTakesNoLineAbove() {
    // "(Image: GETTY)" closes a caption on its own line: the paragraph above is the article's
    String para = "However, with three confirmed diagnoses, the public is beginning to panic over an outbreak.\n";
    String in = PROSE1 + para + "Yersinia pestis causes the plague (Image: GETTY)\n" + PROSE2;
    assertThat(clean(in)).isEqualTo(PROSE1 + para + PROSE2);
  }

  @Test
  void aCreditWithItsAgencyInBracketsIsStillABareCredit() {
    // "Foto: Name (Agency)": a label before the bracket, so the line above is its caption
    String caption = "Die Parkplätze am Kasernenplatz gehören zu den meistgenutzten der Stadt.\n";
    String in = PROSE1 + caption + "Foto: Reto Amstutz (Keystone)\n" + PROSE2;
    assertThat(clean(in)).isEqualTo(PROSE1 + PROSE2);
  }

  @Test
  void aListOfShortItemsEndsAtTheFirstLongerLine() {
    // the correction after the list is a note about the page, not one of the items
    String list = "The county emergency management office has opened three warming centers:\n"
        + "Harlan Community Center, 210 Elm St., open around the clock\n"
        + "Pike Township Fire Station 3, 4410 Route 9, open until 10 p.m.\n";
    String in = PROSE1 + list
        + "Correction: An earlier version of this update listed the wrong address for the Pike Township fire station.\n\n"
        + PROSE2;
    assertThat(clean(in)).isEqualTo(PROSE1 + list + "\n" + PROSE2);
  }

  @Test
  void aBlockThatOnlyThePagesEndClosesIsIntroducedByItsFirstLineOnly() {
    // no blank line below: the page (extracted from HTML, say) runs on into its furniture
    String in = PROSE1 + "The website for the initiative contains the following statement:\n"
        + "\"South Dakota has a problem, and we can approach it from different angles.\"\n" + PROSE2
        + "Get the latest updates right in your inbox. Subscribe to our newsletters.\n";
    assertThat(clean(in)).doesNotContain("Subscribe to our newsletters");
  }

  @Test
  void aQuotedSentenceOrABylineAboveACreditStays() {
    String quote = "“It is not justified on a purely speculative basis,” he said.\n";
    assertThat(clean(PROSE1 + quote + "EPA\n" + PROSE2)).isEqualTo(PROSE1 + quote + PROSE2);
    String byline = "Text: Daria Nikonova\n";
    assertThat(clean(PROSE1 + byline + "Photo: Anna Jones\n" + PROSE2)).isEqualTo(PROSE1 + byline + PROSE2);
  }

  @Test
  void theFirstItemOfAListThatASentenceIntroducesStays() {
    // a price a paywall rule would take, under a sentence of the article ending with a colon
    String in = PROSE1 + "The appeal offered three levels of monthly support to its readers:\n\n"
        + "$5 a month, listed as \"Reader\"\n$15 a month, listed as \"Supporter\"\n" + PROSE2;
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void aBannerThatTheArticleQuotesUnderAColonStaysWhole() {
    // the whole block set apart under "It read:" is the quotation, not the first line alone
    String in = PROSE1 + "The banner at the heart of the case appeared at the foot of every page. It read:\n\n"
        + "We value your privacy\n"
        + "We and our partners store and access cookies to improve your experience. By clicking \"Accept all\", you agree.\n"
        + "Accept all\nManage preferences\n\n" + PROSE2;
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void aPageWithoutBlankLinesDoesNotRunTheIntroducedListIntoItsFurniture() {
    // a block of more than six lines: only its first line counts as introduced
    String in = PROSE1 + "Olsen is the club's fourth signing of the January window, after:\n"
        + "Tom O'Connell (Burton Albion)\nJack Marland (loan, Peterborough United)\nRyan Bassett (Shrewsbury Town)\n"
        + "Advertisement\nShare  Facebook  X  Email\nComments\nRead more: Pool closes\n" + PROSE2;
    assertThat(clean(in)).contains("Ryan Bassett").doesNotContain("Advertisement", "Share  Facebook");
  }

  @Test
  void aNumberTheSentenceGivesEndsTheBlockAboveANewsletterBox() {
    // no blank line between the phone number and the page's newsletter box under it
    String ru = "Вакцинироваться от гриппа ещё не поздно: прививочные кабинеты всех поликлиник работают до восьми вечера.\n"
        + "Узнать адрес ближайшего пункта можно по единому справочному телефону:\n8 (343) 555-21-40\n";
    String box = "Рассылка «Здоровье края»: раз в неделю — новости медицины и советы врачей. Подпишитесь, это бесплатно\n"
        + "Ваш e-mail\nПодписаться\n";
    assertThat(clean(ru + box + "\n" + PROSE2)).isEqualTo(ru + "\n" + PROSE2);
  }

  @Test
  void creditsThatTheArticleIntroducesWithAColonStay() {
    String in = PROSE1 + "Under the new guidelines, photographs must be credited in the format:\n"
        + "Photo: Name Surname / Northpress\n" + PROSE2;
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void aQuotedFormsButtonsSetApartLineByLineStayUnderItsColon() {
    String in = PROSE1 + "\nOn every page sits the same sober form, which the team has hardly changed since the launch:\n\n"
        + "« Abonnez-vous pour recevoir chaque semaine la lettre dans votre boîte mail. »\n\n"
        + "S'abonner – 5 € par mois\n\nDéjà abonné ? Se connecter\n\n" + PROSE2;
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void buttonsUnderAQuotedLineAtThePagesEndAreItsFurniture() {
    // no longer line of the article below them: the page ends in its own buttons
    String in = PROSE1 + "\nOn every page sits the same sober form, which the team has hardly changed since the launch:\n\n"
        + "« Abonnez-vous pour recevoir chaque semaine la lettre dans votre boîte mail. »\n\n"
        + "S'abonner – 5 € par mois\n\nDéjà abonné ? Se connecter\n";
    assertThat(clean(in)).doesNotContain("Se connecter");
  }

  @Test
  void aParagraphOfTwoSentencesAboveAnAdMarkingIsNoCaption() {
    String in = "Урожай зерна в России оценили в 131 млн тонн\n\n" + "МОСКВА, 3 сентября. Урожай зерна в этом году может "
        + "превысить прошлогодний, сообщил замминистра сельского хозяйства.\n\n"
        + "Ранее отраслевые аналитики прогнозировали урожай на уровне 126 млн тонн. В июле Минсельхоз сохранял прогноз в 127 млн тонн.\n"
        + "Реклама · ООО «ТехноСтрой» · erid: 2VtzqvW8kLb\n\n"
        + "Экспортный потенциал в новом сельхозгоду оценивается в 53 млн тонн, добавил он на совещании в министерстве.\n";
    assertThat(clean(in)).contains("Ранее отраслевые аналитики").doesNotContain("erid");
  }

  @Test
  void countsThatASentenceIntroducesStayUpToTheNextIntroducingLine() {
    // seven lines under the colon, too many for one introduced block; the fifth introduces the
    // last two itself, so the first four are one block of counts
    String in = PROSE1 + "\nLa vidéo, publiée sans montage sur le compte de la boulangerie, dure 48 secondes. Cinq jours plus tard, elle affichait :\n"
        + "23,4 millions de vues\n1,9 million de « j'aime »\n214 000 partages\n37 600 commentaires\n"
        + "Le compte de la boulangerie, lui, a changé de dimension :\nAbonnés avant la vidéo : 840\nAbonnés ce jeudi : 512 000\n\n"
        + PROSE2;
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void anAppsSectionsThatASentenceIntroducesStayOnAPageWithoutBlankLines() {
    // no blank line closes the lists: the paragraph right under each does; "Главное за день" is
    // a read-more label as a rule reads it, and a list's heading as a block rule does
    String in = "«Вечерний Новосибирск» впервые за шесть лет переделал мобильное приложение\n"
        + "Прежняя версия обросла четырнадцатью рубриками, а в новой версии приложения остались пять разделов:\n"
        + "Главное\nМой район\nСпорт\nАфиша\nПогода\n"
        + "Раздел «Мой район» — главное нововведение: пользователь выбирает один или несколько районов города.\n"
        + "Изменились и уведомления: раньше приложение присылало до 15 сообщений в день, теперь их три вида:\n"
        + "Только срочное\nГлавное за день\nВсё подряд\n"
        + "Первые отзывы в магазинах приложений разделились: одни хвалят удобную ленту, другие не могут найти привычные рубрики.\n";
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void aSourceUnderABoxOfAdviceIsTheBoxs() {
    String in = PROSE1 + "\nQué recomiendan los médicos\nDescacharrá: vaciá todo recipiente que junte agua\n"
        + "Usá repelente y renovalo cada tres o cuatro horas\nNo tomes aspirina ni ibuprofeno si tenés fiebre\n"
        + "Consultá si la fiebre dura más de 48 horas\nFuente: Sociedad de Infectología del Noroeste\n\n" + PROSE2;
    assertThat(clean(in)).isEqualTo(in);
    // under a picture's caption it is the picture's
    String picture = PROSE1 + "\nVecinos limpian un patio en el barrio San Martín, el martes por la mañana.\n"
        + "Fuente: Sociedad de Infectología del Noroeste\n\n" + PROSE2;
    assertThat(clean(picture)).doesNotContain("Fuente:");
  }

  @Test
  void aTickersEntryAboveAnAdMarkingIsNoCaption() {
    // a hockey ticker's game clocks stamp its entries; the marking leads the ad below it
    String in = "«Кедр» взял первый матч финала в овертайме\n\n"
        + "64:18\nГОЛ! 4:3. Ерофеев подобрал отскок после броска от синей линии и переправил шайбу под перекладину.\n"
        + "61:05\nОвертайм начался. Играют три на три, первая смена у хозяев.\n"
        + "60:00\nОсновное время завершено — 3:3. Впереди 20-минутный овертайм до первой заброшенной шайбы.\n"
        + "Реклама. ООО «Бетлайн Север», ИНН 7704218856. erid: 2VtzqvMpRk4\n"
        + "57:41\nГОЛ! 3:3. Гости отыгрались в большинстве, бросок с правого круга попал точно в «домик».\n";
    assertThat(clean(in)).contains("Основное время завершено").doesNotContain("erid");
  }

  @Test
  void anEmbeddedPostsPlaceholderUnderTheSentenceThatIntroducesThePostGoes() {
    // the sentence introduces the post; the page saved only what stands in for it
    String in = PROSE1 + "Sheriff Dana Whitcomb posted a warning to residents who have not yet left the warning zone:\n"
        + "Allow X content?\n"
        + "This article includes content provided by X. We ask for your permission before anything is loaded, as they "
        + "may be using cookies and other technologies. To view this content, click ‘Allow and continue’.\n"
        + "Allow and continue\n\n" + PROSE2;
    assertThat(clean(in)).isEqualTo(PROSE1
        + "Sheriff Dana Whitcomb posted a warning to residents who have not yet left the warning zone:\n\n" + PROSE2);
  }

  @Test
  void theLastParagraphAboveTheTextsDatedCopyrightStays() {
    // "© 2025 ACP" credits the text, not a picture, even when tags follow it
    String last = "Une précédente grève, en novembre, avait entraîné l'annulation de plus de 1 200 vols en France.\n";
    String in = PROSE1 + last + "© 2025 ACP\nGrève  Transport aérien  Aéroport Nantes-Atlantique  Loire-Atlantique\n";
    assertThat(clean(in)).startsWith(PROSE1 + last);
  }

  @Test
  void aCaptionAboveALabelledPhotoCreditAtTheFootGoes() {
    // nothing of the article below the picture, but "Foto:" says what the credit credits
    String in = PROSE1 + PROSE2 + "Vecinos de Rafalet observan la crecida del barranco este lunes por la tarde.\n"
        + "Foto: Xavier Llorca\nHazte socio de La Voz del Bajo Segriño\n";
    assertThat(clean(in)).isEqualTo(PROSE1 + PROSE2);
  }
}
