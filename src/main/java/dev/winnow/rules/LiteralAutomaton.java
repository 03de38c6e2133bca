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
  private final char[] classOf; // lower-case char -> alphabet symbol (0: in no literal)
  // any char (either case) -> 1 + its symbol; 0: not looked up yet. ASCII is filled in at once,
  // other chars are folded on first sight (see learn), so building costs nothing for the
  // 65,000 characters no text may ever hold.
  private final char[] symbolOf = new char[65536];
  private final int width; // alphabet size
  // [state * width + symbol] -> next state, as a state number in a short (~state when that state
  // ends a literal, so the scan needs no second lookup per character) when the states fit: half
  // the memory of ints, so the rows a scan visits stay in cache far more often, which saves more
  // than the multiply each step then needs. Null when there are too many states; then delta holds
  // the table as ints, premultiplied by width (so a step is one add and one load).
  private final short[] compact;
  private final int[] delta;
  private final int[][] outputs; // [state] -> ids of literals ending here (failure chain merged)

  /**
   * Builds the automaton; literal {@code i} of the list is reported as id {@code payload[i]}, so that
   * several literals can stand for the same rule.
   */
  public LiteralAutomaton(List<String> literals, int[] payload) {
    Builder b = new Builder(literals, payload);
    b.alphabet();
    for (int i = 0; i < b.folded.length; i++) {
      b.insert(i);
    }
    b.link();
    width = b.width;
    classOf = b.classOf;
    for (char c = 0; c < 128; c++) {
      symbolOf[c] = (char) (1 + classOf[c >= 'A' && c <= 'Z' ? c + 32 : c]);
    }
    outputs = b.out;
    compact = b.shorts;
    delta = b.ints;
  }

  /**
   * Builds the trie, then the failure links, outputs and dense table, with flat int arrays and no
   * boxed maps or per-state objects: the built-in packs make automata of some 10,000 states, built
   * at start-up in the interpreter. The work is in small methods called once per literal and once
   * per state, which the JIT compiles cheaply, rather than in one large loop it would compile on
   * the stack at great cost while start-up waits; the table is written once, in its final layout.
   */
  private static final class Builder {
    final List<String> literals;
    final int[] payload;
    final char[][] folded; // the literals, lower-cased as RequiredLiterals.fold does
    // The alphabet is the characters that occur in some literal, plus one symbol (0) for all the
    // others: a small alphabet keeps the transition table small enough to stay in cache.
    final char[] classOf = new char[65536]; // folded char -> symbol
    int width;

    // The trie, by node in order of creation: each node's children as a list through
    // firstChild/nextSibling (the few children of a node are found by a short walk), and the ids
    // of the literals that end at each node as a list through endsAt/endNext (one entry per
    // distinct id).
    final int[] firstChild; // 0: none (the root is nobody's child)
    final int[] nextSibling;
    final int[] edge; // symbol of the edge into the node
    final int[] endsAt; // node -> 1 + index of its first entry, 0: none
    final int[] endNext; // entry -> 1 + index of the next, 0: none
    int nodes = 1;

    // The automaton, by state: states are the trie's nodes numbered breadth-first (the root is 0)
    int[][] out;
    int[] fail; // state -> its failure state
    // The table, written once: shorts holding state numbers when the states fit, else ints
    // holding premultiplied offsets. Either way an entry is ~target when the target has outputs.
    short[] shorts;
    int[] ints;

    Builder(List<String> literals, int[] payload) {
      this.literals = literals;
      this.payload = payload;
      folded = new char[literals.size()][];
      int chars = 0;
      for (String l : literals) {
        chars += l.length();
      }
      firstChild = new int[chars + 1];
      nextSibling = new int[chars + 1];
      edge = new int[chars + 1];
      endsAt = new int[chars + 1];
      endNext = new int[literals.size()];
    }

    /**
     * Lower-cases the literals and gives their characters symbols: frequent characters first, so
     * that the columns a scan of ordinary text reads in each row of the table lie together in one
     * or two cache lines, then the others by code.
     */
    void alphabet() {
      // Character.toLowerCase of each non-ASCII character once, not once per occurrence:
      // thousands of calls would have the JIT compile its 3 KB method during start-up.
      char[] lowerOf = new char[65536]; // 0: not looked up yet
      boolean[] used = new boolean[65536];
      for (int i = 0; i < folded.length; i++) {
        char[] f = literals.get(i).toCharArray();
        for (int k = 0; k < f.length; k++) {
          char c = f[k];
          if (c < 128) {
            c = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
          } else {
            char l = lowerOf[c];
            if (l == 0) {
              l = Character.toLowerCase(c);
              lowerOf[c] = l;
            }
            c = l;
          }
          f[k] = c;
          used[c] = true;
        }
        folded[i] = f;
      }
      int next = 1;
      for (int k = 0; k < FREQUENT.length(); k++) {
        char c = FREQUENT.charAt(k);
        if (used[c] && classOf[c] == 0) {
          classOf[c] = (char) next++;
        }
      }
      for (int c = 0; c < used.length; c++) {
        if (used[c] && classOf[c] == 0) {
          classOf[c] = (char) next++;
        }
      }
      width = next;
    }

    /** Adds literal {@code i} to the trie. */
    void insert(int i) {
      int s = 0;
      for (char c : folded[i]) {
        int sym = classOf[c];
        int t = child(s, sym);
        if (t == 0) {
          t = nodes++;
          edge[t] = sym;
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

    private int child(int s, int sym) {
      int t = firstChild[s];
      while (t != 0 && edge[t] != sym) {
        t = nextSibling[t];
      }
      return t;
    }

    /**
     * Breadth-first: states numbered in the order they are reached (the shallow states, where a
     * scan of ordinary text spends nearly all its steps, then sit together at the start of the
     * table), failure links, merged outputs and the table. A state's row starts as a copy of its
     * failure state's row (done earlier: it is shallower), then its trie children replace their
     * entries. Entries are premultiplied by the width and stored as ~entry when the state they
     * lead to has outputs; rows are copied with that marking, so the table is written once.
     */
    void link() {
      out = new int[nodes][];
      fail = new int[nodes];
      if (nodes <= Short.MAX_VALUE) {
        shorts = new short[nodes * width];
      } else {
        ints = new int[nodes * width];
      }
      int[] node = new int[nodes]; // state -> trie node, which is also the queue
      out[0] = own(endsAt[0], NONE);
      if (out[0].length > 0) {
        for (int k = 0; k < width; k++) {
          put(k, 0, true);
        }
      }
      int reached = 1; // node[0] is the root
      for (int s = 0; s < reached; s++) {
        reached = expand(s, node, reached);
      }
    }

    /** Fills state {@code s}'s row and numbers its children; returns the states reached so far. */
    private int expand(int s, int[] node, int reached) {
      if (s != 0) {
        if (shorts != null) {
          System.arraycopy(shorts, fail[s] * width, shorts, s * width, width);
        } else {
          System.arraycopy(ints, fail[s] * width, ints, s * width, width);
        }
      }
      for (int t = firstChild[node[s]]; t != 0; t = nextSibling[t]) {
        int sym = edge[t];
        int f = 0;
        if (s != 0) {
          f = target(fail[s] * width + sym);
        }
        int st = reached++;
        node[st] = t;
        fail[st] = f;
        out[st] = own(endsAt[t], out[f]);
        put(s * width + sym, st, out[st].length > 0);
      }
      return reached;
    }

    /** Sets entry {@code k} to lead to state {@code st}, marked when {@code st} has outputs. */
    private void put(int k, int st, boolean hasOutputs) {
      if (shorts != null) {
        shorts[k] = (short) (hasOutputs ? ~st : st);
      } else {
        ints[k] = hasOutputs ? ~(st * width) : st * width;
      }
    }

    /** The state entry {@code k} leads to. */
    private int target(int k) {
      if (shorts != null) {
        int v = shorts[k];
        return v < 0 ? ~v : v;
      }
      int v = ints[k];
      return (v < 0 ? ~v : v) / width;
    }

    /**
     * The distinct ids of the literals that end at a node (its list starts at entry {@code
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

  /** Letters and signs by how often they occur in news text, English first, then Russian. */
  private static final String FREQUENT =
      " etaoinsrhldcumfpgwybvkxjqz.,'-0123456789:/\"()оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё";

  /**
   * 1 + the symbol of a non-ASCII char, folded to lower case on first sight and remembered. Two
   * threads may both compute it: they store the same value, and a char is written whole.
   */
  private int learn(char c) {
    int v = 1 + classOf[Character.toLowerCase(c)];
    symbolOf[c] = (char) v;
    return v;
  }

  /** 1 + the symbol of any char (folded on first sight, see {@link #learn}); small enough to inline. */
  private int symbol(char c) {
    int v = symbolOf[c];
    return v != 0 ? v : learn(c);
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
    if (compact != null) {
      scanCompact(chars, from, to, hits);
      return;
    }
    final int[] d = delta;
    int s = 0;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      s = d[s + symbol(c) - 1];
      if (s < 0) {
        s = ~s;
        for (int id : outputs[s / width]) {
          hits.hit(id);
        }
      }
    }
  }

  /** {@link #scan} over the compact table: the same steps, with state numbers for offsets. */
  private void scanCompact(char[] chars, int from, int to, Hits hits) {
    final short[] d = compact;
    final int w = width;
    int s = 0;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      s = d[s * w + symbol(c) - 1];
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
    // over an array, one loop per table: String.charAt checks the string's coder every time
    char[] chars = text.toCharArray();
    int s = 0;
    if (compact != null) {
      final short[] d = compact;
      final int w = width;
      for (char c : chars) {
        s = d[s * w + symbol(c) - 1];
        if (s < 0) {
          return true;
        }
      }
      return false;
    }
    final int[] d = delta;
    for (char c : chars) {
      s = d[s + symbol(c) - 1];
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
