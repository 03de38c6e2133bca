package dev.winnow.classify;

import static dev.winnow.classify.ContextFixtures.clean;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An episode's chapters from 00:00 under their heading ({@link Chapters}). */
class ChaptersTest {
  private static final String CHAPTERS = """
      Chapters
      00:00  Cold open: a call at 2:40 a.m.
      04:12  How a rural hospital runs out of money
      15:40  "We drove her 70 miles in the back"
      27:05  What the Legislature could still do
      """;

  @Test
  void chaptersUnderTheirHeadingGoWithIt() {
    String page = ContextFixtures.PROSE1 + "\n" + CHAPTERS + "\n" + ContextFixtures.PROSE2;
    assertThat(clean(page)).isEqualTo(ContextFixtures.PROSE1 + "\n" + ContextFixtures.PROSE2);
  }

  @Test
  void aSentenceThatEndsWithTheHeadingsWordIsNoHeadingInCyrillicEither() {
    // the heading's pattern once opened with \\W*, which in Java passes Cyrillic letters: any
    // Russian line ending in "таймкоды" read as the heading, and the story's list went with it
    String page = ContextFixtures.PROSE1 + "\nВ описании ролика автор оставил таймкоды\n00:00 Вступление\n"
        + "02:15 История моста\n05:40 Что говорят в мэрии\n\n" + ContextFixtures.PROSE2;
    assertThat(clean(page)).isEqualTo(page);
  }

  @Test
  void aScheduleFromMidnightWithoutTheHeadingStays() {
    // an article's own schedule of a New Year's night starts at 00:00 too
    String schedule = "The station's New Year programme is as follows:\n00:00 — the chimes\n00:05 — a concert from the square\n"
        + "03:00 — the end of the broadcast\n";
    String page = ContextFixtures.PROSE1 + "\n" + schedule + "\n" + ContextFixtures.PROSE2;
    assertThat(clean(page)).isEqualTo(page);
  }

  @Test
  void pointsThatGoBackEndTheRun() {
    // two points and a third earlier than the second are no run of chapters
    String page = ContextFixtures.PROSE1 + "\nChapters\n00:00  Intro\n04:12  The money\n02:00  The drive\n\n" + ContextFixtures.PROSE2;
    assertThat(clean(page)).contains("00:00  Intro");
  }
}
