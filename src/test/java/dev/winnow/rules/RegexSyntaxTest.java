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

  @Test
  void apostrophesAlsoMatchTheTypographicOne() {
    assertThat(RegexSyntax.typographicApostrophes("l'article")).isEqualTo("l['’]article");
    assertThat(RegexSyntax.typographicApostrophes("don\\'t")).isEqualTo("don['’]t");
    assertThat(RegexSyntax.typographicApostrophes("[\\w']+")).isEqualTo("[\\w'’]+");
    assertThat(RegexSyntax.typographicApostrophes("[^']")).isEqualTo("[^'’]");
    assertThat(RegexSyntax.typographicApostrophes("we['’]re")).as("idempotent").isEqualTo("we['’]re");
    assertThat(RegexSyntax.typographicApostrophes("\\Qit's\\E")).as("quoted runs untouched").isEqualTo("\\Qit's\\E");
    assertThat(RegexSyntax.typographicApostrophes("[]']x'")).isEqualTo("[]'’]x['’]");
    assertThat(RegexSyntax.typographicApostrophes("no apostrophe")).isEqualTo("no apostrophe");
    java.util.regex.Pattern p = java.util.regex.Pattern.compile(RegexSyntax.typographicApostrophes("^s'abonner$"));
    assertThat(p.matcher("s’abonner").matches()).isTrue();
    assertThat(p.matcher("s'abonner").matches()).isTrue();
  }
}
