package dev.winnow.rules;

/**
 * Drops a marker line and everything after it, such as a comment section or a "More from ..." tail.
 * It fires only when the marker lies in the last part of the document and enough text precedes it,
 * so an early marker never empties an article. Whatever the settings, a cut never removes more
 * prose (lines of twelve words or more) than half of what precedes the marker: when the article
 * follows the page's furniture, a "Comments" link in a menu must not take it.
 *
 * @param id             the rule id
 * @param description    what it removes
 * @param marker         pattern of the marker line
 * @param minPosition    the marker's rank among non-blank lines, as a share of them, is at least this
 * @param minCharsBefore at least this many characters of kept text precede the marker
 * @param maxLinesAfter  at most this many non-blank lines follow the marker (0: no limit)
 * @param gates          size conditions on the marker line
 * @param examples       embedded examples
 */
public record CutRule(
    String id,
    String description,
    Regex marker,
    double minPosition,
    int minCharsBefore,
    int maxLinesAfter,
    Gates gates,
    Examples examples)
    implements Rule {

  @Override
  public String kind() {
    return "cut";
  }
}
