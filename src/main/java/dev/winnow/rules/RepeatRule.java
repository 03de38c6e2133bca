package dev.winnow.rules;

/**
 * Drops the second and later copies of a line inside one document (the first copy stays). Lines are
 * compared exactly, leading and trailing whitespace aside; lines shorter than {@code minChars} are never touched, since
 * short lines ("Yes.", a list marker) repeat legitimately.
 *
 * @param id          the rule id
 * @param description what it removes
 * @param minChars    shortest line (trimmed) that counts
 * @param examples    embedded examples
 */
public record RepeatRule(String id, String description, int minChars, Examples examples)
    implements Rule {

  @Override
  public String kind() {
    return "repeated";
  }
}
