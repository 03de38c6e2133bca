package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.document.Document;
import org.junit.jupiter.api.Test;

/**
 * Pages a scraper saved as Markdown: the rules read links as their text, the output keeps every
 * line as it came, and a second cleaning changes nothing.
 */
class MarkdownPagesTest {
  private static final String LEAD =
      "The island ferry will run three return sailings a day instead of five from 1 April, its operator confirmed on Tuesday.\n\n"
          + "Harbour Lines said it had recruited eleven deckhands since the autumn but still lacked two masters to run the timetable.\n\n";

  private static String clean(String text) {
    return Cleaner.builtin().clean(Document.of("page.md", text)).text();
  }

  @Test
  void aMenuOfLinksGoesAndTheKeptLinesKeepTheirMarkdown() {
    String menu = "* [News](https://courier.example/news)\n* [Politics](https://courier.example/politics)\n"
        + "* [Sport](https://courier.example/sport)\n* [Opinion](https://courier.example/opinion)\n\n";
    String story = "# Ferry service to the islands will be cut to three sailings a day\n\n" + LEAD
        + "Parents said so in a statement [published on the association's website](https://parents.example/news).\n";
    String out = clean("[Skip to main content](#main)\n" + menu + story);
    assertThat(out).isEqualTo(story);
    assertThat(clean(out)).isEqualTo(out);
  }

  @Test
  void aSubheadingUnderARelatedListStaysWithItsParagraph() {
    String related = "**Related**\n\n* [Ferry fares rise for the third year running](https://courier.example/fares)\n"
        + "* [Islanders petition for a winter timetable](https://courier.example/petition)\n\n";
    String section = "## What the cuts mean for commuters\n\n"
        + "Commuters who work on the mainland will have no boat home after six in the evening from April, the operator said.\n";
    String out = clean("# Ferry service to the islands will be cut to three sailings a day\n\n" + LEAD + related + section);
    assertThat(out).contains(section).doesNotContain("Ferry fares rise");
  }

  @Test
  void aLiveBlogsKeyEventsGoWhileTheEntryHeadingsTheyLinkToStay() {
    // the list's items read as the headings' words; lines are compared for repeats as they came
    String page = "# Live: flash floods across the county\n\n" + LEAD
        + "**Key events**\n* [Woman rescued from car on Culebra Road](#post-8790)\n* [Schools announce delayed start](#post-8771)\n\n"
        + "## Woman rescued from car on Culebra Road\n\n"
        + "Firefighters pulled a woman from her car after it was swept off Culebra Road shortly after 7am, the fire service said.\n";
    String out = clean(page);
    assertThat(out).contains("## Woman rescued from car on Culebra Road\n").doesNotContain("(#post-8790)");
  }

  @Test
  void aPicturesCaptionAndCreditGoWithIt() {
    String page = "# Ferry service cut\n\n" + LEAD
        + "![The morning ferry leaving Penwyn](https://img.courier.example/ferry.jpg)\n"
        + "The morning ferry leaves the harbour at Penwyn on Monday.\nTomos Carrick\n\n"
        + "Parents on the two largest islands said the last sailing back would leave pupils stranded on the mainland.\n";
    assertThat(clean(page)).doesNotContain("ferry.jpg").doesNotContain("Penwyn on Monday").doesNotContain("Tomos Carrick")
        .contains("Parents on the two largest islands");
  }

  @Test
  void buttonsThatLinkIntoThePageGoAndAKickerOverTheHeadingStays() {
    String page = "[Accept all](#cookie-accept) [Reject all](#cookie-reject) [Settings](#cookie-settings)\n\n"
        + "Article réservé aux abonnés\n\nSécheresse\n\n"
        + "# Dans les Pyrénées-Orientales, le remplissage des piscines interdit dès lundi\n\n"
        + "Le préfet a signé mardi un arrêté qui interdit de remplir les piscines privées dans tout le département.\n\n"
        + "Les nappes phréatiques sont à leur plus bas niveau depuis 2005, selon le bureau de recherches géologiques.\n\n"
        + "Tags : [Sécheresse](https://journal.example/tag/secheresse) · [Eau](https://journal.example/tag/eau)\n";
    String out = clean(page);
    assertThat(out).startsWith("Sécheresse\n\n# Dans les Pyrénées-Orientales").doesNotContain("#cookie-accept");
  }
}
