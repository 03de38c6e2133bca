package dev.winnow.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho-Corasick automaton over lower-cased literals: one pass over a line reports which literals
 * occur in it. ASCII transitions are a dense table (the common case in every language's markup and
 * punctuation); other characters follow goto maps and failure links. Immutable after construction
 * and safe to share between threads.
 */
public final class LiteralAutomaton {
  private final int[][] ascii; // [state][char < 128] -> state, fully resolved
  private final List<Map<Character, Integer>> gotoMaps;
  private final int[] fail;
  private final int[][] outputs; // [state] -> ids of literals ending here (failure chain merged)

  /**
   * Builds the automaton; literal {@code i} of the list is reported as id {@code payload[i]}, so that
   * several literals can stand for the same rule.
   */
  public LiteralAutomaton(List<String> literals, int[] payload) {
    gotoMaps = new ArrayList<>();
    List<List<Integer>> out = new ArrayList<>();
    gotoMaps.add(new HashMap<>());
    out.add(new ArrayList<>());
    for (int i = 0; i < literals.size(); i++) {
      String lit = RequiredLiterals.fold(literals.get(i));
      int s = 0;
      for (int k = 0; k < lit.length(); k++) {
        char c = lit.charAt(k);
        Integer next = gotoMaps.get(s).get(c);
        if (next == null) {
          next = gotoMaps.size();
          gotoMaps.add(new HashMap<>());
          out.add(new ArrayList<>());
          gotoMaps.get(s).put(c, next);
        }
        s = next;
      }
      if (!out.get(s).contains(payload[i])) {
        out.get(s).add(payload[i]);
      }
    }
    int n = gotoMaps.size();
    fail = new int[n];
    ascii = new int[n][];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    ascii[0] = new int[128];
    for (Map.Entry<Character, Integer> e : gotoMaps.get(0).entrySet()) {
      fail[e.getValue()] = 0;
      queue.add(e.getValue());
      if (e.getKey() < 128) {
        ascii[0][e.getKey()] = e.getValue();
      }
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      ascii[s] = ascii[fail[s]].clone();
      for (Map.Entry<Character, Integer> e : gotoMaps.get(s).entrySet()) {
        int t = e.getValue();
        char c = e.getKey();
        int f = fail[s];
        while (f != 0 && !gotoMaps.get(f).containsKey(c)) {
          f = fail[f];
        }
        Integer ft = gotoMaps.get(f).get(c);
        fail[t] = ft != null && ft != t ? ft : 0;
        for (int id : out.get(fail[t])) {
          if (!out.get(t).contains(id)) {
            out.get(t).add(id);
          }
        }
        if (c < 128) {
          ascii[s][c] = t;
        }
        queue.add(t);
      }
    }
    outputs = new int[n][];
    for (int s = 0; s < n; s++) {
      outputs[s] = out.get(s).stream().mapToInt(Integer::intValue).toArray();
    }
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
      char c = Character.toLowerCase(text.charAt(i));
      if (c < 128) {
        s = ascii[s][c];
      } else {
        while (s != 0 && !gotoMaps.get(s).containsKey(c)) {
          s = fail[s];
        }
        s = gotoMaps.get(s).getOrDefault(c, 0);
      }
      int[] o = outputs[s];
      for (int id : o) {
        hits.hit(id);
      }
    }
  }

  /** Number of states, for diagnostics. */
  public int states() {
    return fail.length;
  }
}
