package dev.winnow.classify;

import dev.winnow.document.Document;
import dev.winnow.document.Verdict;
import dev.winnow.rules.ContextRule;
import dev.winnow.rules.LineRule.Neighbour;

/**
 * Settles lines by their neighbours after the rules have run, in the spirit of jusText's
 * context-sensitive classification.
 *
 * <ul>
 *   <li>Weak candidates (lines named by a {@code weak} rule such as "Close" or "Share") go when they
 *       form a run of two or more, when a neighbouring line is dropped, or when they stand at an
 *       edge of the document; between two kept lines a lone one stays. The top edge counts only on
 *       a page that shows furniture somewhere (a line dropped, now or in an earlier pass): on a
 *       clean article, a section word above the headline ("Datenschutz", "Médias") is its kicker.
 *   <li>Short lines no rule named (see {@link ContextRule}) go as a run when their nearest longer
 *       neighbours on both sides are dropped; the end of the document counts as dropped for short
 *       runs. Lines above the first kept sentence-length line (headlines, datelines) and lines
 *       with digits (dates, scores) are never settled this way.
 *   <li>Menus: runs of short labels outside the article (see {@link #settleMenus}).
 *   <li>Captions: the line directly above a dropped picture credit, when it reads like a caption
 *       (see {@link #settleCaptions}); settled once, before the other steps.
 *   <li>Teasers: the line directly below a dropped ad label, when it reads like an advertiser's
 *       teaser (see {@link #settleTeasers}); settled once, before the other steps.
 *   <li>Kept whatever a rule said, before the other steps: what a sentence ending with a colon
 *       introduces (see {@link #keepIntroduced}), and writers' names over the dateline (see
 *       {@link #keepNamesOverDateline}).
 *   <li>After the repeated steps: the view count under the dateline, rows of tags at the page's
 *       foot, captions over a photographer's bare name (see {@link #settleHeaderCount}, {@link
 *       #settleTagRows}, {@link #settleBareCredits}); the author's box, a line further down that
 *       opens with the byline's name (see {@link #settleAuthorBox}); then the site's name and the
 *       labels above the headline.
 * </ul>
 *
 * The other steps repeat until nothing changes, since each can enable the other.
 */
public final class ContextPass {
  private static final String TERMINAL = ".!?…:;\"'»”’)]";
  /** Words of a line that reads as prose rather than as a label. */
  private static final int PROSE_WORDS = 8;

  private ContextPass() {}

  /**
   * Applies the pass in place.
   *
   * @param doc        the document
   * @param facts      its line facts
   * @param verdicts   the verdicts so far, updated in place
   * @param weakRuleId for each line, the qualified id of the weak rule that named it, or null
   * @param claim      for each line a line rule dropped, the neighbour its rule claims ({@code
   *                   caption-above}, {@code teaser-below}, or NONE); null for every other line
   * @param context    the context rule and its qualified id, or null when no pack has one
   * @param contextId  qualified id of {@code context}
   * @param reduced    whether earlier passes removed lines from the document
   */
  public static void apply(
      Document doc, LineFacts facts, Verdict[] verdicts, String[] weakRuleId, Neighbour[] claim,
      ContextRule context, String contextId, boolean reduced) {
    int n = facts.size();
    keepSubheadings(doc, facts, verdicts, n);
    keepIntroduced(doc, facts, verdicts, claim, n);
    keepNamesOverDateline(doc, facts, verdicts, claim, n);
    settleCaptions(doc, facts, verdicts, claim, n);
    settleTeasers(doc, facts, verdicts, claim, n);
    // which lines could belong to a menu depends on their text alone: worked out once, not per round
    boolean[] menuItem = context == null ? null : menuItems(doc, facts, context, n);
    boolean changed = true;
    int rounds = 0;
    while (changed && rounds++ < 8) {
      changed = settleWeak(doc, facts, verdicts, weakRuleId, reduced, n);
      if (context != null) {
        changed |= settleShort(doc, facts, verdicts, weakRuleId, context, contextId, n);
        changed |= settleMenus(doc, facts, verdicts, weakRuleId, menuItem, contextId, n);
      }
    }
    if (context != null) {
      settleHeaderCount(doc, facts, verdicts, contextId, n);
      settleTagRows(doc, facts, verdicts, contextId, n);
      settleBareCredits(doc, facts, verdicts, contextId, n);
      settleAuthorBox(doc, facts, verdicts, contextId, n);
      settleMasthead(doc, facts, verdicts, contextId, n);
      settleMotto(doc, facts, verdicts, contextId, n);
      settleTopLabels(doc, facts, verdicts, contextId, n);
    }
    // Weak candidates that stay were kept by this pass: say so, for --explain.
    for (int i = 0; i < n; i++) {
      if (weakRuleId[i] != null && verdicts[i].isKeep() && verdicts[i].ruleId() == null) {
        verdicts[i] = Verdict.keep(weakRuleId[i], "context: a lone candidate between kept lines");
      }
    }
  }

  /**
   * A weak candidate that is the page's headline, or -1: the first weak line of four words or
   * more (four of them with letters) above the first kept sentence, right above a kept line of
   * prose (its lead or standfirst, perhaps after its dateline or byline; a site's name or a
   * breadcrumb stands above a headline instead, and a motto may stand above it). A live blog's "EN VIVO |
   * Paro de transportadores …" is its headline, where the same shape further down links to
   * other live pages.
   */
  private static int weakHeadline(Document doc, LineFacts facts, Verdict[] v, String[] weak, int n) {
    // the kept lines of four words or more above the first sentence: a motto may come first
    for (int h = firstLongKept(facts, v, n); h < n && !isSentence(doc, facts, h);
        h = nextLongKept(facts, v, h + 1, n)) {
      if (weak[h] == null || wordsWithLetters(doc.line(h).text()) < HEADLINE_MIN_WORDS) {
        continue;
      }
      int lead = nextNonBlank(facts, h + 1, n);
      // a dateline or a byline may stand between them ("Actualizado 23.10.2025 | 12:47 h")
      while (lead < n && v[lead].isKeep() && weak[lead] == null && isDatelineOrByline(doc, facts, lead)) {
        lead = nextNonBlank(facts, lead + 1, n);
      }
      if (lead < n && !isSentence(doc, facts, lead) && LIVE_HEADLINE.matcher(doc.line(h).text()).lookingAt()) {
        lead = liveLead(doc, facts, v, weak, h, lead, n);
      }
      // its lead, or a standfirst (which may end without a full stop) under a headline of eight
      // words or more: a site's name over a line of prose in a later pass is shorter
      boolean prose = lead < n && v[lead].isKeep() && weak[lead] == null
          && (isSentence(doc, facts, lead) || (facts.words(lead) >= PROSE_WORDS && facts.words(h) >= PROSE_WORDS));
      if (!prose && lead < n && v[lead].isDrop()) {
        continue; // a weak line inside the furniture above the headline (a motto over the menu)
      }
      return prose ? h : -1;
    }
    return -1;
  }

  /** A live blog's headline: its marker, then a bar or a colon ("EN VIVO | Paro camionero: …"). */
  private static final java.util.regex.Pattern LIVE_HEADLINE = java.util.regex.Pattern.compile(
      "\\W*(?:LIVE|Live|EN VIVO|En vivo|EN DIRECTO|EN DIRECT|En direct|DIRECTO|Directo|LIVETICKER|Liveticker|"
          + "ПРЯМОЙ ЭФИР|Прямой эфир|ОНЛАЙН|Онлайн)\\s*[|:–—-]\\s*\\S");

  /** A short line that ends with a writer's name ("Crónica en directo de Álvaro Peñalver"). */
  private static final java.util.regex.Pattern NAME_AT_END = java.util.regex.Pattern.compile(
      "(?:^|\\s)(?:de|del|by|von|par|por|от)\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2}\\s*$");

  // How far below a live blog's headline liveLead looks for the first entry, in lines.
  private static final int LIVE_LEAD_REACH = 14;

  /**
   * The first sentence under a live blog's headline, or {@code from} when there is none within
   * reach: a live page puts its controls ("Actualizar", "Auto-update", removed or weak), its writers, its update
   * stamp and the first entry's time or heading ("12:40 p. m.", "Final") between the two. It
   * counts only under an update stamp: a link to another live page has none.
   */
  private static int liveLead(Document doc, LineFacts facts, Verdict[] v, String[] weak, int h, int from, int n) {
    // the stamps between the headline and here count too: the update stamp, the first entry's time
    boolean stamped = false;
    boolean afterStamp = false;
    for (int j = h + 1; j < from; j++) {
      if (!facts.blank(j)) {
        afterStamp = isDateline(doc, facts, j);
        stamped |= afterStamp;
      }
    }
    for (int j = from; j < n && j < from + LIVE_LEAD_REACH; j = nextNonBlank(facts, j + 1, n)) {
      String t = doc.line(j).text().strip();
      // a stamp may end with a full stop ("12:40 p. m."): it is no sentence of the first entry
      boolean stamp = isDateline(doc, facts, j);
      stamped |= stamp;
      if (!stamp && v[j].isKeep() && weak[j] == null && isSentence(doc, facts, j)) {
        return stamped ? j : from;
      }
      // the first entry's heading right under its time ("13:40" / "La UME se incorpora …")
      boolean heading = afterStamp && v[j].isKeep() && facts.words(j) <= DATELINE_MAX_WORDS && !endsLikeSentence(t);
      if (!(stamp || heading || v[j].isDrop() || weak[j] != null || wordsWithLetters(t) <= 4
          || (facts.words(j) <= 7 && NAME_AT_END.matcher(t).find()))) {
        return from;
      }
      afterStamp = stamp;
    }
    return from;
  }


  /** The first kept line of four words or more from {@code i} on ({@code n} when there is none). */
  private static int nextLongKept(LineFacts facts, Verdict[] v, int i, int n) {
    while (i < n && (facts.blank(i) || v[i].isDrop() || facts.words(i) < HEADLINE_MIN_WORDS)) {
      i++;
    }
    return i;
  }

  private static boolean settleWeak(Document doc, LineFacts facts, Verdict[] v, String[] weak, boolean reduced, int n) {
    boolean changed = false;
    int headline = weakHeadline(doc, facts, v, weak, n);
    boolean furnished = reduced;
    for (int k = 0; k < n && !furnished; k++) {
      furnished = v[k].isDrop();
    }
    int i = 0;
    while (i < n) {
      if (facts.blank(i) || weak[i] == null || v[i].isDrop() || i == headline) {
        i++;
        continue;
      }
      // maximal run of weak, still-kept lines (blank lines inside do not break it)
      int start = i;
      int[] run = run(facts, i, n, k -> weak[k] != null && v[k].isKeep());
      int end = run[0];
      int count = run[1];
      int left = prevNonBlank(facts, start - 1);
      int right = nextNonBlank(facts, end + 1, n);
      boolean leftDrop = left < 0 ? furnished : v[left].isDrop();
      boolean rightDrop = right >= n || v[right].isDrop();
      if (count >= 2 || leftDrop || rightDrop) {
        String why = count >= 2 ? "context: run of " + count + " boilerplate-like lines"
            : "context: next to removed text or a document edge";
        for (int j = start; j <= end; j++) {
          if (!facts.blank(j) && weak[j] != null) {
            v[j] = Verdict.drop(weak[j], why);
          }
        }
        changed = true;
      }
      i = end + 1;
    }
    return changed;
  }

  private static boolean settleShort(
      Document doc, LineFacts facts, Verdict[] v, String[] weak, ContextRule rule, String id, int n) {
    boolean changed = false;
    // Short lines above the first kept sentence-length line are headlines, kickers and datelines
    // far more often than stray menu items (which rules name anyway): leave them alone.
    int i = firstProse(facts, v, n);
    while (i < n) {
      if (!isShortCandidate(doc, facts, v, weak, rule, i)) {
        i++;
        continue;
      }
      int start = i;
      int[] run = run(facts, i, n, k -> isShortCandidate(doc, facts, v, weak, rule, k));
      int end = run[0];
      int count = run[1];
      int left = prevNonBlank(facts, start - 1);
      int right = nextNonBlank(facts, end + 1, n);
      boolean leftDrop = left >= 0 && v[left].isDrop();
      boolean rightDrop = right >= n ? count <= rule.maxEdgeRun() : v[right].isDrop();
      if (leftDrop && rightDrop) {
        for (int j = start; j <= end; j++) {
          if (!facts.blank(j)) {
            v[j] = Verdict.drop(id, "context: short line between removed lines");
          }
        }
        changed = true;
      }
      i = end + 1;
    }
    return changed;
  }

  /**
   * Menus above the article and below it: a run of four or more lines with no blank line between
   * them, each a short label (at most the context rule's words and characters, no sentence end, no
   * digit, not a byline, not a quotation) or a lone separator ("›", "/"), goes whole when a rule
   * named at least one of its lines ("Home", "Sign in", "Weather") and the run lies before the
   * first sentence-length line or after the last one. The named line ties the run to site
   * vocabulary; the position keeps lists inside the story (ingredients, a packing list, line-ups)
   * out of reach, as does the blank line that scrapers leave between a menu and the headline.
   */
  private static boolean settleMenus(
      Document doc, LineFacts facts, Verdict[] v, String[] weak, boolean[] menuItem, String id, int n) {
    int firstProse = firstProse(facts, v, n);
    int lastProse = n - 1;
    while (lastProse >= 0 && !isProse(facts, v, lastProse)) {
      lastProse--;
    }
    boolean changed = false;
    int i = 0;
    while (i < n) {
      if (!menuItem[i]) {
        i++;
        continue;
      }
      int start = i;
      boolean named = false;
      for (; i < n && menuItem[i]; i++) {
        named |= v[i].isDrop() || weak[i] != null;
      }
      int end = i - 1;
      // text right under a menu, with no blank line between: its last line is the headline, unless
      // a separator precedes it (then it is the last step of a breadcrumb)
      if (end < firstProse && end + 1 < n && !facts.blank(end + 1) && !(end > start && isSeparator(doc, end - 1))) {
        end--;
      }
      boolean outside = end < firstProse || start > lastProse;
      if (end - start + 1 >= 4 && named && outside) {
        for (int j = start; j <= end; j++) {
          if (v[j].isKeep()) {
            v[j] = Verdict.drop(id, "context: a menu of short labels outside the article");
            changed = true;
          }
        }
      }
    }
    return changed;
  }

  // Where settleAuthorBox looks, in lines and words: the byline (a line of at most 12 words) within
  // the first lines after the first sentence; a box of 6 to 60 words.
  private static final int BYLINE_AFTER_LEAD = 6;
  private static final int BOX_MIN_WORDS = 6;
  private static final int BOX_MAX_WORDS = 60;
  private static final int BYLINE_MAX_WORDS = 12;

  /** A name after a byline's word ("By Owen Teague", "Eine Kolumne von Lena Wiesinger", "Текст: Ксения Лаптева"). */
  private static final java.util.regex.Pattern BYLINE_NAME = java.util.regex.Pattern.compile(
      "(?:\\b(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR)\\s+|(?:Автор|АВТОР|Текст|ТЕКСТ)\\s*:?\\s*)"
          + "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})");

  /** A second writer after the first in a byline ("… und Merve Kaya", "… and Tom Ellery"). */
  private static final java.util.regex.Pattern CO_AUTHOR = java.util.regex.Pattern.compile(
      "\\s*(?:,|\\s(?:und|and|et|y|и|&))\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})");

  /** A byline without its word: two capitalised words of a name, perhaps a third, then the role. */
  private static final java.util.regex.Pattern NAME_THEN_ROLE = java.util.regex.Pattern.compile(
      "(\\p{Lu}[\\p{L}'’-]+\\s+\\p{Lu}[\\p{L}'’-]+)(\\s+\\p{Lu}[\\p{L}'’-]+)?\\s");

  /** A line that is only a name of two or three capitalised words ("Kaveh Samadi"). */
  private static final java.util.regex.Pattern BARE_NAME = java.util.regex.Pattern.compile(
      "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2}");

  /** Words of a newsroom role or beat: a bio under a bare-name byline must have one. */
  private static final java.util.regex.Pattern NEWSROOM = java.util.regex.Pattern.compile(
      "(?iu)\\b(?:reporter|correspondent|editor|journalist\\w*|writer|columnist|covering|covers|redakteur\\w*|"
          + "korrespondent\\w*|kolumnist\\w*|autor\\w*|journaliste|rédact\\w+|correspondant\\w*|"
          + "chroniqueu\\w+|couvre|periodista|redactor\\w*|corresponsal|columnista|cubre|журналист\\w*|"
          + "корреспондент\\w*|редактор\\w*|обозревател\\w*|колумнист\\w*)\\b");

  /**
   * The author's box under an article opens with the byline's name ("Owen Teague is deputy editor
   * of FreightLine Today, covering warehousing …", "Lena Wiesinger ist Redakteurin im
   * Kulturressort …", "Ксения Лаптева — студентка третьего курса …"), where the article never
   * names its own writer. So a kept line in the second half of the page that opens with the full
   * name of the byline (a byline word and the name, near the top), then a verb, a dash or a
   * comma, and runs 6 to 60 more words, goes. A byline that is a bare name ("Kaveh Samadi") could
   * also be a person the story is about: then the line needs a newsroom word as well (reporter,
   * Redakteurin, journaliste, periodista, корреспондент). The byline itself stays.
   */
  private static void settleAuthorBox(Document doc, LineFacts facts, Verdict[] v, String id, int n) {
    int lead = firstProse(facts, v, n);
    java.util.List<String> named = new java.util.ArrayList<>();
    java.util.List<String> bare = new java.util.ArrayList<>();
    for (int i = 0; i < Math.min(n, lead + BYLINE_AFTER_LEAD); i++) {
      if (facts.blank(i) || v[i].isDrop() || facts.words(i) > BYLINE_MAX_WORDS) {
        continue;
      }
      String t = doc.line(i).text().strip();
      java.util.regex.Matcher m = BYLINE_NAME.matcher(t);
      if (m.find()) {
        named.add(m.group(1));
        // "Von Jonas Albrecht und Merve Kaya": every writer of the byline
        java.util.regex.Matcher more = CO_AUTHOR.matcher(t);
        int at = m.end(1);
        while (at < t.length() && more.find(at) && more.start() == at) {
          named.add(more.group(1));
          at = more.end();
        }
      } else if (facts.words(i) <= LABEL_MAX_WORDS && BARE_NAME.matcher(t).matches()) {
        bare.add(t);
      } else if (NEWSROOM.matcher(t).find()) {
        // "Helen Marsh Environment correspondent": a name, then the role, no byline word
        java.util.regex.Matcher lead2 = NAME_THEN_ROLE.matcher(t);
        if (lead2.lookingAt()) {
          bare.add(lead2.group(1));
          if (lead2.group(2) != null) {
            bare.add(lead2.group(1) + lead2.group(2));
          }
        }
      }
    }
    if (named.isEmpty() && bare.isEmpty()) {
      return;
    }
    for (int i = Math.max(lead + 1, n / 2); i < n; i++) {
      if (facts.blank(i) || v[i].isDrop() || facts.quoted(i)
          || facts.words(i) < BOX_MIN_WORDS || facts.words(i) > BOX_MAX_WORDS) {
        continue;
      }
      String t = doc.line(i).text().strip();
      if (opensWithName(t, named) || (opensWithName(t, bare) && NEWSROOM.matcher(t).find())) {
        v[i] = Verdict.drop(id, "context: the author's box, opening with the byline's name");
      } else if (NEWSROOM.matcher(t).lookingAt() || NEWSROOM_START.matcher(t).lookingAt()) {
        // the name on a line of its own, right above a bio that opens with the role
        // ("Tobias Lenhardt" / "Redakteur für IT-Sicherheit. Schreibt seit 2016 …")
        int name = i - 1;
        String above = doc.line(name).text().strip();
        if (name > lead && !facts.blank(name) && v[name].isKeep() && (named.contains(above) || bare.contains(above))) {
          v[name] = Verdict.drop(id, "context: the author's box, the byline's name");
          v[i] = Verdict.drop(id, "context: the author's box, under the byline's name");
        }
      }
    }
  }

  /** The start of a bio that opens with the role, after an article or an adjective ("Freier Journalist", "Senior reporter"). */
  private static final java.util.regex.Pattern NEWSROOM_START = java.util.regex.Pattern.compile(
      "(?iu)(?:(?:a|an|the|ein|eine|un|une|el|la|freie[rs]?|leitende[rs]?|senior|chief|staff|stellvertretende[rs]?)\\s+){1,2}"
          + NEWSROOM.pattern().substring("(?iu)".length()));

  /** Whether {@code t} opens with one of the names, then a word in lower case, a dash or a comma. */
  private static boolean opensWithName(String t, java.util.List<String> names) {
    for (String name : names) {
      if (t.startsWith(name) && t.length() > name.length() + 2) {
        char c = t.charAt(name.length());
        char d = t.charAt(name.length() + 1);
        if ((c == ' ' && (Character.isLowerCase(d) || d == '—' || d == '–')) || c == ',') {
          return true;
        }
      }
    }
    return false;
  }

  // The sizes settleMotto goes by, in words.
  private static final int MOTTO_MIN_WORDS = 3;
  private static final int MOTTO_MAX_WORDS = 14;

  /**
   * A site's motto sits under its name and above its menu ("Газета студентов и преподавателей …
   * с 1958 года", "The business of moving goods", "Le magazine de toutes les cultures"): long
   * enough to pass for the headline, which then shields the name above it. The page's own headline
   * never has a menu under it. So a kept line of 3 to 14 words goes when all of this holds:
   *
   * <ul>
   *   <li>it comes right under the site's name: the first line of the page that no rule removed
   *       (a skip link, a cookie banner and an account row may stand above), three words or
   *       fewer, kept or dropped as the name; a page that opens with its headline has none;
   *   <li>a menu the rules removed comes right under it (blank lines aside): a row of three
   *       items or more;
   *   <li>the first kept line after that is the article's kicker: three words or fewer, above a
   *       line of four or more. A headline with a row of share buttons under it has its
   *       standfirst or its picture there, which no rule can tell from a headline under a menu.
   * </ul>
   */
  private static void settleMotto(Document doc, LineFacts facts, Verdict[] v, String id, int n) {
    int name = nextNonBlank(facts, 0, n);
    while (name < n && v[name].isDrop() && !id.equals(v[name].ruleId())) {
      name = nextNonBlank(facts, name + 1, n); // a skip link, a cookie banner, an account row
    }
    if (name >= n || facts.words(name) > LABEL_MAX_WORDS) {
      return; // no name on top: the first long line is the headline
    }
    int m = nextNonBlank(facts, name + 1, n);
    if (m >= n || v[m].isDrop() || facts.words(m) < MOTTO_MIN_WORDS || facts.words(m) > MOTTO_MAX_WORDS || facts.quoted(m)) {
      return;
    }
    String t = doc.line(m).text().strip();
    int below = nextNonBlank(facts, m + 1, n);
    if (below >= n || v[below].isKeep() || items(doc.line(below).text()) < MENU_MIN_ITEMS
        || BYLINE.matcher(t).lookingAt() || DATE.matcher(t).find()) {
      return;
    }
    int k = nextKept(facts, v, below, n);
    if (k < n && kicksArticle(doc, facts, v, k, n)) {
      v[m] = Verdict.drop(id, "context: the site's motto above its menu");
    }
  }

  private static final int MENU_MIN_ITEMS = 3;
  private static final java.util.regex.Pattern ITEM_SEPARATOR = java.util.regex.Pattern.compile("\\s*[|·•/›»>]\\s*|\\s{2,}");

  /** The items of a row, split at separators and wide spaces ("News | Sport | Business": 3). */
  private static int items(String text) {
    int count = 0;
    for (String item : ITEM_SEPARATOR.split(text.strip())) {
      if (!item.isBlank()) {
        count++;
      }
    }
    return count;
  }

  /** Whether kept line {@code k} is a kicker over the headline: three words or fewer, right above a kept line of four or more. */
  private static boolean kicksArticle(Document doc, LineFacts facts, Verdict[] v, int k, int n) {
    String t = doc.line(k).text().strip();
    if (facts.words(k) > LABEL_MAX_WORDS || BYLINE.matcher(t).lookingAt() || DATE.matcher(t).find()) {
      return false;
    }
    int next = nextNonBlank(facts, k + 1, n);
    return next < n && v[next].isKeep() && facts.words(next) >= HEADLINE_MIN_WORDS;
  }

  /** The most words a site's name above its headline has ("Le Quotidien de l'Ouest"). */
  private static final int MASTHEAD_MAX_WORDS = 5;

  /**
   * A site's name stands at the top of its pages ("The Millbrook Sentinel", "Деловой Курьер") and
   * comes back in its furniture further down: the copyright line, a photo credit, a subscription
   * or app prompt ("© 2024 The Millbrook Sentinel", "Photo: Mathieu Côté, Le Fleuve", "Читайте
   * «Деловой Курьер» в приложении"). So a kept line of at most five words among the first kept
   * lines of the page, above the first longer one, goes when a line that a rule removed below it
   * names it again, in whole words and any case (also the part before a motto, and without a
   * leading article). The name stands in the run of furniture at the top, so a line that sits
   * right on top of the article's first lines is not taken (a kicker, "Neckarbrücke" over its
   * headline and standfirst, which a caption below names again; a motto under the name is no
   * such line when furniture follows it); nor one whose next kept line is a
   * byline or a lead that ends like a sentence: it may be a short headline, which a share row or
   * a list of related stories can repeat.
   */
  private static void settleMasthead(Document doc, LineFacts facts, Verdict[] v, String id, int n) {
    // the removed lines, folded, with their line numbers: made once a name is to be sought
    java.util.List<String> removed = null;
    int[] removedAt = null;
    for (int i = 0; i < n; i++) {
      if (facts.blank(i) || v[i].isDrop()) {
        continue;
      }
      java.util.List<String> names = names(doc, facts, i);
      if (names.isEmpty()) {
        return; // the first kept line too long to be a name ends the top of the page
      }
      if (facts.quoted(i) || BYLINE.matcher(doc.line(i).text().strip()).lookingAt()) {
        continue;
      }
      int below = nextKept(facts, v, i + 2, n);
      if (i + 1 < n && !facts.blank(i + 1) && v[i + 1].isKeep()
          && below < n && below == nextNonBlank(facts, i + 2, n)) {
        continue; // right on top of the article's first lines: a kicker ("Neckarbrücke" over its headline)
      }
      int next = nextKept(facts, v, i + 1, n);
      if (next < n && (headsByline(doc, facts, v, i, n)
          || (facts.words(next) >= HEADLINE_MIN_WORDS && endsLikeSentence(doc.line(next).text().strip())))) {
        continue;
      }
      if (removed == null) {
        removed = new java.util.ArrayList<>();
        removedAt = new int[n];
        for (int j = 0; j < n; j++) {
          if (!facts.blank(j) && v[j].isDrop()) {
            removedAt[removed.size()] = j;
            removed.add(foldName(doc.line(j).text()));
          }
        }
      }
      if (namedBelow(removed, removedAt, i, names)) {
        v[i] = Verdict.drop(id, "context: the site's name, named again in furniture below");
      }
    }
  }

  /** Separators between a site's name and its motto ("ЕРТІС·НЬЮС — новости Восточного Казахстана"). */
  private static final String[] MOTTO_SEPARATORS = {" — ", " – ", " · ", " ★ ", " | ", " - "};
  private static final int MASTHEAD_WITH_MOTTO_MAX_WORDS = 12;

  /** Articles a name may drop where it is named again ("The Highland Ledger" / "Highland Ledger"). */
  private static final java.util.regex.Pattern LEADING_ARTICLE =
      java.util.regex.Pattern.compile("^(?:the|die|der|das|le|la|les|l'|el|los|las) ");

  /**
   * The names line {@code i} may stand for, folded for comparison: the whole line when it has at
   * most five words, the part before a separator when a motto follows ("KQMA 9 ★ First Alert for
   * the Tri-County"), and each without a leading article. Empty when the line is longer.
   */
  private static java.util.List<String> names(Document doc, LineFacts facts, int i) {
    String t = doc.line(i).text().strip();
    java.util.List<String> names = new java.util.ArrayList<>(4);
    if (facts.words(i) <= MASTHEAD_MAX_WORDS) {
      names.add(foldName(t));
    }
    if (facts.words(i) <= MASTHEAD_WITH_MOTTO_MAX_WORDS) {
      for (String sep : MOTTO_SEPARATORS) {
        int k = t.indexOf(sep);
        if (k > 0 && wordsWithLetters(t.substring(0, k)) <= MASTHEAD_MAX_WORDS) {
          names.add(foldName(t.substring(0, k).strip()));
          break;
        }
      }
    }
    for (int k = 0, size = names.size(); k < size; k++) {
      java.util.regex.Matcher m = LEADING_ARTICLE.matcher(names.get(k));
      if (m.find() && names.get(k).length() - m.end() >= 6) {
        names.add(names.get(k).substring(m.end()));
      }
    }
    names.removeIf(name -> name.codePointCount(0, name.length()) < 3);
    return names;
  }

  /**
   * Whether a removed line below line {@code i} (the removed lines folded, in order, and their
   * line numbers) holds one of the names as whole words.
   */
  private static boolean namedBelow(java.util.List<String> removed, int[] removedAt, int i,
      java.util.List<String> names) {
    for (int r = 0; r < removed.size(); r++) {
      if (removedAt[r] <= i) {
        continue;
      }
      String t = removed.get(r);
      for (String name : names) {
        for (int k = t.indexOf(name); k >= 0; k = t.indexOf(name, k + 1)) {
          int end = k + name.length();
          if ((k == 0 || !Character.isLetterOrDigit(t.charAt(k - 1)))
              && (end == t.length() || !Character.isLetterOrDigit(t.charAt(end)))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Lower case, with typographic apostrophes as plain ones: how a name is compared. */
  private static String foldName(String text) {
    return text.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
  }

  // The sizes settleTopLabels goes by, in words: the first kept line this long is the headline (or
  // the text), and a line above it this short may be a label.
  private static final int HEADLINE_MIN_WORDS = 4;
  private static final int LABEL_MAX_WORDS = 3;

  /**
   * Above the headline sit the site's labels: section and topic kickers ("Gesundheit", "Local
   * News", "Ideas"), live and programme links, weather and currency widgets ("Алматы +4°", "USD
   * 98,45"), language switches ("Қаз", "Eng"). In the labelled sets, 609 of 613 lines of at most
   * three words above the first line of four or more are furniture; the exceptions are short
   * headlines right above their standfirst and a letter's "Dear readers,". So a kept line of at most
   * three words above the first kept line of four or more goes, unless it has two or three words
   * and is the kept line directly above that one or above a byline (a short headline: "Marée
   * basse", "Pool to close" / "By Anna Jones"), or it ends with a comma (a salutation), is a
   * byline, a dateline (a year, a time, a numeric date), a quotation, or the story's kicker (see
   * isKicker and setApartAbove). Only a page that shows its furniture above the text (a rule
   * removed a line there) is touched: a match preview with its venue and date ("Ewood Park" /
   * "Tuesday, 1 March"), or an encyclopedia page under its title, has none. A document with no
   * line of four words is left alone.
   */
  private static void settleTopLabels(Document doc, LineFacts facts, Verdict[] v, String id, int n) {
    int h = firstLongKept(facts, v, n);
    if (h >= n) {
      return;
    }
    boolean furnished = false;
    for (int i = 0; i < h && !furnished; i++) {
      furnished = v[i].isDrop();
    }
    if (!furnished) {
      return;
    }
    // the line right above the first long one that the rules kept (this pass may have dropped it
    // since: a site's name, see settleMasthead); an ad label between them is passed over, but a
    // menu is not: a line above a menu is no short headline ("DAILY SCORCHER" over its sections)
    int last = h - 1;
    while (last >= 0 && (facts.blank(last) || (v[last].isDrop() && !id.equals(v[last].ruleId())))) {
      last = v[last].isDrop() && items(doc.line(last).text()) >= MENU_MIN_ITEMS ? -1 : last - 1;
    }
    boolean lead = endsLikeSentence(doc.line(h).text().strip());
    for (int i = 0; i < h; i++) {
      if (facts.blank(i) || v[i].isDrop() || facts.quoted(i) || facts.words(i) > LABEL_MAX_WORDS
          || (i == last && (lead || wordsWithLetters(doc.line(i).text()) >= 2))
          || (facts.words(i) >= 2 && headsByline(doc, facts, v, i, n))) {
        continue;
      }
      String t = doc.line(i).text().strip();
      if (t.endsWith(",") || BYLINE.matcher(t).lookingAt() || DATE.matcher(t).find()
          || (i == last && (isKicker(doc, facts, t, h, n) || setApartAbove(facts, i, h)))) {
        continue;
      }
      v[i] = Verdict.drop(id, "context: a label above the headline");
    }
  }

  /** Words with a letter in them: a headline's, where "USD 502,17" or "Алматы +4°" have one. */
  private static int wordsWithLetters(String text) {
    int count = 0;
    boolean inWord = false;
    boolean letter = false;
    for (int k = 0; k <= text.length(); k++) {
      boolean space = k == text.length() || LineFacts.isSpace(text.charAt(k));
      if (space) {
        if (inWord && letter) {
          count++;
        }
        inWord = false;
        letter = false;
      } else {
        inWord = true;
        letter |= Character.isLetter(text.charAt(k));
      }
    }
    return count;
  }

  /** Whether the next kept line below {@code i} is a byline: {@code i} is the headline above it. */
  private static boolean headsByline(Document doc, LineFacts facts, Verdict[] v, int i, int n) {
    int j = nextKept(facts, v, i + 1, n);
    return j < n && BYLINE.matcher(doc.line(j).text().strip()).lookingAt();
  }

  /**
   * Whether line {@code i} is set apart with the headline {@code h}: a blank line (or the top of
   * the page) above it and the headline right under it, with no blank line between. A topic
   * kicker sits so ("Lawinengefahr" / "Warnstufe vier in weiten Teilen Tirols"), while a site's
   * labels stand in the run of furniture above. In the labelled sets such a word is the story's
   * kicker 8 times and a site's label 11 times, and rules name 8 of those 11 ("LIVE", "Abo").
   */
  private static boolean setApartAbove(LineFacts facts, int i, int h) {
    return i + 1 == h && (i == 0 || facts.blank(i - 1));
  }

  /**
   * Whether a one-word line right above the headline is the story's kicker ("Rentenpaket" above
   * "Bundestag beschließt Haltelinie bei 48 Prozent"), not the site's section ("Markets"): the
   * headline or one of the two lines below it names its topic again (compared by the first five
   * letters of the word).
   */
  private static boolean isKicker(Document doc, LineFacts facts, String word, int h, int n) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    int k = 0;
    while (k < w.length() && Character.isLetter(w.charAt(k))) {
      k++;
    }
    if (k < 4) {
      return false;
    }
    String stem = w.substring(0, Math.min(k, 5));
    int seen = 0;
    for (int j = h; j < n && seen < 3; j++) {
      if (!facts.blank(j)) {
        seen++;
        if (startsWord(doc.line(j).text().toLowerCase(java.util.Locale.ROOT), stem)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Longest line that can be a subheading, in words. */
  private static final int SUBHEADING_MAX_WORDS = 6;

  /**
   * A short line that a rule dropped, directly above a kept paragraph that repeats its words, is
   * the article's subheading ("Kostenlose Newsletter als Einstieg" / "Eine wichtige Rolle spielen
   * demnach kostenlose Newsletter. …"): an article about newsletters, cookies or donations names
   * them in its subheadings too. Furniture headings sit above furniture, which is dropped.
   */
  private static void keepSubheadings(Document doc, LineFacts facts, Verdict[] v, int n) {
    for (int i = 0; i + 1 < n; i++) {
      if (v[i].isDrop() && !facts.blank(i) && facts.words(i) <= SUBHEADING_MAX_WORDS
          && v[i + 1].isKeep() && headsParagraph(doc, facts, i)) {
        v[i] = Verdict.keep(v[i].ruleId(), "context: the subheading of the paragraph below");
      }
    }
  }

  /**
   * Whether line {@code j} is the subheading of the paragraph right under it: the paragraph follows
   * with no blank line between, is prose (eight words or more, ending a sentence), and repeats at
   * least half of the line's words of five letters or more (two at least), compared by their first
   * five letters. A headline of another story, or a prompt above an appeal, rarely shares so much
   * with the paragraph that follows it.
   */
  public static boolean headsParagraph(Document doc, LineFacts facts, int j) {
    int k = j + 1;
    if (k >= doc.size() || facts.words(j) > PROSE_WORDS || !isSentence(doc, facts, k)) {
      return false;
    }
    java.util.List<String> line = stems(doc.line(j).text());
    if (line.size() < 2) {
      return false;
    }
    String paragraph = doc.line(k).text().toLowerCase(java.util.Locale.ROOT);
    int shared = 0;
    for (String stem : line) {
      if (startsWord(paragraph, stem)) {
        shared++;
      }
    }
    return shared >= 2 && 2 * shared >= line.size();
  }

  /** Whether some word of {@code text} begins with {@code prefix}. */
  private static boolean startsWord(String text, String prefix) {
    for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
      if (at == 0 || !Character.isLetter(text.charAt(at - 1))) {
        return true;
      }
    }
    return false;
  }

  /** The first five letters, lower-cased, of each distinct word of five letters or more. */
  private static java.util.List<String> stems(String text) {
    java.util.List<String> out = new java.util.ArrayList<>();
    String t = text.toLowerCase(java.util.Locale.ROOT);
    int start = -1;
    for (int i = 0; i <= t.length(); i++) {
      boolean letter = i < t.length() && Character.isLetter(t.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        if (i - start >= 5 && !out.contains(t.substring(start, start + 5))) {
          out.add(t.substring(start, start + 5));
        }
        start = -1;
      }
    }
    return out;
  }

  /** Two or three writers' names split by slashes ("Elena Robles / Daniel Fuertes"). */
  private static final java.util.regex.Pattern NAMES_BYLINE = java.util.regex.Pattern.compile(
      BARE_NAME.pattern() + "(?:\\s*/\\s*" + BARE_NAME.pattern() + "){1,2}");

  /**
   * Writers' names split by a slash, right above the dateline near the top of the page ("Elena
   * Robles / Daniel Fuertes" / "9 de marzo de 2026 — 21:58h"), are the byline, though a credit
   * rule takes "Name / Name" for a photographer and an agency: a picture's credit sits under its
   * caption, not over the article's date.
   */
  private static void keepNamesOverDateline(Document doc, LineFacts facts, Verdict[] v, Neighbour[] claim, int n) {
    int lead = firstProse(facts, v, n);
    for (int i = 0; i < n && i <= lead + BYLINE_AFTER_LEAD; i++) {
      if (claim[i] == null || !v[i].isDrop() || !NAMES_BYLINE.matcher(doc.line(i).text().strip()).matches()) {
        continue;
      }
      int d = nextNonBlank(facts, i + 1, n);
      if (d < n && v[d].isKeep() && isDateline(doc, facts, d)) {
        v[i] = Verdict.keep(v[i].ruleId(), "context: the writers' names over the dateline");
        claim[i] = Neighbour.NONE;
      }
    }
  }

  // The most words of an item of a list that keepIntroduced keeps.
  private static final int ITEM_MAX_WORDS = 12;

  // The most lines of a block under a sentence ending with a colon that keepIntroduced keeps whole.
  private static final int INTRODUCED_MAX_LINES = 6;

  /**
   * The block of lines right under a sentence of the article that ends with a colon is what the
   * sentence introduces: an example ("… must be credited in the format:" / "Photo: Name Surname /
   * Northpress"), a list ("The appeal offered three levels of monthly support:" / "$5 a month,
   * listed as "Reader""), or a quoted piece of furniture ("The banner … read:" / "We value your
   * privacy" / "Accept all"; "algunos de los cierres más frecuentes:" / "Tegucigalpa, 14 may
   * (EFE).-"). A page puts its credits, prices and buttons under captions, paragraphs and
   * headings, never under a sentence that announces them. A shorter line ending with a colon
   * ("Ce que reproche la CNIL :") introduces a block too when two of its lines end with a
   * semicolon, as the items of a list do; such a list ends at its first item that ends like a
   * sentence, and a block that opens with two items of at most twelve words ends at its first
   * longer line. The block runs to the next blank line; of a block longer than six lines, or one
   * the page's end closes, only the first line is taken. Only lines a line rule dropped come back:
   * a block or a cut rule names more than one line.
   */
  private static void keepIntroduced(Document doc, LineFacts facts, Verdict[] v, Neighbour[] claim, int n) {
    for (int p = 0; p + 1 < n; p++) {
      boolean colon = v[p].isKeep() && !facts.blank(p) && doc.line(p).text().strip().endsWith(":");
      if (!colon) {
        continue;
      }
      int from = nextNonBlank(facts, p + 1, n); // a blank line may set the list apart
      int to = from;
      int semicolons = 0; // items that end with a semicolon: a list, whatever its heading's length
      while (to < n && !facts.blank(to)) {
        semicolons += doc.line(to).text().strip().endsWith(";") ? 1 : 0;
        to++;
      }
      boolean list = semicolons >= 2;
      if (facts.words(p) < (list ? 3 : PROSE_WORDS)) {
        continue; // a sentence of prose, or a shorter heading over a list
      }
      boolean closed = to < n; // a blank line ends the block, not the end of the page
      if (list) { // the list ends at its first item that ends like a sentence
        for (int i = from; i < to; i++) {
          String t = doc.line(i).text().strip();
          if (!t.endsWith(";") && endsLikeSentence(t)) {
            to = i + 1;
            closed = true;
            break;
          }
        }
      }
      if (!list && from + 1 < to && facts.words(from) <= ITEM_MAX_WORDS && facts.words(from + 1) <= ITEM_MAX_WORDS) {
        // a list of short items ends at the first longer line after them (a note about the page)
        for (int i = from + 2; i < to; i++) {
          if (facts.words(i) > ITEM_MAX_WORDS) {
            to = i;
            break;
          }
        }
      }
      // a short block set apart below is all introduced; in a longer one, or one the page's end
      // closes (a page without blank lines runs on into its furniture), only the first line
      int last = closed && to - from <= INTRODUCED_MAX_LINES ? to : Math.min(from + 1, n);
      for (int i = from; i < last; i++) {
        if (claim[i] != null && v[i].isDrop()) {
          v[i] = Verdict.keep(v[i].ruleId(), "context: what the sentence above introduces");
          claim[i] = Neighbour.NONE;
        }
      }
    }
  }


  // The sizes settleCaptions goes by, in words: a bare credit; a caption, with and without a full
  // stop at its end; a dateline.
  private static final int CREDIT_MAX_WORDS = 8;
  private static final int CREDIT_MAX_WORDS_FIGURE = 14;
  private static final int CAPTION_MIN_WORDS = 5;
  private static final int CAPTION_MAX_WORDS = 16;
  private static final int CAPTION_MAX_WORDS_UNSTOPPED = 20;
  private static final int DATELINE_MAX_WORDS = 12;

  /**
   * The end of a caption that says when the picture was taken, set off by a comma: a year or a
   * day of the week among at most five words after the last comma (", Feb. 27, 2025.", ", este
   * viernes.", ", on Tuesday morning."). A sentence of news says when inside its clause ("… cut
   * off for most of Saturday.").
   */
  private static final java.util.regex.Pattern CAPTION_WHEN = java.util.regex.Pattern.compile(
      "(?iu),(?:\\s*[^,\\s]+){0,4}?\\s*(?:(?<!\\d)(?:19|20)\\d\\d|(?<![\\p{L}])(?:monday|tuesday|wednesday|thursday|"
          + "friday|saturday|sunday|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|"
          + "jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
          + "понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресенье))(?:\\s+\\p{L}+){0,2}[\\s.)]*$");

  /**
   * Whether a caption-sized line ends by saying when its picture was taken: such a caption may run
   * to 20 words with a full stop, as one without a full stop may (see settleCaptions).
   */
  private static boolean endsWithWhen(String t) {
    return CAPTION_WHEN.matcher(t.length() > 60 ? t.substring(t.length() - 60) : t).find();
  }

  /**
   * A picture's caption sits directly above its credit, with no blank line between ("A monteur
   * installs a heat pump." / "Photo: Christian Ohde"). Its words are the article's vocabulary, so
   * no rule can name it; its place can. Yet a picture without a caption has a paragraph of the
   * article directly above its credit, so the line goes only when all of this holds:
   *
   * <ul>
   *   <li>the credit is a bare credit (at most 8 words): a longer one carries the caption itself;
   *   <li>the article goes on below the credit (see articleGoesOn): a copyright line at the
   *       foot of the page credits the site, not a picture;
   *   <li>the line is caption-sized: five words or more (a shorter line above a picture is the
   *       article's subheading), at most 16, or 20 without a full stop (captions in many
   *       languages have none, sentences of news do); no quoted speech (a caption describes, a
   *       sentence that quotes reports; a name in quotation marks, «Les», is fine) and not a
   *       byline;
   *   <li>the line above it is a kept sentence of prose or a dateline (a short line with a year,
   *       a time or a numeric date): a caption stands between paragraphs or under the byline,
   *       while the line under a headline or a menu is the standfirst; or the two stand apart as
   *       a picture's block below the headline (see isFigure), where the credit may be longer
   *       (14 words: "NAME / AGENCY POUR « LE JOURNAL »") and a full caption 20 words.
   * </ul>
   */
  private static void settleCaptions(Document doc, LineFacts facts, Verdict[] v, Neighbour[] claim, int n) {
    for (int i = 1; i < n; i++) {
      if (claim[i] != Neighbour.CAPTION_ABOVE || !v[i].isDrop() || facts.words(i) > CREDIT_MAX_WORDS_FIGURE
          || carriesCaption(doc.line(i).text().strip())) {
        continue;
      }
      int c = i - 1;
      int above = prevNonBlank(facts, c - 1);
      if (facts.blank(c) || v[c].isDrop() || facts.quoted(c) || above < 0
          || !articleGoesOn(doc, facts, v, i + 1, n)) {
        continue;
      }
      boolean figure = isFigure(doc, facts, v, c, i, n);
      if ((v[above].isDrop() || facts.words(i) > CREDIT_MAX_WORDS) && !figure) {
        continue;
      }
      String t = doc.line(c).text().strip();
      if (facts.words(c) < CAPTION_MIN_WORDS
          || facts.words(c) > (endsLikeSentence(t) && !figure && !endsWithWhen(t) ? CAPTION_MAX_WORDS : CAPTION_MAX_WORDS_UNSTOPPED)
          || BYLINE.matcher(t).lookingAt() || Quotations.quotesSpeech(t) || t.endsWith(":")) {
        continue;
      }
      if (figure || isSentence(doc, facts, above)
          || isDateline(doc, facts, above)) {
        v[c] = Verdict.drop(v[i].ruleId(), "context: the caption above a picture credit");
      }
    }
  }

  /**
   * Whether a credit line carries its own caption before a bracketed credit ("Yersinia pestis
   * causes the plague (Image: GETTY)"): then the line above it is no caption of that picture. A
   * credit's own label ("Foto: Reto Amstutz (Keystone)") has a colon before the bracket.
   */
  private static boolean carriesCaption(String t) {
    int open = t.lastIndexOf('(');
    if (!t.endsWith(")") || open <= 0) {
      return false;
    }
    // "Foto: Reto Amstutz (Keystone)" is a credit whose agency is in brackets: a label, no caption
    String before = t.substring(0, open);
    return before.indexOf(':') < 0 && before.strip().split("\\s+").length >= 3;
  }

  // How far below a credit settleCaptions looks, in lines, past furniture for the article's text.
  private static final int ARTICLE_GOES_ON_REACH = 6;

  /** A count alone on its line ("3 418", "47", "12,480", "5118"; not a year). */
  private static final java.util.regex.Pattern BARE_COUNT = java.util.regex.Pattern.compile(
      "\\s*(?:\\d{1,3}(?:[ .,\\u00a0\\u202f]\\d{3})*|(?!(?:19|20)\\d\\d\\s*$)\\d{4,6})\\s*");

  /**
   * The article's view count stands alone right under its dateline or byline ("16 января 2025,
   * 09:15" / "3 418"; "Jonas Meyer – Jun 18, 2025 3:15 pm" / "47"), where the rules leave a bare
   * number to its neighbours and the neighbours are the article's. So a bare count goes when the
   * line right above it is a kept dateline or byline near the top: within a few lines of the first
   * line of prose.
   */
  private static void settleHeaderCount(Document doc, LineFacts facts, Verdict[] v, String id, int n) {
    int lead = firstProse(facts, v, n);
    for (int i = 1; i < n && i <= lead + BYLINE_AFTER_LEAD; i++) {
      if (facts.blank(i) || v[i].isDrop() || !BARE_COUNT.matcher(doc.line(i).text()).matches()) {
        continue;
      }
      int above = i - 1;
      if (!facts.blank(above) && v[above].isKeep() && isDatelineOrByline(doc, facts, above)) {
        v[i] = Verdict.drop(id, "context: a count under the dateline or byline");
      }
    }
  }

  /** An item of a row of tags: one to four words, the first capitalised ("Sécurité civile", "Navidad 2025"). */
  private static final String TAG_ITEM = "\\p{Lu}[\\p{L}\\p{N}'’.&-]*+(?: [\\p{L}\\p{N}'’.&-]++){0,3}";

  /** A row of three to eight tags split by wide spacing, a bullet or a comma ("Incendies  Var  Pompiers  Sécurité civile"). */
  private static final java.util.regex.Pattern TAG_ROW = java.util.regex.Pattern.compile(
      "\\W*" + TAG_ITEM + "(?:(?: {2,}|\\s*[·•|,]\\s*)" + TAG_ITEM + "){2,7}\\W*");

  // The most words a row of tags has.
  private static final int TAG_ROW_MAX_WORDS = 16;

  /**
   * A row of tags without a label ("Reyes Magos  Navidad 2025  Cortes de tráfico") sits after the
   * article's last sentence, among the furniture of the page's foot: a kept row of three to eight
   * capitalised items split by wide spacing or bullets goes when it lies below the last kept line
   * of prose and a line a rule removed stands right above or below it (blank lines aside). A list
   * inside the story stands above the story's last sentence.
   */
  private static void settleTagRows(Document doc, LineFacts facts, Verdict[] v, String id, int n) {
    int last = n - 1;
    while (last >= 0 && !(isProse(facts, v, last) && endsLikeSentence(doc.line(last).text().strip()))) {
      last--;
    }
    if (last < 0) {
      return;
    }
    for (int i = last + 1; i < n; i++) {
      if (facts.blank(i) || v[i].isDrop() || facts.words(i) > TAG_ROW_MAX_WORDS
          || !TAG_ROW.matcher(doc.line(i).text()).matches()) {
        continue;
      }
      int above = prevNonBlank(facts, i - 1);
      int below = nextNonBlank(facts, i + 1, n);
      if ((below < n && v[below].isDrop()) || (above >= 0 && v[above].isDrop())) {
        v[i] = Verdict.drop(id, "context: a row of tags at the page's foot");
      }
    }
  }

  /**
   * A credit that names no agency and carries no "Photo:": a photographer's bare name ("Nacho
   * Ruiz", "MARTA PADILLA"), a name for an outlet ("Tomás Reyes for The Continental Herald") or two
   * names split by a slash ("Plural / Sergi Navarro").
   */
  private static final java.util.regex.Pattern BARE_CREDIT = java.util.regex.Pattern.compile(
      BARE_NAME.pattern() + "(?:\\s+(?:for|pour|para|für|для)\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})?"
          + "|\\p{Lu}[\\p{L}'’.-]*(?:\\s+[\\p{L}'’.-]+){0,3}\\s+/\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+[\\p{L}'’.-]+){0,3}");

  /** Words of the first and second person: a caption describes, a letter's last lines address. */
  private static final java.util.regex.Pattern FIRST_PERSON = java.util.regex.Pattern.compile(
      "(?iu)(?<![\\p{L}'’])(?:i|we|you|my|our|your|me|us|ich|wir|du|mein\\w*|unser\\w*|euch|je|j'|nous|vous|mon|"
          + "notre|nos|votre|yo|nosotros|vosotros|mi|mis|nuestr\\w*|я|мы|вы|мой|моя|наш\\w*|ваш\\w*)(?![\\p{L}])");

  /**
   * A picture's caption and a credit no rule can name, because it is only a name: "Planta
   * fotovoltaica de la compañía en Puertollano (Ciudad Real)." / "Nacho Ruiz". Both go when the
   * pair stands between paragraphs of the article as a picture does:
   *
   * <ul>
   *   <li>the credit is a bare name of two or three capitalised words, a name "for" an outlet, or
   *       two names split by a slash, with a blank line under it and the article going on below
   *       (see articleGoesOn);
   *   <li>the line above it is caption-sized, as in settleCaptions, and written in the third
   *       person: a letter's last lines over its writer's name address the reader;
   *   <li>a kept sentence of prose stands above the caption: a name under a headline is a byline.
   * </ul>
   */
  private static void settleBareCredits(Document doc, LineFacts facts, Verdict[] v, String id, int n) {
    for (int i = 2; i + 1 < n; i++) {
      int c = i - 1;
      // cheap tests first: this runs over every line of every page
      if (facts.blank(i) || facts.blank(c) || !v[i].isKeep() || facts.words(i) > CREDIT_MAX_WORDS || facts.quoted(c)) {
        continue;
      }
      // the caption may be one a caption rule already took ("…, en una imagen de archivo.")
      boolean captionTaken = v[c].isDrop() && v[c].ruleId() != null && v[c].ruleId().endsWith("caption");
      if (!v[c].isKeep() && !captionTaken) {
        continue;
      }
      // a blank line under the name, or a name in capitals right above a kept sentence (a page
      // without blank lines): "ANTONIO RUEDA" / the next paragraph
      String name = doc.line(i).text().strip();
      boolean closed = facts.blank(i + 1)
          || (name.equals(name.toUpperCase(java.util.Locale.ROOT)) && v[i + 1].isKeep() && isSentence(doc, facts, i + 1));
      if (!closed || !BARE_CREDIT.matcher(name).matches()) {
        continue;
      }
      String t = doc.line(c).text().strip();
      int above = prevNonBlank(facts, c - 1);
      char last = t.charAt(t.length() - 1);
      if (facts.words(c) < CAPTION_MIN_WORDS
          || facts.words(c) > (endsLikeSentence(t) && !endsWithWhen(t) ? CAPTION_MAX_WORDS : CAPTION_MAX_WORDS_UNSTOPPED)
          || last == ':' || last == '?' || last == '!' || BYLINE.matcher(t).lookingAt()
          || Quotations.quotesSpeech(t) || FIRST_PERSON.matcher(t).find()
          || above < 0 || !v[above].isKeep() || !isSentence(doc, facts, above)
          || !articleGoesOn(doc, facts, v, i + 1, n)) {
        continue;
      }
      v[c] = Verdict.drop(id, "context: a caption above a photographer's name");
      v[i] = Verdict.drop(id, "context: a photographer's name under a caption");
    }
  }

  /**
   * Whether the article goes on below line {@code from}: the next non-blank line is kept, or the
   * rules dropped it and the first kept line within a few lines below is a sentence of prose (a
   * "Read more:" link or an ad label often sits between a picture and the next paragraph). At the
   * foot of the page only furniture and the odd kept label follow a copyright line.
   */
  private static boolean articleGoesOn(Document doc, LineFacts facts, Verdict[] v, int from, int n) {
    int below = nextNonBlank(facts, from, n);
    if (below >= n || v[below].isKeep()) {
      return below < n;
    }
    for (int j = below + 1; j < n && j <= below + ARTICLE_GOES_ON_REACH; j++) {
      if (!facts.blank(j) && v[j].isKeep()) {
        return isSentence(doc, facts, j);
      }
    }
    return false;
  }

  /**
   * Whether caption {@code c} and credit {@code i} stand apart as a picture's block, below the
   * headline: a blank line above the caption and below the credit, and a kept line of four words or
   * more above them. Such a block may follow the furniture under the byline (a share row, a view
   * count), where the line above is no sentence to go by.
   */
  private static boolean isFigure(Document doc, LineFacts facts, Verdict[] v, int c, int i, int n) {
    if (c == 0 || !facts.blank(c - 1)
        || (i + 1 < n && !facts.blank(i + 1) && !(v[i + 1].isKeep() && isSentence(doc, facts, i + 1)))) {
      return false;
    }
    for (int j = c - 1; j >= 0; j--) {
      if (v[j].isKeep() && facts.words(j) >= HEADLINE_MIN_WORDS) {
        return true;
      }
    }
    return false;
  }

  // The sizes settleTeasers goes by, in words: the label alone; the teaser.
  private static final int AD_LABEL_MAX_WORDS = 3;
  private static final int TEASER_MIN_WORDS = 8;
  private static final int TEASER_MAX_WORDS = 25;

  /**
   * An ad label on a line of its own ("Anzeige", "Contenu commandité") announces the line under
   * it: the advertiser's teaser ("Jetzt Fenster tauschen und bis zu 1.500 Euro Förderung sichern –
   * Fensterbau Hollerer, Gleisdorf"), whose words no rule can know. The line below a label can
   * also be the article going on after the ad slot, so the teaser goes only when all of this holds:
   *
   * <ul>
   *   <li>a {@code teaser-below} rule dropped the label, which is three words or fewer (a longer
   *       one, "The article continues below", points to the article);
   *   <li>the teaser is right under it, with no blank line between, and the rules kept it;
   *   <li>it is teaser-sized (8 to 25 words: a subheading is shorter), carries a figure (a price,
   *       a discount, a date of an offer) and does not end like a sentence: the article's
   *       paragraphs and quotations do;
   *   <li>a kept sentence of prose stands above the label: the article has begun. An ad slot above
   *       the headline has the headline under it, which is just as long and carries its figures.
   * </ul>
   */
  private static void settleTeasers(Document doc, LineFacts facts, Verdict[] v, Neighbour[] claim, int n) {
    int start = 0;
    while (start < n && !(v[start].isKeep() && isSentence(doc, facts, start))) {
      start++;
    }
    for (int i = start + 1; i + 1 < n; i++) {
      int t = i + 1;
      if (claim[i] != Neighbour.TEASER_BELOW || !v[i].isDrop() || facts.words(i) > AD_LABEL_MAX_WORDS
          || facts.blank(t) || v[t].isDrop() || facts.quoted(t)
          || facts.words(t) < TEASER_MIN_WORDS || facts.words(t) > TEASER_MAX_WORDS) {
        continue;
      }
      String text = doc.line(t).text().strip();
      if (endsLikeSentence(text) || !hasDigit(text)) {
        continue;
      }
      v[t] = Verdict.drop(v[i].ruleId(), "context: the teaser under an ad label");
    }
  }

  /** Whether line {@code i} is a sentence of prose: eight words or more, ending like a sentence. */
  private static boolean isSentence(Document doc, LineFacts facts, int i) {
    return facts.words(i) >= PROSE_WORDS && endsLikeSentence(doc.line(i).text().strip());
  }

  /** Whether a stripped, non-empty line ends with a sentence's mark (or a closing quote or bracket). */
  private static boolean endsLikeSentence(String t) {
    return TERMINAL.indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  private static boolean hasDigit(String t) {
    for (int k = 0; k < t.length(); k++) {
      if (Character.isDigit(t.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** True when line {@code i} is only a separator ("›", "/", "|"). */
  private static boolean isSeparator(Document doc, int i) {
    String t = doc.line(i).text().strip();
    if (t.isEmpty() || t.length() > 3) {
      return false;
    }
    for (int k = 0; k < t.length(); k++) {
      if (Character.isLetterOrDigit(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** For each line, whether it may belong to a menu (see {@link #settleMenus}). */
  private static boolean[] menuItems(Document doc, LineFacts facts, ContextRule rule, int n) {
    boolean[] item = new boolean[n];
    for (int i = 0; i < n; i++) {
      item[i] = isMenuItem(doc, facts, rule, i);
    }
    return item;
  }

  /** A line that may belong to a menu: a short label or a lone separator (see settleMenus). */
  private static boolean isMenuItem(Document doc, LineFacts facts, ContextRule rule, int i) {
    if (facts.blank(i) || facts.quoted(i) || facts.words(i) > rule.maxWords() || facts.chars(i) > rule.maxChars()) {
      return false;
    }
    if (isSeparator(doc, i)) {
      return true;
    }
    String t = doc.line(i).text().strip();
    boolean letters = false;
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (Character.isDigit(c) || c == '@') {
        return false; // dates, scores, prices; addresses and handles (a signature, a byline)
      }
      letters |= Character.isLetter(c);
    }
    return letters && !endsLikeSentence(t) && !BYLINE.matcher(t).lookingAt();
  }

  /** Whether line {@code i} is a dateline: at most twelve words, with a year, a time or a date. */
  private static boolean isDateline(Document doc, LineFacts facts, int i) {
    return facts.words(i) <= DATELINE_MAX_WORDS && DATE.matcher(doc.line(i).text()).find();
  }

  /** Whether line {@code i} is a dateline or a short byline ("Von Katrin Wehmeier"). */
  private static boolean isDatelineOrByline(Document doc, LineFacts facts, int i) {
    return facts.words(i) <= DATELINE_MAX_WORDS
        && (DATE.matcher(doc.line(i).text()).find() || BYLINE.matcher(doc.line(i).text().strip()).lookingAt());
  }

  /** A year, a time of day or a numeric date: what makes a short line a dateline. */
  private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile(
      "(?<!\\d)(?:(?:19|20)\\d\\d|\\d{1,2}[:.h]\\d\\d|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})(?!\\d)");

  /**
   * A byline that gives a name and nothing else ("Текст: Алексей Гурьянов", "By Anna Jones"), its
   * word capitalised as bylines are ("by Taboola" is an ad widget's).
   */
  private static final java.util.regex.Pattern NAMED_BYLINE = java.util.regex.Pattern.compile(
      "(?:By|BY|Words by|Text|Von|VON|Par|PAR|Por|POR|Автор|АВТОР|Текст|ТЕКСТ)[:\\s]\\s*\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}");

  /** The start of a byline, which sits in short lines near the top but is the article's own. */
  private static final java.util.regex.Pattern BYLINE =
      java.util.regex.Pattern.compile("(?iu)(?:by|words by|text|von|par|por|de|автор|текст|фото)[:\\s]");

  /**
   * The first kept sentence-length line: above it sit headlines, kickers, datelines and menus
   * ({@code n} when there is none).
   */
  private static int firstProse(LineFacts facts, Verdict[] v, int n) {
    int i = 0;
    while (i < n && !isProse(facts, v, i)) {
      i++;
    }
    return i;
  }

  private static boolean isProse(LineFacts facts, Verdict[] v, int i) {
    return v[i].isKeep() && facts.words(i) >= PROSE_WORDS;
  }

  private static boolean isShortCandidate(
      Document doc, LineFacts facts, Verdict[] v, String[] weak, ContextRule rule, int i) {
    if (facts.blank(i) || v[i].isDrop() || weak[i] != null) {
      return false;
    }
    if (facts.words(i) > rule.maxWords() || facts.chars(i) > rule.maxChars()) {
      return false;
    }
    String t = doc.line(i).text().strip();
    // dates, scores, prices: content far more often than furniture; and bylines ("Текст: Имя")
    return !endsLikeSentence(t) && !hasDigit(t) && !NAMED_BYLINE.matcher(t).matches();
  }

  /**
   * The maximal run of lines from {@code i} that are blank or satisfy {@code member} (blank lines
   * inside do not break it): its last non-blank line and how many non-blank lines it has.
   */
  private static int[] run(LineFacts facts, int i, int n, java.util.function.IntPredicate member) {
    int end = i;
    int count = 0;
    for (int k = i; k < n && (facts.blank(k) || member.test(k)); k++) {
      if (!facts.blank(k)) {
        end = k;
        count++;
      }
    }
    return new int[] {end, count};
  }

  private static int prevNonBlank(LineFacts facts, int i) {
    while (i >= 0 && facts.blank(i)) {
      i--;
    }
    return i;
  }

  private static int nextNonBlank(LineFacts facts, int i, int n) {
    while (i < n && facts.blank(i)) {
      i++;
    }
    return i;
  }

  /** The first kept line of four words or more (the headline, or the text), or {@code n}. */
  private static int firstLongKept(LineFacts facts, Verdict[] v, int n) {
    return nextLongKept(facts, v, 0, n);
  }

  /** The first kept non-blank line at or below {@code i}, or {@code n}. */
  private static int nextKept(LineFacts facts, Verdict[] v, int i, int n) {
    while (i < n && (facts.blank(i) || v[i].isDrop())) {
      i++;
    }
    return i;
  }
}
