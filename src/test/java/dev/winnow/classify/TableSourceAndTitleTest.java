package dev.winnow.classify;

import static dev.winnow.classify.ContextFixtures.PROSE1;
import static dev.winnow.classify.ContextFixtures.PROSE2;
import static dev.winnow.classify.ContextFixtures.clean;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A table's source under rows of data, and a page's title repeated as its headline: content the
 * rules would take (a picture's "Source:" label, the second copy of a line).
 */
class TableSourceAndTitleTest {
  @Test
  void theSourceUnderRowsOfDataStays() {
    String table = "Heat-related A&E visits in Cornwall, 1–28 July\n2022: 118\n2023: 96\n2024: 131\n2025: 402*\n"
        + "Source: Kernow Acute Care Partnership, emergency department records\n";
    String out = clean(PROSE1 + "\n" + table + "\n" + PROSE2);
    assertThat(out).contains(table);
  }

  @Test
  void theSourceLineUnderAStandingsTableFlattenedWithSpacesStays() {
    String in = "La jornada 24 dejó un nuevo líder en la Liga Sur tras el derbi del domingo.\n\n"
        + "17. CD Albarizas 24 5 7 12 20 35 22\n"
        + "18. Deportivo Pedroches 24 5 6 13 19 37 21\n"
        + "19. UD Salinas del Estrecho 24 4 7 13 17 36 19\n\n"
        + "Fuente: datos oficiales de la Liga Sur.\n\n"
        + "La pelea por el ascenso directo queda reducida a dos equipos, con cuatro puntos de ventaja.\n";
    assertThat(clean(in)).isEqualTo(in);
    // under a paragraph, the same label is a picture's or an agency's
    String credit = "La jornada 24 dejó un nuevo líder en la Liga Sur tras el derbi del domingo.\n\n"
        + "El Guadalquivir ganó 3-2 y suma 50 puntos, uno más que la UD Meseta, que empató 1-1.\n\n"
        + "Fuente: datos oficiales de la Liga Sur.\n\n"
        + "La pelea por el ascenso directo queda reducida a dos equipos, con cuatro puntos de ventaja.\n";
    assertThat(clean(credit)).doesNotContain("Fuente:");
  }

  @Test
  void aTablesHeadSetApartFromItsRowsByBlankLinesStays() {
    String table = "М | Команда | И | В | Н | П | О\n\n1 | «Волжанин» | 18 | 12 | 3 | 3 | 39\n\n2 | «Рубеж» | 18 | 11 | 4 | 3 | 37\n";
    String in = PROSE1 + "\nПоложение команд после 18 туров\n\n" + table + "\n" + PROSE2;
    assertThat(clean(in)).contains("М | Команда | И | В | Н | П | О");
  }

  @Test
  void theSourceUnderRowsWithUnitsAndFootnoteMarksStays() {
    String table = "Число обращений по поводу укусов клещей (на 26 мая)\n2022 год — 6 115\n2023 год — 5 870\n"
        + "2024 год — 6 520\n2025 год — 8 940*\nИсточник: областной центр гигиены и эпидемиологии\n";
    String ru = "Специалисты связывают рост обращений с тёплой весной и ранним началом сезона активности клещей.\n";
    assertThat(clean(ru + "\n" + table + "\n" + ru.replace("тёплой", "затяжной"))).contains(table);
  }

  @Test
  void theSourceUnderABarTableAndItsTotalsStays() {
    String table = "Partido | Escaños | Votos | Diferencia\nPartido Aragonés de Centro (PAC) | 23 | 31,8 % | +2\n"
        + "Izquierda Social (IS) | 19 | 26,1 % | −4\nParticipación: 66,3 % (+1,9 puntos)\n"
        + "Fuente: Gobierno de Aragón, escrutinio provisional\n";
    String es = "La mayoría absoluta está en 34 escaños y ningún partido la alcanza por sí solo tras el recuento.\n";
    assertThat(clean(es + "\n" + table + "\n" + es.replace("ningún", "nadie"))).contains(table);
    // a caption over a picture's source has no figure, and no table above it
    String pic = "Vecinos de Teruel votan en un colegio del centro de la ciudad\nFuente: Gobierno de Aragón\n";
    assertThat(clean(es + "\n" + table.replace("Fuente: Gobierno de Aragón, escrutinio provisional\n", "") + pic + "\n" + es))
        .doesNotContain("Fuente: Gobierno de Aragón\n");
  }

  @Test
  void aPicturesSourceUnderACaptionStillGoes() {
    String out = clean(PROSE1 + "\nFirefighters at the scene on Tuesday evening.\nSource: Reuters\n\n" + PROSE2);
    assertThat(out).doesNotContain("Source: Reuters");
  }

  @Test
  void aPageTitleOverTheMenusGoesAndTheHeadlineOverTheLeadStays() {
    String headline = "Fähre läuft vor Kiel auf Grund – alle 212 Passagiere an Land gebracht\n";
    String lead = "Die „Ostseestern“ ist am Abend in der Kieler Förde auf eine Sandbank gelaufen. Verletzt wurde niemand.\n";
    String in = headline + "NORDWELLE\nNachrichten     Regional     Wetter     Sport     Kultur     Mediathek     Radio\n\n"
        + "Schifffahrt\n" + headline + "Stand: 18.09.2024 21:36 Uhr\nvon Ines Carstensen\n" + lead
        + "Die Wasserschutzpolizei ermittelt, warum das Schiff vom Fahrwasser abgekommen ist, und befragt die Besatzung.\n";
    String out = clean(in);
    assertThat(out).startsWith("Schifffahrt\n" + headline).contains(lead);
    assertThat(out.indexOf(headline)).isEqualTo(out.lastIndexOf(headline));
  }

  @Test
  void aHeadlineRepeatedInARailBelowTheTextStillGoes() {
    String headline = "Council approves the new harbour bridge after a two-year planning battle\n";
    String out = clean(headline + PROSE1 + PROSE2 + "\nMost read\n" + headline);
    assertThat(out).startsWith(headline);
    assertThat(out.indexOf(headline)).isEqualTo(out.lastIndexOf(headline));
  }

  @Test
  void aForecastByPlaceStaysWhereAWidgetOfOnePlaceGoes() {
    String forecast = "Rouen : 13 °C, pluie continue jusqu'en milieu d'après-midi\n"
        + "Caen : 14 °C, pluie puis averses, rafales à 80 km/h sur le littoral\n"
        + "Nantes : 16 °C, éclaircies entre deux averses\n";
    String fr = "Météo-France a placé quatre départements en vigilance orange pour les pluies, jeudi matin.\n";
    assertThat(clean(fr + "\n" + forecast + "\n" + fr.replace("quatre", "cinq"))).contains(forecast);
    String widget = "Nantes  9°  Averses  |  Voir la météo à 7 jours\n";
    assertThat(clean(widget + "\n" + fr + "\n" + fr.replace("quatre", "cinq"))).doesNotContain("Averses");
  }

  @Test
  void aBareListOfTemperaturesUnderItsHeadingStays() {
    // a place and its temperature alone is a weak candidate: a run of them is the story's table
    String es = "La Aemet ha activado el aviso rojo por temperaturas máximas en la campiña este jueves.\n";
    String list = "Máximas previstas para el jueves\nCórdoba: 44 °C\nSevilla: 43 °C\nJaén: 41 °C\nGranada: 40 °C\n";
    assertThat(clean(es + "\n" + list + "\n" + es.replace("jueves", "viernes"))).contains(list);
  }

  @Test
  void theSourceSetApartUnderALongerListOfDataStays() {
    String list = "Die größten Arbeitgeber in Ostwestfalen-Lippe\n1. Hagedorn Gruppe, Gütersloh – 12.400\n"
        + "2. Brandt Logistik, Bielefeld – 7.900\n3. Elektro-Rüther, Paderborn – 3.850\n4. Pollmann Möbelwerke, Löhne – 3.600\n\n";
    String source = "Quelle: Angaben der Unternehmen, Stand 31.12.2024; Beschäftigte ohne Auszubildende\n";
    String de = "Die Zahl der Beschäftigten in der Region ist im vergangenen Jahr leicht gestiegen, berichtet die Kammer.\n";
    assertThat(clean(de + "\n" + list + source + "\n" + de.replace("leicht", "deutlich"))).contains(list + source);
    // under two rows only, set apart, it may be a picture's
    String two = "1. Hagedorn Gruppe, Gütersloh – 12.400\n2. Brandt Logistik, Bielefeld – 7.900\n\n";
    assertThat(clean(de + "\n" + two + "Quelle: dpa\n\n" + de.replace("leicht", "deutlich"))).doesNotContain("Quelle: dpa");
  }
}
