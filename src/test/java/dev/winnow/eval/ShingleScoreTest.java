package dev.winnow.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {
  private final ShingleScore s = ShingleScore.benchmark();

  @Test
  void tokenizeKeepsLettersDigitsUnderscoreDropsPunctuationAndCase() {
    assertThat(s.tokenize("Hello, World! it's 2019_v2 — naïve café; 東京 ٣"))
        .containsExactly("Hello", "World", "it", "s", "2019_v2", "naïve", "café", "東京", "٣");
    // Python's \w does not match combining marks: "e\u0301" splits before the accent.
    assertThat(s.tokenize("cafe\u0301 x")).containsExactly("cafe", "x");
    assertThat(s.caseFolded().tokenize("The THE the")).containsExactly("the", "the", "the");
  }

  @Test
  void shinglesAreAMultisetOfFourGramsWithShortTextsAsOneShingle() {
    assertThat(s.shingles("a b c d e")).hasSize(2);
    assertThat(s.shingles("a b c d a b c d")).containsValue(2);
    assertThat(s.shingles("a b")).hasSize(1);
    assertThat(s.shingles(" .,; ")).isEmpty();
  }

  @Test
  void countsAreNormalisedAndMatchAHandComputation() {
    // gold: 5 tokens -> 2 shingles (a b c d, b c d e); pred: 6 tokens -> 3 shingles, 2 shared.
    ShingleScore.Counts c = s.score("a b c d e", "a b c d e f");
    assertThat(c.tp()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(c.fp()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(c.fn()).isZero();
    assertThat(c.precision()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(c.recall()).isEqualTo(1.0);
    assertThat(c.f1()).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void caseMattersAsInTheBenchmark() {
    assertThat(s.score("The cat sat down", "the cat sat down").tp()).isZero();
    assertThat(s.caseFolded().score("The cat sat down", "the cat sat down").f1()).isEqualTo(1.0);
  }

  @Test
  void emptyCasesFollowTheBenchmark() {
    ShingleScore.Counts both = s.score("", "");
    assertThat(both.precision()).isEqualTo(1.0);
    assertThat(both.recall()).isEqualTo(1.0);
    assertThat(both.hasPrediction()).isFalse();
    assertThat(both.hasGold()).isFalse();
    ShingleScore.Counts nothingPredicted = s.score("some gold text here", "");
    assertThat(nothingPredicted.recall()).isZero();
    assertThat(nothingPredicted.hasPrediction()).isFalse();
    ShingleScore.Counts noGold = s.score("", "some predicted text here");
    assertThat(noGold.precision()).isZero();
    assertThat(noGold.hasGold()).isFalse();
  }

  @Test
  void summaryAveragesPrecisionOverPredictedPagesAndRecallOverGoldPages() {
    ShingleScore.Counts perfect = s.score("a b c d e", "a b c d e");
    ShingleScore.Counts empty = s.score("a b c d e", "");
    ShingleScore.Summary sum = ShingleScore.summarize(List.of(perfect, empty));
    assertThat(sum.precision()).isEqualTo(1.0); // the empty prediction is not averaged in
    assertThat(sum.recall()).isEqualTo(0.5);
    assertThat(sum.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-12));
    assertThat(sum.meanPageF1()).isEqualTo(0.5);
  }

  @Property(tries = 200)
  void identicalTextsScoreOne(@ForAll @StringLength(max = 200) String text) {
    ShingleScore.Counts c = s.score(text, text);
    assertThat(c.precision()).isEqualTo(1.0);
    assertThat(c.recall()).isEqualTo(1.0);
    assertThat(c.fp()).isZero();
    assertThat(c.fn()).isZero();
  }

  @Property(tries = 200)
  void normalisedCountsSumToOneOrZero(@ForAll @StringLength(max = 80) String gold,
      @ForAll @StringLength(max = 80) String pred) {
    ShingleScore.Counts c = s.score(gold, pred);
    double sum = c.tp() + c.fp() + c.fn();
    assertThat(sum == 0 || Math.abs(sum - 1) < 1e-9).isTrue();
    assertThat(c.precision()).isBetween(0.0, 1.0);
    assertThat(c.recall()).isBetween(0.0, 1.0);
  }
}
