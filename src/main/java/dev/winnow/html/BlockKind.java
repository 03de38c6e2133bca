package dev.winnow.html;

/** What kind of element a block came from. */
public enum BlockKind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE, PREFORMATTED, TABLE_ROW, CAPTION, OTHER }
