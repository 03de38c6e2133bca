package dev.winnow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class RequiredLiteralsTest {

  @Test
  void picksTheLongestRequiredRun() {
    assertThat(RequiredLiterals.of("^Read more about:")).containsExactly("read more about:");
    assertThat(RequiredLiterals.of("^\\W*(?:foo|barbaz)\\s*$")).containsExactlyInAnyOrder("foo", "barbaz");
    assertThat(RequiredLiterals.of("colou?r scheme")).containsExactly("r scheme");
    assertThat(RequiredLiterals.of("\\bphotos?: [A-Z]+")).containsExactly("photo");
  }

  @Test
  void givesUpWhenNothingIsRequired() {
    assertThat(RequiredLiterals.of("^\\W*$")).isNull();
    assertThat(RequiredLiterals.of("(?:abc)?def?")).containsExactly("de");
    assertThat(RequiredLiterals.of("(?:abc)?d")).isNull();
    assertThat(RequiredLiterals.of("foo|\\d+")).isNull();
    assertThat(RequiredLiterals.of("[abc]x")).isNull();
  }

  @Test
  void optionalGroupsAreNotRequired() {
    assertThat(RequiredLiterals.of("(?:very )?long word")).containsExactly("long word");
  }

  @Test
  void automatonFindsEveryLiteralCaseFolded() {
    LiteralAutomaton a = new LiteralAutomaton(List.of("he", "she", "his", "hers", "чит"), new int[] {0, 1, 2, 3, 4});
    java.util.Set<Integer> hits = new java.util.TreeSet<>();
    a.scan("uSHErs ЧИТАЙТЕ", hits::add);
    assertThat(hits).containsExactly(0, 1, 3, 4);
  }

  /** Soundness: whenever a regex matches, the line contains one of its required literals. */
  @Property(tries = 300)
  void requiredLiteralsAreSound(@ForAll("patterns") String regex, @ForAll @StringLength(max = 40) String noise) {
    Set<String> lits = RequiredLiterals.of(regex);
    if (lits == null) {
      return;
    }
    Pattern p = Pattern.compile(regex, PackLoader.FLAGS);
    for (String sample : List.of(noise, "READ more: " + noise, noise + " Photo: AP", "colour scheme " + noise,
        "Foo", "xBARBAZx", "very long word", noise.toUpperCase())) {
      if (p.matcher(sample).find()) {
        String folded = RequiredLiterals.fold(sample);
        assertThat(lits.stream().anyMatch(folded::contains))
            .as("regex /%s/ matched %s but none of %s occurs", regex, sample, lits).isTrue();
      }
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> patterns() {
    return net.jqwik.api.Arbitraries.of(
        "^Read more:", "read\\s+more", "(?:foo|barbaz)", "colou?r scheme", "\\bphotos?: \\w+",
        "(?:very )?long word", "^\\W*(?:close|remind me later)\\W*$", "x{0,2}yz", "a+bc", "(?i)Photo:?",
        "[Pp]hoto: [A-Z]+", "(?:a|b)c+d", "\\.com\\b", "\\Qa.b\\E");
  }
}
