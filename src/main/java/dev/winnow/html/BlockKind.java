package dev.winnow.html;

/** What kind of element a {@link Block} came from. */
public enum BlockKind {
  /** A paragraph, or loose text in a container (div soup). */
  PARAGRAPH,
  /** h1 to h6. */
  HEADING,
  /** li, dt, dd (and paragraphs inside a list item). */
  LIST_ITEM,
  /** Text inside a blockquote. */
  QUOTE,
  /** pre (whitespace is normalised like elsewhere). */
  PREFORMATTED,
  /** A table row whose cells hold only inline content; cells joined with " | ". */
  TABLE_ROW,
  /** figcaption, table caption. */
  CAPTION,
  /** Anything else (address, summary, ...). */
  OTHER
}
