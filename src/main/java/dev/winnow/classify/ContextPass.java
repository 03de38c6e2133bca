package dev.winnow.classify;

import static dev.winnow.classify.PageLines.BARE_NAME;
import static dev.winnow.classify.PageLines.BYLINE;
import static dev.winnow.classify.PageLines.DATELINE_MAX_WORDS;
import static dev.winnow.classify.PageLines.HEADLINE_MIN_WORDS;
import static dev.winnow.classify.PageLines.NAMED_BYLINE;
import static dev.winnow.classify.PageLines.PROSE_WORDS;
import static dev.winnow.classify.PageLines.endsLikeSentence;
import static dev.winnow.classify.PageLines.firstLongKept;
import static dev.winnow.classify.PageLines.firstProse;
import static dev.winnow.classify.PageLines.hasDigit;
import static dev.winnow.classify.PageLines.isDateline;
import static dev.winnow.classify.PageLines.isDatelineOrByline;
import static dev.winnow.classify.PageLines.isProse;
import static dev.winnow.classify.PageLines.isSentence;
import static dev.winnow.classify.PageLines.isSeparator;
import static dev.winnow.classify.PageLines.nextLongKept;
import static dev.winnow.classify.PageLines.nextNonBlank;
import static dev.winnow.classify.PageLines.prevNonBlank;
import static dev.winnow.classify.PageLines.wordsWithLetters;

import dev.winnow.document.Document;
import dev.winnow.document.Verdict;
import dev.winnow.rules.ContextRule;

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
 *   <li>Kept whatever a rule said, before the other steps (see {@link ArticleGuards}): subheadings
 *       the paragraph below repeats, the head row and the rows of a table flattened with bars and
 *       its source line, an example set apart inside a sentence, what a sentence ending with a
 *       colon introduces, writers' names beside the dateline, a live entry's time, a letter's
 *       last line over its valediction and signature, the heading of the article's own list, a
 *       step of its numbered list between kept steps, an item of a list whose items open alike,
 *       counts that open the story's own list of figures, the heading of an item among headed
 *       items, a headline that opens with the call it quotes, a label of the story's kind over
 *       its headline ("Kommentar", "Tribune"), and a "label: value" line between two kept ones.
 *   <li>Captions and teasers, settled once before the repeated steps (see {@link Pictures}): the
 *       line directly above a dropped picture credit when it reads like a caption, and the line
 *       directly below a dropped ad label when it reads like an advertiser's teaser; the boxes
 *       around a rule's note ({@link Boxes}) and around a shop's button ({@link ShopBoxes}). Then
 *       readers' polls between the paragraphs ({@link Polls}), tables of contents whose items
 *       come back below as subheadings ({@link Contents}) and consent notices however worded,
 *       with their row of buttons ({@link ConsentBoxes}), and the pitch, heading and button of an
 *       appeal's or a newsletter's box around a line a rule of its kind names ({@link PitchBoxes}),
 *       and an episode's chapters from 00:00 with their heading ({@link Chapters}).
 *   <li>After the repeated steps: the view count under the dateline ({@link PageTop}); rows of
 *       tags at the page's foot and the author's box, a line further down that opens with the
 *       byline's name ({@link PageFoot}); captions over a photographer's bare name ({@link
 *       Pictures}); then the site's name and motto, and the labels above the headline ({@link
 *       PageTop}).
 * </ul>
 *
 * The other steps repeat until nothing changes, since each can enable the other.
 */
public final class ContextPass {
  private ContextPass() {}

  /**
   * Applies the pass in place.
   *
   * @param doc        the document
   * @param facts      its line facts
   * @param verdicts   the verdicts so far, updated in place
   * @param weakRuleId for each line, the qualified id of the weak rule that named it, or null
   * @param claims     the lines the line rules dropped, and the neighbours each rule claims
   * @param context    the context rule and its qualified id, or null when no pack has one
   * @param contextId  qualified id of {@code context}
   * @param reduced    whether earlier passes removed lines from the document
   */
  public static void apply(
      Document doc, LineFacts facts, Verdict[] verdicts, String[] weakRuleId, Claims claims,
      ContextRule context, String contextId, boolean reduced) {
    int n = facts.size();
    ArticleGuards.keepSubheadings(doc, facts, verdicts, claims, n);
    ArticleGuards.keepMarkdownSubheadings(doc, facts, verdicts, claims, n);
    ArticleGuards.keepTableHeads(doc, facts, verdicts, claims, n);
    ArticleGuards.keepTableSources(doc, facts, verdicts, claims, n);
    ArticleGuards.keepTableRows(doc, facts, verdicts, claims, n);
    ArticleGuards.keepForecastRows(doc, facts, verdicts, claims, weakRuleId, n);
    ArticleGuards.keepInsideSentence(doc, facts, verdicts, claims, n);
    ArticleGuards.keepIntroduced(doc, facts, verdicts, claims, weakRuleId, n);
    ArticleGuards.keepNamesBesideDateline(doc, facts, verdicts, claims, n);
    ArticleGuards.keepLabelledHeadline(doc, facts, verdicts, claims, n);
    ArticleGuards.keepKickerNamedBelow(doc, facts, verdicts, claims, n);
    ArticleGuards.keepGenreKicker(doc, facts, verdicts, claims, weakRuleId, n);
    ArticleGuards.keepFigureHeadings(doc, facts, verdicts, claims, n);
    ArticleGuards.keepStandfirst(doc, facts, verdicts, claims, n);
    ArticleGuards.keepEntryTimes(doc, facts, verdicts, n);
    ArticleGuards.keepEntryHeadings(doc, facts, verdicts, n);
    ArticleGuards.keepLetterClosing(doc, facts, verdicts, claims, n);
    ArticleGuards.keepListHeadings(doc, facts, verdicts, claims, n);
    ArticleGuards.keepNumberedSteps(doc, facts, verdicts, claims, n);
    ArticleGuards.keepParallelItems(doc, facts, verdicts, claims, n);
    ArticleGuards.keepFiguresList(doc, facts, verdicts, claims, n);
    ArticleGuards.keepHeadedItems(doc, facts, verdicts, claims, n);
    ArticleGuards.keepLabelledRuns(doc, facts, verdicts, claims, n);
    if (context != null) {
      Pictures.settleGalleryPositions(doc, facts, verdicts, contextId, n);
    }
    Pictures.settleCaptions(doc, facts, verdicts, claims, n);
    Pictures.settleLeadCaptions(doc, facts, verdicts, claims, n);
    Pictures.settleGalleryCaptions(doc, facts, verdicts, claims, n);
    Pictures.settlePictureCaptions(doc, facts, verdicts, claims, n);
    Pictures.settleTeasers(doc, facts, verdicts, claims, n);
    Boxes.settle(doc, facts, verdicts, claims, n);
    ShopBoxes.settle(doc, facts, verdicts, claims, n);
    if (context != null) {
      Polls.settle(doc, facts, verdicts, contextId, n);
      Contents.settle(doc, facts, verdicts, contextId, n);
      ConsentBoxes.settle(doc, facts, verdicts, contextId, n);
      ConsentBoxes.settleEdges(doc, facts, verdicts, contextId, n);
      QuestionRails.settle(doc, facts, verdicts, contextId, n);
      PitchBoxes.settle(doc, facts, verdicts, contextId, n);
      Chapters.settle(doc, facts, verdicts, contextId, n);
    }
    // which lines could belong to a menu depends on their text alone: worked out once, not per round
    boolean[] menuItem = context == null ? null : menuItems(doc, facts, context, n);
    // the lines' clock times depend on their text alone: counted once, not per round
    int clocks = clockTimes(doc, facts, n);
    boolean changed = true;
    int rounds = 0;
    while (changed && rounds++ < 8) {
      changed = settleWeak(doc, facts, verdicts, weakRuleId, reduced, clocks, n);
      if (context != null) {
        changed |= settleShort(doc, facts, verdicts, weakRuleId, context, contextId, n);
        changed |= settleMenus(doc, facts, verdicts, weakRuleId, menuItem, contextId, n);
      }
    }
    if (context != null) {
      PageTop.settleHeaderCount(doc, facts, verdicts, contextId, n);
      PageFoot.settleTagRows(doc, facts, verdicts, contextId, n);
      PageFoot.settleRailTail(doc, facts, verdicts, contextId, n);
      GluedRows.settle(doc, facts, verdicts, contextId, n);
      Pictures.settleBareCredits(doc, facts, verdicts, claims, contextId, n);
      PageFoot.settleAuthorBox(doc, facts, verdicts, contextId, n);
      PageFoot.settleBioUnderHeading(doc, facts, verdicts, weakRuleId, n);
      PageTop.settleMasthead(doc, facts, verdicts, contextId, n);
      PageTop.settleMotto(doc, facts, verdicts, contextId, n);
      PageTop.settleTopLabels(doc, facts, verdicts, contextId, n);
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
   * more (four of them with letters; not a site's name with its motto after a middle dot) above
   * the first kept sentence, right above a kept line of
   * prose (its lead or standfirst, perhaps after its dateline or byline; a site's name or a
   * breadcrumb stands above a headline instead, and a motto may stand above it). A live blog's "EN VIVO |
   * Paro de transportadores …" is its headline, where the same shape further down links to
   * other live pages.
   */
  private static int weakHeadline(Document doc, LineFacts facts, Verdict[] v, String[] weak, int n) {
    // the kept lines of four words or more above the first sentence: a motto may come first
    // a live headline may end with a score in brackets, "(27-19)", and still be no sentence
    for (int h = firstLongKept(facts, v, n); h < n && (!isSentence(doc, facts, h)
        || (weak[h] != null && LIVE_HEADLINE.matcher(doc.line(h).text()).lookingAt()));
        h = nextLongKept(facts, v, h + 1, n)) {
      if (weak[h] == null || wordsWithLetters(doc.line(h).text()) < HEADLINE_MIN_WORDS
          || (weak[h].endsWith("/masthead") && doc.line(h).text().contains(" · "))) {
        continue; // a site's name with its motto after a middle dot ("… Broadcasting · Your region, your voice")
      }
      int lead = nextNonBlank(facts, h + 1, n);
      // a dateline or a byline may stand between them ("Actualizado 23.10.2025 | 12:47 h")
      while (lead < n && v[lead].isKeep() && weak[lead] == null && isDatelineOrByline(doc, facts, lead)) {
        lead = nextNonBlank(facts, lead + 1, n);
      }
      // its lead, or a standfirst (which may end without a full stop) under a headline of eight
      // words or more: a site's name over a line of prose in a later pass is shorter
      boolean prose = isLeadOf(doc, facts, v, weak, h, lead, n);
      if (!prose && lead < n && !isSentence(doc, facts, lead) && LIVE_HEADLINE.matcher(doc.line(h).text()).lookingAt()) {
        // a live blog's first entry, further down, when no standfirst stands under its headline
        lead = liveLead(doc, facts, v, weak, h, lead, n);
        prose = isLeadOf(doc, facts, v, weak, h, lead, n);
      }
      if (!prose && lead < n && (v[lead].isDrop() || weak[lead] != null)) {
        continue; // a weak line inside the furniture above the headline (a site's name over its motto)
      }
      return prose ? h : -1;
    }
    return -1;
  }

  /** Whether kept line {@code lead} is the lead or the standfirst of headline {@code h} (see weakHeadline). */
  private static boolean isLeadOf(Document doc, LineFacts facts, Verdict[] v, String[] weak, int h, int lead, int n) {
    return lead < n && v[lead].isKeep() && weak[lead] == null
        && (isSentence(doc, facts, lead) || (facts.words(lead) >= PROSE_WORDS && facts.words(h) >= PROSE_WORDS));
  }

  /**
   * A live blog's or a breaking story's headline: its marker, then a bar or a colon ("EN VIVO |
   * Paro camionero: …", "EILMELDUNG: Talbrücke … gesperrt").
   */
  private static final java.util.regex.Pattern LIVE_HEADLINE = java.util.regex.Pattern.compile(
      "[^\\p{L}\\p{N}_]*(?:LIVE|Live|EN VIVO|En vivo|EN DIRECTO|EN DIRECT|En direct|DIRECTO|Directo|LIVETICKER|Liveticker|"
          + "ПРЯМОЙ ЭФИР|Прямой эфир|ОНЛАЙН|Онлайн|BREAKING|Breaking|EILMELDUNG|Eilmeldung|FLASH|Flash|URGENT|"
          + "ÚLTIMA HORA|Última hora|ÚLTIMO MOMENTO|МОЛНИЯ|СРОЧНО|Срочно)\\s*[|:–—-]\\s*\\S");

  /** A short line that ends with a writer's name ("Crónica en directo de Álvaro Peñalver"). */
  private static final java.util.regex.Pattern NAME_AT_END = java.util.regex.Pattern.compile(
      "(?:^|\\s)(?:de|del|by|von|par|por|от)\\s+" + BARE_NAME.pattern() + "\\s*$");

  // How far below a live blog's headline liveLead looks for the first entry, in lines.
  private static final int LIVE_LEAD_REACH = 14;

  /**
   * The first sentence under a live blog's headline, or {@code from} when there is none within
   * reach: a live page puts its controls ("Actualizar", "Auto-update", removed or weak), its writers, its update
   * stamp, the first entry's time or heading ("12:40 p. m.", "Final") and a match's score line
   * between the two. It counts only under an update stamp: a link to another live page has none.
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
      boolean stamp = isDateline(doc, facts, j) || ArticleGuards.isEntryTime(doc, facts, j);
      stamped |= stamp;
      if (!stamp && v[j].isKeep() && weak[j] == null && isSentence(doc, facts, j)) {
        return stamped ? j : from;
      }
      // the first entry's heading right under its time ("13:40" / "La UME se incorpora …", "90+4'" /
      // "¡Final del partido!")
      boolean heading = afterStamp && v[j].isKeep() && facts.words(j) <= DATELINE_MAX_WORDS;
      // a match's score line under the controls ("Atlético Guadalmar 2 - 1 Real Sporting Baztán")
      boolean score = facts.words(j) <= DATELINE_MAX_WORDS && PageLines.hasDigit(t) && !PageLines.endsLikeSentence(t);
      if (!(stamp || heading || score || v[j].isDrop() || weak[j] != null || wordsWithLetters(t) <= 4
          || (facts.words(j) <= 7 && NAME_AT_END.matcher(t).find()))) {
        return from;
      }
      afterStamp = stamp;
    }
    return from;
  }

  /**
   * A section vocabulary's words that name the site's interface, its news in general or a genre,
   * no topic of a story ("Search", "Home", "Latest", "Video", "Noticias", "Opinion"): above a
   * headline they are the site's controls and sections.
   */
  private static final java.util.regex.Pattern INTERFACE_WORD = java.util.regex.Pattern.compile(
      "(?iu)[^\\p{L}\\p{N}_]*(?:home|search|menu|start(?:seite)?|inicio|portada|accueil|une|à la une|главная|поиск|buscar|suche|"
          + "recherche|rechercher|log ?in|sign ?in|anmelden|connexion|se connecter|войти|entrar|iniciar sesión|subscribe|"
          + "abonnieren|s'abonner|suscríbete|подписаться|newsletters?|podcasts?|videos?|vidéos?|vídeos?|видео|"
          + "latest|últimas?(?: noticias)?|dernières?(?: infos)?|neueste|новости|"
          + "news|nachrichten|noticias|actualités?|info|infos|e-?paper|most read|top stories|watch live|events|"
          + "opinion|opinión|opinions|meinung|мнения|мнение|телепрограмма|tv|programme tv)[^\\p{L}\\p{N}_]*");

  /**
   * Whether weak line {@code i}, a section's name alone on its line, is the story's kicker: right
   * above the headline (the kept line {@code right} directly under it, four words or more, with a
   * kept line under it in turn: a standfirst, a byline or the lead; a weak line only when it is
   * the page's headline, a live blog's "EN VIVO | …") and above the article's first
   * sentence. A section's name stands so between the menus and the headline ("Vivienda",
   * "Medio ambiente", "Santé"), where the weak rule would take it for one more menu item. The
   * labelling policy of the blind sets since {@code eval/holdout16} names such a line the
   * story's topic kicker, content; when the change was made, it kept 33 lines those sets call
   * content in 23 of them and 17 lines of furniture in 11 older sets, which named section words
   * above the headline the site's labels. A deleted line of the story costs more than a kept
   * label. The site's interface and genre words (see INTERFACE_WORD) are no topic.
   */
  private static boolean isSectionKicker(Document doc, LineFacts facts, Verdict[] v, String[] weak, int i, int right, int headline, int n) {
    if (!(weak[i].endsWith("/section-word") || weak[i].endsWith(LIVE_BADGE)) || right >= n || !PageLines.standsUnder(facts, i, right) || v[right].isDrop()
        || INTERFACE_WORD.matcher(doc.line(i).text()).matches()
        || (weak[right] != null && right != headline) || facts.words(right) < HEADLINE_MIN_WORDS) {
      return false;
    }
    int below = nextNonBlank(facts, right + 1, n);
    if (below >= n || v[below].isDrop()) {
      return false;
    }
    for (int j = 0; j < i; j++) {
      // an edition line that ends with a section's name in guillemets ("Édition du samedi 5
      // octobre 2024 · Cahier « Escapades »") is no sentence of the article above a kicker
      if (v[j].isKeep() && isSentence(doc, facts, j) && PageLines.STOPPED.matcher(doc.line(j).text()).find()) {
        return false;
      }
    }
    return true;
  }

  /** A list item's bullet at a line's start ("• Business", "- Sport", "* News"). */
  private static final java.util.regex.Pattern BULLETED = java.util.regex.Pattern.compile("\\s*[•*+\\-–·▪►]\\s+\\S.*");

  /**
   * Whether line {@code k} stands apart from the menu above it: a blank line between, and no
   * bullet on {@code k} where the menu's items may have one ("• Obituaries" / "• E-Edition" / "" /
   * "Weather" / headline; "Главное" … "Происшествия" / "" / "Экономика" / headline). The story's
   * kicker, not the menu's last item, which stands with the others. When the change was made it
   * gave back four kickers of the twenty-fourth session's blind sets and changed no other line.
   */
  private static boolean apartFromMenu(Document doc, LineFacts facts, int k) {
    int above = prevNonBlank(facts, k - 1);
    return above >= 0 && above < k - 1 && !BULLETED.matcher(doc.line(k).text()).matches();
  }

  /** Whether a section word (a weak rule's) stands in the run from {@code start} to before {@code end}. */
  private static boolean sectionWordAbove(LineFacts facts, String[] weak, int start, int end) {
    for (int j = start; j < end; j++) {
      if (!facts.blank(j) && weak[j] != null && weak[j].endsWith("/section-word")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether weak line {@code i}, a time of day with a two-digit hour ("01:48"), is a live entry's
   * stamp: its heading right under it, kept, and another such time on the page. A player's
   * running time has the same shape, and a rule for it is weak; next to a removed share row it
   * would go, though the entries below keep theirs. Under a player's control ("Als Nächstes",
   * "A continuación") the times are its playlist's running times, unless the heading under the
   * time heads a paragraph, as an entry's does and a playlist's title (over the next clip's
   * time) does not; then a blank line may stand between the time and its heading too.
   */
  private static boolean isEntryStamp(Document doc, LineFacts facts, Verdict[] v, String[] weak, int i, int left, int right, int clocks) {
    if (clocks < 2 || right >= v.length || v[right].isDrop() || weak[right] != null || !ArticleGuards.isClockTime(doc, facts, i)) {
      return false;
    }
    boolean underControls = left >= 0 && MEDIA_CONTROLS.equals(v[left].ruleId());
    return right == i + 1 && !underControls || ArticleGuards.headsEntryText(doc, facts, v, right);
  }

  /**
   * Whether weak line {@code i}, a relative time ("3 hours ago") that a comment's rule names,
   * stands right under the page's headline, above the article's first sentence: the page's
   * dateline, not a comment's time.
   */
  private static boolean isStampUnderHeadline(Document doc, LineFacts facts, Verdict[] v, String[] weak, int i, int left) {
    return weak[i].endsWith("/comment-time") && left == i - 1 && v[left].isKeep() && weak[left] == null
        && facts.words(left) >= HEADLINE_MIN_WORDS && !endsLikeSentence(doc.line(left).text().strip())
        && i < firstStopped(doc, facts, v, v.length);
  }

  /**
   * Whether a line is a writer's name as a byline writes it: two or three capitalised words with
   * single spaces, not in capitals (a photographer's credit, "ALBERTO GÜEMES") and not a row of
   * buttons with wide gaps ("CC   Settings   Fullscreen").
   */
  private static boolean isWriterName(String t) {
    return BARE_NAME.matcher(t).matches() && !t.contains("  ") && !t.equals(t.toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * The first kept line of prose that ends with a sentence's stop ({@code n} when there is none;
   * see PageLines.STOPPED): above it stand the headline, the standfirst, the byline and the dateline.
   */
  private static int firstStopped(Document doc, LineFacts facts, Verdict[] v, int n) {
    int k = 0;
    while (k < n && !(isProse(facts, v, k) && PageLines.STOPPED.matcher(doc.line(k).text()).find())) {
      k++;
    }
    return k;
  }

  /** The rule of players' and galleries' controls ("Als Nächstes", "Weiter", "Vollbild"). */
  private static final String MEDIA_CONTROLS = "core/media-controls";

  /** The rule of a live page's badge ("LIVE", "DIRECTO"), which right over the headline is its kicker (see isSectionKicker). */
  private static final String LIVE_BADGE = "/live-badge";

  /** How many lines hold a clock-shaped time, counted up to two (see isEntryStamp). */
  private static int clockTimes(Document doc, LineFacts facts, int n) {
    int clocks = 0;
    for (int k = 0; k < n && clocks < 2; k++) {
      if (ArticleGuards.isClockTime(doc, facts, k)) {
        clocks++;
      }
    }
    return clocks;
  }

  private static boolean settleWeak(
      Document doc, LineFacts facts, Verdict[] v, String[] weak, boolean reduced, int clocks, int n) {
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
      // maximal run of weak, still-kept lines (blank lines inside do not break it), up to the
      // headline: a kicker above it ("Fútbol") is no reason to take the headline too
      int start = i;
      int[] run = run(facts, i, n, k -> weak[k] != null && v[k].isKeep() && k != headline);
      int end = run[0];
      int count = run[1];
      int left = prevNonBlank(facts, start - 1);
      int right = nextNonBlank(facts, end + 1, n);
      boolean leftDrop = left < 0 ? furnished : v[left].isDrop();
      boolean rightDrop = right >= n || v[right].isDrop();
      if ((count >= 2 || leftDrop || rightDrop) && !(count == 1 && (isSectionKicker(doc, facts, v, weak, start, right, headline, n)
          || isEntryStamp(doc, facts, v, weak, start, left, right, clocks) || isStampUnderHeadline(doc, facts, v, weak, start, left)))) {
        String why = count >= 2 ? "context: run of " + count + " boilerplate-like lines"
            : "context: next to removed text or a document edge";
        // the run's last line may be the story's kicker right above the headline, under the
        // site's motto ("Independent journalism from the North" / "Medio ambiente" / headline);
        // under other section words it is the last item of a menu ("France" … "Météo"), unless a
        // blank line sets it apart from them
        int kicker = count >= 2 && isSectionKicker(doc, facts, v, weak, end, right, headline, n)
            && (!sectionWordAbove(facts, weak, start, end) || apartFromMenu(doc, facts, end)) ? end : -1;
        for (int j = start; j <= end; j++) {
          if (!facts.blank(j) && weak[j] != null && j != kicker) {
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
      // a writer's name over a role line, above the article's first sentence, is the byline,
      // between the share buttons and the picture's credit too ("Gwen Pryce" / "Health
      // correspondent, ABN Wales"); a name-like label alone ("World Home") is a menu's
      boolean writer = count == 2 && isWriterName(doc.line(start).text().strip())
          && PageFoot.NEWSROOM.matcher(doc.line(end).text()).find() && start < firstStopped(doc, facts, v, n);
      if (leftDrop && rightDrop && !writer) {
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
}
