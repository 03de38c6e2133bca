package dev.winnow.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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
   * @param anchored    whether every match starts at the beginning of the line (see {@link #anchoredAtStart})
   */
  public record Trigger(int id, int pack, String qualifiedId, Rule rule, Pattern pattern, boolean anchored) {
    Trigger(int id, int pack, String qualifiedId, Rule rule, Pattern pattern) {
      this(id, pack, qualifiedId, rule, pattern, anchoredAtStart(pattern.pattern()));
    }

    /** Finds the pattern in a line, trying only the start when the pattern is anchored there. */
    public boolean find(String text) {
      java.util.regex.Matcher m = pattern.matcher(text);
      return anchored ? m.lookingAt() : m.find();
    }
  }

  /**
   * True when every match must begin at the start of the input: the pattern starts with {@code ^}
   * and has no alternation at its top level. (Patterns are never compiled with MULTILINE.)
   */
  static boolean anchoredAtStart(String re) {
    if (!re.startsWith("^")) {
      return false;
    }
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < re.length(); i++) {
      char c = re.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        if (c == ']') {
          inClass = false;
        }
      } else if (c == '[') {
        inClass = true;
        if (i + 1 < re.length() && re.charAt(i + 1) == ']') {
          i++;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return false;
      }
    }
    return true;
  }

  private final List<Trigger> triggers;
  private final LiteralAutomaton automaton;
  private final int[] always;

  /** Builds the index of all line-triggered rules of the given packs. */
  public RuleIndex(List<RulePack> packs) {
    List<Trigger> blocks = new ArrayList<>();
    List<Trigger> cuts = new ArrayList<>();
    List<Trigger> lines = new ArrayList<>();
    for (int p = 0; p < packs.size(); p++) {
      RulePack pack = packs.get(p);
      for (Rule r : pack.rules()) {
        String q = pack.qualify(r);
        if (r instanceof BlockRule b) {
          blocks.add(new Trigger(0, p, q, r, b.start()));
        } else if (r instanceof CutRule c) {
          cuts.add(new Trigger(0, p, q, r, c.marker()));
        } else if (r instanceof LineRule l) {
          if (l.alternatives().size() < 2) {
            lines.add(new Trigger(0, p, q, r, l.pattern()));
          } else {
            // one trigger per alternative: a line runs only the alternatives whose literals it holds
            for (Pattern alt : l.alternatives()) {
              lines.add(new Trigger(0, p, q, r, alt));
            }
          }
        }
      }
    }
    List<Trigger> all = new ArrayList<>();
    for (List<Trigger> group : List.of(blocks, cuts, lines)) {
      for (Trigger t : group) {
        all.add(new Trigger(all.size(), t.pack(), t.qualifiedId(), t.rule(), t.pattern()));
      }
    }
    this.triggers = List.copyOf(all);
    List<String> literals = new ArrayList<>();
    List<Integer> payload = new ArrayList<>();
    List<Integer> unfiltered = new ArrayList<>();
    for (Trigger t : triggers) {
      Set<String> lits = RequiredLiterals.of(t.pattern().pattern());
      if (lits == null) {
        unfiltered.add(t.id());
      } else {
        for (String l : lits) {
          literals.add(l);
          payload.add(t.id());
        }
      }
    }
    this.automaton =
        new LiteralAutomaton(literals, payload.stream().mapToInt(Integer::intValue).toArray());
    this.always = unfiltered.stream().mapToInt(Integer::intValue).toArray();
  }

  /** All triggers in priority order. */
  public List<Trigger> triggers() {
    return triggers;
  }

  /** How many triggers have no literal prefilter and are tried on every line. */
  public int unfilteredCount() {
    return always.length;
  }

  /** A new scratch area for one thread. */
  public Scratch newScratch() {
    return new Scratch(triggers.size());
  }

  /**
   * The ids of triggers worth trying on {@code text}, ascending (priority order). The returned
   * array belongs to the scratch and is valid until its next use; its length is {@link
   * Scratch#count()}.
   */
  public int[] candidates(String text, Scratch scratch) {
    scratch.reset();
    for (int id : always) {
      scratch.add(id);
      scratch.hits[id] = Integer.MAX_VALUE; // unknown: as many as needed
    }
    automaton.scan(text, scratch::add);
    Arrays.sort(scratch.buffer, 0, scratch.count);
    return scratch.buffer;
  }

  /** Per-thread working memory for {@link #candidates}. Not thread-safe. */
  public static final class Scratch {
    private final int[] seen;
    private final int[] hits;
    private int stamp = 1;
    private int[] buffer;
    private int count;

    private Scratch(int size) {
      seen = new int[size];
      hits = new int[size];
      buffer = new int[Math.max(4, size)];
    }

    private void reset() {
      count = 0;
      if (++stamp == Integer.MAX_VALUE) {
        Arrays.fill(seen, 0);
        stamp = 1;
      }
    }

    private void add(int id) {
      if (seen[id] != stamp) {
        seen[id] = stamp;
        hits[id] = 1;
        buffer[count++] = id;
      } else if (hits[id] < Integer.MAX_VALUE) {
        hits[id]++;
      }
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
