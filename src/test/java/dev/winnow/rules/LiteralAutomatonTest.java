package dev.winnow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The literal automaton finds exactly the literals a naive search finds, case-folded, with the
 * compact table of shorts (up to 32,767 states) and with the table of ints beyond that.
 */
class LiteralAutomatonTest {
  private static Set<Integer> naive(List<String> literals, String text) {
    Set<Integer> found = new TreeSet<>();
    String t = text.toLowerCase(java.util.Locale.ROOT);
    for (int i = 0; i < literals.size(); i++) {
      if (t.contains(literals.get(i).toLowerCase(java.util.Locale.ROOT))) {
        found.add(i);
      }
    }
    return found;
  }

  private static LiteralAutomaton check(int count, int length, long seed) {
    Random r = new Random(seed);
    String alphabet = "abcdeéжзи ";
    List<String> literals = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 2 + r.nextInt(length);
      for (int k = 0; k < n; k++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      literals.add(sb.toString());
    }
    int[] payload = new int[count];
    java.util.Arrays.setAll(payload, i -> i);
    LiteralAutomaton a = new LiteralAutomaton(literals, payload);
    for (int t = 0; t < 200; t++) {
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < 60; k++) {
        char c = alphabet.charAt(r.nextInt(alphabet.length()));
        text.append(r.nextInt(5) == 0 ? Character.toUpperCase(c) : c);
      }
      Set<Integer> got = new TreeSet<>();
      a.scan(text.toString(), got::add);
      Set<Integer> want = naive(literals, text.toString());
      assertThat(got).as("states %d, text %s", a.states(), text).isEqualTo(want);
      assertThat(a.containsAny(text.toString())).isEqualTo(!want.isEmpty());
    }
    return a;
  }

  @Test
  void findsWhatANaiveSearchFindsWithTheCompactTable() {
    assertThat(check(300, 6, 1).states()).isLessThanOrEqualTo(Short.MAX_VALUE);
  }

  @Test
  void findsWhatANaiveSearchFindsWithMoreStatesThanShortsHold() {
    assertThat(check(6000, 14, 2).states()).isGreaterThan(Short.MAX_VALUE);
  }
}
