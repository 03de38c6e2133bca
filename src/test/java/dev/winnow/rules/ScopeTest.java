package dev.winnow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.document.Document;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeTest {
  private static final Scope MARKED = new Scope(List.of(), List.of(),
      Regex.compile("^Example\\s+Gazette$", PackLoader.FLAGS), List.of());
  private static final Document DOC = Document.of("a.txt", "news\nan example of it\nExample  Gazette\n");

  @Test
  void markerLiteralsAreTheRegexRequiredOnes() {
    assertThat(MARKED.markerLiterals()).isNotEmpty()
        .allSatisfy(l -> assertThat("example gazette").contains(l));
    assertThat(Scope.ALL.markerLiterals()).isNull();
  }

  @Test
  void markerFoundOnItsOwn() {
    assertThat(MARKED.appliesTo(DOC)).isTrue();
    assertThat(MARKED.appliesTo(Document.of("a.txt", "news\nan example of it\n"))).isFalse();
  }

  /** The caller's scan names the lines with a literal; the regex runs on those alone. */
  @Test
  void markerRunsOnlyOnTheLinesTheCallerNames() {
    assertThat(MARKED.appliesTo(DOC, Set::of, i -> { }, new int[] {1, 2})).isTrue();
    assertThat(MARKED.appliesTo(DOC, Set::of, i -> { }, new int[] {1})).isFalse();
    assertThat(MARKED.appliesTo(DOC, Set::of, i -> { }, new int[0])).isFalse();
  }

  @Test
  void languagesMustHoldWhateverTheMarker() {
    Scope english = new Scope(List.of(), List.of(), MARKED.marker(), List.of("en"));
    assertThat(english.appliesTo(DOC, () -> Set.of("de"), i -> { }, new int[] {2})).isFalse();
    assertThat(english.appliesTo(DOC, () -> Set.of("en"), i -> { }, new int[] {2})).isTrue();
  }
}
