package dev.winnow;

import dev.winnow.classify.ContextPass;
import dev.winnow.classify.LineFacts;
import dev.winnow.document.Document;
import dev.winnow.document.Verdict;
import dev.winnow.rules.BlockRule;
import dev.winnow.rules.ContextRule;
import dev.winnow.rules.CutRule;
import dev.winnow.rules.Gates;
import dev.winnow.rules.LineRule;
import dev.winnow.rules.RepeatRule;
import dev.winnow.rules.Rule;
import dev.winnow.rules.RuleIndex;
import dev.winnow.rules.RulePack;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides a {@link Verdict} for every line of a document from a list of {@link RulePack}s.
 * Immutable and thread-safe: build it once and share it between threads.
 *
 * <p>Per document: rules fire line by line (block rules first, then cut rules, then line rules,
 * each in pack order; the first rule to drop a line names it), then repeated lines, then the
 * {@link ContextPass}. Because positions and neighbours change when lines go, the rules run again
 * on what was kept until nothing more goes, which makes cleaning idempotent. Last, blank lines that
 * removals left doubled or at an edge are dropped.
 */
public final class Cleaner {
  /** Rule id reported for blank lines dropped because a removal left them redundant. */
  public static final String BLANK_RULE = "winnow/blank";

  private static final int MAX_PASSES = 4;

  private final List<RulePack> packs;
  private final RuleIndex index;
  private final double maxRemovedShare;
  private final ThreadLocal<RuleIndex.Scratch> scratch;

  private Cleaner(List<RulePack> packs, double maxRemovedShare) {
    this.packs = List.copyOf(packs);
    this.index = new RuleIndex(this.packs);
    this.maxRemovedShare = maxRemovedShare;
    this.scratch = ThreadLocal.withInitial(index::newScratch);
  }

  /** A cleaner running the given packs, in order. */
  public static Cleaner of(List<RulePack> packs) {
    return new Cleaner(packs, 1.0);
  }

  /**
   * A copy that keeps a document whole (and flags it) when the rules would remove more than {@code
   * share} of its non-blank characters: over-removal is the worst failure a cleaner has.
   */
  public Cleaner withMaxRemovedShare(double share) {
    return new Cleaner(packs, share);
  }

  /** The packs, in order. */
  public List<RulePack> packs() {
    return packs;
  }

  /** The compiled rule index (for diagnostics and benchmarks). */
  public RuleIndex index() {
    return index;
  }

  /** Cleans one document. */
  public Cleaned clean(Document doc) {
    int n = doc.size();
    Verdict[] verdicts = new Verdict[n];
    java.util.Arrays.fill(verdicts, Verdict.KEEP);
    boolean[] active = activePacks(doc);

    // Run the rules to a fixed point on the lines still kept.
    Document current = doc;
    int[] map = identity(n);
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      Verdict[] v = rulePass(current, active);
      int kept = 0;
      boolean any = false;
      for (int i = 0; i < v.length; i++) {
        if (v[i].isDrop()) {
          verdicts[map[i]] = v[i];
          any = true;
        } else {
          kept++;
        }
      }
      if (!any || kept == 0) {
        break;
      }
      int[] keptIdx = new int[kept];
      int[] newMap = new int[kept];
      for (int i = 0, k = 0; i < v.length; i++) {
        if (v[i].isKeep()) {
          keptIdx[k] = i;
          newMap[k++] = map[i];
        }
      }
      current = current.select(keptIdx);
      map = newMap;
    }

    LineFacts facts = new LineFacts(doc);
    String flag = null;
    if (maxRemovedShare < 1.0) {
      long total = 0;
      long removed = 0;
      for (int i = 0; i < n; i++) {
        total += facts.chars(i);
        if (verdicts[i].isDrop()) {
          removed += facts.chars(i);
        }
      }
      if (total > 0 && removed > maxRemovedShare * total) {
        flag = String.format(Locale.ROOT,
            "rules would remove %.0f%% of the text (limit %.0f%%): kept whole",
            100.0 * removed / total, 100.0 * maxRemovedShare);
        java.util.Arrays.fill(verdicts, Verdict.KEEP);
      }
    }
    collapseBlanks(facts, verdicts);
    return new Cleaned(doc, verdicts, flag);
  }

  private boolean[] activePacks(Document doc) {
    boolean[] active = new boolean[packs.size()];
    for (int p = 0; p < active.length; p++) {
      active[p] = packs.get(p).scope().appliesTo(doc);
    }
    return active;
  }

  private static int[] identity(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }

  /** One pass of every rule over a document; returns fresh verdicts. */
  private Verdict[] rulePass(Document doc, boolean[] active) {
    int n = doc.size();
    LineFacts facts = new LineFacts(doc);
    Verdict[] v = new Verdict[n];
    java.util.Arrays.fill(v, Verdict.KEEP);
    String[] weak = new String[n];
    RuleIndex.Scratch s = scratch.get();
    List<RuleIndex.Trigger> triggers = index.triggers();
    long charsBefore = 0;

    for (int i = 0; i < n; i++) {
      if (facts.blank(i)) {
        continue;
      }
      String text = doc.line(i).text();
      int[] cands = index.candidates(text, s);
      int count = s.count();
      for (int c = 0; c < count; c++) {
        RuleIndex.Trigger t = triggers.get(cands[c]);
        if (!active[t.pack()]) {
          continue;
        }
        Rule rule = t.rule();
        if (rule instanceof BlockRule b) {
          if (passes(b.gates(), facts, i) && b.start().matcher(text).find()) {
            applyBlock(b, t.qualifiedId(), doc, facts, v, i);
          }
        } else if (rule instanceof CutRule cut) {
          if (passes(cut.gates(), facts, i) && cutAllowed(cut, facts, i, charsBefore)
              && cut.marker().matcher(text).find()) {
            for (int j = i; j < n; j++) {
              if (v[j].isKeep()) {
                v[j] = Verdict.drop(t.qualifiedId(), "after the marker at line " + (i + 1));
              }
            }
          }
        } else if (rule instanceof LineRule lr) {
          if (v[i].isDrop() || (lr.weak() && weak[i] != null)) {
            continue;
          }
          if (passes(lr.gates(), facts, i) && lr.matches(text)) {
            if (lr.weak()) {
              weak[i] = t.qualifiedId();
            } else {
              v[i] = Verdict.drop(t.qualifiedId(), lr.description());
            }
          }
        }
      }
      charsBefore += facts.chars(i);
    }

    ContextRule context = null;
    String contextId = null;
    for (int p = 0; p < packs.size(); p++) {
      if (!active[p]) {
        continue;
      }
      RulePack pack = packs.get(p);
      for (Rule r : pack.rules()) {
        if (r instanceof RepeatRule rr) {
          applyRepeats(rr, pack.qualify(rr), doc, facts, v);
        } else if (r instanceof ContextRule cr && context == null) {
          context = cr;
          contextId = pack.qualify(cr);
        }
      }
    }
    ContextPass.apply(doc, facts, v, weak, context, contextId);
    return v;
  }

  private static boolean passes(Gates g, LineFacts facts, int i) {
    return g.sizeAllows(facts.words(i), facts.chars(i))
        && g.positionAllows(facts.rank(i), facts.nonBlank());
  }

  private static void applyBlock(
      BlockRule b, String id, Document doc, LineFacts facts, Verdict[] v, int start) {
    int n = doc.size();
    int last = Math.min(n - 1, start + b.maxLines() - 1);
    int end = -1;
    if (b.end() == null && b.endMaxWords() > 0) {
      // list mode: the start line and the short, unpunctuated lines right after it ("More on this
      // topic" and its headlines), up to the first longer line or sentence
      end = start;
      for (int j = start + 1; j <= last; j++) {
        if (facts.blank(j)) {
          continue;
        }
        if (facts.words(j) > b.endMaxWords() || endsSentence(doc.line(j).text())) {
          break;
        }
        end = j;
      }
    } else if (b.end() != null) {
      for (int j = start + 1; j <= last; j++) {
        if (facts.blank(j)) {
          continue;
        }
        if (b.endMaxWords() > 0 && facts.words(j) > b.endMaxWords()) {
          return; // a paragraph of text before the end marker: not this block
        }
        if (b.end().matcher(doc.line(j).text()).find()) {
          end = j;
          break;
        }
      }
    }
    if (end < 0) {
      boolean toEnd = b.end() == null || !b.endRequired();
      if (!toEnd || n - start > b.maxLines()) {
        return;
      }
      end = n - 1;
    }
    String why = "block from line " + (start + 1) + " to " + (end + 1);
    for (int j = start; j <= end; j++) {
      if (v[j].isKeep()) {
        v[j] = Verdict.drop(id, why);
      }
    }
  }

  /** True when a line ends like a sentence of prose (a full stop, '!', ':' or ';' before any closing quote). */
  static boolean endsSentence(String text) {
    String t = text.strip();
    int k = t.length() - 1;
    while (k >= 0 && ("\"'»”’)]".indexOf(t.charAt(k)) >= 0 || Character.isSpaceChar(t.charAt(k)))) {
      k--;
    }
    return k >= 0 && ".!:;…".indexOf(t.charAt(k)) >= 0;
  }

  private static boolean cutAllowed(CutRule c, LineFacts facts, int i, long charsBefore) {
    int nb = facts.nonBlank();
    int after = nb - 1 - facts.rank(i);
    return facts.rank(i) >= c.minPosition() * nb
        && charsBefore >= c.minCharsBefore()
        && (c.maxLinesAfter() <= 0 || after <= c.maxLinesAfter());
  }

  private static void applyRepeats(
      RepeatRule r, String id, Document doc, LineFacts facts, Verdict[] v) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < doc.size(); i++) {
      if (facts.chars(i) < r.minChars()) {
        continue;
      }
      String key = normalize(doc.line(i).text());
      Integer first = seen.putIfAbsent(key, i);
      if (first != null && v[i].isKeep()) {
        v[i] = Verdict.drop(id, "repeats line " + (first + 1));
      }
    }
  }

  private static String normalize(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  /**
   * Drops blank lines that removals made redundant: a blank line after another kept blank line with
   * a removal between them, blank lines before the first kept text when something above was
   * removed, and blank lines after the last kept text when something below was removed. A
   * document where nothing was removed comes out unchanged.
   */
  static void collapseBlanks(LineFacts facts, Verdict[] v) {
    int n = v.length;
    boolean emittedAny = false;
    boolean lastEmittedBlank = false;
    boolean removedSince = false;
    int lastText = -1;
    for (int i = 0; i < n; i++) {
      if (v[i].isKeep() && !facts.blank(i)) {
        lastText = i;
      }
    }
    boolean removedAfterLastText = false;
    for (int i = lastText + 1; i < n; i++) {
      if (v[i].isDrop()) {
        removedAfterLastText = true;
        break;
      }
    }
    for (int i = 0; i < n; i++) {
      if (v[i].isDrop()) {
        removedSince = true;
        continue;
      }
      boolean blank = facts.blank(i);
      if (blank) {
        boolean leading = !emittedAny && removedSince;
        boolean doubled = lastEmittedBlank && removedSince;
        boolean trailing = i > lastText && removedAfterLastText;
        if (leading || doubled || trailing) {
          v[i] = Verdict.drop(BLANK_RULE, "blank line left by a removal");
          continue;
        }
      }
      emittedAny = true;
      lastEmittedBlank = blank;
      removedSince = false;
    }
  }
}
