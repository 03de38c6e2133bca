package dev.winnow.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rules see a line without the invisible format characters that emoji and editors leave. */
class LineFactsVisibleTest {
  @Test
  void dropsVariationSelectorsJoinersAndSoftHyphens() {
    assertThat(LineFacts.visible("➡\uFE0F Читайте также")).isEqualTo("➡ Читайте также");
    assertThat(LineFacts.visible("Adver\u00ADtisement\u200B")).isEqualTo("Advertisement");
    assertThat(LineFacts.visible("👨\u200D👩 family")).isEqualTo("👨👩 family");
  }

  @Test
  void returnsTheSameStringWhenThereIsNothingToDrop() {
    String plain = "Officials said on Tuesday that the talks would resume.";
    assertThat(LineFacts.visible(plain)).isSameAs(plain);
  }

  @Test
  void aReadAlsoLinkAfterAnEmojiArrowIsRemoved() {
    String in = "Officials said on Tuesday that the talks would resume next week in the capital.\n"
        + "➡\uFE0F Читайте также: Какие дороги в области закрыты\n"
        + "The talks had been suspended in March after a dispute over the agenda and the venue.\n";
    assertThat(ContextFixtures.clean(in)).doesNotContain("Читайте также");
  }
}
