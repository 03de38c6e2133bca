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
  private final char[] symbolOf; // any char (either case) -> alphabet symbol (0: in no literal)
  private final int width; // alphabet size
  // [state * width + symbol] -> next state, premultiplied by width (so a step is one add and one
  // load), and stored as ~(state * width) when that state ends a literal, so the scan needs no
  // second lookup per character
  private final int[] delta;
  private final int[][] outputs; // [state] -> ids of literals ending here (failure chain merged)

  /**
   * Builds the automaton; literal {@code i} of the list is reported as id {@code payload[i]}, so that
   * several literals can stand for the same rule.
   */
  public LiteralAutomaton(List<String> literals, int[] payload) {
    // The alphabet is the characters that occur in some literal, plus one symbol (0) for all the
    // others: a small alphabet keeps the transition table small enough to stay in cache.
    char[] classOf = new char[65536]; // folded char -> symbol
    boolean[] used = new boolean[65536];
    List<String> folded = new ArrayList<>();
    for (String l : literals) {
      String f = RequiredLiterals.fold(l);
      folded.add(f);
      for (int k = 0; k < f.length(); k++) {
        used[f.charAt(k)] = true;
      }
    }
    // Frequent characters get the first symbols, so that the columns a scan of ordinary text
    // reads in each row of the table lie together in one or two cache lines.
    int nextClass = 1;
    for (int k = 0; k < FREQUENT.length(); k++) {
      char c = FREQUENT.charAt(k);
      if (used[c] && classOf[c] == 0) {
        classOf[c] = (char) nextClass++;
      }
    }
    for (int c = 0; c < used.length; c++) {
      if (used[c] && classOf[c] == 0) {
        classOf[c] = (char) nextClass++;
      }
    }
    width = nextClass;
    // Every char whose lower case is a literal's char gets that char's symbol, so the scan looks
    // up one table per character and never folds case itself.
    symbolOf = classOf.clone();
    for (char[] pair : CaseFolding.PAIRS) {
      if (classOf[pair[1]] != 0) {
        symbolOf[pair[0]] = classOf[pair[1]];
      }
    }

    // trie with goto maps
    List<Map<Integer, Integer>> go = new ArrayList<>();
    List<List<Integer>> out = new ArrayList<>();
    go.add(new HashMap<>());
    out.add(new ArrayList<>());
    for (int i = 0; i < folded.size(); i++) {
      String lit = folded.get(i);
      int s = 0;
      for (int k = 0; k < lit.length(); k++) {
        int sym = classOf[lit.charAt(k)];
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
    int[] plain = new int[n * width];
    List<Integer> order = new ArrayList<>();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (Map.Entry<Integer, Integer> e : go.get(0).entrySet()) {
      plain[e.getKey()] = e.getValue();
      queue.add(e.getValue());
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      order.add(s);
      System.arraycopy(plain, fail[s] * width, plain, s * width, width);
      for (Map.Entry<Integer, Integer> e : go.get(s).entrySet()) {
        int t = e.getValue();
        int sym = e.getKey();
        fail[t] = plain[fail[s] * width + sym];
        if (fail[t] == t) {
          fail[t] = 0;
        }
        for (int id : out.get(fail[t])) {
          if (!out.get(t).contains(id)) {
            out.get(t).add(id);
          }
        }
        plain[s * width + sym] = t;
        queue.add(t);
      }
    }
    // Renumber the states breadth-first: the shallow states, where a scan of ordinary text spends
    // nearly all its steps, then sit together at the start of the table and stay in cache.
    int[] rank = new int[n];
    for (int k = 0; k < order.size(); k++) {
      rank[order.get(k)] = k + 1; // the root keeps 0
    }
    outputs = new int[n][];
    for (int s = 0; s < n; s++) {
      outputs[rank[s]] = out.get(s).stream().mapToInt(Integer::intValue).toArray();
    }
    delta = new int[n * width];
    for (int s = 0; s < n; s++) {
      for (int sym = 0; sym < width; sym++) {
        int next = rank[plain[s * width + sym]];
        delta[rank[s] * width + sym] = outputs[next].length > 0 ? ~(next * width) : next * width;
      }
    }
  }

  /** Letters and signs by how often they occur in news text, English first, then Russian. */
  private static final String FREQUENT =
      " etaoinsrhldcumfpgwybvkxjqz.,'-0123456789:/\"()оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё";

  /** Chars whose lower case ({@link Character#toLowerCase(char)}) differs from themselves. */
  private static final class CaseFolding {
    static final char[][] PAIRS;

    static {
      java.util.List<char[]> pairs = new ArrayList<>();
      for (int c = 0; c < 65536; c++) {
        char l = Character.toLowerCase((char) c);
        if (l != c) {
          pairs.add(new char[] {(char) c, l});
        }
      }
      PAIRS = pairs.toArray(new char[0][]);
    }
  }

  /** Receives the ids of literals found in a text; an id may be reported more than once. */
  @FunctionalInterface
  public interface Hits {
    void hit(int id);
  }

  /** Scans the text once, case-folded, reporting every literal occurrence's id. */
  public void scan(String text, Hits hits) {
    char[] chars = text.toCharArray();
    scan(chars, 0, chars.length, hits);
  }

  /**
   * Scans {@code chars[from..to)} once, case-folded, reporting every literal occurrence's id. The
   * hot path: callers that scan many lines copy them into one buffer and call this.
   */
  public void scan(char[] chars, int from, int to, Hits hits) {
    final int[] d = delta;
    final char[] sym = symbolOf;
    int s = 0;
    for (int i = from; i < to; i++) {
      s = d[s + sym[chars[i]]];
      if (s < 0) {
        s = ~s;
        for (int id : outputs[s / width]) {
          hits.hit(id);
        }
      }
    }
  }

  /** True when any literal occurs in the text. */
  public boolean containsAny(String text) {
    final int[] d = delta;
    final char[] sym = symbolOf;
    int s = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      s = d[s + sym[text.charAt(i)]];
      if (s < 0) {
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
