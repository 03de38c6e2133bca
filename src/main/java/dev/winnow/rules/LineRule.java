package dev.winnow.rules;

import java.util.regex.Matcher;

/**
 * Drops single lines that match a pattern, subject to {@link Gates}.
 *
 * <p>A {@code weak} rule names lines that are boilerplate only in boilerplate surroundings ("Close",
 * "Share", "Support us"): the context pass drops them when a neighbour is dropped or they stand at
 * an edge of the document, and keeps them between paragraphs of news.
 *
 * @param id          the rule id
 * @param description what it removes
 * @param pattern     the pattern (all alternatives), matched with {@code find()} on the line
 * @param alternatives the alternatives of a {@code line:} or {@code literal:} list, one by one, so
 *                    the prefilter can try only those whose literals occur in a line
 * @param unless      optional pattern that vetoes the rule when found in the line
 * @param minHits     the pattern must be found at least this many times (vocabulary density)
 * @param gates       size and position conditions
 * @param weak        decided by context, see above
 * @param neighbours  the lines next to a dropped one that the rule claims as part of the same
 *                    furniture, for the context pass to settle (see {@link Neighbour}); often none
 * @param placeholder the rule names what a page shows in place of content it did not save (an
 *                    embedded post, chart or video waiting for consent): never content that a
 *                    sentence of the article introduces, though it stands right under one
 * @param examples    embedded examples
 */
public record LineRule(
    String id,
    String description,
    Regex pattern,
    java.util.List<Regex> alternatives,
    Regex unless,
    int minHits,
    Gates gates,
    boolean weak,
    java.util.Set<Neighbour> neighbours,
    boolean placeholder,
    Examples examples)
    implements Rule {

  /**
   * The neighbour a rule claims: the lines that belong to what it names but that no pattern can
   * name, because their words are the article's or an advertiser's. The context pass decides on
   * them by their size and place ({@code ContextPass}).
   */
  public enum Neighbour {
    /**
     * {@code caption-above: true}: the rule names picture credits, and the caption-sized line
     * directly above a dropped credit (no blank line between) is the picture's caption.
     */
    CAPTION_ABOVE,
    /**
     * {@code teaser-below: true}: the rule names ad labels ("Anzeige", "Contenu commandité"), and
     * the teaser-sized line directly below a dropped label is the advertisement it announces.
     */
    TEASER_BELOW,
    /**
     * {@code credit-below: true}: the rule names pictures' captions ("…, en una imagen de
     * archivo."), and a photographer's bare name directly below a dropped caption is its credit,
     * which no pattern can name.
     */
    CREDIT_BELOW,
    /**
     * {@code caption-below: true}: the rule names pictures themselves (a Markdown image line), and
     * the caption-sized line directly below a dropped picture, with the bare credit under it, is
     * the picture's (see {@code Pictures.settlePictureCaptions}).
     */
    CAPTION_BELOW,
    /**
     * {@code box-around: true}: the rule names the note of one of the site's boxes (an AI
     * summary's disclaimer), and the box's heading and its list or short summary directly above
     * or below the note are the box's (see {@code Boxes}).
     */
    BOX_AROUND,
    /**
     * {@code shop-box: true}: the rule names a shop's button or best price in a review ("Compare
     * prices", "Купить в «…»"), and the run of short lines around it (the product's name, the
     * score, the specifications) is the shop's box when a score or a price heads it (see {@code
     * ShopBoxes}).
     */
    SHOP_BOX;

    /** The key a pack file sets to claim this neighbour ("caption-above", "shop-box"). */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  @Override
  public String kind() {
    return "line";
  }

  public LineRule {
    alternatives = java.util.List.copyOf(alternatives);
    neighbours = neighbours.isEmpty() ? java.util.Set.of()
        : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(neighbours));
  }

  /** True when the pattern (and not the veto) matches the text often enough. Gates are not checked. */
  public boolean matches(String text) {
    Matcher m = pattern.matcher(text);
    int hits = 0;
    int need = Math.max(1, minHits);
    while (hits < need && m.find()) {
      hits++;
    }
    if (hits < need) {
      return false;
    }
    return unless == null || !unless.matcher(text).find();
  }

  /** True when the veto pattern, if any, is absent from the text. */
  public boolean notVetoed(CharSequence text) {
    return unless == null || !unless.matcher(text).find();
  }
}
