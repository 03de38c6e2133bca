package dev.winnow.classify;

import static dev.winnow.classify.PageLines.nextNonBlank;

import dev.winnow.document.Document;
import dev.winnow.document.Verdict;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A page's table of contents: a label ("On this page", "Inhaltsverzeichnis", "Содержание",
 * "Índice de contenidos") over links to the article's own subheadings, which the page lists before
 * the article reaches them. What makes the list furniture is that each of its items comes back
 * further down as a subheading, word for word; a list of the article's own (steps, ingredients, the
 * points of a summary) is not written out twice.
 */
final class Contents {
  private Contents() {}

  /** A contents label on a line of its own. */
  private static final Pattern LABEL = Pattern.compile(
      "(?iu)^[^\\p{L}\\p{N}_]*(?:on this page|in this (?:article|guide|story|explainer)|(?:table of )?contents|jump to(?: section)?|"
          + "inhaltsverzeichnis|inhalt|auf dieser seite|in diesem (?:artikel|ratgeber|beitrag)|sommaire|au sommaire|"
          + "table des matières|dans cet (?:article|guide)|sur cette page|índice(?: de contenidos?)?|tabla de contenidos?|"
          + "contenidos?|en este (?:artículo|reportaje)|en esta (?:guía|página)|содержание|оглавление|"
          + "в (?:этой )?статье|в этом материале|на этой странице)[^\\p{L}\\p{N}_]*$");

  /** The fewest items of a table of contents. */
  private static final int MIN_ITEMS = 2;

  /** The most words of one item: a subheading's. */
  private static final int ITEM_MAX_WORDS = 12;

  /** A bullet, a number or a dash in front of an item ("1.", "•", "–"). */
  private static final Pattern LEAD = Pattern.compile("^[\\s\\p{Punct}•·–—▸›»\\d]*");

  /** Drops each table of contents: its label and the items that come back below as subheadings. */
  static void settle(Document doc, LineFacts facts, Verdict[] v, String contextId, int n) {
    String[] keys = null; // each line's key, worked out once a page shows a label
    for (int l = 0; l < n; l++) {
      if (facts.blank(l) || v[l].isDrop() || facts.words(l) > 5 || !LABEL.matcher(doc.line(l).text()).find()) {
        continue;
      }
      if (keys == null) {
        keys = new String[n];
        for (int i = 0; i < n; i++) {
          keys[i] = facts.blank(i) ? "" : key(doc, i);
        }
      }
      int first = nextNonBlank(facts, l + 1, n);
      int end = first; // the items run line by line, without blank lines
      while (end < n && !facts.blank(end) && facts.words(end) <= ITEM_MAX_WORDS && comesBack(keys, end, n)) {
        end++;
      }
      if (end - first < MIN_ITEMS) {
        continue;
      }
      v[l] = Verdict.drop(contextId, "context: the label of a table of contents");
      for (int i = first; i < end; i++) {
        v[i] = Verdict.drop(contextId, "context: a table of contents, its items repeated below as subheadings");
      }
      l = end;
    }
  }

  /** An item as compared: without bullets or numbers in front, trailing signs and case. */
  private static String key(Document doc, int i) {
    String t = LEAD.matcher(doc.line(i).text().strip()).replaceFirst("");
    int e = t.length();
    while (e > 0 && !Character.isLetterOrDigit(t.charAt(e - 1))) {
      e--;
    }
    return t.substring(0, e).toLowerCase(Locale.ROOT);
  }

  /** Whether a line below item {@code i} has its key: the subheading it links to. */
  private static boolean comesBack(String[] keys, int i, int n) {
    String key = keys[i];
    if (key.length() < 3) {
      return false;
    }
    for (int j = i + 1; j < n; j++) {
      if (key.equals(keys[j])) {
        return true;
      }
    }
    return false;
  }
}
