package dev.winnow.classify;

import static dev.winnow.classify.ContextFixtures.PROSE1;
import static dev.winnow.classify.ContextFixtures.PROSE2;
import static dev.winnow.classify.ContextFixtures.clean;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A table of contents goes when its items come back below as the article's subheadings. */
class ContentsTest {
  private static final String BODY = "Who qualifies\n" + PROSE1 + "\nHow to claim it\n" + PROSE2;

  @Test
  void aLabelOverItemsThatComeBackAsSubheadingsGoes() {
    String in = "On this page\nWho qualifies\nHow to claim it\n\n" + BODY;
    assertThat(clean(in).strip()).isEqualTo(BODY.strip());
    String ru = "Содержание\n• Кто может получить вычет\n• Как подать декларацию\n\n"
        + "Кто может получить вычет\n" + PROSE1 + "Как подать декларацию.\n" + PROSE2;
    assertThat(clean(ru)).doesNotContain("Содержание", "• ");
  }

  @Test
  void anArticlesOwnListUnderSuchALabelStays() {
    // the items are not written out again below: the article's own list
    String in = PROSE1 + "In this article\nWho qualifies\nHow to claim it\n\n" + PROSE2;
    assertThat(clean(in)).isEqualTo(in);
  }

  @Test
  void oneItemIsNoTable() {
    String in = "Contents\nWho qualifies\n\n" + BODY;
    assertThat(clean(in)).contains("Contents\nWho qualifies\n\nWho qualifies");
  }
}
