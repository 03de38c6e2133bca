package dev.winnow.classify;

import dev.winnow.document.Document;
import dev.winnow.document.Verdict;
import dev.winnow.rules.LineRule.Neighbour;
import java.util.regex.Pattern;

/**
 * A shop's box in a review or a deals page: the product's name, the site's score, the best price
 * and the shop's buttons, often with a short list of specifications, set as one run of short lines
 * (see {@link Neighbour#SHOP_BOX}). A rule can name the buttons ("Compare prices", "Zum
 * Preisvergleich", "Купить в «…»"), but not the product's name or its specifications, whose words
 * are the article's; the run around a button is the box when its head, above the button, holds the
 * site's score ("8/10") or a price.
 *
 * <p>The run is read without blank lines, and each of its lines is short and does not end like a
 * sentence: a caption above the box ends with a full stop, a paragraph under it is long, and a
 * reporter's own list of prices ("Kitbox: £329") or specifications, with no shop's button, stays.
 * A dateline or a byline ends the run upwards, so that a page without blank lines keeps its head.
 */
final class ShopBoxes {
  private ShopBoxes() {}

  /** The most words of a line of the box (a specification, a price line, the product's name). */
  private static final int LINE_MAX_WORDS = 10;

  /** The most words of a price line of the box, which names the product, its size and the shop. */
  private static final int PRICE_LINE_MAX_WORDS = 18;

  /** The most lines of the box above the button (a credit, the name, the score, the price). */
  private static final int MAX_ABOVE = 4;

  /** The most lines of the box under the button (more buttons, a heading and the specifications). */
  private static final int MAX_BELOW = 14;

  /** A site's score out of a scale, or a German school grade in brackets. */
  private static final Pattern SCORE = Pattern.compile(
      "(?iu)\\d(?:[.,]\\d)?\\s?(?:/|von|sur|de|из|out of|sobre)\\s?\\d{1,3}(?![\\p{L}\\p{N}_])|\\d,\\d\\s?\\((?:sehr gut|gut|befriedigend|ausreichend)\\)"
          + "|(?<![\\p{L}\\p{N}_])(?:score|rating|note|nota|notre note|nuestra nota|testnote|testurteil|bewertung|оценка)\\s*:?\\s*\\d");

  /** A price with its currency, either side of the figure. */
  private static final Pattern PRICE = Pattern.compile(
      "(?iu)[$€£]\\s?\\d|\\d(?:[\\d  .,]*\\d)?\\s?(?:€|£|\\$|₽|руб(?![\\p{L}\\p{N}_])|euros?(?![\\p{L}\\p{N}_])|eur(?![\\p{L}\\p{N}_]))");

  /** Drops the run of short lines around each shop's button a rule dropped, when it is a box. */
  static void settle(Document doc, LineFacts facts, Verdict[] v, Claims claims, int n) {
    int last = -1; // the end of the last box, whose other buttons need no second look
    for (int i = 0; i < n; i++) {
      if (i <= last || !v[i].isDrop() || !claims.claims(i, Neighbour.SHOP_BOX)) {
        continue;
      }
      int top = top(doc, facts, v, i);
      int bottom = bottom(doc, facts, v, i, n);
      if (!hasHead(doc, v, top, i)) {
        continue;
      }
      String id = v[i].ruleId();
      for (int k = top; k <= bottom; k++) {
        if (v[k].isKeep()) {
          v[k] = Verdict.drop(id, "context: the shop's box around a button the rule names");
        }
      }
      last = bottom;
    }
  }

  /** The box's first line: the run above {@code i} up to a blank, a dropped line, a sentence or a byline. */
  private static int top(Document doc, LineFacts facts, Verdict[] v, int i) {
    int j = i;
    while (j - 1 >= 0 && inBox(doc, facts, v, j - 1) && !headOfPage(doc, facts, j - 1)) {
      if (i - (j - 1) > MAX_ABOVE) {
        return i; // a run that goes on above the limit is no box's head (a page of short lines)
      }
      j--;
    }
    return j;
  }

  /**
   * Whether line {@code i} is a dateline or a byline, which ends the box upwards; a price line is
   * neither, though its figure reads like a time ("£64.99 at Kitchenhaus").
   */
  private static boolean headOfPage(Document doc, LineFacts facts, int i) {
    return PageLines.isDatelineOrByline(doc, facts, i) && !PRICE.matcher(doc.line(i).text()).find();
  }

  /**
   * The box's last line: the run under {@code i} down to a blank, a sentence, a long line or a
   * numbered subheading of the article; other lines a rule dropped (a second button) belong to it.
   */
  private static int bottom(Document doc, LineFacts facts, Verdict[] v, int i, int n) {
    int j = i;
    while (j + 1 < n && !facts.blank(j + 1) && (inBox(doc, facts, v, j + 1) || v[j + 1].isDrop())) {
      if (v[j + 1].isKeep() && ArticleGuards.isNumberedHeading(doc, facts, j + 1)) {
        return j; // the article's next numbered subheading ("5. Высота корпуса") ends the box
      }
      if ((j + 1) - i > MAX_BELOW) {
        return i;
      }
      j++;
    }
    return j;
  }

  /**
   * A kept line of the box's size that does not end like a sentence; a price line may be longer,
   * as it names the product, its size and the shop ("Mélange de graines de fleurs sauvages
   * locales, 500 g – 18,90 € chez Graines & Sillons").
   */
  private static boolean inBox(Document doc, LineFacts facts, Verdict[] v, int i) {
    if (facts.blank(i) || !v[i].isKeep() || facts.words(i) > PRICE_LINE_MAX_WORDS) {
      return false;
    }
    String t = doc.line(i).text();
    return !PageLines.STOPPED.matcher(t).find() && (facts.words(i) <= LINE_MAX_WORDS || PRICE.matcher(t).find());
  }

  /**
   * Whether the box has its head above button {@code i}: a kept score or price between {@code top}
   * and the button. A shop's list under a heading the rules took ("Today's best deals", "£279 at
   * Amazon", "View Deal") has none, and the reviewer's own specifications under it stay.
   */
  private static boolean hasHead(Document doc, Verdict[] v, int top, int i) {
    for (int k = top; k < i; k++) {
      String t = doc.line(k).text();
      if (v[k].isKeep() && (SCORE.matcher(t).find() || PRICE.matcher(t).find())) {
        return true;
      }
    }
    return false;
  }
}
