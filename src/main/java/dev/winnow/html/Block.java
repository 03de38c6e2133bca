package dev.winnow.html;

import java.util.Objects;

/**
 * One block of extracted text: a paragraph, a heading, a list item, ...
 *
 * @param text whitespace-normalised text, never containing a line break, never blank
 * @param kind what element it came from
 * @param linkDensity share of the text's characters that sit inside links, 0 to 1
 * @param depth element depth of the block's element below {@code <body>} (body's children are 1)
 */
public record Block(String text, BlockKind kind, double linkDensity, int depth) {
  public Block {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }
}
