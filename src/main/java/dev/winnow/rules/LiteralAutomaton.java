package dev.winnow.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho-Corasick automaton over lower-cased literals: one pass over a line reports which literals
 * occur in it. It is compiled to a dense table over a small alphabet: the 128 ASCII characters, the
 * non-ASCII characters that occur in some literal, and one class for every other character (which
 * always leads back to the start, since no literal contains it). Immutable after construction and
 * safe to share between threads.
 */
public final class LiteralAutomaton {
  private final char[] classOf; // non-ASCII char -> alphabet index (0: none of the literals' chars)
  private final int width; // alphabet size
  private final int[] delta; // [state * width + symbol] -> state
  private final int[][] outputs; // [state] -> ids of literals ending here (failure chain merged)

  /**
   * Builds the automaton; literal {@code i} of the list is reported as id {@code payload[i]}, so that
   * several literals can stand for the same rule.
   */
  public LiteralAutomaton(List<String> literals, int[] payload) {
    classOf = new char[65536];
    int nextClass = 129; // 0..127 ASCII, 128 "other", then one per non-ASCII literal character
    List<String> folded = new ArrayList<>();
    for (String l : literals) {
      String f = RequiredLiterals.fold(l);
      folded.add(f);
      for (int k = 0; k < f.length(); k++) {
        char c = f.charAt(k);
        if (c >= 128 && classOf[c] == 0) {
          classOf[c] = (char) nextClass++;
        }
      }
    }
    width = nextClass;

    // trie with goto maps
    List<Map<Integer, Integer>> go = new ArrayList<>();
    List<List<Integer>> out = new ArrayList<>();
    go.add(new HashMap<>());
    out.add(new ArrayList<>());
    for (int i = 0; i < folded.size(); i++) {
      String lit = folded.get(i);
      int s = 0;
      for (int k = 0; k < lit.length(); k++) {
        int sym = symbol(lit.charAt(k));
        Integer next = go.get(s).get(sym);
        if (next == null) {
          next = go.size();
          go.add(new HashMap<>());
          out.add(new ArrayList<>());
          go.get(s).put(sym, next);
        }
        s = next;
      }
      if (!out.get(s).contains(payload[i])) {
        out.get(s).add(payload[i]);
      }
    }

    // breadth-first: failure links, merged outputs, dense transitions
    int n = go.size();
    int[] fail = new int[n];
    delta = new int[n * width];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (Map.Entry<Integer, Integer> e : go.get(0).entrySet()) {
      delta[e.getKey()] = e.getValue();
      queue.add(e.getValue());
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      System.arraycopy(delta, fail[s] * width, delta, s * width, width);
      for (Map.Entry<Integer, Integer> e : go.get(s).entrySet()) {
        int t = e.getValue();
        int sym = e.getKey();
        fail[t] = delta[fail[s] * width + sym];
        if (fail[t] == t) {
          fail[t] = 0;
        }
        for (int id : out.get(fail[t])) {
          if (!out.get(t).contains(id)) {
            out.get(t).add(id);
          }
        }
        delta[s * width + sym] = t;
        queue.add(t);
      }
    }
    outputs = new int[n][];
    for (int s = 0; s < n; s++) {
      outputs[s] = out.get(s).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  private int symbol(char c) {
    return c < 128 ? c : (classOf[c] == 0 ? 128 : classOf[c]);
  }

  private int step(int s, char c) {
    int sym;
    if (c < 128) {
      sym = (c >= 'A' && c <= 'Z') ? c + 32 : c;
    } else {
      char l = Character.toLowerCase(c);
      sym = l < 128 ? l : (classOf[l] == 0 ? 128 : classOf[l]);
    }
    return delta[s * width + sym];
  }

  /** Receives the ids of literals found in a text; an id may be reported more than once. */
  @FunctionalInterface
  public interface Hits {
    void hit(int id);
  }

  /** Scans the text once, case-folded, reporting every literal occurrence's id. */
  public void scan(CharSequence text, Hits hits) {
    int s = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      s = step(s, text.charAt(i));
      int[] o = outputs[s];
      for (int id : o) {
        hits.hit(id);
      }
    }
  }

  /** True when any literal occurs in the text. */
  public boolean containsAny(CharSequence text) {
    int s = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      s = step(s, text.charAt(i));
      if (outputs[s].length > 0) {
        return true;
      }
    }
    return false;
  }

  /** Number of states, for diagnostics. */
  public int states() {
    return outputs.length;
  }
}
