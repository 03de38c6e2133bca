package dev.winnow.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The compiled form of the line-triggered rules of a set of packs: line rules, block starts and cut
 * markers. A line is scanned once by a {@link LiteralAutomaton} built from every rule's
 * {@link RequiredLiterals}; only the rules whose literals occur (plus the few with none) are then
 * tried with their regex. Immutable and thread-safe; per-call state lives in a {@link Scratch}.
 */
public final class RuleIndex {

  /**
   * One line-triggered rule.
   *
   * @param id          position in priority order (blocks, then cuts, then line rules)
   * @param pack        index of the pack in the cleaner's pack list
   * @param qualifiedId {@code pack/rule}
   * @param rule        the rule
   * @param pattern     the pattern that triggers it on a line
   * @param anchored    whether every match starts at the beginning of the line (see {@link RegexSyntax#anchoredAtStart})
   */
  public record Trigger(int id, int pack, String qualifiedId, Rule rule, Pattern pattern, boolean anchored) {
    Trigger(int id, int pack, String qualifiedId, Rule rule, Pattern pattern) {
      this(id, pack, qualifiedId, rule, pattern, RegexSyntax.anchoredAtStart(pattern.pattern()));
    }

    /** Finds the pattern in a line, trying only the start when the pattern is anchored there. */
    public boolean find(String text) {
      java.util.regex.Matcher m = pattern.matcher(text);
      return anchored ? m.lookingAt() : m.find();
    }
  }

  private final Triggers triggers;
  private final boolean[] bounded; // per pack: its patterns read lines through a BoundedText

  /** What a trigger is made from, before its pattern is compiled. */
  private record Source(int pack, String qualifiedId, Rule rule, Regex regex) {}

  /** Builds the index of all line-triggered rules of the given packs. */
  public RuleIndex(List<RulePack> packs) {
    bounded = new boolean[packs.size()];
    for (int p = 0; p < packs.size(); p++) {
      bounded[p] = !packs.get(p).source().startsWith(BuiltinPacks.SOURCE_PREFIX);
    }
    List<Source> blocks = new ArrayList<>();
    List<Source> cuts = new ArrayList<>();
    List<Source> lines = new ArrayList<>();
    for (int p = 0; p < packs.size(); p++) {
      RulePack pack = packs.get(p);
      for (Rule r : pack.rules()) {
        String q = pack.qualify(r);
        if (r instanceof BlockRule b) {
          blocks.add(new Source(p, q, r, b.start()));
        } else if (r instanceof CutRule c) {
          cuts.add(new Source(p, q, r, c.marker()));
        } else if (r instanceof LineRule l) {
          if (l.alternatives().size() < 2) {
            lines.add(new Source(p, q, r, l.pattern()));
          } else {
            // one trigger per alternative: a line runs only the alternatives whose literals it holds
            for (Regex alt : l.alternatives()) {
              lines.add(new Source(p, q, r, alt));
            }
          }
        }
      }
    }
    List<Source> all = new ArrayList<>(blocks);
    all.addAll(cuts);
    all.addAll(lines);
    Source[] sources = all.toArray(new Source[0]);
    this.triggers = new Triggers(sources);
    this.literals = new List[sources.length];
    for (int id = 0; id < sources.length; id++) {
      literals[id] = sources[id].regex().requiredLiterals();
    }
    markerLiterals = new List[packs.size()];
    for (int p = 0; p < packs.size(); p++) {
      markerLiterals[p] = packs.get(p).scope().markerLiterals();
    }
    this.buckets = build(sources);
  }

  /**
   * The triggers in id order, each made, and its pattern compiled, when first asked for: the
   * prefilter is built from the patterns' sources alone, and a run over one small file tries a few
   * dozen of the built-in packs' 550 patterns. Safe to share between threads without locking: a
   * {@link Trigger} has only final fields, so a thread that sees one sees it whole, and when two
   * threads make the same one in a race either copy serves.
   */
  private static final class Triggers extends java.util.AbstractList<Trigger>
      implements java.util.RandomAccess {
    private final Source[] sources;
    private final Trigger[] made;

    Triggers(Source[] sources) {
      this.sources = sources;
      this.made = new Trigger[sources.length];
    }

    @Override
    public Trigger get(int id) {
      Trigger t = made[id];
      if (t == null) {
        Source s = sources[id];
        Regex r = s.regex();
        t = new Trigger(id, s.pack(), s.qualifiedId(), s.rule(), r.pattern(), r.anchoredAtStart());
        made[id] = t;
      }
      return t;
    }

    @Override
    public int size() {
      return sources.length;
    }
  }

  /**
   * The pack (index in the cleaner's list) of trigger {@code id}, without making the trigger: a
   * caller checks that the pack applies to the document before the pattern is compiled or tried.
   */
  public int pack(int id) {
    return triggers.sources[id].pack();
  }

  private final List<String>[] literals; // per trigger, null: no prefilter
  // Per pack, the literals of its scope's marker, or null. They are scanned for with the triggers'
  // (as id triggers.size() + pack, never a candidate; see Scratch#marker): one scan of each line
  // answers for every pack, where each pack with a marker had made a pass over the whole document
  // of its own, and then run its marker on every line rather than only on those with a literal.
  private final List<String>[] markerLiterals;
  private final Buckets buckets;

  /** The automata (one per line-size bucket) and the triggers without a prefilter. */
  private record Buckets(LiteralAutomaton[] automata, int[][] always) {}

  private Buckets build(Source[] sources) {
    int buckets = BUCKET_MIN_WORDS.length;
    List<List<String>> lits = new ArrayList<>();
    int[][] payloads = new int[buckets][];
    int[][] always = new int[buckets][];
    for (int b = 0; b < buckets; b++) {
      int lo = BUCKET_MIN_WORDS[b];
      int hi = b + 1 < buckets ? BUCKET_MIN_WORDS[b + 1] - 1 : Integer.MAX_VALUE;
      List<String> bucketLits = new ArrayList<>();
      int[] payload = new int[64];
      int[] unfiltered = new int[16];
      int unfilteredCount = 0;
      for (int id = 0; id < sources.length; id++) {
        Gates g = gates(sources[id].rule());
        if ((g.maxWords() > 0 && g.maxWords() < lo) || (g.minWords() > 0 && g.minWords() > hi)) {
          continue; // no line of this size can pass the rule's gates
        }
        if (literals[id] == null) {
          if (unfilteredCount == unfiltered.length) {
            unfiltered = Arrays.copyOf(unfiltered, 2 * unfilteredCount);
          }
          unfiltered[unfilteredCount++] = id;
        } else {
          payload = addLiterals(bucketLits, payload, literals[id], id);
        }
      }
      for (int p = 0; p < markerLiterals.length; p++) {
        if (markerLiterals[p] != null) {
          payload = addLiterals(bucketLits, payload, markerLiterals[p], sources.length + p);
        }
      }
      lits.add(bucketLits);
      payloads[b] = Arrays.copyOf(payload, bucketLits.size());
      always[b] = Arrays.copyOf(unfiltered, unfilteredCount);
    }
    // The automata are independent, and at start-up this is the critical path while picocli and
    // the JIT compete for the cores: each is built on a thread of its own (the last on this one),
    // so that the index is ready in about the time of the largest.
    LiteralAutomaton[] automata = new LiteralAutomaton[buckets];
    List<java.util.concurrent.FutureTask<LiteralAutomaton>> others = new ArrayList<>();
    for (int b = 0; b < buckets - 1; b++) {
      List<String> l = lits.get(b);
      int[] p = payloads[b];
      java.util.concurrent.FutureTask<LiteralAutomaton> task =
          new java.util.concurrent.FutureTask<>(() -> new LiteralAutomaton(l, p));
      Thread t = new Thread(task, "winnow-index");
      t.setDaemon(true);
      t.start();
      others.add(task);
    }
    automata[buckets - 1] = new LiteralAutomaton(lits.get(buckets - 1), payloads[buckets - 1]);
    try {
      for (int b = 0; b < buckets - 1; b++) {
        automata[b] = others.get(b).get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while building the rule index", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("cannot build the rule index", e.getCause());
    }
    return new Buckets(automata, always);
  }

  /**
   * Lower bounds (in words) of the line-size buckets. Each bucket has its own automaton over the
   * rules whose word gates admit lines of that size: a paragraph of news is scanned only for the
   * few rules that may fire on long lines, with a small automaton that stays in cache.
   */
  private static final int[] BUCKET_MIN_WORDS = {0, 9, 31};

  /**
   * Appends {@code add} to a bucket's literals, each reported as {@code id}; returns the payload
   * array (ids by literal), grown when full. Any prefix of a required literal is required too: a
   * short one keeps the automaton small (fast to build at start-up, cache-friendly to scan) at the
   * price of a few more regexes tried.
   */
  private static int[] addLiterals(List<String> bucketLits, int[] payload, List<String> add, int id) {
    for (String l : add) {
      if (bucketLits.size() == payload.length) {
        payload = Arrays.copyOf(payload, 2 * payload.length);
      }
      payload[bucketLits.size()] = id;
      bucketLits.add(l.length() > MAX_LITERAL ? l.substring(0, MAX_LITERAL) : l);
    }
    return payload;
  }

  /** Longest literal put into an automaton. */
  private static final int MAX_LITERAL = 10;

  private static Gates gates(Rule r) {
    if (r instanceof LineRule l) {
      return l.gates();
    }
    if (r instanceof BlockRule b) {
      return b.gates();
    }
    if (r instanceof CutRule c) {
      return c.gates();
    }
    return Gates.NONE;
  }

  private static int bucket(int words) {
    int b = 0;
    while (b + 1 < BUCKET_MIN_WORDS.length && words >= BUCKET_MIN_WORDS[b + 1]) {
      b++;
    }
    return b;
  }

  /** All triggers in priority order. */
  public List<Trigger> triggers() {
    return triggers;
  }

  /** How many triggers have no literal prefilter and are tried on every line their gates admit. */
  public int unfilteredCount() {
    java.util.Set<Integer> ids = new java.util.HashSet<>();
    for (int[] a : buckets.always()) {
      for (int id : a) {
        ids.add(id);
      }
    }
    return ids.size();
  }

  /** Automaton states per line-size bucket, for diagnostics. */
  public int[] automatonStates() {
    LiteralAutomaton[] a = buckets.automata();
    int[] out = new int[a.length];
    for (int b = 0; b < out.length; b++) {
      out[b] = a[b].states();
    }
    return out;
  }

  /** A new scratch area for one thread. */
  public Scratch newScratch() {
    return new Scratch(triggers.size(), markerLiterals.length);
  }

  /**
   * The ids of triggers worth trying on {@code text} (a line of {@code words} words), ascending
   * (priority order). The returned
   * array belongs to the scratch and is valid until its next use; its length is {@link
   * Scratch#count()}.
   */
  public int[] candidates(String text, int words, Scratch scratch) {
    scratch.reset();
    int b = bucket(words);
    Buckets bk = buckets;
    for (int id : bk.always()[b]) {
      scratch.add(id);
      scratch.hits[id] = Integer.MAX_VALUE; // unknown: as many as needed
    }
    LiteralAutomaton automaton = bk.automata()[b];
    if (automaton.states() > 1) { // an automaton without literals finds nothing
      int n = text.length();
      char[] chars = scratch.chars(n);
      text.getChars(0, n, chars, 0);
      automaton.scan(chars, 0, n, scratch::add);
    }
    scratch.collect();
    return scratch.buffer;
  }

  /**
   * Finds a trigger's pattern in a line, reusing this thread's matcher for it. A match that lies
   * within a quotation embedded in a sentence does not count (see {@link
   * dev.winnow.classify.Quotations#embeds}); the next match is tried instead.
   */
  public boolean find(Trigger t, String text, Scratch scratch) {
    CharSequence in = input(t, text, scratch);
    java.util.regex.Matcher m = scratch.matchers[t.id()];
    if (m == null) {
      m = t.pattern().matcher(in);
      scratch.matchers[t.id()] = m;
    } else {
      m.reset(in);
    }
    // The matcher keeps its last line until the next use: one line per trigger and thread, which
    // costs less than a second reset per call.
    if (t.anchored()) {
      return m.lookingAt() && !dev.winnow.classify.Quotations.embeds(text, m.start(), m.end());
    }
    while (m.find()) {
      if (!dev.winnow.classify.Quotations.embeds(text, m.start(), m.end())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A line as the patterns of trigger {@code t}'s rule should read it: as it is for the built-in
   * packs (held to a backtracking budget by their tests), through the scratch's {@link
   * BoundedText} for a user's packs, so that a pattern that backtracks catastrophically throws
   * {@link BoundedText.Exceeded} instead of running for hours. Valid until the next call.
   */
  public CharSequence input(Trigger t, String line, Scratch scratch) {
    return bounded[t.pack()] ? scratch.bounded.of(line) : line;
  }

  /** Per-thread working memory for {@link #candidates}. Not thread-safe. */
  public static final class Scratch {
    private final int[] seen;
    private final int[] hits;
    private final java.util.regex.Matcher[] matchers;
    private int stamp = 1;
    private final long[] bits; // candidates of the current line, by trigger id
    private int lo; // first and last word of bits in use
    private int hi;
    private char[] chars = new char[256];
    private int[] buffer;
    private int count;

    private final BoundedText bounded = new BoundedText();

    private final int triggerCount;
    private int[] markers = new int[4]; // packs whose scope-marker literals the last scan found
    private int markerCount;

    private Scratch(int triggerCount, int packs) {
      this.triggerCount = triggerCount;
      int size = triggerCount + packs;
      seen = new int[size];
      hits = new int[size];
      matchers = new java.util.regex.Matcher[triggerCount];
      buffer = new int[Math.max(4, size)];
      bits = new long[(size + 63) >>> 6];
    }

    /** How many packs' scope-marker literals the last scan found in its line (see {@link #marker}). */
    public int markerCount() {
      return markerCount;
    }

    /** The index of the {@code k}-th pack whose scope-marker literals the last scan found. */
    public int marker(int k) {
      return markers[k];
    }

    /** A char buffer of at least {@code n} chars, reused between lines. */
    private char[] chars(int n) {
      if (chars.length < n) {
        chars = new char[Math.max(n, 2 * chars.length)];
      }
      return chars;
    }

    private void reset() {
      count = 0;
      markerCount = 0;
      lo = bits.length;
      hi = -1;
      if (++stamp == Integer.MAX_VALUE) {
        Arrays.fill(seen, 0);
        stamp = 1;
      }
    }

    private void add(int id) {
      if (seen[id] != stamp) {
        seen[id] = stamp;
        hits[id] = 1;
        int w = id >>> 6;
        bits[w] |= 1L << id;
        lo = Math.min(lo, w);
        hi = Math.max(hi, w);
      } else if (hits[id] < Integer.MAX_VALUE) {
        hits[id]++;
      }
    }

    /**
     * Moves the candidates from the bit set into {@link #buffer} in ascending order (priority
     * order), clearing the bits: cheaper than sorting the ids of every line.
     */
    private void collect() {
      int k = 0;
      for (int w = lo; w <= hi; w++) {
        long x = bits[w];
        while (x != 0) {
          int id = (w << 6) + Long.numberOfTrailingZeros(x);
          if (id < triggerCount) {
            buffer[k++] = id;
          } else {
            if (markerCount == markers.length) {
              markers = Arrays.copyOf(markers, 2 * markerCount);
            }
            markers[markerCount++] = id - triggerCount;
          }
          x &= x - 1;
        }
        bits[w] = 0;
      }
      count = k;
    }

    /**
     * How many literal occurrences of trigger {@code id} the last scan found: an upper bound on
     * how many times its pattern can match, since every match holds one of its literals.
     */
    public int hits(int id) {
      return hits[id];
    }

    /** Number of candidates found by the last call. */
    public int count() {
      return count;
    }
  }
}
