package dev.winnow.rules;

/**
 * Drops a run of lines from a start marker to an end marker, both included, such as a donation
 * appeal from "A Message from The Moscow Times:" to "Remind me later.". Without an end marker, or
 * when {@code endRequired} is false and the end is not found, the block runs to the end of the
 * document. A block longer than {@code maxLines} is never dropped: the guard that keeps a marker
 * quoted in an article from taking the article with it.
 *
 * @param id          the rule id
 * @param description what it removes
 * @param start       pattern of the first line (found in the line)
 * @param end         pattern of the last line, or null
 * @param endRequired when true, no end marker within {@code maxLines} means no drop
 * @param maxLines    the largest block the rule may drop, in non-blank lines
 * @param endMaxWords when set (above 0), a line of more words before the end marker means this is
 *                    no block, so that "Read more:" can take the short linked headline after it but
 *                    never a paragraph. Without an end marker it makes a list block: the start line
 *                    and the lines right after it that have at most this many words and do not end
 *                    like a sentence (".", "!", ":", ";"), such as "More on this topic" and its
 *                    headlines; the first other line ends the list and stays
 * @param unbroken    when true, the end marker must come before any blank line: a player's title
 *                    and its running time stand together, while a time after a blank line is a live
 *                    entry's clock
 * @param gates       conditions on the start line
 * @param examples    embedded examples
 */
public record BlockRule(
    String id,
    String description,
    Regex start,
    Regex end,
    boolean endRequired,
    int maxLines,
    int endMaxWords,
    boolean unbroken,
    Gates gates,
    Examples examples)
    implements Rule {

  @Override
  public String kind() {
    return "block";
  }
}
