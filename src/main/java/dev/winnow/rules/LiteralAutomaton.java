package dev.winnow.rules;

import java.util.List;

/**
 * An Aho-Corasick automaton over lower-cased literals: one pass over a line reports which literals
 * occur in it. It is compiled to a dense table over a small alphabet: the 128 ASCII characters, the
 * non-ASCII characters that occur in some literal, and one class for every other character (which
 * always leads back to the start, since no literal contains it). Immutable after construction and
 * safe to share between threads.
 */
public final class LiteralAutomaton {
  private final char[] classOf; // folded char -> alphabet symbol (0: in no literal)
  private final int[] asciiSymbol = new int[128]; // ASCII char (either case) -> symbol
  private final int width; // alphabet size
  // [state * width + symbol] -> next state, stored as ~state (negative) when that state ends a
  // literal, so the scan needs no second lookup per character
  private final int[] delta;
  private final int[][] outputs; // [state] -> ids of literals ending here (failure chain merged)

  /**
   * Builds the automaton; literal {@code i} of the list is reported as id {@code payload[i]}, so that
   * several literals can stand for the same rule.
   */
  public LiteralAutomaton(List<String> literals, int[] payload) {
    Builder b = new Builder(literals, payload);
    for (int i = 0; i < literals.size(); i++) {
      b.insert(literals.get(i), i);
    }
    b.link();
    classOf = b.classOf;
    width = b.width;
    for (char c = 0; c < 128; c++) {
      asciiSymbol[c] = classOf[(c >= 'A' && c <= 'Z') ? c + 32 : c];
    }
    delta = b.table;
    outputs = b.out;
  }

  /**
   * Builds the trie, then the failure links, outputs and dense table, with flat int arrays and no
   * boxed maps or per-state objects: the built-in packs make automata of some 10,000 states, built
   * at start-up in the interpreter. The work is in small methods called once per literal and once
   * per state, which the JIT compiles cheaply, rather than in one large loop it would compile on
   * the stack at great cost while start-up waits.
   */
  private static final class Builder {
    // The alphabet is the characters that occur in some literal, plus one symbol (0) for all the
    // others: a small alphabet keeps the transition table small enough to stay in cache. Symbols
    // are given in order of first appearance.
    final char[] classOf = new char[65536];
    // Character.toLowerCase of each non-ASCII character once, not once per occurrence: thousands
    // of calls would have the JIT compile its 3 KB method during start-up.
    final char[] lowerOf = new char[65536]; // 0: not looked up yet
    int width = 1;

    // The trie: each state's children as a list through firstChild/nextSibling (the few children
    // of a state are found by a short walk), and the ids of the literals that end at each state as
    // a list through endsAt/endNext (one entry per distinct id).
    final int[] firstChild; // 0: none (the root is nobody's child)
    final int[] nextSibling;
    final int[] symbolOf;
    final int[] endsAt; // state -> 1 + index of its first entry, 0: none
    final int[] endNext; // entry -> 1 + index of the next, 0: none
    final int[] payload;
    int states = 1;

    int[][] out;
    int[] fail;
    int[] table;

    Builder(List<String> literals, int[] payload) {
      int chars = 0;
      for (String l : literals) {
        chars += l.length();
      }
      firstChild = new int[chars + 1];
      nextSibling = new int[chars + 1];
      symbolOf = new int[chars + 1];
      endsAt = new int[chars + 1];
      endNext = new int[literals.size()];
      this.payload = payload;
    }

    /** Adds literal {@code i}, lower-cased as {@link RequiredLiterals#fold} does. */
    void insert(String literal, int i) {
      int s = 0;
      for (char c : literal.toCharArray()) {
        int sym = symbol(lower(c));
        int t = child(s, sym);
        if (t == 0) {
          t = states++;
          symbolOf[t] = sym;
          nextSibling[t] = firstChild[s];
          firstChild[s] = t;
        }
        s = t;
      }
      boolean known = false;
      for (int e = endsAt[s]; e != 0 && !known; e = endNext[e - 1]) {
        known = payload[e - 1] == payload[i];
      }
      if (!known) {
        endNext[i] = endsAt[s];
        endsAt[s] = i + 1;
      }
    }

    private char lower(char c) {
      if (c < 128) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      }
      char l = lowerOf[c];
      if (l == 0) {
        l = Character.toLowerCase(c);
        lowerOf[c] = l;
      }
      return l;
    }

    private int symbol(char c) {
      int sym = classOf[c];
      if (sym == 0) {
        sym = width++;
        classOf[c] = (char) sym;
      }
      return sym;
    }

    private int child(int s, int sym) {
      int t = firstChild[s];
      while (t != 0 && symbolOf[t] != sym) {
        t = nextSibling[t];
      }
      return t;
    }

    /**
     * Breadth-first: failure links, merged outputs and the dense transition table. A state's row
     * starts as a copy of its failure state's row (done earlier: it is shallower), then its trie
     * children replace their entries. An entry is stored as ~state when that state has outputs,
     * and rows are copied with that marking, so no second pass over the table is needed.
     */
    void link() {
      out = new int[states][];
      fail = new int[states];
      table = new int[states * width];
      int[] queue = new int[states];
      out[0] = own(endsAt[0], NONE);
      if (out[0].length > 0) {
        java.util.Arrays.fill(table, 0, width, ~0);
      }
      int tail = 1; // queue[0] is the root
      for (int head = 0; head < tail; head++) {
        tail = expand(queue[head], queue, tail);
      }
    }

    /** Fills state {@code s}'s row and enqueues its children; returns the new queue tail. */
    private int expand(int s, int[] queue, int tail) {
      if (s != 0) {
        System.arraycopy(table, fail[s] * width, table, s * width, width);
      }
      for (int t = firstChild[s]; t != 0; t = nextSibling[t]) {
        int sym = symbolOf[t];
        int f = 0;
        if (s != 0) {
          f = table[fail[s] * width + sym];
          f = f < 0 ? ~f : f;
        }
        fail[t] = f;
        out[t] = own(endsAt[t], out[f]);
        table[s * width + sym] = out[t].length > 0 ? ~t : t;
        queue[tail++] = t;
      }
      return tail;
    }

    /**
     * The distinct ids of the literals that end at a state (its list starts at entry {@code
     * first}), followed by those of its failure state's outputs that are not among them.
     */
    private int[] own(int first, int[] inherited) {
      int count = 0;
      for (int e = first; e != 0; e = endNext[e - 1]) {
        count++;
      }
      if (count == 0) {
        return inherited;
      }
      int[] ids = new int[count + inherited.length];
      int k = count;
      for (int e = first; e != 0; e = endNext[e - 1]) {
        ids[--k] = payload[e - 1]; // the list runs newest first: fill from the back
      }
      for (int id : inherited) {
        boolean dup = false;
        for (int j = 0; j < count && !dup; j++) {
          dup = ids[j] == id;
        }
        if (!dup) {
          ids[count++] = id;
        }
      }
      return count == ids.length ? ids : java.util.Arrays.copyOf(ids, count);
    }
  }

  private static final int[] NONE = new int[0];

  /** Receives the ids of literals found in a text; an id may be reported more than once. */
  @FunctionalInterface
  public interface Hits {
    void hit(int id);
  }

  private int symbol(char c) {
    return c < 128 ? asciiSymbol[c] : classOf[Character.toLowerCase(c)];
  }

  /** Scans the text once, case-folded, reporting every literal occurrence's id. */
  public void scan(String text, Hits hits) {
    int s = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      s = delta[s * width + symbol(text.charAt(i))];
      if (s < 0) {
        s = ~s;
        for (int id : outputs[s]) {
          hits.hit(id);
        }
      }
    }
  }

  /** True when any literal occurs in the text. */
  public boolean containsAny(String text) {
    int s = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      s = delta[s * width + symbol(text.charAt(i))];
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
