package dev.winnow.classify;

import static dev.winnow.classify.ContextFixtures.PROSE1;
import static dev.winnow.classify.ContextFixtures.PROSE2;
import static dev.winnow.classify.ContextFixtures.clean;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Content the context steps keep: a live blog's own headline in the shape of a live link, and a
 * byline that stands between removed lines.
 */
class HeadlineAndBylineTest {
  @Test
  void aStandfirstWordedLikeANewsletterPitchStaysBetweenHeadlineAndByline() {
    String in = "Revue de presse\n"
        + "Grève des TER : « Le Petit Rhodanien » dénonce un « naufrage », « L'Écho des Causses » défend les cheminots\n"
        + "Chaque matin, notre sélection des unes et des éditoriaux de la presse régionale.\n"
        + "Par Inès Marchetti\nMercredi 12 mars 2025, 7 h 30\n\n" + PROSE1 + "\n" + PROSE2;
    assertThat(clean(in)).isEqualTo(in);
    // the same pitch under a long standfirst, over the byline, is a note of the page's
    String note = "Ultraportable laptops\nVantor Aero 14 review: a featherweight that finally lasts all day\n"
        + "Vantor's thinnest laptop swaps its old chip for an efficient design, and the battery gains are enormous, if your"
        + " software comes along for the ride and your budget stretches to the dearer model\n"
        + "When you purchase through links on our site, we may earn an affiliate commission. Here's how it works.\n"
        + "By Priya Castellane, Senior Hardware Editor\n\n" + PROSE1;
    assertThat(clean(note)).doesNotContain("affiliate commission");
  }

  @Test
  void aStaffCreditBetweenHeadlineAndDatelineIsTheByline() {
    String in = "Live: Storm Elowen brings flooding and 80mph gusts to south-west England\n"
        + "Edited by Fiona Garside, with reporting from Bethan Lowry in Penzance and Kwame Osei in Exeter\n"
        + "Last updated: Sunday 2 November 2025, 16:05 GMT\n\n" + PROSE1 + "\n" + PROSE2;
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void aRelativeTimeAndAWritersNameAndRoleBetweenShareButtonsAndACreditStay() {
    String in = "Skip to content\nHome  News  Sport  Weather  Watch  Listen  Learning  Culture\n"
        + "Aberystwyth hospital diverts ambulances as beds run out\n3 hours ago\nShare\nSave\n"
        + "Gwen Pryce\nHealth correspondent, ABN Wales\n\nImage source, Getty Images\n\n" + PROSE1 + "\n" + PROSE2;
    String out = clean(in);
    assertThat(out).contains("Aberystwyth hospital diverts ambulances as beds run out\n3 hours ago\n");
    assertThat(out).contains("Gwen Pryce\nHealth correspondent, ABN Wales\n");
    assertThat(out).doesNotContain("Share\nSave").doesNotContain("Getty Images");
  }

  @Test
  void aLiveBlogsHeadlineAboveItsLeadStays() {
    String in = "Inicio / Regiones / Boyacá\n\n"
        + "EN VIVO | Paro de transportadores en Boyacá: bloqueos en la vía hacia Tunja\n"
        + "Los conductores de carga protestan por el alza del precio del combustible desde la madrugada.\n"
        + PROSE1 + PROSE2;
    assertThat(clean(in)).startsWith("EN VIVO | Paro de transportadores");
  }

  @Test
  void aLiveBlogsHeadlineThatEndsWithTheScoreInBracketsStays() {
    // the closing bracket ends it like a sentence, but it is the headline over its standfirst
    String in = "Accueil / Sports / Rugby\n"
        + "EN DIRECT - Derby de la Loire : Saint-Aubin renverse Montval et s'impose (24-17)\n"
        + "Suivez le match de la 9e journée en direct depuis le stade des Mauges.\n"
        + PROSE1 + PROSE2;
    assertThat(clean(in)).startsWith("EN DIRECT - Derby de la Loire");
    // the same line further down, between paragraphs, is a link to another live page
    String link = "Accueil / Sports / Rugby\n" + PROSE1
        + "EN DIRECT - Derby de la Loire : Saint-Aubin renverse Montval et s'impose (24-17)\n"
        + "Share on Facebook\nShare on X\n";
    assertThat(clean(link)).doesNotContain("EN DIRECT");
  }

  @Test
  void aLiveBlogsHeadlineUnderTheSitesNameMottoAndMenuStays() {
    // the site's name over its motto: both weak, neither is the headline
    String in = "La Voz del Bajo Segriño\nPeriodismo local desde 1996\n"
        + "Inicio   Municipios   Sucesos   Educación   El tiempo   Agenda   Esquelas\n\n"
        + "EN VIVO | Temporal de lluvia en el Bajo Segriño: suspendidas las clases en seis municipios\n"
        + "La Aemet mantiene el aviso naranja por lluvias de hasta 120 litros por metro cuadrado en la comarca.\n"
        + PROSE1 + PROSE2;
    assertThat(clean(in)).startsWith("EN VIVO | Temporal de lluvia");
  }

  @Test
  void aLiveBlogsHeadlineAboveItsDatelineAndLeadStays() {
    // a dateline between the headline and its lead, and a removed live-stream link above
    String in = "Saltar al contenido principal\n🔴 Ver el Canal 24 Horas en directo\n\n"
        + "EN DIRECTO | Alerta roja por la DANA en Valencia: suspendidas las clases en 42 municipios\n"
        + "Actualizado 23.10.2025 | 12:47 h\n"
        + "La Agencia Estatal de Meteorología mantiene el aviso rojo en el litoral sur de Valencia.\n"
        + "Las autoridades piden a los vecinos que eviten los desplazamientos durante toda la jornada.\n";
    assertThat(clean(in)).startsWith("EN DIRECTO | Alerta roja");
  }

  @Test
  void aLiveHeadlineUnderAMottoAndARemovedStreamLineStays() {
    // the motto is the first long line; the headline's standfirst ends without a full stop
    String headline = "LIVE: Johannesburg water outage – pumps back online but supply will take days to recover\n";
    String in = "IBC News\nSouth Africa’s news, as it happens\n"
        + "Home | South Africa | Africa | World | Business | Sport | Radio | TV\n"
        + "LISTEN LIVE: IBC Radio Gauteng 94.1 FM\n\n" + headline
        + "Reservoirs in Soweto, Randburg and Midrand remain critically low after a 54-hour maintenance shutdown\n"
        + "By Thandeka Mokoena\n" + PROSE1 + PROSE2;
    assertThat(clean(in)).contains(headline).doesNotContain("LISTEN LIVE");
  }

  @Test
  void aLiveBlogsHeadlineOverItsControlsStampAndFirstEntryStays() {
    // controls, the writer, the update stamp and the first entry's time stand between the
    // headline and the first sentence
    String in = "Ir al contenido\nInicio / Noticias / Medellín\n\n"
        + "EN VIVO | Paro camionero: bloqueos en 14 puntos de las vías de Antioquia\n"
        + "Actualizar\nVer solo lo más importante\nCrónica en directo de Álvaro Peñalver\n"
        + "Actualizado: 18 de marzo de 2024, 12:40 p. m.\n\n12:40 p. m.\n"
        + "La Gobernación de Antioquia informó que persisten bloqueos en la vía Medellín-Bogotá.\n";
    assertThat(clean(in)).startsWith("EN VIVO | Paro camionero").doesNotContain("Ver solo lo más importante");
  }

  @Test
  void aLiveHeadlineOverItsStampTheFirstEntrysTimeAndHeadingStays() {
    // the entry's heading right under its time, then the entry: also once the controls are gone
    String in = "Portada  España  Mundo  Economía  Sociedad  Deportes  Cultura\n\n"
        + "Directo | Evacuados 1.200 vecinos por el incendio forestal de la sierra de Espadán\n"
        + "Actualizado: 24.03.2026 | 13:40 horas\nIr a la última actualización\nHay 2 actualizaciones nuevas\n\n"
        + "13:40\nLa UME se incorpora a la extinción\n"
        + "La Unidad Militar de Emergencias ha desplegado 140 efectivos y 35 vehículos en la zona.\n";
    assertThat(clean(in)).startsWith("Directo | Evacuados").doesNotContain("Hay 2 actualizaciones");
  }

  @Test
  void twoWritersNamesOverTheDatelineAreTheByline() {
    String head = "Las residencias que más cobran son las que más sanciones acumulan\n"
        + "Contexto ha analizado 1.412 expedientes sancionadores abiertos entre 2021 y 2025 en la región.\n";
    String in = head + "Elena Robles / Daniel Fuertes\n9 de marzo de 2026 — 21:58h\n\n"
        + "La Comunidad pagó el año pasado 640 millones de euros a las residencias privadas concertadas.\n";
    assertThat(clean(in)).contains("Elena Robles / Daniel Fuertes\n");
    // with the place they write from after a bar, which a menu rule reads as a row of items
    String withPlace = head + "Elena Robles / Daniel Fuertes | Valladolid\n9 de marzo de 2026 — 21:58h\n\n"
        + "La Comunidad pagó el año pasado 640 millones de euros a las residencias privadas concertadas.\n";
    assertThat(clean(withPlace)).contains("Elena Robles / Daniel Fuertes | Valladolid\n");
  }

  @Test
  void twoWritersNamesUnderARowOfElectionLinksAreTheByline() {
    // the row of links is as long as a sentence, but the lead is the standfirst under the headline
    String in = "DIARIO DEL DUERO\nElecciones 15-M: Resultados · Mapa por municipios · Candidatos · Directo\n\n"
        + "Elecciones autonómicas\nAlianza Ciudadana gana en Castilla y León, pero necesitará pactar para gobernar\n"
        + "Con más del 87% escrutado, los de Tomás Arribas se quedan a cuatro escaños de la mayoría absoluta\n"
        + "Valladolid\nSara Villalobos / Héctor Baeza\nActualizado: 15/03/2026 22:41 h\n\n" + PROSE1 + PROSE2;
    assertThat(clean(in)).contains("Sara Villalobos / Héctor Baeza\n");
  }

  @Test
  void aLiveMatchsHeadlineOverItsFixtureStampControlsAndScoreStays() {
    String headline = "EN VIVO | Atlético Guadalmar - Real Sporting Baztán: sigue el partido minuto a minuto\n";
    String in = "DEPORTE TOTAL\nFútbol | Primera División | Segunda | Champions | Baloncesto | Motor\n" + headline
        + "Jornada 27 de Segunda División · Estadio Los Almendros · 21:00 h\nRedacción Deporte Total\n"
        + "Actualizado 15/03/2025 - 22:41\nActualizar\nOrden: más recientes primero\n\n"
        + "Atlético Guadalmar 2 - 1 Real Sporting Baztán\n"
        + "Goles: 0-1, Iribarren (19'); 1-1, Cabello (58'); 2-1, Montoya (84', de penalti).\n" + PROSE1;
    assertThat(clean(in)).startsWith(headline);
  }

  @Test
  void aHeadlineOpeningWithItsMediumsLabelStays() {
    // the label reads as a link to a video between paragraphs, but this one is over the standfirst and byline
    String headline = "WATCH: Wall of dust swallows I-10 near Picacho Peak, pileup closes freeway for 6 hours\n";
    String in = "Home | Local News | Weather | Traffic | Sports | Watch Live\n\n" + headline
        + "Dashcam video shows visibility dropping to near zero in less than a minute on Tuesday afternoon\n"
        + "By Marisol Ocampo | KVRT 7 Digital Team\nPublished: Aug. 12, 2025 at 7:41 PM MST\n\n" + PROSE1 + PROSE2;
    assertThat(clean(in)).startsWith(headline);
    String ru = "Фоторепортаж: отреставрированный трамвай 1959 года вышел на линию в Казани\n";
    String page = "Главная / Общество / Транспорт\n\n" + ru
        + "Вагон, который двадцать лет простоял в депо под открытым небом, восстановили энтузиасты\n"
        + "12 сентября 2025, 16:48\n\n" + PROSE1 + PROSE2;
    assertThat(clean(page)).startsWith(ru);
    // between paragraphs the same label is a link to another story
    String between = PROSE1 + "\n" + headline + "\n" + PROSE2;
    assertThat(clean(between)).doesNotContain("WATCH:");
  }

  @Test
  void aLiveLinkWithoutAnUpdateStampUnderItStillGoes() {
    // short lines and then the text, but no update stamp: a link to another live page
    String in = "Inicio / Noticias\n\nEN VIVO | Sesión del Concejo de Bogotá sobre el POT\nMás noticias\n\n"
        + PROSE1 + PROSE2;
    assertThat(clean(in)).isEqualTo(PROSE1 + PROSE2);
  }

  @Test
  void liveLinksBelowTheArticleStillGo() {
    String in = "Council votes to close the old swimming pool\n" + PROSE1 + PROSE2
        + "Read more\nLIVE | Election night: results as they come in\nLIVE | Storm warnings across the county\n";
    assertThat(clean(in)).doesNotContain("LIVE |");
  }

  @Test
  void aViewCountRightUnderTheDatelineGoes() {
    String head = "Ремонт Нагорного моста затянется до осени\nТекст: Алексей Гурьянов\n16 января 2025, 09:15\n";
    String in = head + "3 418\n\n" + "Мэрия города пригрозила подрядчику штрафом за срыв сроков ремонта моста через реку.\n";
    assertThat(clean(in)).isEqualTo(head + "\nМэрия города пригрозила подрядчику штрафом за срыв сроков ремонта моста через реку.\n");
  }

  @Test
  void aCountOfFourDigitsGoesButAYearStays() {
    String head = "Ремонт Нагорного моста затянется до осени\nТекст: Алексей Гурьянов\n16 января 2025, 09:15\n";
    String para = "\nМэрия города пригрозила подрядчику штрафом за срыв сроков ремонта моста через реку.\n";
    assertThat(clean(head + "5118\n" + para)).isEqualTo(head + para);
    assertThat(clean(head + "2025\n" + para)).contains("2025\n");
  }

  @Test
  void aNumberUnderALineOfTheStoryStays() {
    // not under a dateline or a byline: a figure the story sets apart
    String in = "Council to close the old pool\n" + PROSE1 + "The number of swimmers last year:\n3,418\n" + PROSE2;
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void aBylineBetweenRemovedLinesStays() {
    String in = "Ремонт Нагорного моста затянется до осени: подрядчик сорвал сроки работ\n"
        + "Мэрия грозит компании штрафом в 18 млн рублей\n" + "12 марта 2024, 14:20\n"
        + "👁 3 417\n" + "Текст: Алексей Гурьянов\n\n"
        + "Нагорный мост закрыт для движения с мая прошлого года. Фото: Иван Петров\n\n"
        + "Мэрия города пригрозила подрядчику штрафом за срыв сроков ремонта моста через реку.\n"
        + "Ремонт моста начался в мае прошлого года и должен был завершиться к ноябрю, напомнили в мэрии.\n";
    assertThat(clean(in)).contains("Текст: Алексей Гурьянов");
  }

  @Test
  void aLiveEntrysTimeStaysThoughAVideoBoxAboveItEndsInATimeOfTheSameShape() {
    String in = "Пожар на заводе: хроника\n\n21:10\nМЧС: площадь пожара выросла до трёх тысяч квадратных метров\n"
        + "Пожару присвоен третий ранг сложности, на месте работают почти сто человек и тридцать единиц техники.\n"
        + "Видео: дым над Заречной стороной снимали жители соседних домов\n\n20:52\n"
        + "Жителей двух домов на Корабельной улице эвакуируют\n"
        + "Полиция выводит людей из домов 12 и 14 по Корабельной улице, ближайшие кварталы оцеплены.\n";
    // the video's title at the entry's end has no running time under it: it stays, since a title
    // and the next entry's time are no player's box (a blank line between; see video-box's
    // unbroken), as the heading of a video entry right under its time must
    assertThat(clean(in)).contains("\n20:52\nЖителей", "Видео: дым над Заречной стороной");
    // without another entry's stamp, a time under a video's title is its running time
    String video = "Пожару присвоен третий ранг сложности, на месте работают почти сто человек и тридцать единиц техники.\n"
        + "Видео: дым над Заречной стороной снимали жители соседних домов\n01:32\n"
        + "Полиция выводит людей из домов 12 и 14 по Корабельной улице, ближайшие кварталы оцеплены.\n";
    assertThat(clean(video)).doesNotContain("01:32");
  }

  @Test
  void aLiveEntrysTimeUnderAShareRowStaysWhenTheNextEntryHasOne() {
    String in = "Онлайн: магнитная буря — где видно полярное сияние\n"
        + "Буря достигла уровня G4, сияние видели в Самаре и Воронеже, на севере были сбои навигации.\n"
        + "Обновлено 11 октября 2024, 01:48\nПоделиться трансляцией\n01:48\nБуря начала ослабевать\n"
        + "Индекс геомагнитной активности снизился с восьми до шести баллов, сообщили в обсерватории.\n\n01:15\n"
        + "Сбои GPS у аграриев\nФермеры пожаловались, что тракторы с автоматическим управлением остановились в поле.\n";
    assertThat(clean(in)).contains("\n01:48\nБуря начала ослабевать\n").doesNotContain("Поделиться");
    // a player's playlist under its "up next" control is its running times
    String playlist = PROSE1 + "Als Nächstes\n02:51\nNeuer Radweg an der Elbe freigegeben\n04:05\n"
        + "Apfelernte im Alten Land fällt mager aus\n" + PROSE2;
    assertThat(clean(playlist)).doesNotContain("02:51");
  }

  @Test
  void theNewsroomsBylineWithItsPlaceBesideTheDatelineStays() {
    String in = "Congreso de Jalisco aprueba el desafuero del alcalde de Tepatitlán\n"
        + "El presidente municipal enfrentará un proceso penal por presunto desvío de recursos públicos.\n"
        + "Redacción Noticiero Altiplano / Guadalajara\n"
        + "Última actualización: 23 de octubre de 2024 · 14:58 hrs\n\n"
        + "El pleno del Congreso aprobó con 28 votos a favor retirar la inmunidad al alcalde, informó la mesa directiva.\n";
    assertThat(clean(in)).contains("Redacción Noticiero Altiplano / Guadalajara\n");
  }

  @Test
  void writersNamesOverAPlaceAndADateStay() {
    String in = "Un solo propietario controla 212 pisos turísticos en Ciutat Vella a través de sociedades\n"
        + "El Faro Común ha cruzado los datos del registro autonómico de viviendas turísticas con el catastro.\n"
        + "Lucía Barberá / Andreu Sellés\nValencia —\n27 de enero de 2025 - 06:00h\n\n"
        + "El registro muestra que una sola sociedad figura como titular de 212 viviendas, según los datos oficiales.\n";
    assertThat(clean(in)).contains("Lucía Barberá / Andreu Sellés\n");
  }

  @Test
  void aLiveBlogsEditorLineOverItsUpdateStampStays() {
    // "Edited by …, with …" is also a wire credit's shape, at a story's foot
    String in = "Home | News | Sport | Weather | Business | Local\n"
        + "Live: Storm Isla brings 90mph gusts to Scotland as 60,000 homes lose power\n"
        + "Edited by Fiona Carr, with Rami Haddad reporting from Oban\n"
        + "Last updated 10:45 BST, Wednesday 11 June\n" + PROSE1 + PROSE2;
    assertThat(clean(in)).contains("Edited by Fiona Carr, with Rami Haddad reporting from Oban\n");
    String foot = PROSE1 + PROSE2 + "Edited by Fiona Carr, with Rami Haddad reporting from Oban\n";
    assertThat(clean(foot)).isEqualTo(PROSE1 + PROSE2);
    // the reporters by name after "with reporting from"
    String named = in.replace("Edited by Fiona Carr, with Rami Haddad reporting from Oban",
        "Edited by Nadia Osei-Brennan, with reporting from Leo Kirkwood and Sunita Rahman");
    assertThat(clean(named)).contains("Edited by Nadia Osei-Brennan, with reporting from Leo Kirkwood and Sunita Rahman\n");
  }

  @Test
  void anUrgentHeadlineUnderItsKickerStaysAndAFlashAboveTheHeadlineGoes() {
    String ticker = "Últimas noticias\n13.42 | El Ibex 35 abre con leve subida pendiente de la inflación\n"
        + "13.38 | Detenido en Vigo un hombre por estafar a sesenta ancianos con falsas revisiones de gas\n\n";
    String head = "Incendios\nÚLTIMA HORA | Un incendio en la Vall de Gallinera obliga a desalojar a 1.200 vecinos\n"
        + "Las llamas, avivadas por el poniente, han calcinado unas 900 hectáreas y amenazan tres núcleos de población\n"
        + "Valencia, 8 ago 2024 (AIN)\n\n";
    String body = "Los bomberos trabajan desde la madrugada con cuatro medios aéreos y más de cien efectivos en la zona.\n"
        + "El Ayuntamiento ha habilitado el polideportivo municipal para acoger a los vecinos desalojados esta noche.\n";
    assertThat(clean(ticker + head + body)).contains(head);
    // a flash about another story right under the menu, over the page's own headline
    String flash = "Portada | España | Internacional | Economía | Deportes\n"
        + "ÚLTIMA HORA: Detenido el conductor que atropelló a un ciclista en la A-3 y se dio a la fuga\n\n"
        + "El incendio de la Vall de Gallinera obliga a desalojar a 1.200 vecinos en tres pueblos\nValencia, 8 ago 2024 (AIN)\n\n";
    assertThat(clean(flash + body)).doesNotContain("ÚLTIMA HORA");
  }

  @Test
  void aKickerWhoseWordTheHeadlineRepeatsStaysThoughARuleNamesItAnAdLabel() {
    String body = "The council said the adverts had been designed to look like its own news pages, which misled readers.\n"
        + "The company said it would appeal against the ruling and had already changed the layout of its pages.\n";
    String kicked = "Advertising\nWatchdog rules energy firm's 'news-style' adverts misled readers\nBy Callum Restorick\n\n";
    assertThat(clean(kicked + body)).isEqualTo(kicked + body);
    String ru = "Реклама\nБанк отозвал рекламу вкладов после жалоб на «новостной» формат\nТекст: Марат Гильмутдинов\n\n";
    assertThat(clean(ru + body)).startsWith("Реклама\n");
    // an ad's label over a headline that names nothing of it
    String label = "Advertising\nWatchdog rules energy firm's 'news-style' pages misled readers\nBy Callum Restorick\n\n";
    assertThat(clean(label + body)).doesNotStartWith("Advertising");
  }

  @Test
  void aCountThatTheParagraphUnderItGivesIsItsSubheading() {
    String sub = "31.000 Mal geteilt\nWie sehr das Bild im Viertel vermisst wird, zeigte sich im Sommer: Ein Foto wurde 31.000 Mal geteilt.\n";
    String in = PROSE1 + "\n" + sub + "\n" + PROSE2;
    assertThat(clean(in)).isEqualTo(in);
    // the page's counter under a paragraph that gives no such figure
    String counter = "31.000 Mal geteilt\nWie sehr das Bild im Viertel vermisst wird, zeigte sich im Sommer bei einer Versammlung.\n";
    assertThat(clean(PROSE1 + "\n" + counter + "\n" + PROSE2)).doesNotContain("Mal geteilt");
  }

  @Test
  void anEditorsLabelledLineUnderTheBylineStays() {
    // "Редактор: …" is also the shape of a wire credit at a story's foot
    String ru = "Социологи выяснили, что избиратели лучше знают депутатов Госдумы, чем своих городских\n"
        + "Текст: Вера Голубицкая\nРедактор: Павел Синицын\n3 февраля 2026\n\n";
    String body = "Почти половина жителей городов-миллионников не могут назвать депутата своего округа, показал опрос.\n"
        + "Социологи задавали простой вопрос о том, кто представляет интересы жителей района в городской думе.\n";
    assertThat(clean(ru + body)).isEqualTo(ru + body);
    assertThat(clean(body + "\nРедактор: Павел Синицын\n")).isEqualTo(body);
  }

  @Test
  void aLiveHeadlineOverARelativeStampAndItsWritersStays() {
    // "hace 5 minutos" is the update stamp; the writers' line under it names no person
    String in = "CGE Canal Global en Español\nÚltimas noticias  América Latina  Internacional  Economía  Deportes\n\n"
        + "EN VIVO | Cumbre UE-CELAC en Bruselas: los líderes buscan cerrar el acuerdo con Mercosur\n"
        + "Actualizado hace 5 minutos\nRedacción CGE, con información de nuestros enviados especiales en Bruselas\n\n"
        + "Lo que sabemos\n" + PROSE1 + PROSE2 + "\nMomentos clave\nHay 2 nuevas actualizaciones\nActualizar\n";
    assertThat(clean(in)).contains("\nEN VIVO | Cumbre UE-CELAC").doesNotContain("Hay 2 nuevas", "Últimas noticias");
  }

  @Test
  void aMatchTickersHeadlineOverTheMinuteOfItsFirstEntryStays() {
    String in = "MARCADOR DIARIO\nFútbol | Primera | Segunda | Champions | Baloncesto | Tenis\n"
        + "EN VIVO | Deportivo Arlanza - Unión Moncayo, en directo: jornada 15 de Segunda División\n"
        + "Sergio Llamas\nActualizado 30/11/2026 - 20:58\nActualizar\nCompartir\n90+4'\n¡Final del partido en San Amaro!\n"
        + "El Arlanza suma tres puntos de oro y sale de la zona de descenso tras un partido muy igualado.\n88'\n" + PROSE1;
    assertThat(clean(in)).startsWith("EN VIVO | Deportivo Arlanza").contains("90+4'\n¡Final del partido").doesNotContain("Compartir");
  }

  @Test
  void aLiveBlogsEditorLineUnderItsStampStays() {
    String in = "Home | News | Sport | Weather | Business | Local\n"
        + "Live: European leaders gather in Copenhagen for Ukraine security summit\nUpdated 3 minutes ago\n"
        + "Edited by Hannah Whitlock, with reporting from our correspondents in Copenhagen and Kyiv\n\n" + PROSE1 + PROSE2;
    assertThat(clean(in)).contains("Updated 3 minutes ago\nEdited by Hannah Whitlock");
  }

  @Test
  void aWriterWhoTookThePicturesIsTheByline() {
    String in = "Reportages  Portraits  Nature  Agriculture  Boutique\n\n"
        + "Transhumance : trois jours dans les pas des bergers du Haut-Béarn\n"
        + "Chaque année début juin, près de 2 000 brebis quittent la vallée d'Aspe pour les estives.\n"
        + "Texte et photos : Mathilde Arrieta\n2 juillet 2024\n\n" + PROSE1 + PROSE2
        + "Légende : à l'aube, le troupeau quitte la bergerie d'Accous.\nCrédit photo : Mathilde Arrieta\n" + PROSE1;
    assertThat(clean(in)).contains("Texte et photos : Mathilde Arrieta\n2 juillet 2024").doesNotContain("Crédit photo");
  }

  @Test
  void aBreakingStorysHeadlineOverItsStampAndRemovedTagsStays() {
    String in = "Nachrichten   Politik   Wirtschaft   Panorama   Sport   Regional\n"
        + "EILMELDUNG: Talbrücke Rahmede-Ost nach Prüfung sofort für Lkw gesperrt\n"
        + "Aktualisiert am 17.06.2025, 15:48 Uhr\nSchlagworte: Verkehr, Autobahn, Brücken, NRW, Sauerland\n" + PROSE1 + PROSE2;
    assertThat(clean(in)).startsWith("EILMELDUNG: Talbrücke").doesNotContain("Schlagworte");
  }

  @Test
  void aLiveBlogsHeadlineUnderItsKickerStaysWhenTheStandfirstHasNoFullStop() {
    // the kicker and the headline are both weak: the run of the two must not take the headline
    String headline = "EN VIVO | Sierra Madre vs. Huasteca: minuto a minuto de la final de ida\n";
    String in = "ÁGORA Deportes\nFutbol   Béisbol   Box   Tenis   Automovilismo   Más deportes   Videos\n"
        + "Fútbol\n" + headline
        + "Los regios reciben a los potosinos en el Estadio Cerro de la Silla; la vuelta se juega el domingo\n"
        + "Por Emiliano Garza\n" + PROSE1 + PROSE2;
    // and the kicker right above the headline is the story's, though it stands under the menu
    assertThat(clean(in)).contains("Fútbol\n" + headline).doesNotContain("Béisbol");
  }

  @Test
  void aKickerSetApartByBlankLinesLikeEveryBlockOfThePageStays() {
    // a scraper that sets every block apart: the kicker, its headline and the standfirst too
    String headline = "À Lyon, la fermeture nocturne des urgences de l'hôpital de la Croix-Rousse inquiète\n";
    String in = "L'Horizon\n\nInternational   Politique   Société   Économie   Planète   Culture   Santé\n\n"
        + "Se connecter\n\nSanté\n\n" + headline + "\n"
        + "Faute de médecins, le service ne fonctionnera plus qu'en journée à partir du 1er mars.\n\n" + PROSE1 + "\n" + PROSE2;
    assertThat(clean(in)).startsWith("Santé\n\n" + headline);
  }

  @Test
  void aBreakingEntrysHeadingUnderItsTimeStays() {
    // "Última hora: …" is a teaser's label elsewhere; under an entry's time it is the entry's heading
    String in = "20:55 h\nEl servicio meteorológico eleva la alerta a roja en toda la costa sur del estado.\n\n"
        + "20:40 h\nÚltima hora: reportan el primer lesionado\n"
        + "Un hombre de 38 años resultó herido en Cabo San Lucas al caerle una lámina desprendida del techo.\n\n"
        + "20:10 h\nLas autoridades abrieron doce refugios temporales en los municipios de la costa.\n";
    assertThat(clean(in)).contains("Última hora: reportan el primer lesionado\n");
    // on a page with no other entry time it is a teaser's label, as before
    assertThat(clean("El servicio meteorológico eleva la alerta a roja en toda la costa sur del estado.\n\n"
        + "20:40 h\nÚltima hora: reportan el primer lesionado\n"
        + "Un hombre de 38 años resultó herido en Cabo San Lucas al caerle una lámina desprendida del techo.\n"))
        .doesNotContain("Última hora");
  }

  @Test
  void aVideoEntrysHeadingUnderItsTimeStaysWithItsText() {
    // "Watch: …" over a player's running time is a video's title elsewhere; under an entry's time,
    // with the entry's report below the player, it is the entry's heading
    String in = "14:52\nEngineers say power should be back in most of Penzance by the evening.\n\n"
        + "14:31\nWatch: Waves crash over the harbour wall at Porthleven\nDuration 0:47\n"
        + "Our reporter sent this footage from Porthleven, where the lifeboat crew has asked people to keep back.\n\n"
        + "14:10\nTrains between Exeter St Davids and Plymouth have been suspended after a tree came down.\n";
    assertThat(clean(in)).contains("Watch: Waves crash over the harbour wall at Porthleven\n", "Our reporter sent this footage")
        .doesNotContain("Duration 0:47");
    String es = "13:55\nEl armador asegura que el barco pasó la inspección en noviembre sin incidencias.\n\n"
        + "13:30\nVídeo: llegada de los supervivientes al puerto de Burela\n01:58\n"
        + "Los seis supervivientes han desembarcado pasadas las once de la mañana en el puerto.\n\n"
        + "13:10\nSalvamento Marítimo mantiene la búsqueda de los dos marineros desaparecidos.\n";
    assertThat(clean(es)).contains("Vídeo: llegada de los supervivientes al puerto de Burela\n");
    // an entry that is its heading and its player, whose consent notice the rules take, with the
    // next entry's time after a blank line
    String player = "13:45\nThe city of Pärnu has closed all nine of its municipal schools for the rest of the day.\n\n"
        + "13:20\nWatch: waves break over the promenade in Haapsalu\n"
        + "This content is hosted by an external video service. Loading it means the provider may set cookies.\n"
        + "Show video   Always allow external media\n\n"
        + "12:47\nFerries between Virtsu and Kuivastu have been suspended until the wind drops.\n";
    assertThat(clean(player)).contains("Watch: waves break over the promenade in Haapsalu\n").doesNotContain("external video service");
  }

  @Test
  void aKickerUnderTheSitesMottoStaysButTheLastItemOfAMenuGoes() {
    String headline = "La presa que abastece a Monterrey cae al 19% y 40 colonias reciben agua por tandeo\n";
    String lead = "Servicios de Agua del Estado reconoce que los cortes podrían ampliarse en agosto si no llueve.\n"
        + "Por Daniela Garza Treviño\n\n" + PROSE1 + PROSE2 + "© 2025 Contrapeso Norte\n";
    assertThat(clean("Contrapeso Norte\nPeriodismo independiente desde Nuevo León\nMedio ambiente\n" + headline + lead))
        .startsWith("Medio ambiente\n" + headline);
    assertThat(clean("Contrapeso Norte\nPortada\nNacional\nInternacional\nEconomía\nDeportes\n" + headline + lead))
        .startsWith(headline);
  }

  @Test
  void aLiveEntryThatIsOnlyAPicturesHeadingStaysAndMatchMinutesAndZonesAreEntryTimes() {
    String ru = "16:45\nМЧС продлило штормовое предупреждение до утра четверга по всему региону.\n\n"
        + "16:30\nФото: сугробы у Оперного театра\n\n16:05\nВетер усилился до 23 метров в секунду, сообщили синоптики.\n";
    assertThat(clean(ru)).contains("16:30\nФото: сугробы у Оперного театра\n");
    String en = "89 min\nA late corner is cleared and the home fans are whistling for the end already.\n\n"
        + "87 min\nWatch: Okonjo's winner from every angle\nUnmarked at the back post, he could not miss from six yards.\n\n"
        + "84 min\nA change for the visitors, who bring on a second striker for the last minutes.\n";
    assertThat(clean(en)).contains("87 min\nWatch: Okonjo's winner from every angle\n");
    String markets = "3:05 PM ET\nThe Russell 2000 is on track for its worst day since October, traders said.\n\n"
        + "2:45 PM ET\nWatch: Strategist says rate cuts are off the table until summer\n"
        + "Leah Moncrieff-Dunn of Halvorsen Partners said the jobs report changed the picture for the bank.\n\n"
        + "2:20 PM ET\nTreasury yields climbed to their highest level in three weeks after the data.\n";
    assertThat(clean(markets)).contains("2:45 PM ET\nWatch: Strategist says");
  }

  @Test
  void theStorysUrgencyAtThePagesTopIsTheHeadlinesKicker() {
    String story = "Aviso rojo por lluvias torrenciales en la Ribera y la Safor: suspendidas las clases\n"
        + "La Aemet prevé acumulados de más de 200 litros por metro cuadrado en doce horas.\n"
        + "Por Lucía Ferrer\nValència, 12 de noviembre de 2025\n\n" + PROSE1 + "\n" + PROSE2;
    assertThat(clean("Última hora\n" + story)).isEqualTo("Última hora\n" + story);
    // among a live page's controls it is one of them
    String live = story + "\nÚltima hora\nActualizar\nVer los momentos clave\n\n" + PROSE1;
    assertThat(clean(live)).doesNotContain("Última hora\nActualizar");
  }

  @Test
  void aHeadlineOpeningWithTheCallItQuotesStays() {
    String in = "Ehrenamt\n„Werden Sie Mitglied“: Förderverein will das Waldbad Weinhübel retten\n"
        + "Die Stadt kann den Betrieb des Freibads nur noch bis 2026 garantieren. Ein Verein will das ändern.\n"
        + "Von Tobias Knoll\nAktualisiert am 02.04.2025, 14:12 Uhr\n\n" + PROSE1 + "\n" + PROSE2;
    assertThat(clean(in)).isEqualTo(in);
    // with a dash after the quotation, as with a colon
    String dash = "Vereine\n\n„Werden Sie Mitglied!“ – Schwimmverein kämpft mit Aktionswoche gegen das Vereinssterben\n\n"
        + "Der SV Delphin hat in fünf Jahren ein Drittel seiner Mitglieder verloren. Jetzt soll ein Schnuppermonat helfen\n\n"
        + "Von Florian Metzger\n\n" + PROSE1 + "\n" + PROSE2;
    assertThat(clean(dash)).isEqualTo(dash);
    // the call on its own between paragraphs is the page's
    String call = PROSE1 + "\n\nWerden Sie Mitglied und unterstützen Sie unabhängigen Journalismus!\n\n" + PROSE2;
    assertThat(clean(call)).doesNotContain("Werden Sie");
  }

  @Test
  void aLabelOfTheStorysKindUnderABreadcrumbIsTheHeadlinesKicker() {
    String head = "Startseite > Lippstadt > Meinung\n\n";
    String story = "Kommentar\nDas Aus für das Hallenbad Süd ist ein Fehler, den die Stadt teuer bezahlen wird\n"
        + "Von Katrin Oberhäuser\nAktualisiert: 21.02.2024, 18:40 Uhr\n\n" + PROSE1 + "\n" + PROSE2;
    assertThat(clean(head + story)).isEqualTo(story);
    // the same word as a button among the share buttons under the headline goes
    String buttons = "Das Aus für das Hallenbad Süd ist ein Fehler, den die Stadt teuer bezahlen wird\n"
        + "Von Katrin Oberhäuser\n\nTeilen\nDrucken\nKommentar\n\n" + PROSE1 + "\n" + PROSE2;
    assertThat(clean(buttons)).doesNotContain("Kommentar");
    // a series' format, repeated from the breadcrumb, is a kicker too
    String review = "Revista de prensa\nLas tapas de los diarios de este lunes 9 de septiembre\n"
        + "Por Redacción Pampa Digital\n9 de septiembre de 2024\n\n" + PROSE1 + "\n" + PROSE2;
    assertThat(clean("Inicio / Política / Revista de prensa\n\n" + review)).isEqualTo(review);
  }
}
