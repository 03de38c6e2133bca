package dev.winnow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegexSyntaxTest {
  @Test
  void splitsTopLevelAlternationsFlattened() {
    assertThat(RegexSyntax.splitAlternation("(?:a|(?:b|c))")).containsExactly("a", "b", "c");
    assertThat(RegexSyntax.splitAlternation("x(?:a|b)")).containsExactly("x(?:a|b)");
    assertThat(RegexSyntax.splitAlternation("[|]|\\||(a|b)c")).containsExactly("[|]", "\\|", "(a|b)c");
    assertThat(RegexSyntax.splitAlternation("(?:a)(?:b|c)")).containsExactly("(?:a)(?:b|c)");
  }

  @Test
  void anchoredOnlyWithoutTopLevelAlternation() {
    assertThat(RegexSyntax.anchoredAtStart("^\\W*(?:a|b)$")).isTrue();
    assertThat(RegexSyntax.anchoredAtStart("^a|b")).isFalse();
    assertThat(RegexSyntax.anchoredAtStart("a^")).isFalse();
    assertThat(RegexSyntax.anchoredAtStart("^[|(]x")).isTrue();
  }
}
