package dev.winnow;

import dev.winnow.classify.ArticleGuards;
import dev.winnow.classify.Claims;
import dev.winnow.classify.ContextPass;
import dev.winnow.classify.LineFacts;
import dev.winnow.classify.Quotations;
import dev.winnow.document.Document;
import dev.winnow.document.MarkdownText;
import dev.winnow.document.Verdict;
import dev.winnow.rules.BlockRule;
import dev.winnow.rules.BoundedText;
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
  /** Words from which a line counts as prose (a sentence of an article or of a comment). */
  private static final int PROSE_WORDS = 12;

  private final List<RulePack> packs;
  private final RuleIndex index;
  private final double maxRemovedShare;
  private final ThreadLocal<RuleIndex.Scratch> scratch;
  private final boolean[] hasPassRules; // packs with repeated-line or context rules

  private Cleaner(List<RulePack> packs, double maxRemovedShare) {
    this.packs = List.copyOf(packs);
    this.index = new RuleIndex(this.packs);
    this.maxRemovedShare = maxRemovedShare;
    this.scratch = ThreadLocal.withInitial(index::newScratch);
    this.hasPassRules = new boolean[this.packs.size()];
    for (int p = 0; p < hasPassRules.length; p++) {
      for (Rule r : this.packs.get(p).rules()) {
        hasPassRules[p] |= r instanceof RepeatRule || r instanceof ContextRule;
      }
    }
  }

  private static Cleaner builtin;

  /**
   * The cleaner of all built-in packs, built once per process (a second caller waits for the
   * first): the CLI starts building it on another core while it parses the command line.
   */
  public static synchronized Cleaner builtin() {
    if (builtin == null) {
      builtin = of(dev.winnow.rules.BuiltinPacks.all());
    }
    return builtin;
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

  /**
   * Cleans one document. Rules see its lines as a reader does: a Markdown link reads as its text
   * and bold as its words (see {@link MarkdownText}); the verdicts are on the lines as they came,
   * and repeated lines are compared as they came.
   */
  public Cleaned clean(Document source) {
    Document doc = MarkdownText.view(source);
    int n = doc.size();
    Verdict[] verdicts = new Verdict[n];
    java.util.Arrays.fill(verdicts, Verdict.KEEP);
    // A pack's scope is only looked at when one of its rules could fire (see isActive).
    byte[] active = new byte[packs.size()];

    // Run the rules to a fixed point on the lines still kept. Regex outcomes do not change between
    // passes (only positions and neighbours do), so they are computed once per line and remembered.
    Memo memo = new Memo(n);
    LineFacts facts = new LineFacts(doc);
    // Every line's literal scan first: it also finds the packs' scope-marker literals, which a
    // pack's scope needs for the whole document before its first rule may fire.
    for (int i = 0; i < n; i++) {
      if (!facts.blank(i)) {
        scan(memo, i, doc.line(i).text(), facts.words(i));
      }
    }
    Document current = doc;
    LineFacts currentFacts = facts;
    int[] map = identity(n);
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      Verdict[] v = rulePass(source, doc, current, currentFacts, map, active, memo);
      int kept = 0;
      boolean any = false;
      for (int i = 0; i < v.length; i++) {
        verdicts[map[i]] = v[i]; // a kept line's verdict may name the context decision
        if (v[i].isDrop()) {
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
      currentFacts = currentFacts.select(keptIdx);
      map = newMap;
    }

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
    return new Cleaned(source, verdicts, flag, memo.warnings());
  }

  /**
   * Whether pack {@code p} applies to the document, decided once per document on first need. Slot
   * {@code packs.size()} of {@code active} caches the document's languages.
   */
  private boolean isActive(byte[] active, int p, Document original, Memo memo) {
    if (active[p] == 0) {
      RulePack pack = packs.get(p);
      active[p] = pack.scope().appliesTo(original, () -> languages(original),
          line -> memo.gaveUp("the scope marker of pack " + pack.name(), line),
          pack.scope().markerLiterals() == null ? null : memo.markerLines(p)) ? (byte) 1 : (byte) 2;
    }
    return active[p] == 1;
  }

  private final ThreadLocal<Object[]> languageCache = ThreadLocal.withInitial(() -> new Object[2]);

  /** The document's languages, computed at most once per document and thread. */
  @SuppressWarnings("unchecked")
  private java.util.Set<String> languages(Document doc) {
    Object[] c = languageCache.get();
    if (c[0] != doc) {
      c[0] = doc;
      c[1] = dev.winnow.classify.Languages.of(doc);
    }
    return (java.util.Set<String>) c[1];
  }

  private static int[] identity(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }

  /**
   * Per-document memory of what does not change between passes: each original line's candidate
   * triggers (from the literal scan), their literal hit counts, and the outcome of their patterns.
   */
  private static final class Memo {
    private static final int[] NO_LINES = new int[0];

    final int[][] cands;
    final int[][] hits;
    final byte[][] outcome; // 0 unknown, 1 matches, 2 does not
    int[][] markerLines; // by pack: the lines holding a literal of its scope's marker, ascending

    // patterns that gave up on a line (BoundedText.Exceeded), by what they are ("rule site/menu",
    // "the scope marker of pack site"): -> [first line, lines]
    Map<String, int[]> gaveUp;

    Memo(int lines) {
      cands = new int[lines][];
      hits = new int[lines][];
      outcome = new byte[lines][];
    }

    // A marker's literals stand on a few lines of a page at most: each line is appended by a copy.
    void addMarkerLine(int packs, int pack, int line) {
      if (markerLines == null) {
        markerLines = new int[packs][];
      }
      int[] a = markerLines[pack];
      a = a == null ? new int[1] : java.util.Arrays.copyOf(a, a.length + 1);
      a[a.length - 1] = line;
      markerLines[pack] = a;
    }

    /** The lines holding a literal of pack {@code p}'s scope marker. */
    int[] markerLines(int p) {
      int[] a = markerLines == null ? null : markerLines[p];
      return a == null ? NO_LINES : a;
    }

    void gaveUp(String what, int line) {
      if (gaveUp == null) {
        gaveUp = new java.util.LinkedHashMap<>();
      }
      gaveUp.computeIfAbsent(what, k -> new int[] {line, 0})[1]++;
    }

    /** One warning per pattern that gave up, for {@link Cleaned#warnings()}. */
    List<String> warnings() {
      if (gaveUp == null) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      gaveUp.forEach((what, at) -> out.add(what + " gave up on line " + (at[0] + 1)
          + (at[1] > 1 ? " and " + (at[1] - 1) + " more" : "")
          + ": its pattern backtracks too much there (treated as no match)"));
      return out;
    }
  }

  /**
   * One pass of every rule over {@code doc}, the lines still kept of {@code view} (the document as
   * the rules read it, see {@link MarkdownText}), whose line {@code i} is line {@code map[i]} of
   * {@code source} as it came; returns fresh verdicts.
   */
  private Verdict[] rulePass(Document source, Document view, Document doc, LineFacts facts, int[] map,
      byte[] active, Memo memo) {
    int n = doc.size();
    Verdict[] v = new Verdict[n];
    java.util.Arrays.fill(v, Verdict.KEEP);
    String[] weak = new String[n];
    Claims claims = new Claims(n);
    long charsBefore = 0;

    for (int i = 0; i < n; i++) {
      if (facts.blank(i)) {
        continue;
      }
      String text = doc.line(i).text();
      int orig = map[i];
      // a line that is one quotation is the article reporting on furniture, never furniture
      if (memo.cands[orig].length > 0 && !facts.quoted(i)) {
        applyTriggers(view, doc, facts, active, memo, orig, i, facts.matchText(doc, i), charsBefore, v,
            weak, claims);
      }
      charsBefore += facts.chars(i);
    }

    ContextRule context = null;
    String contextId = null;
    for (int p = 0; p < packs.size(); p++) {
      if (!hasPassRules[p] || !isActive(active, p, view, memo)) {
        continue;
      }
      RulePack pack = packs.get(p);
      for (Rule r : pack.rules()) {
        if (r instanceof RepeatRule rr) {
          applyRepeats(rr, pack.qualify(rr), source, map, doc, facts, v);
        } else if (r instanceof ContextRule cr && context == null) {
          context = cr;
          contextId = pack.qualify(cr);
        }
      }
    }
    // an earlier pass removed lines: the document shows furniture, though this pass may not
    ContextPass.apply(doc, facts, v, weak, claims, context, contextId, doc != view);
    return v;
  }

  /** Words of a quotation that a sentence quotes (see countHits). */
  private static final int QUOTED_SENTENCE_WORDS = 6;

  /**
   * Words of a quotation that a line reports on (see onlyQuoted): a slogan or a sentence, not a
   * name ("в «ВКонтакте»", «Le Brief»), which names what the line itself offers.
   */
  private static final int QUOTED_SLOGAN_WORDS = 4;

  /**
   * Whether a vocabulary-density rule ({@code min-hits}) fires: its alternatives are separate
   * triggers, adjacent in the candidate list; their matches in the line are counted (each only if
   * its literals occur, after a cheap upper bound from the literal counts) and compared with the
   * rule's minimum. Only the first candidate of the rule records the outcome; the others find the
   * rule decided.
   */
  private boolean countHits(LineRule lr, int[] cands, int[] hits, int first, String text) {
    List<RuleIndex.Trigger> triggers = index.triggers();
    RuleIndex.Scratch s = scratch.get();
    if (first > 0 && triggers.get(cands[first - 1]).rule() == lr) {
      return false; // decided at the rule's first candidate
    }
    int end = first;
    long bound = 0;
    while (end < cands.length && triggers.get(cands[end]).rule() == lr) {
      bound += hits[end];
      end++;
    }
    if (bound < lr.minHits()) {
      return false;
    }
    // distinct, non-overlapping matches, as one pattern of all the alternatives would count them;
    // a match inside a quoted sentence the line embeds is the article's (a quoted label is not:
    // furniture quotes its own buttons)
    int[] spans = new int[2 * lr.minHits()];
    int count = 0;
    boolean quotes = Quotations.mayEmbed(text); // each test of a match scans the line
    for (int k = first; k < end && count < lr.minHits(); k++) {
      RuleIndex.Trigger t = triggers.get(cands[k]);
      java.util.regex.Matcher m = t.pattern().matcher(index.input(t, text, s));
      while (count < lr.minHits() && m.find()) {
        boolean overlaps = false;
        for (int x = 0; x < count; x++) {
          if (m.start() < spans[2 * x + 1] && spans[2 * x] < m.end()) {
            overlaps = true;
            break;
          }
        }
        if (!overlaps && !(quotes && Quotations.embeds(text, m.start(), m.end(), QUOTED_SENTENCE_WORDS))) {
          spans[2 * count] = m.start();
          spans[2 * count + 1] = m.end();
          count++;
        }
      }
    }
    return count >= lr.minHits() && lr.notVetoed(index.input(triggers.get(cands[first]), text, s));
  }

  /**
   * Whether every match of a line rule's pattern starts inside a quotation the line embeds in a
   * sentence of its own ("„Hazte socio, hazte Almenara": el Deportivo congela el precio del
   * abono …"): the line reports what the quotation says. Only lines with an opening quotation mark
   * are looked at again, so this costs little.
   */
  private boolean onlyQuoted(RuleIndex.Trigger t, String text, RuleIndex.Scratch s) {
    if (!Quotations.mayEmbed(text)) {
      return false;
    }
    java.util.regex.Matcher m = t.pattern().matcher(index.input(t, text, s));
    boolean any = false;
    while (m.find()) {
      // where the cue starts: its first word (a pattern may run on to the line's end)
      int a = m.start();
      while (a < m.end() && !Character.isLetterOrDigit(text.charAt(a))) {
        a++;
      }
      int b = a;
      while (b < m.end() && Character.isLetterOrDigit(text.charAt(b))) {
        b++;
      }
      if (a == b || !Quotations.embeds(text, a, b, QUOTED_SLOGAN_WORDS)) {
        return false;
      }
      any = true;
    }
    // and what the line says around its quotations is no furniture of the rule's (a newsletter's
    // quoted name with "— наша рассылка по пятницам" after it is)
    return any && !t.pattern().matcher(index.input(t, Quotations.withoutQuotations(text), s)).find();
  }

  private boolean matches(byte[] outcome, int c, RuleIndex.Trigger t, String text, RuleIndex.Scratch s) {
    if (outcome[c] == 0) {
      outcome[c] = index.find(t, text, s) ? (byte) 1 : (byte) 2;
    }
    return outcome[c] == 1;
  }

  /** The literal scan of one line, remembered for the later passes. */
  private void scan(Memo memo, int orig, String text, int words) {
    RuleIndex.Scratch s = scratch.get();
    int[] buf = index.candidates(text, words, s);
    int count = s.count();
    int[] c = java.util.Arrays.copyOf(buf, count);
    int[] h = new int[count];
    for (int k = 0; k < count; k++) {
      h[k] = s.hits(c[k]);
    }
    for (int k = 0; k < s.markerCount(); k++) {
      memo.addMarkerLine(packs.size(), s.marker(k), orig);
    }
    memo.cands[orig] = c;
    memo.hits[orig] = h;
    memo.outcome[orig] = new byte[count];
  }

  /** Tries the candidate rules of line {@code i} (kept small, so the JIT compiles it quickly). */
  private void applyTriggers(Document original, Document doc, LineFacts facts, byte[] active,
      Memo memo, int orig, int i, String text, long charsBefore, Verdict[] v, String[] weak,
      Claims claims) {
    List<RuleIndex.Trigger> triggers = index.triggers();
    int[] cands = memo.cands[orig];
    byte[] outcome = memo.outcome[orig];
    for (int c = 0; c < cands.length; c++) {
      if (!isActive(active, index.pack(cands[c]), original, memo)) {
        continue; // before the trigger is made: its pattern is compiled on first use
      }
      RuleIndex.Trigger t = triggers.get(cands[c]);
      Rule rule = t.rule();
      try {
        if (rule instanceof BlockRule b) {
          if (passes(b.gates(), facts, i) && matches(outcome, c, t, text, scratch.get())) {
            applyBlock(b, t, doc, facts, v, i);
          }
        } else if (rule instanceof CutRule cut) {
          if (passes(cut.gates(), facts, i) && cutAllowed(cut, facts, i, charsBefore)
              && matches(outcome, c, t, text, scratch.get())) {
            for (int j = i; j < v.length; j++) {
              if (v[j].isKeep()) {
                v[j] = Verdict.drop(t.qualifiedId(), "after the marker at line " + (i + 1));
              }
            }
          }
        } else if (rule instanceof LineRule lr) {
          if (v[i].isDrop() || (lr.weak() && weak[i] != null) || !passes(lr.gates(), facts, i)) {
            continue;
          }
          if (outcome[c] == 0) {
            RuleIndex.Scratch s = scratch.get();
            outcome[c] = (lr.minHits() > 1 ? countHits(lr, cands, memo.hits[orig], c, text)
                : index.find(t, text, s) && lr.notVetoed(index.input(t, text, s)) && !onlyQuoted(t, text, s))
                ? (byte) 1 : (byte) 2;
          }
          if (outcome[c] == 1) {
            if (lr.weak()) {
              weak[i] = t.qualifiedId();
            } else {
              v[i] = Verdict.drop(t.qualifiedId(), lr.description());
              claims.record(i, lr.neighbours(), lr.placeholder());
            }
          }
        }
      } catch (BoundedText.Exceeded e) {
        outcome[c] = 2; // a user's pattern that backtracks without end: no match, and a warning
        memo.gaveUp("rule " + t.qualifiedId(), orig);
      }
    }
  }

  private static boolean passes(Gates g, LineFacts facts, int i) {
    return g.sizeAllows(facts.words(i), facts.chars(i))
        && g.positionAllows(facts.rank(i), facts.nonBlank());
  }

  /**
   * Whether line {@code j} is a word alone right over a paragraph (a forecast's "Суббота" over its
   * text): no headline of a list is one word, so it ends the list.
   */
  private static boolean wordOverParagraph(Document doc, LineFacts facts, int j, BlockRule b) {
    int k = j + 1;
    return facts.words(j) == 1 && k < doc.size() && !facts.blank(k)
        && (facts.words(k) > b.endMaxWords() || endsSentence(doc.line(k).text()));
  }

  private void applyBlock(
      BlockRule b, RuleIndex.Trigger t, Document doc, LineFacts facts, Verdict[] v, int start) {
    String id = t.qualifiedId();
    // Spans count non-blank lines, so that blank lines (and their collapse) never change a verdict;
    // the one exception is the end of a list that follows its heading directly (see below).
    int n = doc.size();
    int end = -1;
    int lines = 1;
    int j = start + 1;
    if (inIntroducedList(doc, facts, start)) {
      return; // the heading is an item of the article's own list, whatever the block's end
    }
    if (b.end() == null && b.endMaxWords() > 0) {
      // list mode: the start line and the short, unpunctuated lines right after it ("More on this
      // topic" and its headlines), up to the first longer line or sentence. A list whose first
      // item follows its heading directly is one run of lines: after a blank line only an item
      // with the same bullet ("- ", "• ") goes on with it; a short line without one is the
      // article's next subheading, not another headline.
      end = start;
      String bullet = j < n && !facts.blank(j) ? bullet(doc.line(j).text()) : null;
      boolean afterBlank = false;
      for (; j < n; j++) {
        if (facts.blank(j)) {
          afterBlank = true;
          continue;
        }
        if (afterBlank && bullet != null && end > start
            && (bullet.isEmpty() || !bullet.equals(bullet(doc.line(j).text())))) {
          break;
        }
        afterBlank = false;
        if (++lines > b.maxLines()
            || facts.words(j) > b.endMaxWords()
            || endsSentence(doc.line(j).text())
            // a live entry's time ("11:40" over the entry's heading) ends the list, even right
            // under its heading when its hour has two digits (a sponsored box over a live blog's
            // next entry; "1:42" there is a video's length in a list of clips); after the first
            // headline, so do the subheading of the paragraph right below and a pull quote: a
            // line that is one quotation under a headline that is not (a list of opinion pieces
            // whose titles are quotations goes on), and a numbered subheading over its paragraph
            || (end > start ? ArticleGuards.isEntryTime(doc, facts, j) : ArticleGuards.isClockTime(doc, facts, j))
            || (end > start && (ArticleGuards.headsParagraph(doc, facts, j) || wordOverParagraph(doc, facts, j, b)
                || ArticleGuards.isNumberedHeading(doc, facts, j)
                || (facts.quoted(j) && !facts.quoted(end))))) {
          break;
        }
        end = j;
      }
      if (end == start && start + 1 < n && !facts.blank(start + 1)
          && (facts.words(start + 1) > b.endMaxWords() || endsSentence(doc.line(start + 1).text()))) {
        return; // no headline under the heading, but a paragraph right below it: the heading is the text's
      }
    } else if (b.end() != null) {
      for (; j < n; j++) {
        if (facts.blank(j)) {
          if (b.unbroken()) {
            break; // a blank line before the end marker: the block has no end here
          }
          continue;
        }
        if (++lines > b.maxLines()) {
          break;
        }
        if (b.endMaxWords() > 0 && facts.words(j) > b.endMaxWords()) {
          return; // a paragraph of text before the end marker: not this block
        }
        if (b.end().matcher(index.input(t, doc.line(j).text(), scratch.get())).find()) {
          end = j;
          break;
        }
      }
    }
    if (end < 0) {
      boolean toEnd = b.end() == null || !b.endRequired();
      int remaining = facts.nonBlank() - facts.rank(start);
      if (!toEnd || remaining > b.maxLines()) {
        return;
      }
      end = n - 1;
    }
    String why = "block from line " + (start + 1) + " to " + (end + 1);
    for (int k = start; k <= end; k++) {
      if (v[k].isKeep()) {
        v[k] = Verdict.drop(id, why);
      }
    }
  }

  /**
   * The most short items above a list heading that inIntroducedList walks up over: a related
   * list's heading may follow the article's own list of five offers directly.
   */
  private static final int INTRODUCED_ITEMS = 2;

  /** The most words of such an item, and the fewest of the sentence that introduces them. */
  private static final int INTRODUCED_ITEM_MAX_WORDS = 12;
  private static final int INTRODUCING_MIN_WORDS = 8;

  /**
   * Whether line {@code start}, a list's heading, is an item of a list that a sentence of the
   * article introduces: up over at most two short lines with no blank line between, a sentence
   * that ends with a colon ("Теперь уведомлений три вида:" / "Только срочное" / "Главное за
   * день" / "Всё подряд"). A related list's heading stands apart from the paragraph above it;
   * an item under it may not: a blank line may set the items apart from the sentence when the
   * heading is not their first ("… con alguna de estas etiquetas:" / "Publicidad" / "Contenido
   * patrocinado" / "Colaboración pagada con …").
   */
  private static boolean inIntroducedList(Document doc, LineFacts facts, int start) {
    int k = start - 1;
    int items = 0;
    while (k >= 0 && !facts.blank(k) && items < INTRODUCED_ITEMS && facts.words(k) <= INTRODUCED_ITEM_MAX_WORDS
        && !doc.line(k).text().strip().endsWith(":")) {
      k--;
      items++;
    }
    if (items > 0 && k > 0 && facts.blank(k)) {
      k--;
    }
    return k >= 0 && !facts.blank(k) && facts.words(k) >= INTRODUCING_MIN_WORDS && doc.line(k).text().strip().endsWith(":");
  }

  /**
   * The marks before the first letter or digit of a line, stripped ("-", "•"; none for "1."). An
   * opening quotation mark or bracket is the headline's own, not a bullet: a list of headlines
   * that open with a name in guillemets («Северянин» сменил …) does not go on past a blank line
   * to the article's next score line («Волжанин» — «Кубань-Юг» — 4:2).
   */
  private static String bullet(String text) {
    int k = 0;
    while (k < text.length() && !Character.isLetterOrDigit(text.charAt(k)) && OPENING_MARKS.indexOf(text.charAt(k)) < 0) {
      k++;
    }
    return text.substring(0, k).strip();
  }

  /** Quotation marks and brackets that open a headline's words. */
  private static final String OPENING_MARKS = "«»\"„“”'‘’‹›([";

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
    if (facts.rank(i) < c.minPosition() * nb
        || charsBefore < c.minCharsBefore()
        || (c.maxLinesAfter() > 0 && after > c.maxLinesAfter())) {
      return false;
    }
    // A tail may hold comments, but never more prose than the article above it: a scrape whose
    // article comes after the page's furniture (a "Comments" link in a menu) must not lose it.
    long proseBefore = 0;
    long proseAfter = 0;
    for (int j = 0; j < facts.size(); j++) {
      if (facts.words(j) >= PROSE_WORDS) {
        if (j < i) {
          proseBefore += facts.chars(j);
        } else {
          proseAfter += facts.chars(j);
        }
      }
    }
    return proseAfter * 2 <= proseBefore;
  }

  /**
   * Drops a line that repeats an earlier one. Lines are compared as they came, not as the rules
   * read them: a live blog's list of key events links to its entries' headings
   * ("* [Woman rescued from car](#post-8790)" / "## Woman rescued from car"), and the heading is
   * the one that stays. An item of the article's own blocks that repeat a shape (a ward's result
   * line in each ward's block) stays (see ArticleGuards.isItemOfRepeatedBlock).
   */
  private static void applyRepeats(
      RepeatRule r, String id, Document source, int[] map, Document doc, LineFacts facts, Verdict[] v) {
    Map<String, Integer> seen = new HashMap<>();
    java.util.function.IntFunction<String> keyOf = k -> source.line(map[k]).text().strip();
    // every line's count and last place, worked out once, at the first copy or key event: most
    // pages have neither
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> lastAt = new HashMap<>();
    Runnable index = () -> {
      if (counts.isEmpty()) {
        for (int j = 0; j < doc.size(); j++) {
          String key = keyOf.apply(j);
          counts.merge(key, 1, Integer::sum);
          lastAt.put(key, j);
        }
      }
    };
    java.util.function.IntPredicate repeated = k -> {
      index.run();
      return counts.getOrDefault(keyOf.apply(k), 0) > 1;
    };
    for (int i = 0; i < doc.size(); i++) {
      if (facts.chars(i) < r.minChars()) {
        continue;
      }
      String key = keyOf.apply(i);
      Integer first = seen.putIfAbsent(key, i);
      if (first != null && v[i].isKeep()) {
        if (v[first].isDrop() && ArticleGuards.isEntryHeading(doc, facts, v, i)) {
          // the first copy went with its list (a live page's key events over the entries whose
          // headings it repeats): this copy, between kept lines and over a paragraph, is the one
          // that stays, and later copies repeat it
          seen.put(key, i);
        } else if (v[first].isKeep() && ArticleGuards.isHeadlineCopy(doc, facts, v, i)) {
          // the page's title over its menus, and the headline over its lead: the title goes
          v[first] = Verdict.drop(id, "the page's title, repeated as the headline at line " + (i + 1));
          seen.put(key, i);
        } else if (!ArticleGuards.isItemOfRepeatedBlock(doc, facts, v, first, i, repeated)) {
          v[i] = Verdict.drop(id, "repeats line " + (first + 1));
        }
      }
    }
    // a live page's key events give each entry's time and heading on one line, over the entries:
    // the line copies the heading of the entry further down, which stays. The time and the
    // entry's place make the copy plain, so a heading shorter than a repeated line's least is
    // one too ("13:15 Rest centre opens in Penzance")
    for (int i = 0; i < doc.size(); i++) {
      String heading = v[i].isKeep() && facts.chars(i) >= KEY_EVENT_MIN_CHARS ? ArticleGuards.stampedHeading(keyOf.apply(i)) : null;
      if (heading == null) {
        continue;
      }
      index.run();
      Integer entry = lastAt.get(heading);
      if (entry != null && entry > i && v[entry].isKeep() && ArticleGuards.isEntryHeading(doc, facts, v, entry)) {
        v[i] = Verdict.drop(id, "a key event: the time and heading of the entry at line " + (entry + 1));
      }
    }
  }

  /** The fewest characters of a key event's line, its time included ("12:30 Road closures"). */
  private static final int KEY_EVENT_MIN_CHARS = 16;

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
