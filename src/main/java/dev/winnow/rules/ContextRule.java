package dev.winnow.rules;

/**
 * Settles short lines that no other rule names by their neighbours, in the spirit of jusText's
 * context-sensitive pass: a run of short lines (at most {@code maxWords} words and {@code maxChars}
 * characters, no sentence-final punctuation) whose nearest longer neighbours on both sides are
 * dropped goes too; a short line between paragraphs of news stays. A document edge counts as a
 * dropped neighbour only for runs of at most {@code maxEdgeRun} lines.
 *
 * @param id          the rule id
 * @param description what it removes
 * @param maxWords    most words of a short line
 * @param maxChars    most characters of a short line
 * @param maxEdgeRun  longest run settled against a document edge
 * @param examples    embedded examples
 */
public record ContextRule(
    String id, String description, int maxWords, int maxChars, int maxEdgeRun, Examples examples)
    implements Rule {

  @Override
  public String kind() {
    return "context";
  }
}
