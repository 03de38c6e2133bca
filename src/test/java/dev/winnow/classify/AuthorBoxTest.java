package dev.winnow.classify;

import static dev.winnow.classify.ContextFixtures.PROSE1;
import static dev.winnow.classify.ContextFixtures.PROSE2;
import static dev.winnow.classify.ContextFixtures.clean;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The context pass's author box: a line further down that opens with the byline's name. */
class AuthorBoxTest {
  private static final String HEAD = "Council votes to close the old swimming pool\n";

  @Test
  void theBoxThatOpensWithTheBylinesNameGoesAndTheBylineStays() {
    String in = HEAD + "By Owen Teague\n" + PROSE1 + PROSE2
        + "Owen Teague is deputy editor of the Valley Courier, covering councils and schools.\n";
    assertThat(clean(in)).isEqualTo(HEAD + "By Owen Teague\n" + PROSE1 + PROSE2);
  }

  @Test
  void aBoxWithTheNameOnItsOwnLineAndABioThatOpensWithTheGivenNameOrGoesOnFromTheNameGoes() {
    String en = HEAD + "By Priya Sandhu\n" + PROSE1 + PROSE2;
    assertThat(clean(en + "Priya Sandhu\nPriya is the Courier's transport reporter, covering rail, roads and the region's buses.\n"))
        .isEqualTo(en);
    assertThat(clean(en + "Priya Sandhu\nPriya covers schools, colleges and childcare in the Aire Valley.\n")).isEqualTo(en);
    String de = HEAD + "Von Lea Hartung\n" + PROSE1 + PROSE2;
    assertThat(clean(de + "Lea Hartung\nist Redakteurin im Ressort Gesellschaft und schreibt über Bildung und Familien.\n"))
        .isEqualTo(de);
    String ru = HEAD + "Мария Левина\n" + PROSE1 + PROSE2;
    assertThat(clean(ru + "Мария Левина\nМедицинский редактор «Здоровья Плюс». Пишет о профилактике и хронических болезнях.\n"))
        .isEqualTo(ru);
    String critic = HEAD + "By Oliver Prentice\n" + PROSE1 + PROSE2;
    assertThat(clean(critic + "Oliver Prentice is the Harbour Review's chief film critic.\n")).isEqualTo(critic);
    // a sentence of the story that opens with a newsroom's article is no writer's given name
    String story = HEAD + "By The Courier\n" + PROSE1 + PROSE2 + "The amber warning covers all of Cornwall and most of Devon until 9pm.\n";
    assertThat(clean(story)).isEqualTo(story);
  }

  @Test
  void aDisclosureThatOpensWithTheBylinesNameStays() {
    String in = HEAD + "By Harriet Colley\n" + PROSE1 + PROSE2
        + "Harriet Colley travelled as a guest of the Porto and North tourist board.\n";
    assertThat(clean(in)).isEqualTo(in);
    String meals = HEAD + "By Lorna Abbatt\n" + PROSE1 + PROSE2 + "Lorna Abbatt paid for all meals mentioned in this article.\n";
    assertThat(clean(meals)).isEqualTo(meals);
  }

  @Test
  void aNoteOnHowTheStoryWasReportedStaysUnderItsHeading() {
    String note = "How this story was reported\nEliza Trenholm travelled to Carrow Cove three times between October and February "
        + "and stayed with two families in the community.\n";
    String in = HEAD + "By Eliza Trenholm\n" + PROSE1 + PROSE2 + "\n" + note;
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void bylinesInOtherLanguagesAndWithADash() {
    String de = "Warum ich wieder Briefe schreibe\nEine Kolumne von Lena Wiesinger\n"
        + "E-Mails sind schneller, Sprachnachrichten bequemer, und doch schreibe ich wieder mit Füller.\n"
        + "Meine Großmutter hat mir das Schreiben von Briefen beigebracht, als ich acht Jahre alt war.\n"
        + "Lena Wiesinger ist Redakteurin im Kulturressort. Ihre Kolumne erscheint jeden Freitag.\n";
    assertThat(clean(de)).doesNotContain("ist Redakteurin").contains("Eine Kolumne von Lena Wiesinger");
    String ru = "В общежитиях политеха начался ремонт\nТекст: Ксения Лаптева\n"
        + "Ремонт в трёх общежитиях политехнического университета начался в понедельник утром.\n"
        + "Студентов переселили в соседние корпуса до конца месяца, сообщили в ректорате вуза.\n"
        + "Ксения Лаптева — студентка третьего курса и корреспондент студенческой газеты.\n";
    assertThat(clean(ru)).doesNotContain("студентка третьего курса").contains("Текст: Ксения Лаптева");
  }

  @Test
  void theBylinesNameOnALineOfItsOwnOverABioThatOpensWithTheRoleGoesWithIt() {
    String in = HEAD + "Von Tobias Lenhardt\n" + PROSE1 + PROSE2 + "\nTobias Lenhardt\n"
        + "Redakteur für IT-Sicherheit. Schreibt seit 2016 über Schwachstellen und Datenschutz.\n";
    assertThat(clean(in)).isEqualTo(HEAD + "Von Tobias Lenhardt\n" + PROSE1 + PROSE2);
  }

  @Test
  void theBylinesNameOverALineThatIsNoBioStays() {
    // a quotation's speaker, say: the line under the name does not open with a newsroom role
    String in = HEAD + "By Owen Teague\n" + PROSE1 + PROSE2 + "\nOwen Teague\n"
        + "Swimmers queued outside the pool for an hour on its last morning, the council said.\n";
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void theSecondWriterOfABylineHasABoxToo() {
    String head = HEAD + "Von Jonas Albrecht und Merve Kaya\n";
    String in = head + PROSE1 + PROSE2 + "Merve Kaya berichtet als Redakteurin im Nachrichtenressort über Innenpolitik.\n";
    assertThat(clean(in)).isEqualTo(head + PROSE1 + PROSE2);
  }

  @Test
  void aBylineOfANameAndARoleWithoutByNamesTheBox() {
    String head = HEAD + "Helen Marsh Environment correspondent\n";
    String in = head + PROSE1 + PROSE2
        + "Helen Marsh covers the environment, energy and farming for the Northern Ledger.\n";
    assertThat(clean(in)).isEqualTo(head + PROSE1 + PROSE2);
  }

  @Test
  void aBareNameNeedsANewsroomWord() {
    // a bare name near the top may be the person the story is about
    String about = HEAD + "Anna Berg\n" + PROSE1 + PROSE2
        + "Anna Berg has swum in the old pool every morning for forty years and will miss it.\n";
    assertThat(clean(about)).isEqualTo(about);
    String bio = HEAD + "Kaveh Samadi\n" + PROSE1 + PROSE2
        + "Kaveh Samadi is a reporter at the Courier covering security and surveillance.\n";
    assertThat(clean(bio)).doesNotContain("is a reporter");
  }

  @Test
  void theNameInsideASentenceOrAsASignatureStays() {
    // the article quoting its own writer, or a signature of the name alone, is not a box
    String in = HEAD + "By Owen Teague\n" + PROSE1 + PROSE2
        + "The council wrote to Owen Teague to confirm the closing date of the old pool.\n" + "Owen Teague\n";
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void aLongBioWithItsAddressGoesAndAnAcademicTitleIsPartOfTheName() {
    String bio = "Owen Teague covers energy, utilities and the environment for the Courier. Before joining the paper in 2019 "
        + "he spent eight years at the Tri-County Herald, where his reporting on pipeline inspections won a state press "
        + "association award. He grew up in Millbrook and still lives there with his wife and two very loud dogs. "
        + "Reach him at oteague@courier.example or on Signal at 555-0148.\n";
    assertThat(clean(HEAD + "By Owen Teague\n" + PROSE1 + PROSE2 + bio)).isEqualTo(HEAD + "By Owen Teague\n" + PROSE1 + PROSE2);
    String de = "Wenn der Bund spart, zahlen die Landkreise\nVon Dr. Miriam Szabo\n"
        + "Die geplanten Kürzungen bei den Regionalisierungsmitteln treffen den Nahverkehr auf dem Land besonders hart.\n"
        + "Viele Landkreise müssen schon heute Buslinien streichen, weil die Zuschüsse nicht mehr reichen.\n"
        + "Dr. Miriam Szabo leitet die Forschungsgruppe Mobilität und Raum am Berliner Institut für Strukturpolitik.\n";
    assertThat(clean(de)).doesNotContain("leitet die Forschungsgruppe").contains("Von Dr. Miriam Szabo");
  }

  @Test
  void everyWriterOfABylineWithoutItsWordAndAContributorsBio() {
    String de = "Kessler streicht 2300 Stellen in Deutschland\nLea Hartung, Matthias Bohn\n"
        + "Der Automobilzulieferer Kessler baut in Deutschland rund 2300 Arbeitsplätze ab, teilte das Unternehmen mit.\n"
        + "Die Produktion soll in das Werk im ungarischen Győr verlagert werden, das Kessler 2023 eröffnet hatte.\n"
        + "Lea Hartung ist Korrespondentin in Stuttgart und berichtet über die Autoindustrie im Südwesten.\n";
    assertThat(clean(de)).doesNotContain("ist Korrespondentin").contains("Lea Hartung, Matthias Bohn");
    String es = "El tren que nunca llega a Extremadura\nIgnacio Bermejo\n"
        + "Hay un chiste que se cuenta en Mérida desde hace décadas sobre el tren de alta velocidad y su llegada.\n"
        + "La última inauguración, la tercera desde 2022, volvió a reunir a ministros, consejeros y alcaldes.\n"
        + "Ignacio Bermejo es ingeniero de caminos y profesor en la Universidad de Salamanca. Colabora con este periódico desde 2016.\n";
    assertThat(clean(es)).doesNotContain("Colabora con este").contains("Ignacio Bermejo\n");
  }

  @Test
  void aLiveBlogsWritersWithTheirNotesInBracketsAreItsByline() {
    String in = "Live: Storm closes every line north of Preston\nRachel Okafor (now) and Ben Hurley (earlier)\n"
        + "Network Rail says lines between Preston and Carlisle will stay shut until at least four in the afternoon.\n"
        + "Replacement buses are running between the main stations, but operators warn of long queues and delays.\n"
        + "Rachel Okafor is the Ledger's transport correspondent. She has covered the railways since 2014.\n";
    assertThat(clean(in)).doesNotContain("transport correspondent").contains("Rachel Okafor (now)");
  }

  @Test
  void aBioUnderTheBoxsHeadingGoesWithIt() {
    String de = "Fünf Jahre Haft nach Messerangriff am Bahnhof\nVon Jana Wöstmann\n"
        + "Das Landgericht hat einen 34-Jährigen wegen versuchten Totschlags verurteilt, teilte eine Sprecherin mit.\n"
        + "Das Urteil ist noch nicht rechtskräftig. Beide Seiten können innerhalb einer Woche Revision einlegen.\n\n"
        + "Über die Autorin: Jana Wöstmann\n"
        + "Redakteurin im Lokalressort. Berichtet seit 2016 über Verfahren am Land- und Amtsgericht.\n";
    assertThat(clean(de)).doesNotContain("Über die Autorin").doesNotContain("Redakteurin im Lokalressort")
        .contains("Von Jana Wöstmann").contains("Das Urteil ist noch nicht rechtskräftig.");
  }

  @Test
  void aPortraitUnderZurPersonStays() {
    String in = HEAD + "By Owen Teague\n" + PROSE1 + PROSE2 + "\nZur Person\n"
        + "Margit Adler was born in Linz in 1951 and ran the town's pool for thirty years.\n";
    assertThat(clean(in)).contains("Margit Adler was born in Linz");
  }

  @Test
  void aBoxWhoseLabelRunsOnIntoTheBioGoes() {
    String in = HEAD + "Von Svenja Kordes\n" + PROSE1 + PROSE2
        + "Über die Autorin: Svenja Kordes berichtet seit 2016 für die Stadtzeitung aus Köln, am liebsten über den Rhein.\n";
    assertThat(clean(in)).isEqualTo(HEAD + "Von Svenja Kordes\n" + PROSE1 + PROSE2);
  }

  @Test
  void aLineThatOnlyMentionsTheAuthorStays() {
    // no label at the line's start: a sentence of the story that names an author
    String in = HEAD + "By Owen Teague\n" + PROSE1 + PROSE2
        + "About the author of the report, the council said little beyond confirming her name.\n";
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void aNewsroomsBylineAndItsBioUnderTheStory() {
    String in = HEAD + "Redacción El Pacífico Sur / Oaxaca de Juárez\n" + PROSE1 + PROSE2
        + "Redacción El Pacífico Sur. Equipo de reporteros con base en Oaxaca de Juárez y Salina Cruz.\n";
    assertThat(clean(in)).isEqualTo(HEAD + "Redacción El Pacífico Sur / Oaxaca de Juárez\n" + PROSE1 + PROSE2);
    // the same name and a stop, but no newsroom word: a sentence about the newsroom stays
    String story = HEAD + "Redacción El Pacífico Sur / Oaxaca de Juárez\n" + PROSE1 + PROSE2
        + "Redacción El Pacífico Sur. Así se llamaba el equipo que fundó el diario en 1998 en la capital.\n";
    assertThat(clean(story)).isEqualTo(story);
  }

  @Test
  void theBylinesNameOverABioThatOpensWithWhatTheWriterWritesAbout() {
    String in = HEAD + "Текст: Пётр Ладыгин\n" + PROSE1 + PROSE2 + "\nПётр Ладыгин\n"
        + "Пишет о биологии и экологии с 2011 года. Биолог по образованию, работал в экспедициях.\n";
    assertThat(clean(in)).isEqualTo(HEAD + "Текст: Пётр Ладыгин\n" + PROSE1 + PROSE2);
  }

  @Test
  void aBylineThatNamesTheKindOfPieceAndItsBox() {
    String in = HEAD + "Un article de Rémi Astier\n" + PROSE1 + PROSE2
        + "Rémi Astier, instituteur à la retraite, est bénévole à la rédaction depuis 2017. Il suit la vie municipale.\n";
    assertThat(clean(in)).isEqualTo(HEAD + "Un article de Rémi Astier\n" + PROSE1 + PROSE2);
  }

  @Test
  void aBioUnderABareBylineWithAFeminineRoleInRussian() {
    String in = HEAD + "Екатерина Мальцева\n" + PROSE1 + PROSE2
        + "Екатерина Мальцева — корреспондентка «Северного ветра», пишет о городской среде.\n";
    assertThat(clean(in)).isEqualTo(HEAD + "Екатерина Мальцева\n" + PROSE1 + PROSE2);
  }
}
